/// Who or what a clause of a line that asks nothing is about, read from its subject as the
/// clause parser finds it: the person spoken to ("you"), their people and things ("your
/// wife"), the speaker ("I", "we"), people in general ("most folks", "anyone who drinks"),
/// evidence ("research", "the guidelines"), a thing said of no one ("it", "this"), or nobody at
/// all (a command: "Try the stairs").
enum SubjectRole: Sendable, Hashable {
  /// "you", "you guys".
  case addressee
  /// "your sister", "your drinking".
  case addresseesThing
  /// "I".
  case speaker
  /// "we": the speaker with others, or an institution ("we know", "we call it").
  case speakerGroup
  /// People in general: "people", "most folks", "some", "anyone who …", "those who …".
  case people
  /// A source of facts: "research", "studies", "the guidelines", "doctors".
  case evidence
  /// A thing put forward as the way to go: "what I'd suggest", "one thing that helps".
  case suggestion
  /// "it", "this", "that", "there": a clause about no one in particular.
  case impersonal
  /// Any other subject: "the tablets", "blood pressure", "my brother".
  case other
  /// No subject: a command.
  case none

  /// The role of a subject, its words in lowercase as the tokenizer splits them.
  init(subject: [String]) {
    guard let first = subject.first else {
      self = .none
      return
    }
    if SubjectWords.suggestingNouns.contains(subject[subject.count - 1])
      || (subject.contains(where: SubjectWords.suggestingVerbs.contains)
        && subject.contains(where: SubjectWords.relatives.contains))
    {
      self = .suggestion
    } else if SubjectWords.addressee.contains(subject) {
      self = .addressee
    } else if first == "your" {
      self = .addresseesThing
    } else if subject == ["i"] {
      self = .speaker
    } else if subject == ["we"] {
      self = .speakerGroup
    } else if subject.contains(where: SubjectWords.evidence.contains) {
      self = .evidence
    } else if Self.isPeopleInGeneral(subject) {
      self = .people
    } else if subject.count == 1, SubjectWords.impersonal.contains(first) {
      self = .impersonal
    } else {
      self = .other
    }
  }

  /// Whether a subject is people in general: a word for people led by nothing but quantifiers
  /// ("a lot of people", "most smokers", "anyone who …"), a quantifier alone ("some", "many"),
  /// or "those who".
  private static func isPeopleInGeneral(_ subject: [String]) -> Bool {
    if subject.count == 1, SubjectWords.quantifiers.contains(subject[0]) { return true }
    if subject.starts(with: ["those", "who"]) { return true }
    guard let head = subject.firstIndex(where: SubjectWords.people.contains) else { return false }
    return subject[..<head].allSatisfy(SubjectWords.quantifiers.contains)
  }
}

/// The words `SubjectRole` reads a subject by.
enum SubjectWords {
  /// The person spoken to, alone or with others.
  static let addressee: Set<[String]> = [
    ["you"], ["you", "guys"], ["you", "all"], ["y'all"], ["you", "yourself"],
  ]

  /// Words for people in general.
  static let people: Set<String> = [
    "people", "folks", "persons", "someone", "somebody", "anyone", "anybody", "everyone",
    "everybody", "nobody", "others", "patients", "smokers", "drinkers", "users", "parents",
    "adults", "teenagers", "teens", "men", "women", "kids", "children", "couples", "clients",
    "individuals", "person",
  ]

  /// People by the part they play in someone's life: "the landlord", "my boss".
  static let roles: Set<String> = [
    "landlord", "landlady", "boss", "manager", "teacher", "doctor", "gp", "nurse", "vet",
    "childminder", "coach", "colleague", "tenant", "lodger", "builder", "plumber",
  ]

  /// Quantifiers that may lead a word for people in general, or stand for them alone.
  static let quantifiers: Set<String> = [
    "a", "lot", "lots", "of", "most", "many", "some", "few", "all", "other", "plenty", "loads",
    "several", "bunch", "much",
  ]

  /// Words that make a subject a source of facts.
  static let evidence: Set<String> = [
    "research", "researchers", "studies", "study", "evidence", "data", "science", "scientists",
    "statistics", "guidelines", "experts", "doctors", "trials", "surveys", "figures", "numbers",
  ]

  /// Verbs that make a free relative or a "thing that …" subject a suggestion: "what I'd
  /// recommend", "one thing that works", "something that might help".
  static let suggestingVerbs: Set<String> = [
    "suggest", "recommend", "advise", "encourage", "help", "helps", "helped", "work", "works",
    "worked", "try",
  ]

  /// Nouns that make a subject a suggestion when they end it: "one option", "another tip".
  static let suggestingNouns: Set<String> = [
    "option", "options", "tip", "tips", "strategy", "strategies", "alternative", "suggestion",
  ]

  /// Words that open the clause of a free relative or a "thing that …" subject.
  static let relatives: Set<String> = ["what", "that", "which"]

  /// Subjects of one word that are about no one in particular.
  static let impersonal: Set<String> = ["it", "this", "that", "there", "these", "those"]
}
