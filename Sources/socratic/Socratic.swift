import ArgumentParser
import SocraticCore

@main
struct Socratic: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "socratic",
    abstract: "A terminal coach for Socratic dialogue: question a belief instead of arguing it.",
    discussion: """
      EXAMPLES:
        socratic                                  State a belief and be questioned about it.
        socratic explore --belief "AI will take most jobs."
        socratic partner                          Questions to ask someone as you talk.
        socratic drill --topic crypto             Practise asking; the tool holds a belief.
        socratic invert "Crypto is a scam because of FTX."   Invert a belief, once.
        socratic critique "Is crypto a scam?"                Coach a question, once.

      Run 'socratic help <subcommand>' for more on each command.
      """,
    version: SocraticVersion.current,
    subcommands: [
      Explore.self, Partner.self, Drill.self, Invert.self, Critique.self, Packs.self,
      Sessions.self, Stats.self,
    ],
    defaultSubcommand: Explore.self
  )
}
