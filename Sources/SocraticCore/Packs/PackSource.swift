/// Where a loaded pack came from.
public enum PackSource: Sendable, Hashable {
  /// Shipped inside socratic, from prompts/ at build time.
  case builtIn(file: String)
  /// The folder of packs loaded on every run (`$XDG_CONFIG_HOME/socratic/packs`).
  case userFolder(path: String)
  /// Named with `--pack FILE`.
  case packOption(path: String)

  /// "built-in", "user folder" or the path given with --pack, for listings.
  public var label: String {
    switch self {
    case .builtIn: "built-in"
    case .userFolder: "user folder"
    case .packOption(let path): path
    }
  }

  /// The file, as a person would look for it.
  public var path: String {
    switch self {
    case .builtIn(let file): "built-in \(file)"
    case .userFolder(let path), .packOption(let path): path
    }
  }

  /// How a notice names a replaced pack from here: "the built-in one", "the one from PATH".
  var replacedPhrase: String {
    switch self {
    case .builtIn: "the built-in one"
    case .userFolder(let path), .packOption(let path): "the one from \(path)"
    }
  }

  /// Built-ins, then the user folder, then --pack: a later level replaces an earlier one.
  var level: Int {
    switch self {
    case .builtIn: 0
    case .userFolder: 1
    case .packOption: 2
    }
  }
}

/// A pack with where it came from.
public struct LoadedPack: Sendable, Equatable {
  public var pack: TopicPack
  public var source: PackSource

  public init(pack: TopicPack, source: PackSource) {
    self.pack = pack
    self.source = source
  }

  /// Whether every question of the pack is asked of any belief it is chosen for: a pack for any
  /// belief, and a facilitator's `--pack`, whose author chose its questions for the group.
  /// Other packs' questions must fit the belief by their own words (`QuestionFit`).
  public var keepsEveryQuestion: Bool {
    if pack.isForAnyBelief { return true }
    if case .packOption = source { return true }
    return false
  }
}
