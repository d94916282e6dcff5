// A parsed clause reshaped for a rewrite: as a yes/no question, an infinitive, its subject.
extension QuestionRewriter {
  /// The clause as a yes/no question, without negation: "crypto is not a scam" → "is crypto a
  /// scam"; "AI threatens jobs" → "does AI threaten jobs".
  static func yesNoQuestion(_ clause: Clause) -> [Token]? {
    let subject = subject(of: clause)
    guard !subject.isEmpty else { return nil }
    switch clause.verb {
    case .lexical(let base, let tense):
      let doForm: String
      switch tense {
      case .thirdSingular: doForm = "does"
      case .plural, .imperative: doForm = "do"
      case .past: doForm = "did"
      }
      let verb = clause.lexicalVerb.map { $0.replacingText(with: base) } ?? Token(base)
      let rest = Clause.reinflectingCoordinatedVerbs(in: clause.rest, fromBase: false) {
        $0
      }
      return [Token(doForm)] + subject + clause.beforeVerb.filter { !isNegation($0) } + [verb]
        + rest
    case .be, .modal, .perfect:
      guard let auxiliary = clause.auxiliary else { return nil }
      return [Token(positiveAuxiliary(auxiliary, clause))] + subject
        + clause.afterAuxiliary.filter { !isNegation($0) } + clause.rest
    }
  }

  /// The clause's verb group as an infinitive after its subject: "to be a scam", "not to
  /// replace jobs", "to have caused the crisis".
  static func infinitive(_ clause: Clause) -> [Token]? {
    let not = clause.isNegated ? phrase("not") : []
    // "ever" belongs to the question ("Can AI ever be creative?"), not to what it would take.
    let adverbs = clause.afterAuxiliary.filter { !isNegation($0) && $0.lowercased != "ever" }
    switch clause.verb {
    case .be(.present):
      return not + phrase("to be") + adverbs + clause.rest
    case .be(.past), .perfect(.past):
      return nil
    case .perfect(.present):
      return not + phrase("to have") + adverbs + clause.rest
    case .modal(let modal):
      var rest = clause.rest
      if modal == "ought", rest.first?.lowercased == "to" { rest.removeFirst() }
      guard let verb = rest.first, baseForm(verb.lowercased) != nil else { return nil }
      return not + phrase("to") + adverbs + rest
    case .lexical(let base, let tense):
      guard tense != .past, tense != .imperative else { return nil }
      let rest = Clause.reinflectingCoordinatedVerbs(in: clause.rest, fromBase: false) { $0 }
      return not + phrase("to") + clause.beforeVerb.filter { !isNegation($0) } + [Token(base)]
        + rest
    }
  }

  private static func positiveAuxiliary(_ token: Token, _ clause: Clause) -> String {
    switch token.lowercased {
    case "'s":
      if case .perfect = clause.verb { return "has" }
      return "is"
    case "'d":
      if case .perfect = clause.verb { return "had" }
      return "would"
    default:
      return FunctionWords.auxiliary(token.lowercased)?.positive ?? token.lowercased
    }
  }

  /// The clause's subject; "you" for a command.
  static func subject(of clause: Clause) -> [Token] {
    clause.isCommand ? phrase("you") : clause.subject
  }

  /// Pronouns as objects: "we" → "us", "they" → "them".
  static func objectForm(_ subject: [Token]) -> [Token] {
    guard subject.count == 1, let object = objectPronouns[subject[0].lowercased] else {
      return subject
    }
    return [subject[0].replacingText(with: object)]
  }

  private static let objectPronouns: [String: String] = [
    "i": "me", "we": "us", "they": "them", "he": "him", "she": "her", "who": "whom",
  ]

  /// Whether a complement starts with a verb's -ing form: "winning the AI race", "failing".
  /// Adjectives in -ing ("boring") are taken for it too: "look boring" reads well, but "look
  /// failing" does not, and the lexicon cannot tell them apart.
  static func isProgressive(_ rest: [Token]) -> Bool {
    guard let first = rest.first else { return false }
    let word = first.lowercased
    return word.hasSuffix("ing")
      && Lexicon.verbReadings(of: word).contains { $0.form == .presentParticiple }
  }

  static let dutyModals = FunctionWords.obligationModals
  static let possibilityModals = FunctionWords.possibilityModals

  /// The base form of a verb as written: "buys" → "buy", "saying" → "say", "be" → "be"; nil
  /// when it is none.
  static func baseForm(_ word: String) -> String? {
    if word == "be" || word == "have" || word == "do" { return word }
    if FunctionWords.isFunctionWord(word) { return nil }
    return Lexicon.verbReadings(of: word).first {
      $0.form != .pastParticiple
    }?.base
  }

  /// The clause as a gerund phrase, to be asked about as a topic: "she's earning more than
  /// you" → "her earning more than you", "your brother still lives with them" → "your brother
  /// living with them", "he is not home" → "him not being home"; nil for a modal or perfect
  /// verb, whose time a gerund would lose, or a subject that is no noun phrase.
  static func gerundPhrase(_ clause: Clause) -> [Token]? {
    let subject = objectForm(clause.subject)
    guard !subject.isEmpty, isNounPhrase(subject) else { return nil }
    let not = clause.isNegated ? phrase("not") : []
    switch clause.verb {
    case .be:
      if isProgressive(clause.rest) { return subject + not + clause.rest }
      return subject + not + phrase("being") + clause.rest
    case .lexical(let base, _):
      guard let gerund = gerund(of: base) else { return nil }
      return subject + not + [Token(gerund)] + clause.rest
    case .modal, .perfect:
      return nil
    }
  }

  private static func isNegation(_ token: Token) -> Bool {
    token.lowercased == "not" || token.lowercased == "never"
  }

  /// Whether a noun phrase or pronoun takes a plural verb: "they", "crypto bros".
  static func isPlural(_ subject: [Token]) -> Bool {
    guard let last = subject.last(where: \.isWord) else { return false }
    let word = last.lowercased
    if ["they", "we", "you", "them"].contains(word) { return true }
    return !last.hasFixedCase && Lexicon.number(ofNoun: word) == .plural
  }
}
