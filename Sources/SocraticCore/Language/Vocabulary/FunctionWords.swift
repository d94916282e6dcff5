/// The closed classes of English: auxiliaries, determiners, pronouns, prepositions and the
/// other small sets of words that carry a sentence's grammar. They are listed here in full,
/// not taken from WordNet, which covers only nouns, verbs, adjectives and adverbs.
///
/// Every function takes a lowercase word (`Token.lowercased`).
public enum FunctionWords {
  /// What an auxiliary or modal is.
  public enum AuxiliaryKind: Sendable, Hashable {
    /// am, is, are, was, were and their contractions.
    case be
    /// have, has, had (an auxiliary when a participle follows).
    case have
    /// do, does, did (an auxiliary when a base verb follows).
    case `do`
    /// will, would, can, could, shall, should, may, might, must, ought.
    case modal
  }

  /// Whether an auxiliary is in the present or the past.
  public enum Tense: Sendable, Hashable {
    case present
    case past
  }

  /// An auxiliary or modal as written: what it is, its positive form and whether it carries
  /// "n't".
  public struct Auxiliary: Sendable, Hashable {
    /// What it is.
    public var kind: AuxiliaryKind
    /// Its positive, uncontracted form: "is" for "isn't", "will" for "won't" and "'ll".
    public var positive: String
    /// Whether it is negated ("isn't", "cannot").
    public var isNegated: Bool
    /// Present or past.
    public var tense: Tense
    /// For a form of "be" or "do": the person and number it agrees with, when it shows one
    /// ("is", "does" are third person singular; "are", "do" plural; "am" first person).
    public var agreement: Agreement
  }

  /// The subjects a finite form agrees with.
  public enum Agreement: Sendable, Hashable {
    /// Any subject ("was" aside, modals and past forms).
    case any
    /// He, she, it and singular nouns.
    case thirdSingular
    /// I, you, we, they and plural nouns.
    case plural
    /// I alone ("am").
    case firstSingular
    /// I, he, she, it, singular nouns ("was").
    case singular
  }

  /// The auxiliary a word is, if it is one; the clitics 's, 'd are read as "is", "would" here
  /// and re-read by the parser from what follows.
  public static func auxiliary(_ word: String) -> Auxiliary? {
    auxiliaries[word]
  }

  /// The form of "be", "have" or "do" a singular subject takes for one a plural subject takes,
  /// spelled alike: "are" → "is", "were" → "was", "haven't" → "hasn't", "dont" → "doesnt"; nil
  /// for any other word.
  static func thirdSingular(ofAuxiliary word: String) -> String? {
    guard let plural = auxiliaries[word], plural.agreement == .plural, !word.hasPrefix("'")
    else { return nil }
    return auxiliaries.filter { form, singular in
      [.thirdSingular, .singular].contains(singular.agreement) && singular.kind == plural.kind
        && singular.tense == plural.tense && singular.isNegated == plural.isNegated
        && !form.hasPrefix("'") && form.contains("'") == word.contains("'")
    }.keys.min()
  }

  /// Every form `auxiliary` reads.
  static var auxiliaryForms: Set<String> { Set(auxiliaries.keys) }

