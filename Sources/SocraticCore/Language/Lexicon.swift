/// The parts of speech and other facts the lexicon knows about a word.
public struct WordClasses: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }

  /// A noun lemma: "work", "scam".
  public static let noun = WordClasses(rawValue: 1 << 0)
  /// A verb lemma: "work", "hurt".
  public static let verb = WordClasses(rawValue: 1 << 1)
  /// An adjective, or its comparative or superlative: "remote", "worse".
  public static let adjective = WordClasses(rawValue: 1 << 2)
  /// An adverb lemma: "often".
  public static let adverb = WordClasses(rawValue: 1 << 3)
  /// Also written with a capital as a name: "China", "Tesla".
  public static let properSense = WordClasses(rawValue: 1 << 4)
  /// An irregular plural noun: "people", "media", "children".
  public static let irregularPlural = WordClasses(rawValue: 1 << 5)
  /// A verb whose verb senses are far rarer than its noun or adjective senses ("job", "war"):
  /// read as a verb only when nothing else in a sentence can be the verb.
  public static let rareVerb = WordClasses(rawValue: 1 << 6)
  /// An adjective that classifies the noun it goes with rather than describing it: "nuclear"
  /// in "nuclear power", "national" in "national security" (WordNet's pertainyms).
  public static let relational = WordClasses(rawValue: 1 << 7)
  /// A noun whose plural is irregular: "child", "life", "crisis".
  public static let irregularlyPluralized = WordClasses(rawValue: 1 << 8)
  /// A noun that is usually uncountable, because its commonest sense names a feeling or an
  /// attribute: "shame", "patience"; also two-word compounds looked up with a space, "free
  /// will".
  public static let uncountable = WordClasses(rawValue: 1 << 9)
  /// A noun that calls a person names: every sense of it that is a person is a bad, foolish or
  /// unpleasant one ("crook", "liar", "twit").
  public static let callsNames = WordClasses(rawValue: 1 << 10)
  /// A noun whose commonest sense is an animal ("parasite", "rat"): said of people, it calls
  /// them names.
  public static let animal = WordClasses(rawValue: 1 << 11)
  /// A noun with any sense that is an animal ("whale", "dog"): it may name animals rather than
  /// people.
  public static let someAnimal = WordClasses(rawValue: 1 << 12)
}

/// Which form of a verb a word is.
public enum VerbForm: Sendable, Hashable {
  /// The bare form: "go", "hurt" (also the present with I, you, we, they and plural subjects).
  case base
  /// The present with he, she, it and singular subjects: "goes", "hurts".
  case thirdSingular
  /// The simple past: "went", "caused".
  case past
  /// The form after "have" and in the passive: "gone", "caused".
  case pastParticiple
  /// The -ing form: "going".
  case presentParticiple
}

/// A reading of a word as a form of a verb.
public struct VerbReading: Sendable, Hashable {
  /// The verb's base form: "go" for "went".
  public var base: String
  /// Which form the word is.
  public var form: VerbForm

  public init(base: String, form: VerbForm) {
    self.base = base
    self.form = form
  }
}

/// Grammatical number.
public enum GrammaticalNumber: Sendable, Hashable {
  case singular
  case plural
}

/// English words and their forms, from WordNet 3.0 plus a small supplement (see
/// `scripts/generate-lexicon.py`): which parts of speech a word can be, the forms of verbs
/// (irregular ones from WordNet's exception lists, regular ones by the spelling rules), and
/// the number of nouns.
///
/// Every function takes a lowercase word (`Token.lowercased`). Lookups search static tables in
/// place; nothing is loaded or built at start-up.
public enum Lexicon {
  private static let words = HashedLineTable(wordNetWords, slots: wordNetWordSlots)
  static let irregularVerbs = HashedLineTable(
    wordNetIrregularVerbs, slots: wordNetIrregularVerbSlots)
  private static let irregularForms = HashedLineTable(
    wordNetIrregularForms, slots: wordNetIrregularFormSlots)

