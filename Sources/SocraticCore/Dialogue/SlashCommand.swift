/// A command typed at a session's prompt: `/note I assume prices only rise`.
public struct SlashCommand: Sendable, Equatable {
  /// The name without its slash, in lowercase: "note".
  public var name: String
  /// What follows the name, without the spaces around it; empty when nothing does.
  public var argument: String

  public init(name: String, argument: String = "") {
    self.name = name
    self.argument = argument
  }

  /// The command on a line, or nil when the line is not one.
  ///
  /// A command is a slash and letters only, as the first word of the line: "/quit", "/note
  /// text". "/r/crypto is a scam" and "/5 of them" are not commands but text, so a belief or an
  /// answer can start with a slash.
  public static func parse(_ line: String) -> SlashCommand? {
    let text = line.drop(while: \.isWhitespace)
    guard text.first == "/" else { return nil }
    let word = text.prefix { !$0.isWhitespace }
    let letters = word.dropFirst()
    guard !letters.isEmpty, letters.allSatisfy(\.isLetter) else { return nil }
    let rest = text.dropFirst(word.count).drop(while: \.isWhitespace)
    let argument = rest.reversed().drop(while: \.isWhitespace).reversed()
    return SlashCommand(name: letters.lowercased(), argument: String(argument))
  }
}

/// A command a mode offers, for parsing, `/help` and Tab completion.
public struct CommandSpec: Sendable, Equatable {
  /// The name without its slash: "note".
  public var name: String
  /// What it takes, as `/help` shows it ("TEXT", "[FILE]"), or nil.
  public var argument: String?
  /// What it does, in a line.
  public var summary: String

  public init(name: String, argument: String? = nil, summary: String) {
    self.name = name
    self.argument = argument
    self.summary = summary
  }

  /// The command as typed: "/note TEXT".
  public var usage: String { "/" + name + (argument.map { " " + $0 } ?? "") }
}

/// The commands of one mode, in the order `/help` lists them.
public struct CommandCatalog: Sendable, Equatable {
  public var commands: [CommandSpec]

  public init(_ commands: [CommandSpec]) {
    self.commands = commands
  }

  /// The commands as typed, for Tab completion: "/help", "/quit", …
  public var completions: [String] { commands.map { "/" + $0.name } }

  /// What to say about a command this mode does not have: the closest one when the name looks
  /// like a typo of it.
  public func unknownCommandNotice(_ command: SlashCommand) -> String {
    let typed = "/" + command.name
    if let closest = Suggestion.closest(to: command.name, among: commands.map(\.name)) {
      return "There is no \(typed) command. Did you mean /\(closest)? /help lists the commands."
    }
    return "There is no \(typed) command; /help lists the commands."
  }
}

/// `/note TEXT`, as every mode takes it.
enum NoteCommand {
  /// A `note` event, or a notice saying how to write one. A text starting with "assumption:"
  /// or "blockage:" (any case) gets that category, and the rest is the note.
  static func step(_ argument: String) -> DialogueStep {
    guard !argument.isEmpty else {
      return DialogueStep(outputs: [
        .notice(
          "Write the note after the command, such as /note I assume prices only go up. Start it "
            + "with assumption: or blockage: to say which it is.",
          tone: .problem)
      ])
    }
    for category in [SessionEvent.NoteCategory.assumption, .blockage] {
      let label = category.rawValue + ":"
      guard argument.lowercased().hasPrefix(label) else { continue }
      let text = String(argument.dropFirst(label.count).drop(while: \.isWhitespace))
      guard !text.isEmpty else { break }
      return DialogueStep(
        outputs: [.notice("Noted, as \(article(category)) \(category.rawValue).", tone: .success)],
        events: [.note(.init(text: text, category: category))])
    }
    return DialogueStep(
      outputs: [.notice("Noted.", tone: .success)], events: [.note(.init(text: argument))])
  }

  private static func article(_ category: SessionEvent.NoteCategory) -> String {
    category == .assumption ? "an" : "a"
  }
}