  private static let auxiliaries: [String: Auxiliary] = {
    var table: [String: Auxiliary] = [:]
    func add(
      _ forms: [String], _ kind: AuxiliaryKind, _ positive: String, _ tense: Tense,
      _ agreement: Agreement, negated: Bool = false
    ) {
      for form in forms {
        table[form] = Auxiliary(
          kind: kind, positive: positive, isNegated: negated, tense: tense, agreement: agreement)
      }
    }
    add(["am", "'m"], .be, "am", .present, .firstSingular)
    add(["is", "'s"], .be, "is", .present, .thirdSingular)
    add(["are", "'re"], .be, "are", .present, .plural)
    add(["was"], .be, "was", .past, .singular)
    add(["were"], .be, "were", .past, .plural)
    add(["isn't", "isnt"], .be, "is", .present, .thirdSingular, negated: true)
    add(["aren't", "arent"], .be, "are", .present, .plural, negated: true)
    add(["wasn't", "wasnt"], .be, "was", .past, .singular, negated: true)
    add(["weren't", "werent"], .be, "were", .past, .plural, negated: true)
    add(["ain't", "aint"], .be, "is", .present, .any, negated: true)
    add(["has"], .have, "has", .present, .thirdSingular)
    add(["have", "'ve"], .have, "have", .present, .plural)
    add(["had"], .have, "had", .past, .any)
    add(["hasn't", "hasnt"], .have, "has", .present, .thirdSingular, negated: true)
    add(["haven't", "havent"], .have, "have", .present, .plural, negated: true)
    add(["hadn't", "hadnt"], .have, "had", .past, .any, negated: true)
    add(["does"], .do, "does", .present, .thirdSingular)
    add(["do"], .do, "do", .present, .plural)
    add(["did"], .do, "did", .past, .any)
    add(["doesn't", "doesnt"], .do, "does", .present, .thirdSingular, negated: true)
    add(["don't", "dont"], .do, "do", .present, .plural, negated: true)
    add(["didn't", "didnt"], .do, "did", .past, .any, negated: true)
    for modal in modalSenses.keys where modal != "ought" {
      add([modal], .modal, modal, modal == "would" || modal == "could" ? .past : .present, .any)
    }
    add(["'ll"], .modal, "will", .present, .any)
    add(["'d"], .modal, "would", .past, .any)
    add(["ought"], .modal, "ought", .present, .any)
    add(["won't", "wont"], .modal, "will", .present, .any, negated: true)
    add(["wouldn't", "wouldnt"], .modal, "would", .past, .any, negated: true)
    add(["can't", "cant", "cannot"], .modal, "can", .present, .any, negated: true)
    add(["couldn't", "couldnt"], .modal, "could", .past, .any, negated: true)
    add(["shan't"], .modal, "shall", .present, .any, negated: true)
    add(["shouldn't", "shouldnt"], .modal, "should", .present, .any, negated: true)
    add(["mightn't"], .modal, "might", .present, .any, negated: true)
    add(["mustn't", "mustnt"], .modal, "must", .present, .any, negated: true)
    add(["needn't"], .modal, "need", .present, .any, negated: true)
    add(["oughtn't"], .modal, "ought", .present, .any, negated: true)
    return table
  }()

  /// What a modal says of the verb it goes with.
  public enum ModalSense: Sendable, Hashable {
    /// What ought to be: "should", "must", "ought", "shall". Denying it is not the same as
    /// asking what might not be ("not everyone should learn to code").
    case obligation
    /// What can, may or will be: "can", "could", "will", "would", "may", "might".
    case possibility
  }

  /// The modals by their positive form, with what each says.
  public static let modalSenses: [String: ModalSense] = [
    "should": .obligation, "must": .obligation, "ought": .obligation, "shall": .obligation,
    "can": .possibility, "could": .possibility, "will": .possibility, "would": .possibility,
    "may": .possibility, "might": .possibility,
  ]

  /// The modals of obligation: "should", "must", "ought", "shall".
  public static let obligationModals = Set(modalSenses.filter { $0.value == .obligation }.keys)

  /// The modals of possibility: "can", "could", "will", "would", "may", "might".
  public static let possibilityModals = Set(modalSenses.filter { $0.value == .possibility }.keys)

  /// The articles: "a", "an", "the".
  public static let articles: Set<String> = ["a", "an", "the"]

  /// Marks that end a clause within a line, as the tokenizer splits them: "fair enough, i
  /// never rang", "the choir sounds good. you should ring them".
  public static let clauseEndingMarks: Set<String> = [".", "!", "?", ",", ";", ":"]

  /// The demonstratives: "this", "that", "these", "those".
  public static let demonstratives: Set<String> = ["this", "that", "these", "those"]

  /// Articles, demonstratives and quantifiers that begin a noun phrase.
  public static let determiners: Set<String> = articles.union(demonstratives).union([
    "every", "each", "all", "some", "any",
    "no", "many", "much", "few", "several", "most", "both", "either", "neither", "another",
    "other", "such", "more", "less", "fewer", "enough", "half", "whatever", "whichever",
  ])

  /// Words that end a phrasal verb: "shut out", "moved on", "put the keys back".
  public static let verbParticles: Set<String> = [
    "out", "up", "off", "on", "in", "down", "over", "back", "away", "around", "through", "by",
  ]

