/// Jabs whose question word makes them look open, read by where an operator stands in the
/// question rather than by the words around it:
/// - a sweep over the listener's beliefs or habits, right after their verb in a why-question
///   ("Why do you believe everything …", "What makes you trust anyone who …");
/// - a gotcha condition: a why-question about the listener whose if- or when-clause states the
///   listener's own commitment ("… if you're on a diet", "… when you said you'd stop");
/// - a who-question that points at the asker or the listener: a demand for the name
///   ("who exactly", "who else") or a shared place ("around here", "in this house") with a
///   total scope ("all the", "every");
/// - a demand for candour tagged on or put first ("…, be honest?", "Tell me the truth, …");
/// - a veiled threat: what befell someone else, put to the listener as known ("You know what
///   happened to …").
enum JabShapeRules {
  /// Where a universal word stands as the object of the listener's verb in a why-question:
  /// "why do you believe everything you read" → "everything".
  static func sweepOverListener(in reading: QuestionReading) -> Int? {
    guard case .questionWord(let index) = reading.opener,
      let subject = listenerSubject(in: reading, questionWordAt: index)
    else { return nil }
    let end = reading.core.upperBound
    // "you (just|always) believe everything": the verb, then the sweep.
    var position = subject + 1
    while position < end, listenerAdverbs.contains(reading.words[position]) { position += 1 }
    // The slot after "you" is the verb's, whatever else the word can be ("trust", "buy").
    // "What makes you say all of them?" quotes their word back to ask about it: the sweep is
    // theirs, not one the asker charges them with.
    guard position + 1 < end, !FunctionWords.isFunctionWord(reading.words[position]),
      !quotingVerbs.contains(reading.words[position]),
      !Lexicon.verbReadings(of: reading.words[position]).isEmpty
    else { return nil }
    var object = position + 1
    if object < end, verbParticles.contains(reading.words[object]) { object += 1 }
    return object < end && universals.contains(reading.words[object]) ? object : nil
  }

  /// The condition of a gotcha: in a why-question about the listener, an "if" or "when" clause
  /// whose subject is the listener and whose verb states what they hold to ("if you're on a
  /// diet", "when you said you'd stop", "even though you know it's bad"). A condition put as
  /// a supposition ("if you moved", "if you were") asks; so does a time ("when you're tired").
  static func gotchaCondition(in reading: QuestionReading) -> Range<Int>? {
    guard case .questionWord(let index) = reading.opener,
      let subject = listenerSubject(in: reading, questionWordAt: index)
    else { return nil }
    let words = reading.words
    let end = reading.core.upperBound
    for start in (subject + 1)..<end {
      guard
        let opener = conditionOpeners.first(where: { opener in
          start + opener.count + 1 < end
            && words[start..<(start + opener.count)].elementsEqual(opener)
        })
      else { continue }
      let you = start + opener.count
      guard words[you] == "you" else { continue }
      let verb = you + 1
      let isCommitment = commitments.contains(words[verb])
      let isState =
        presentStates.contains(words[verb]) && verb + 1 < end
        && heldStates.contains(words[verb + 1])
      let isPresent = opener == ["if"] && presentStates.contains(words[verb])
      if isCommitment || isState || isPresent { return start..<end }
    }
    return nil
  }

  /// The signs of a who-question that points at someone present: "who exactly … all the …",
  /// "who … every … around here"; nil unless two of them stand together.
  static func pointedWho(in reading: QuestionReading) -> String? {
    guard case .questionWord(let index) = reading.opener, reading.words[index] == "who" else {
      return nil
    }
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    var signs: [String] = []
    if index + 1 < reading.core.upperBound, namingDemands.contains(reading.words[index + 1]) {
      signs.append("who " + reading.words[index + 1])
    }
    for pattern in [totalScope, sharedPlace] {
      if let (start, end) = firstMatch(
        pattern, in: words, from: index + 1, to: reading.core.upperBound, reading)
      {
        signs.append(reading.tokens[start..<end].joinedText)
      }
    }
    return signs.count >= 2 ? signs.joined(separator: " \u{2026} ") : nil
  }

  /// Where a demand for candour stands: "be honest", "tell me the truth", in any clause of the
  /// question or its lead.
  static func candourDemand(in reading: QuestionReading) -> Range<Int>? {
    if let opener = ownItOpeners.first(where: { reading.words.starts(with: $0) }) {
      return 0..<opener.count
    }
    let words = TokenPatternWords(reading.words)
    return firstMatch(candour, in: words, from: 0, to: reading.words.count, reading).map {
      $0.0..<$0.1
    }
  }