  /// The classes of a word as written (not of its inflections): "work" is a noun and a verb,
  /// "works" is neither.
  public static func classes(of word: String) -> WordClasses {
    words.withValue(forKey: word) { tags in
      guard let tags else { return [] }
      return tags.isEmpty ? .noun : classes(fromTags: tags)
    }
  }

  private static func classes(fromTags tags: UnsafeBufferPointer<UInt8>) -> WordClasses {
    var classes: WordClasses = []
    for tag in tags {
      switch tag {
      case UInt8(ascii: "n"): classes.insert(.noun)
      case UInt8(ascii: "v"): classes.insert(.verb)
      case UInt8(ascii: "a"): classes.insert(.adjective)
      case UInt8(ascii: "r"): classes.insert(.adverb)
      case UInt8(ascii: "c"): classes.insert(.properSense)
      case UInt8(ascii: "P"): classes.insert(.irregularPlural)
      case UInt8(ascii: "w"): classes.insert(.rareVerb)
      case UInt8(ascii: "l"): classes.insert(.relational)
      case UInt8(ascii: "I"): classes.insert(.irregularlyPluralized)
      case UInt8(ascii: "m"): classes.insert(.uncountable)
      case UInt8(ascii: "d"): classes.insert(.callsNames)
      case UInt8(ascii: "A"): classes.insert(.animal)
      case UInt8(ascii: "B"): classes.insert(.someAnimal)
      default: break
      }
    }
    return classes
  }

  /// Whether the word is an irregular form of a verb: a past, a participle or a third person
  /// ("went", "gone", "has").
  public static func isIrregularVerbForm(_ word: String) -> Bool {
    irregularForms.contains(word)
  }

  /// Whether the word is a verb's base form.
  public static func isVerb(_ word: String) -> Bool {
    classes(of: word).contains(.verb)
  }

  /// Whether the lexicon knows the word or it is a regular form of a word it knows ("banks",
  /// "caused").
  public static func isKnown(_ word: String) -> Bool {
    !classes(of: word).isEmpty || !verbReadings(of: word).isEmpty || singular(of: word) != nil
  }

  /// The noun a regular plural comes from ("banks" → "bank", "policies" → "policy"), or nil
  /// when the word is not the plural of a known noun.
  public static func singular(of word: String) -> String? {
    if word.hasSuffix("men"), word.count > 3 {
      // WordNet's rule for "women", "businessmen": -men from -man.
      let stem = String(word.dropLast(3)) + "man"
      return classes(of: stem).contains(.noun) ? stem : nil
    }
    guard word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
    for stem in stemsOfSEnding(word) where classes(of: stem).contains(.noun) { return stem }
    return nil
  }

  /// What a word in -s can come from, by the spelling rules: -ies from -y ("policies"), -es
  /// after a sibilant or o ("watches", "goes"), else -s ("hates", not "hat" + "es").
  private static func stemsOfSEnding(_ word: String) -> [String] {
    var stems: [String] = []
    if word.hasSuffix("ies"), word.count > 4 { stems.append(String(word.dropLast(3)) + "y") }
    if word.hasSuffix("es") {
      let stem = word.dropLast(2)
      if ["s", "x", "z", "ch", "sh", "o"].contains(where: { stem.hasSuffix($0) }) {
        stems.append(String(stem))
      }
    }
    let stem = String(word.dropLast())
    if !stem.isEmpty { stems.append(stem) }
    return stems
  }