  /// Particles that are no preposition ("out", "back", "away"): after a word that can be a noun
  /// or a verb, they make it the verb ("and shuts out", "gives back to").
  public static let bareParticles = verbParticles.subtracting(prepositions)

  /// "not" and its clitic, as the tokenizer splits them: "n't" of "doesn't", "nt" of "is nt"
  /// typed apart without its apostrophe.
  static let notWords: Set<String> = ["not", "n't", "nt"]

  /// The words that negate on their own: "not" and its clitic, and "never". A negated
  /// auxiliary as typed ("isnt") is `auxiliary(_:)`'s.
  static let negators: Set<String> = notWords.union(["never"])

  /// Words that deny by naming none: "no", "nothing", "nobody".
  static let noneWords: Set<String> = ["no", "nothing", "nobody", "none", "noone"]

  /// Whether a word negates what follows it: a negator, or a negated auxiliary as typed
  /// ("isnt", "won't").
  static func negates(_ word: String) -> Bool {
    negators.contains(word) || auxiliary(word)?.isNegated == true
  }

  /// Possessive determiners.
  public static let possessives: Set<String> = [
    "my", "your", "his", "her", "its", "our", "their", "whose",
  ]

  /// Pronouns that can be the subject of a clause, with the number their verb takes.
  public static let subjectPronouns: [String: Agreement] = [
    "i": .firstSingular, "you": .plural, "he": .thirdSingular, "she": .thirdSingular,
    "it": .thirdSingular, "we": .plural, "they": .plural, "this": .thirdSingular,
    "that": .thirdSingular, "these": .plural, "those": .plural, "there": .any,
    "everyone": .thirdSingular, "everybody": .thirdSingular, "everything": .thirdSingular,
    "someone": .thirdSingular, "somebody": .thirdSingular, "something": .thirdSingular,
    "anyone": .thirdSingular, "anybody": .thirdSingular, "anything": .thirdSingular,
    "nobody": .thirdSingular, "nothing": .thirdSingular, "one": .thirdSingular,
    "none": .any, "who": .any, "what": .thirdSingular, "all": .plural, "many": .plural,
    "most": .plural, "some": .any, "few": .plural, "both": .plural, "each": .thirdSingular,
  ]

  /// The personal pronouns that can be a subject: "i", "you", "it".
  public static let personalPronouns: Set<String> = [
    "i", "you", "it", "he", "she", "they", "we",
  ]

  /// The pronouns a tag question closes with: "isn't it", "haven't you", "aren't there".
  public static let tagPronouns = personalPronouns.union(["there"])

  /// Words for the speaker alone: "i", "my", "myself".
  public static let speakerWords: Set<String> = ["i", "me", "my", "mine", "myself"]

  /// Pronouns that are only objects.
  public static let objectPronouns: Set<String> = ["me", "him", "us", "them", "whom"]

  /// Words by which a line speaks of the one it is said to: "you", "your", "yours", "yourself".
  public static let secondPersonWords: Set<String> = ["you", "your", "yours", "yourself"]

  /// Prepositions.
  public static let prepositions: Set<String> = [
    "of", "in", "on", "at", "by", "for", "with", "about", "against", "between", "into",
    "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "over",
    "under", "around", "among", "amongst", "across", "behind", "beyond", "without", "within",
    "toward", "towards", "upon", "like", "than", "via", "per", "despite", "except", "unlike",
    "including", "regarding", "versus", "vs", "vs.", "throughout", "onto", "off", "near",
    "inside", "outside", "beside", "besides", "along", "amid", "since", "until", "till",
    "concerning", "worldwide",
  ]

  /// Conjunctions that join words, phrases or clauses of the same kind.
  public static let coordinators: Set<String> = ["and", "or", "but", "nor", "&"]

  /// Conjunctions that begin a subordinate clause.
  public static let subordinators: Set<String> = [
    "if", "unless", "although", "though", "while", "whilst", "whereas", "when", "whenever",
    "once", "until", "till", "after", "before", "because", "since", "as", "whether", "where",
    "wherever", "so",
  ]

