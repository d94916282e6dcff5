// Rewrites of a claim that charges someone or something with wrongdoing, and of a claim that
// a change would be better.
extension QuestionRewriter {
  /// "Isn't the government stealing our taxes?", "Don't you think your mum spoils the kids?",
  /// "Isn't your dad being unreasonable about the car?" → "How do you see the government when
  /// it comes to our taxes?": the charge is the asker's and goes; who is charged and what it
  /// is about are the topic and stay. Nil for a charge against the person, or no charge.
  static func charged(_ clause: Clause) -> [Token]? {
    let subject = subject(of: clause)
    guard !clause.isNegated, let head = subject.first?.lowercased,
      subject.count > 1
        || !["you", "i", "we", "it", "that", "this", "there", "they"].contains(head)
    else { return nil }
    var rest = clause.rest[...].drop { chargeFillers.contains($0.lowercased) }
    guard let first = rest.first?.lowercased else { return nil }
    switch clause.verb {
    case .lexical(let base, _):
      guard chargeVerbs.contains(base) else { return nil }
    case .be:
      if let base = baseForm(first), chargeVerbs.contains(base) {
        rest = rest.dropFirst()
      } else if chargeAdjectives.contains(first) {
        rest = rest.dropFirst()
        guard rest.first.map({ FunctionWords.prepositions.contains($0.lowercased) }) ?? true
        else { return nil }
        rest = rest.dropFirst()
      } else {
        return nil
      }
    default:
      return nil
    }
    // "ripping us off": a particle after the object goes with the verb.
    let about = Array(
      rest.drop { ["off", "out", "up", "away"].contains($0.lowercased) }
        .prefix { $0.isWord && !["off", "out", "up", "away"].contains($0.lowercased) }
        // "a waste of money": what the charge is about follows its noun's "of".
        .drop { $0.lowercased == "of" })
    let seen = phrase("How do you see") + objectForm(subject)
    // "a waste of time for kids": whom it is for is the topic, not the time.
    if rest.first?.lowercased == "of",
      let preposition = about.indices.dropFirst().first(where: {
        FunctionWords.prepositions.contains(about[$0].lowercased)
      })
    {
      return seen + about[preposition...]
    }
    let named = about.contains {
      !FunctionWords.isFunctionWord($0.lowercased) && !FunctionWords.isVerbAdverb($0.lowercased)
    }
    return named ? seen + tokens("when it comes to") + about : seen
  }

  /// "Wouldn't it be better if they sacked the coach?" → "What would change if they sacked the
  /// coach?": what the change would bring, without the asker's verdict on it. "Wouldn't it be
  /// easier to just ring her?" → "What would change if you were to ring her?" asks of the act
  /// the verdict is on: "What makes you think it would be easier …" would put the asker's
  /// verdict in the person's mouth. A public measure ("cheaper to build more council
  /// houses") is no act of the person's to take: "if we were to build …".
  static func betterIf(_ clause: Clause) -> [Token]? {
    guard case .modal = clause.verb, clause.subject.first?.lowercased == "it",
      clause.subject.count == 1
    else { return nil }
    let rest = clause.rest.map(\.lowercased)
    if let to = rest.firstIndex(of: "to"), to > 0, to <= 3,
      rest[..<to].contains(where: eases.contains)
    {
      let act = clause.rest[(to + 1)...].filter { !["just", "simply"].contains($0.lowercased) }
      guard let first = act.first, baseForm(first.lowercased) == first.lowercased, act.count > 1
      else { return nil }
      let actor = isPublicMeasure(act) ? "we" : "you"
      return phrase("What would change if \(actor) were to") + act
    }
    guard let ifIndex = rest.firstIndex(of: "if"), ifIndex > 0, ifIndex <= 3,
      rest[..<ifIndex].contains(where: comparisons.contains), ifIndex + 2 < rest.count
    else { return nil }
    let change = clause.rest[(ifIndex + 1)...].filter {
      !["already", "just", "finally"].contains($0.lowercased)
    }
    return phrase("What would change if") + change
  }

  /// Verdicts that an act would be easier than what the person does: "easier", "simpler". "Better
  /// to ban guns" may judge no act of theirs, so it is left to the rules after.
  private static let eases: Set<String> = ["easier", "simpler", "quicker", "cheaper"]

  /// Verdicts on a change: "better", "fairer", and every verdict of ease.
  private static let comparisons = eases.union(["better", "fairer", "smarter", "wiser"])

  /// Whether an act is a public measure rather than a step of the person's: its verb is one
  /// that a town or a country takes ("build", "ban", "fund"), or what it acts on is "more" or
  /// "fewer" of a thing ("put on more buses").
  private static func isPublicMeasure(_ act: [Token]) -> Bool {
    guard let verb = act.first?.lowercased else { return false }
    return publicVerbs.contains(verb)
      || act.dropFirst().contains { ["more", "fewer"].contains($0.lowercased) }
  }

  /// Verbs of the measures a council or a government takes: "build", "ban", "scrap".
  private static let publicVerbs: Set<String> = [
    "build", "ban", "fund", "scrap", "tax", "legalise", "legalize", "nationalise",
    "nationalize", "regulate", "subsidise", "subsidize", "privatise", "privatize", "outlaw",
    "abolish", "introduce", "raise", "lower", "cap",
  ]

  /// Words between the verb and the charge: "just", "being", "totally".
  private static let chargeFillers: Set<String> = [
    "just", "being", "totally", "completely", "so", "really", "basically", "literally", "always",
    "clearly", "obviously", "simply", "such", "a", "an",
  ]

  /// Verbs that charge someone with wrongdoing.
  private static let chargeVerbs: Set<String> = [
    "steal", "rob", "cheat", "scam", "con", "waste", "spoil", "rip", "exploit", "bully",
    "abuse", "brainwash", "manipulate", "fleece", "swindle", "mistreat", "neglect", "squander",
  ]

  /// Adjectives that charge someone, before what the charge is about.
  private static let chargeAdjectives: Set<String> = [
    "unreasonable", "unfair", "biased", "corrupt", "useless", "stupid", "ridiculous", "crazy",
    "selfish", "lazy", "greedy", "rude", "harsh", "mean", "soft", "strict", "dishonest",
    "hypocritical", "clueless", "incompetent", "obsessed", "paranoid", "wrong",
  ]
}
