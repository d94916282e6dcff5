extension PersonaVoice {
  /// The persona's voice.
  /// - Parameters:
  ///   - persona: the persona as logged: its belief, claim, inverted claim and reasons.
  ///   - replies: what the pack's belief says when questioned.
  ///   - terms: the key terms of the belief.
  ///   - keywords: the keywords of its pack: a question about them asks about its subject,
  ///     not about something it has not thought of.
  init(
    persona: SessionEvent.Persona, replies: [String], terms: [String], keywords: [String] = []
  ) {
    let isPersonal = Self.speaksOfItself(persona.belief)
    let claim = isPersonal ? nil : persona.claim
    let inverted = isPersonal ? nil : persona.inverted
    let beliefWords = TopicWords(persona.belief).lemmas
    func spoken(_ text: String, _ source: Source) -> Line {
      Line(text: text, source: source, topic: TopicWords(text, ignoring: beliefWords).lemmas)
    }
    let reasons = persona.reasons.map { spoken($0, .reason) }
    let answers = replies.map { spoken($0, .reply) }
    var lines = reasons + answers
    // What would change its mind is what would undo a reason it holds the belief for.
    lines += reasons.map { reason in
      Line(
        text: "If it turned out I was wrong that \(Self.runOn(reason.text.withoutFullStop)), "
          + "I'd have to think again.",
        source: .changeOfMind)
    }
    if let inverted {
      lines.append(
        Line(
          text: "I would think again if I saw good evidence that \(inverted).",
          source: .changeOfMind))
    }
    lines.append(
      Line(
        text: "It would take a lot to change my mind, and I have not seen it yet.",
        source: .changeOfMind))
    // A belief about itself is meant in its own words: "my country", never the "your country"
    // the engine's claim says back to it.
    let ownWords = BeliefReader.casingFirstWord(
      BeliefReader.trimmed(Tokenizer.tokenize(persona.belief))
    ).joinedText
    let ownClaim = claim ?? (ownWords.hasPrefix("i ") ? "I" + ownWords.dropFirst() : ownWords)
    lines.append(Line(text: "I mean it plainly: \(ownClaim).", source: .meaning))
    var meanings: [String: Reply] = [:]
    for term in Self.definable(terms, in: persona.belief) {
      // The loaded word the belief turns on: its first reason shows what it has in mind.
      let meaning = Self.meaning(of: term, example: reasons.first, claim: ownClaim)
      meanings[DrillDialogue.key(of: term)] = meaning
      lines.append(Line(text: meaning.text, source: .meaning))
    }
    lines.append(
      Line(
        text: inverted.map {
          "Plenty of people would say that \($0); I think they have not looked closely."
        }
          ?? "Plenty of people see it differently; I think they have not looked closely.",
        source: .others))
    lines.append(
      Line(
        text: "If I'm right, a lot of people are making a mistake by ignoring it.",
        source: .consequence))
    // What it would guess of a change it has not thought through: no more than it knows.
    lines += reasons.map { reason in
      Line(
        text: "I can't say for sure what would happen then. What I do know is this: " + reason.text,
        source: .guess)
    }
    lines.append(
      Line(
        text: "It matters to me because I have seen what happens when people get this wrong.",
        source: .stake))
    // What it takes for granted is what its reasons state: once it has given them as reasons,
    // it can own them as assumptions.
    lines += reasons.map { reason in
      Line(
        text: "I suppose I take it for granted that " + Self.runOn(reason.text), source: .assumption
      )
    }
    lines.append(
      Line(
        text:
          "I suppose I take it for granted that things will go on the way they have been going.",
        source: .assumption))
    lines += [
      Line(
        text: claim.map { "Short answer: I still think \($0)." }
          ?? "Short answer: I still think so.",
        source: .shortAnswer),
      Line(text: "Yes or no won't cover it, but I stand by what I said.", source: .shortAnswer),
      Line(text: "In a word: I'm sticking with it.", source: .shortAnswer),
    ]
    // Each persona digs in with its own line first, so two drills do not open the same way.
    // The short ones take turns; the one that restates the belief, longer, comes last.
    let short = Self.shortDefences
    let first = (persona.belief.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & Int.max) % short.count
    lines += (short[first...] + short[..<first] + [Self.restated(claim)]).map {
      Line(text: $0, source: .defence)
    }
    lines += Self.unreadyLines.map { Line(text: $0, source: .unready) }
    self.lines = lines
    self.meanings = meanings
    self.evidence = Self.pair(reasons, with: answers)
    self.ownClaim = ownClaim
    self.beliefWords = beliefWords
    self.subjectWords = TopicWords(keywords.joined(separator: ", ")).lemmas
    self.spokenOf = (reasons + answers).reduce(into: []) { $0.formUnion($1.topic) }
  }

  /// What a leading question gets: short and firm, never a reason, which a question that
  /// pushes has not earned.
  /// Never a flat "No", which would deny what may be a checkable fact.
  static let shortDefences = [
    "I've heard that before, and I'm not convinced.",
    "Even if that's true, it doesn't change what I think.",
    "That's not how I see it, and you won't talk me into it.",
    "You're putting words in my mouth. I stand by what I said.",
  ]

  /// The last of its defences: the belief, restated.
  private static func restated(_ claim: String?) -> String {
    (claim.map { "I still think \($0)." } ?? "I still think so.")
      + " Nothing you've said changes that."
  }

  /// What it says to a question about something it has no line on.
  private static let unreadyLines = [
    "Hm. I haven't really thought about that.",
    "Hm. That's something I haven't really looked into.",
    "Honestly? I haven't really thought about that, and I don't have an answer ready.",
  ]

  /// Each reason's evidence: the reply that shares most of what it speaks of, else the next
  /// reply not taken, in order; a reason left without one has none.
  private static func pair(_ reasons: [Line], with replies: [Line]) -> [String: Line] {
    var evidence: [String: Line] = [:]
    var free = replies
    for reason in reasons {
      let best = free.indices.max { left, right in
        free[left].topic.intersection(reason.topic).count
          < free[right].topic.intersection(reason.topic).count
      }
      guard let best, !free[best].topic.isDisjoint(with: reason.topic) else { continue }
      evidence[reason.text] = free.remove(at: best)
    }
    for reason in reasons where evidence[reason.text] == nil && !free.isEmpty {
      evidence[reason.text] = free.removeFirst()
    }
    return evidence
  }

  /// The key terms worth defining: not absolutes ("all", "never"), which a reason answers
  /// better, nor names written with a capital inside the belief ("Trump").
  private static func definable(_ terms: [String], in belief: String) -> [String] {
    let tokens = Tokenizer.tokenize(belief)
    let names = Set(tokens.dropFirst().filter(\.isCapitalized).map(\.lowercased))
    return terms.filter { !KeyTermFinder.isAbsolute($0) && !names.contains($0.lowercased()) }
  }

  /// What it means by a word of its belief: the definition it has for it, else the word as it
  /// used it in its own claim; with an example when one is given.
  /// - Parameter claim: the belief in the persona's own words.
  static func meaning(of term: String, example: Line?, claim: String) -> Reply {
    let quoted = "\u{201C}\(term)\u{201D}"
    let example = example.map { " Take this: " + $0.text } ?? ""
    guard let definition = PersonaDefinitions.definition(of: term) else {
      return Reply(text: "By \(quoted) I mean it as I put it: \(claim)." + example)
    }
    return Reply(text: "By \(quoted) I mean \(definition)." + example)
  }

  /// The reasons a persona gives when its pack lists none: the reason its belief states, and
  /// what anyone holding a belief might say for it.
  static func reasons(for belief: String) -> [String] {
    var reasons: [String] = []
    let firstSentence = SentenceSplitter.sentences(in: Tokenizer.tokenize(belief)).first ?? []
    if let stated = ReasonSplitter.split(firstSentence).reason {
      switch ReasonSplitter.content(of: BeliefReader.trimmed(stated)) {
      case .clause(let tokens): reasons.append(Self.sentence(tokens))
      case .thing(let tokens): reasons.append("Look at " + tokens.joinedText + ".")
      case nil: break
      }
    }
    reasons.append("Everything I have seen tells me so.")
    reasons.append("The people I trust on this see it the same way.")
    return reasons
  }

  /// Whether a belief speaks of the one who holds it ("I", "my"): the engine's claim puts that
  /// in the second person, as said back to them, so the persona does not repeat it.
  static func speaksOfItself(_ belief: String) -> Bool {
    Tokenizer.tokenize(belief).contains {
      ["i", "me", "my", "mine", "myself"].contains($0.lowercased)
    }
  }

  /// Tokens as a sentence: the first letter capitalised, a full stop at the end.
  private static func sentence(_ tokens: [Token]) -> String {
    let text = tokens.joinedText
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }
}

extension String {
  /// The text without a full stop at its end, to go inside a longer sentence.
  fileprivate var withoutFullStop: String {
    hasSuffix(".") ? String(dropLast()) : self
  }
}