  /// Words that open a supposition, first or after a linking word ("what if", "and say"):
  /// "if you were wrong", "say it didn't work", "suppose she says no".
  static let suppositionOpeners: Set<String> = [
    "if", "unless", "suppose", "supposing", "say", "imagine", "assuming",
  ]

  /// Words that begin a relative clause.
  public static let relativePronouns: Set<String> = ["who", "which", "whom", "whose", "that"]

  /// Question words.
  public static let questionWords: Set<String> = [
    "what", "why", "how", "who", "when", "where", "which", "whose", "whom",
  ]

  /// Adverbs of frequency, degree and focus that sit between the subject and the verb, or after
  /// an auxiliary ("always", "really", "already").
  public static let verbAdverbs: Set<String> = [
    "always", "never", "often", "usually", "sometimes", "rarely", "seldom", "hardly", "really",
    "actually", "just", "only", "also", "still", "already", "yet", "even", "simply", "truly",
    "ever",
    "generally", "mostly", "largely", "merely", "barely", "mainly", "typically", "normally",
    "constantly", "increasingly", "completely", "totally", "entirely", "fully", "necessarily",
    "genuinely", "literally", "slowly", "quickly", "soon", "finally", "easily", "rightly",
    "frequently", "regularly", "occasionally", "continually", "routinely", "systematically",
    "deliberately", "intentionally", "secretly", "openly", "badly", "greatly", "seriously",
    "severely", "directly", "indirectly", "quietly", "again", "ultimately", "eventually",
    "inevitably", "longer", "therefore", "thus", "hence", "somehow", "currently", "basically",
    "essentially", "unfairly", "badly", "heavily", "deeply", "strongly", "hugely",
  ]

  /// Adverbs that grade the adjective or phrase after them, not the verb: "perfectly fine",
  /// "too late", "completely wrong". After "be" they stay with what they grade: "might it not
  /// be perfectly fine", never "might it not perfectly be fine".
  public static let gradingAdverbs: Set<String> = [
    "too", "so", "very", "quite", "rather", "pretty", "fairly", "extremely", "incredibly",
    "perfectly", "completely", "totally", "entirely", "fully", "absolutely", "utterly",
    "somewhat", "overly", "highly", "wholly", "dead", "well",
  ]

  /// Adverbs about the speaker's certainty that stay in front of a negated verb: "AI probably
  /// does not help", not "does not probably help".
  public static let sentenceAdverbs: Set<String> = [
    "probably", "certainly", "definitely", "surely", "obviously", "clearly", "likely", "perhaps",
    "maybe", "possibly", "undoubtedly", "honestly", "frankly", "seriously", "apparently",
    "evidently", "presumably", "arguably", "supposedly", "allegedly", "ultimately",
    "inevitably", "eventually", "basically", "essentially", "therefore", "thus", "hence",
    "honestly", "admittedly", "unfortunately", "fortunately", "sadly", "naturally",
  ]

  /// Whether a word is an adverb that can stand inside a verb group: a listed one, or an
  /// adverb in WordNet that is not also a noun, verb or adjective ("deeply", "secretly").
  public static func isVerbAdverb(_ word: String) -> Bool {
    if verbAdverbs.contains(word) || sentenceAdverbs.contains(word) { return true }
    guard word.hasSuffix("ly") else { return false }
    let classes = Lexicon.classes(of: word)
    return classes.contains(.adverb) && classes.isDisjoint(with: [.noun, .verb, .adjective])
  }

  /// Words that begin a noun phrase: determiners, possessives and numbers.
  public static func beginsNounPhrase(_ token: Token) -> Bool {
    token.kind == .number || determiners.contains(token.lowercased)
      || possessives.contains(token.lowercased)
  }

  /// Every word of the closed classes, for telling a function word from an open-class one.
  public static func isFunctionWord(_ word: String) -> Bool {
    functionWords.contains(word)
  }

  private static let functionWords: Set<String> = {
    var words = Set(auxiliaries.keys).union(determiners).union(possessives)
    words.formUnion(subjectPronouns.keys)
    words.formUnion(objectPronouns)
    words.formUnion(prepositions)
    words.formUnion(coordinators)
    words.formUnion(subordinators)
    words.formUnion(questionWords)
    words.formUnion(["not", "never", "to", "i"])
    return words
  }()
}
