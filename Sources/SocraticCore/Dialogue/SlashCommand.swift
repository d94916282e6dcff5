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

  /// `/help`: lists the commands.
  public static let help = CommandSpec(name: "help", summary: "list the commands and keys")
  /// `/note TEXT`: keeps a note in the log.
  public static let note = CommandSpec(
    name: "note", argument: "TEXT",
    summary:
      "note an assumption or blockage you noticed; start with 'assumption:' or 'blockage:' "
      + "to say which")
  /// `/summary`: the session so far.
  public static let summary = CommandSpec(name: "summary", summary: "show the session so far")
  /// `/export [FILE]`: writes the session to a file.
  public static let export = CommandSpec(
    name: "export", argument: "[FILE]",
    summary: "save the session as Markdown (or JSON, for a .json file) in FILE")
  /// `/quit`: ends the session.
  public static let quit = CommandSpec(name: "quit", summary: "end the session (Ctrl-D too)")
}

/// The commands of one mode, in the order `/help` lists them.
public struct CommandCatalog: Sendable, Equatable {
  public var commands: [CommandSpec]

  public init(_ commands: [CommandSpec]) {
    self.commands = commands
  }

  /// The commands as typed, for Tab completion: "/help", "/quit", …
  public var completions: [String] { commands.map { "/" + $0.name } }

  /// Whether the mode has a command by that name.
  public func contains(_ name: String) -> Bool {
    commands.contains { $0.name == name }
  }

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

/// The commands every mode handles the same way: `/help`, `/note`, `/summary`, `/export`, and
/// unknown commands. A mode passes each command here first and handles it itself when this
/// returns nil.
public enum SharedCommands {
  /// The step for a shared command or an unknown one; nil for the mode's own commands.
  public static func step(for command: SlashCommand, in catalog: CommandCatalog) -> DialogueStep? {
    guard catalog.contains(command.name) else {
      return DialogueStep(
        outputs: [.notice(catalog.unknownCommandNotice(command), tone: .problem)])
    }
    switch command.name {
    case CommandSpec.help.name:
      return DialogueStep(outputs: [.help(catalog.commands)])
    case CommandSpec.note.name:
      return note(command.argument)
    case CommandSpec.summary.name:
      return DialogueStep(outputs: [.summary])
    case CommandSpec.export.name:
      return DialogueStep(outputs: [
        .export(path: command.argument.isEmpty ? nil : command.argument)
      ])
    default:
      return nil
    }
  }

  /// `/note TEXT`: a `note` event. A text starting with "assumption:" or "blockage:" (any case)
  /// gets that category, and the rest is the note.
  static func note(_ argument: String) -> DialogueStep {
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