  /// The words of a veiled threat: "you know what happened to", "remember what became of".
  static func veiledThreat(in reading: QuestionReading) -> String? {
    let words = TokenPatternWords(reading.words)
    return firstMatch(threat, in: words, from: 0, to: reading.words.count, reading).map {
      reading.tokens[$0.0..<$0.1].joinedText
    }
  }

  /// The words that bring in someone close as the judge of what the person does: "how would
  /// your mum feel if she heard you", "what would grandad say if he could see you now". The
  /// person is asked to feel guilt, not to think; "what would your mum say about the move?"
  /// asks another view and is none.
  static func guiltLever(in reading: QuestionReading) -> String? {
    let words = reading.words
    guard
      let condition = words.indices.dropFirst(2).first(where: { index in
        words[index] == "if" && index + 2 < words.count
          && ["she", "he", "they"].contains(words[index + 1])
          && witnessing.contains(words[index + 2])
      })
    else { return nil }
    let before = words[max(0, condition - judgeReach)..<condition]
    guard before.contains(where: KinWords.isKin), before.contains(where: judgingVerbs.contains)
    else { return nil }
    let end = min(reading.core.upperBound, condition + 4)
    return reading.tokens[condition..<max(end, condition + 3)].joinedText
  }

  /// How far before "if" someone close and their judging stand: "how would your nan feel".
  private static let judgeReach = 8

  /// Verbs of someone judging: "feel", "say", "think".
  private static let judgingVerbs: Set<String> = ["feel", "say", "think", "react"]

  /// Verbs of someone close seeing or learning what the person does: "heard", "saw", "knew".
  private static let witnessing: Set<String> = [
    "heard", "saw", "knew", "could", "found", "was", "were", "walked", "read", "met",
  ]

  /// The question without a demand for candour and the comma before it ("How much did it
  /// cost?"), or nil when it makes none or nothing is left.
  static func withoutCandourDemand(_ reading: QuestionReading) -> [Token]? {
    guard let demand = candourDemand(in: reading) else { return nil }
    var kept = Array(reading.tokens[..<demand.lowerBound] + reading.tokens[demand.upperBound...])
    kept.removeAll { $0.text == "?" }
    while let last = kept.last, last.kind == .punctuation { kept.removeLast() }
    while let first = kept.first, first.kind == .punctuation { kept.removeFirst() }
    return kept.contains(where: \.isWord) ? kept : nil
  }

  /// What a gotcha can ask instead: how the act fits with what they hold to ("How does that
  /// fit with you being on a diet?", "How does that fit with what you said?"); nil without a
  /// gotcha.
  static func askingHowItFits(_ reading: QuestionReading) -> [Token]? {
    guard let condition = gotchaCondition(in: reading),
      let you = condition.first(where: { reading.words[$0] == "you" }),
      you + 1 < condition.upperBound
    else { return nil }
    let verb = you + 1
    let held: String
    if ["'re", "are"].contains(reading.words[verb]), verb + 1 < condition.upperBound {
      let rest = Array(reading.tokens[(verb + 1)..<condition.upperBound].filter { $0.text != "," })
      let state = reading.words[verb + 1]
      // "you trying to save", "you being on a diet"; what they are meant to do is their plans.
      if ["supposed", "meant"].contains(state) {
        held = "your plans"
      } else {
        held = (state.hasSuffix("ing") ? "you " : "you being ") + rest.joinedText
      }
    } else if commitments.contains(reading.words[verb]) {
      let said = reading.words[verb]
      held = "what you " + said + (toldWhom.contains(said) ? " me" : "")
    } else {
      return nil
    }
    return Tokenizer.tokenize("How does that fit with " + held)
  }

  /// What to ask instead of a sweep over what the listener believes: "How do you decide what
  /// to believe?", "… who to trust?"; nil without a sweep.
  static func askingHowTheyDecide(_ reading: QuestionReading) -> [Token]? {
    guard let sweep = sweepOverListener(in: reading) else { return nil }
    var verb = sweep - 1
    if verbParticles.contains(reading.words[verb]) { verb -= 1 }
    guard let base = Lexicon.verbReadings(of: reading.words[verb]).first?.base else { return nil }
    let particle = sweep - 1 == verb ? "" : " " + reading.words[sweep - 1]
    let askedOf = people.contains(reading.words[sweep]) ? "who" : "what"
    return Tokenizer.tokenize("How do you decide \(askedOf) to \(base)\(particle)")
  }