  /// The regular plural of a noun ("country" → "countries", "war" → "wars", "tax" → "taxes",
  /// "man" → "men"), or nil when the noun is not known or its plural is irregular.
  public static func plural(of noun: String) -> String? {
    let classes = classes(of: noun)
    guard classes.contains(.noun) else { return nil }
    if noun.hasSuffix("man") {
      let plural = String(noun.dropLast(3)) + "men"
      if singular(of: plural) == noun { return plural }
    }
    guard !classes.contains(.irregularlyPluralized) else { return nil }
    var candidates: [String] = []
    if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) {
      candidates.append(String(noun.dropLast()) + "ies")
    }
    if ["s", "x", "z", "ch", "sh"].contains(where: { noun.hasSuffix($0) }) {
      candidates.append(noun + "es")
    }
    candidates.append(noun + "s")
    // A plural the lexicon reads back as this noun is spelled right; an irregular noun
    // ("child", "person") has none.
    return candidates.first { singular(of: $0) == noun }
  }

  /// Whether a noun is singular or plural: irregular plurals ("people", "media") and regular
  /// ones ("banks") are plural; nouns that end in -s as written ("news", "politics",
  /// "crisis") are singular; an unknown word in -s is taken as plural.
  public static func number(ofNoun word: String) -> GrammaticalNumber {
    let classes = classes(of: word)
    if classes.contains(.irregularPlural) { return .plural }
    if word.hasSuffix("men"), singular(of: word) != nil { return .plural }
    guard word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 2 else { return .singular }
    if singular(of: word) != nil { return .plural }
    if classes.contains(.noun) || word.hasSuffix("us") || word.hasSuffix("is") {
      return .singular
    }
    return .plural
  }

  /// Every reading of a word as a verb form, the likeliest first.
  ///
  /// A word that is both a verb and an irregular past of a commoner verb reads as the past
  /// first ("found" → find, "saw" → see). A verb whose past is spelled like its base ("hurt",
  /// "cut") reads as base, past and participle.
  public static func verbReadings(of word: String) -> [VerbReading] {
    RecentVerbReadings.readings(of: word)
  }

  /// `verbReadings(of:)` read from the tables, not remembered.
  static func readVerbReadings(of word: String) -> [VerbReading] {
    var readings: [VerbReading] = []
    if let (base, kind) = irregularForms.twoFields(forKey: word) {
      switch kind {
      case "d": readings.append(VerbReading(base: base, form: .past))
      case "p": readings.append(VerbReading(base: base, form: .pastParticiple))
      case "s": readings.append(VerbReading(base: base, form: .thirdSingular))
      default:
        readings.append(VerbReading(base: base, form: .past))
        readings.append(VerbReading(base: base, form: .pastParticiple))
      }
    }
    if isVerb(word) {
      readings.append(VerbReading(base: word, form: .base))
      if let (past, participle) = irregularVerbs.twoFields(forKey: word) {
        if past == word { readings.append(VerbReading(base: word, form: .past)) }
        if participle == word {
          readings.append(VerbReading(base: word, form: .pastParticiple))
        }
      }
    }
    if readings.isEmpty { readings = regularReadings(of: word) }
    return readings
  }

  /// Readings by the regular spelling rules: -s, -es, -ies; -d, -ed, -ied; -ing.
  private static func regularReadings(of word: String) -> [VerbReading] {
    let bytes = Array(word.utf8)
    guard bytes.count > 2 else { return [] }
    if word.hasSuffix("s"), !word.hasSuffix("ss") {
      for stem in stemsOfSEnding(word) where isVerb(stem) {
        return [VerbReading(base: stem, form: .thirdSingular)]
      }
      return []
    }
    if word.hasSuffix("ed") {
      for (suffix, replacement) in [("ied", "y"), ("ed", ""), ("d", "")]
      where word.hasSuffix(suffix) {
        let stem = String(word.dropLast(suffix.count)) + replacement
        // "hoped" is not "hop" + "ed": hop's past is "hopped", which the exception list gives.
        if isVerb(stem), irregularPast(of: stem) == nil {
          return [
            VerbReading(base: stem, form: .past), VerbReading(base: stem, form: .pastParticiple),
          ]
        }
      }
      return []
    }
    if word.hasSuffix("ing"), bytes.count > 4 {
      let stem = String(word.dropLast(3))
      var candidates = [stem, stem + "e"]
      if let last = stem.last, stem.dropLast().last == last {
        candidates.append(String(stem.dropLast()))
      }
      if stem.hasSuffix("y") { candidates.append(String(stem.dropLast()) + "ie") }
      for candidate in candidates where isVerb(candidate) {
        return [VerbReading(base: candidate, form: .presentParticiple)]
      }
    }
    return []
  }
}
