import ArgumentParser

/// `socratic packs`: list, show, check and write topic packs.
struct Packs: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "packs",
    abstract: "List, show, check and write topic packs (the question banks).",
    discussion: """
      EXAMPLES:
        socratic packs list
        socratic packs show crypto
        socratic packs new climate -o climate.yaml
        socratic packs validate climate.yaml
        socratic --pack climate.yaml
      """,
    subcommands: [
      PacksList.self, PacksShow.self, PacksValidate.self, PacksNew.self, PacksPath.self,
    ],
    defaultSubcommand: PacksList.self
  )
}
