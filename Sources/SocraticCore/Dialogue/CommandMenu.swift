/// A command every mode has, handled once by the skeleton (`SessionDialogue`).
public enum SharedCommand: String, CaseIterable, Sendable {
  case help
  case note
  case summary
  case export
  case quit

  /// The command as `/help` lists it, unless a mode words its summary its own way.
  public var spec: CommandSpec {
    switch self {
    case .help:
      CommandSpec(name: rawValue, summary: "list the commands and keys")
    case .note:
      CommandSpec(
        name: rawValue, argument: "TEXT",
        summary:
          "note an assumption or blockage you noticed; start with 'assumption:' or 'blockage:' "
          + "to say which")
    case .summary:
      CommandSpec(name: rawValue, summary: "show the session so far")
    case .export:
      CommandSpec(
        name: rawValue, argument: "[FILE]",
        summary: "save the session as Markdown (or JSON, for a .json file) in FILE")
    case .quit:
      CommandSpec(name: rawValue, summary: "end the session (Ctrl-D too)")
    }
  }
}

/// A mode's own commands: an enum with a case per command, each with its `/help` entry.
///
/// A mode switches over its cases with no `default`, so a command added here cannot be left
/// unhandled, and its menu lists every case (a test checks each mode's).
public protocol ModeCommand: CaseIterable, Sendable, Equatable {
  /// The command as `/help` lists it; its name is what is typed after the slash.
  var spec: CommandSpec { get }
}

/// The commands of a mode, shared and its own, in the order `/help` lists them.
public struct CommandMenu<Own: ModeCommand>: Sendable {
  /// One command of the menu.
  public enum Item: Sendable, Equatable {
    /// A shared command; `summary`, when given, words its `/help` entry for the mode.
    case shared(SharedCommand, summary: String? = nil)
    /// One of the mode's own commands.
    case own(Own)

    /// The command as `/help` lists it.
    public var spec: CommandSpec {
      switch self {
      case .shared(let command, let summary):
        var spec = command.spec
        if let summary { spec.summary = summary }
        return spec
      case .own(let command):
        return command.spec
      }
    }
  }

  /// The commands, in `/help`'s order.
  public let items: [Item]
  /// The same, as `/help` and Tab completion list them.
  public let catalog: CommandCatalog

  public init(_ items: [Item]) {
    self.items = items
    self.catalog = CommandCatalog(items.map(\.spec))
  }

  /// The command typed by that name (without its slash, in lowercase), or nil when the mode has
  /// none.
  func item(named name: String) -> Item? {
    items.first { $0.spec.name == name }
  }
}
