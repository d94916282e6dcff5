import ArgumentParser
import SocraticCore

@main
struct Socratic: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "socratic",
    abstract: "A terminal coach for Socratic dialogue: question a belief instead of arguing it.",
    discussion: """
      EXAMPLES:
        socratic                                   Explore a belief, step by step.
        socratic --topic crypto                    Start from the crypto topic.
        socratic partner                           Questions to ask in a live talk.
        socratic drill --topic crypto              Practise being the questioner.
        socratic invert "Crypto is a scam."        Invert a belief, once.
        socratic critique "Is crypto a scam?"      Coach a question, once.
        socratic sessions export last -o talk.md   Keep the last session as Markdown.

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