  /// What to ask instead of a who-question that points at someone present about a chore done
  /// in full ("who … all the bins around here"): "How do you see the bins being shared?"; nil
  /// when it names no chore.
  static func askingHowShared(_ reading: QuestionReading) -> [Token]? {
    guard pointedWho(in: reading) != nil,
      let all = reading.core.first(where: {
        reading.words[$0] == "all" && $0 + 1 < reading.core.upperBound
          && reading.words[$0 + 1] == "the"
      })
    else { return nil }
    let chore = reading.tokens[(all + 2)..<reading.core.upperBound].prefix {
      $0.isWord && !["around", "round", "in", "at", "for", "here"].contains($0.lowercased)
    }
    guard (1...3).contains(chore.count) else { return nil }
    return Tokenizer.tokenize("How do you see the " + chore.joinedText + " being shared")
  }

  /// Verbs of telling that take whom they told: "what you told me".
  private static let toldWhom: Set<String> = ["told", "promised"]

  /// Universal words that sweep over people rather than things.
  private static let people: Set<String> = [
    "everyone", "anyone", "everybody", "anybody", "whoever",
  ]

  /// Where "you" stands as the subject of a why-question ("why do you", "how come you", "what
  /// makes you"), or nil.
  private static func listenerSubject(in reading: QuestionReading, questionWordAt index: Int)
    -> Int?
  {
    let words = reading.words
    let end = reading.core.upperBound
    let asksWhy =
      words[index] == "why"
      || (index + 1 < end && words[index] == "how" && words[index + 1] == "come")
      || (index + 1 < end && words[index] == "what"
        && ["makes", "made"].contains(words[index + 1]))
    guard asksWhy else { return nil }
    return ((index + 1)..<min(end, index + 4)).first { words[$0] == "you" }
  }

  /// The first match of a pattern starting between two words, as its start and end.
  private static func firstMatch(
    _ pattern: TokenPattern, in words: TokenPatternWords, from start: Int, to end: Int,
    _ reading: QuestionReading
  ) -> (Int, Int)? {
    for position in start..<max(start, end)
    where pattern.mayStart(with: reading.words[position]) {
      if let end = pattern.matchEnds(in: words, from: position).max(), end > position {
        return (position, end)
      }
    }
    return nil
  }

  /// Words that sweep over every one of a kind.
  private static let universals: Set<String> = [
    "everything", "anything", "whatever", "everyone", "anyone", "everybody", "anybody",
    "every", "all", "whoever",
  ]

  /// Verbs after "you" whose object is the listener's own word, quoted back: "say", "mean".
  private static let quotingVerbs: Set<String> = [
    "say", "said", "saying", "mean", "meant", "call", "called", "put", "word",
  ]

  /// Adverbs between "you" and its verb: "why do you just believe".
  private static let listenerAdverbs: Set<String> = [
    "just", "always", "still", "even", "really", "actually", "automatically", "blindly",
  ]

  /// Particles that belong to the verb before its object: "fall for", "listen to".
  private static let verbParticles: Set<String> = ["for", "to", "in", "with", "on"]

  /// What opens a condition or a concession.
  private static let conditionOpeners: [[String]] = [
    ["if"], ["when"], ["even", "though"], ["though"], ["although"], ["after"], ["even", "if"],
  ]

  /// Verbs by which the listener commits to something: what they said, promised or know.
  private static let commitments: Set<String> = [
    "said", "say", "promised", "promise", "told", "swore", "swear", "agreed", "agree", "claim",
    "claimed", "insist", "insisted", "know", "knew", "vowed", "decided", "keep", "kept",
    "complain", "complained", "hate", "hated",
  ]

  /// Present forms of "be" and "have" after "you".
  private static let presentStates: Set<String> = ["'re", "are", "have", "'ve", "do", "don't"]

  /// What follows "you're" when it names a state held to: "on a diet", "supposed to".
  private static let heldStates: Set<String> = [
    "on", "supposed", "meant", "trying", "saving", "against", "vegan", "vegetarian", "sober",
    "broke", "skint", "allergic", "committed",
  ]

  /// Words right after "who" that demand a name.
  private static let namingDemands: Set<String> = ["exactly", "else", "precisely", "actually"]

  /// A scope with no exception: "all the washing up", "every single time", "always".
  private static let totalScope = TokenPattern(
    "(all the|every|everything|always|all of the|each and every)")

  /// A place the asker shares with the listener.
  private static let sharedPlace = TokenPattern(
    "(around|round|in) (here|this house|this flat|this family|this home|this place)")

  /// Demands for candour.
  private static let candour = TokenPattern(
    "(be honest|be straight with me|tell me the truth|tell the truth|the truth now|no lies)")

  /// Demands that the person own what follows, which demand candour only when they open the
  /// line ("admit it, you never …"; not "he told you to finally admit it").
  static let ownItOpeners: [[String]] = [["admit", "it"], ["face", "it"]]

  /// What befell someone else, put to the listener as something they know.
  private static let threat = TokenPattern(
    "(you know|you remember|remember|you 've heard|you heard) what (happened|happens|became)"
      + " (to|of)")
}
