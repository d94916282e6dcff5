/// Nouns that are usually uncountable, for the negator's "no" → "some" ("no evidence" → "some
/// evidence") rather than "a" ("no plan" → "a plan"); the lexicon knows more (`.uncountable`).
/// A new one is one entry here.
enum UncountableNouns {
  /// Common uncountable nouns without an abstract suffix.
  static let words: Set<String> = [
    "evidence", "information", "money", "proof", "power", "value", "progress", "research",
    "knowledge", "advice", "news", "time", "control", "support", "respect", "trust", "peace",
    "growth", "energy", "demand", "room", "hope", "sense", "meaning", "use", "harm", "damage",
    "doubt", "integrity", "honesty", "courage", "talent", "work", "help", "water", "food",
    "space", "data", "software", "access", "leverage", "credit", "debt", "interest", "oversight",
    "risk", "waste", "justice", "truth", "love", "faith", "freedom", "wisdom", "tax", "rain",
    "reason", "need", "point", "chance", "pressure", "incentive", "impact", "effect", "say",
    "choice", "responsibility", "competition", "regulation", "inflation", "transparency",
    "crypto",
  ]

  /// Suffixes of abstract nouns that are usually uncountable.
  static let suffixes = [
    "ness", "ism", "ity", "ence", "ance", "dom", "ing", "tion", "sion", "ment", "ship", "cy",
    // The names of fields: "politics", "economics", "ethics".
    "ics",
  ]
}
