/// A word's part of speech as the tagger reads it: the Universal Dependencies tags, with verbs
/// split by form so a clause's finite verb can be told from a participle.
///
/// The order is the order of the tagger's weights (`taggerTags`): do not reorder.
public enum PartOfSpeech: Int, Sendable, Hashable, CaseIterable {
  /// "benefit", "stars".
  case noun
  /// "Trump", "Labour".
  case properNoun
  /// A finite lexical verb: "outweigh", "voted".
  case finiteVerb
  /// A verb in its base form after "to" or an auxiliary: "be", "allowed to end".
  case infinitive
  /// "allowed", "gone".
  case pastParticiple
  /// "participating", "cohabiting".
  case presentParticiple
  /// "is", "should", "has", "don't".
  case auxiliary
  /// "popular", "modified".
  case adjective
  /// "genetically", "downhill".
  case adverb
  /// A preposition: "of", "since".
  case adposition
  /// "the", "most", "that".
  case determiner
  /// "who", "him", "everyone".
  case pronoun
  /// "and", "or".
  case coordinator
  /// "that", "because", "if".
  case subordinator
  /// "to", "not".
  case particle
  /// "12", "half".
  case number
  /// ",", ".".
  case punctuation
  /// "$", "%".
  case symbol
  /// "yes", "oh".
  case interjection
  /// Anything else.
  case other

  /// Whether it is a lexical verb in any form.
  public var isVerb: Bool {
    [.finiteVerb, .infinitive, .pastParticiple, .presentParticiple].contains(self)
  }
}

/// A set of parts of speech, as bits.
public struct PartOfSpeechSet: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32

  public init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  public init(_ tags: [PartOfSpeech]) {
    self.init(rawValue: tags.reduce(0) { $0 | 1 << UInt32($1.rawValue) })
  }

  public static let noun = Self([.noun])
  public static let properNoun = Self([.properNoun])
  public static let finiteVerb = Self([.finiteVerb])
  public static let infinitive = Self([.infinitive])
  public static let pastParticiple = Self([.pastParticiple])
  public static let presentParticiple = Self([.presentParticiple])
  public static let adjective = Self([.adjective])
  public static let adverb = Self([.adverb])
  public static let number = Self([.number])
  public static let symbol = Self([.symbol])
  public static let interjection = Self([.interjection])
  public static let other = Self([.other])

  /// The open classes: what a word nothing is known of may be.
  public static let open: Self = [
    .noun, .properNoun, .finiteVerb, .infinitive, .pastParticiple, .presentParticiple,
    .adjective, .adverb, .number, .symbol, .interjection, .other,
  ]

  /// Whether a tag is in the set.
  public func contains(_ tag: PartOfSpeech) -> Bool {
    rawValue & 1 << UInt32(tag.rawValue) != 0
  }
}
