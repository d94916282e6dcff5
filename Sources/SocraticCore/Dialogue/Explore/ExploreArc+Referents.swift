/// The arc's questions about what the person just told, with what they told named short: the
/// person of their story ("your neighbour"), the thing they put first ("that experiment"),
/// never the whole claim pasted into a frame ("What does that tell you about whether …?" came
/// in every session and read as a machine). Each family has several wordings; which is offered
/// first depends on the belief, so a session on another belief hears other words.
extension ExploreArc {
  /// Ways of asking what something that happened to someone of theirs showed them; `{who}` is
  /// that person, named as they named them ("your neighbour").
  static let tellingWordingsWithSomeone = [
    "What did you take from what happened with {who}?",
    "How did what happened with {who} shape the way you see this?",
    "What stays with you most from what happened with {who}?",
  ]

  /// Ways of asking what an event of their own showed them, no one else named.
  static let tellingWordingsOfAnEvent = [
    "What did you take away from that?",
    "How did that shape the way you see this?",
    "What did going through that make clear to you?",
  ]

  /// Ways of asking what a part of their life that is no event shows them ("I run a bakery"),
  /// `{told}` named in their words: "that part of your life" alone met "which part?".
  static let tellingWordingsOfTheirLife = [
    "You said {told}. How does that bear on the way you see this?",
    "You said {told}. What does that show you that others might miss?",
  ]

  /// Ways of asking for more reasons after one, without the claim pasted in again.
  static let moreReasonWordings = [
    "Apart from that, what else leads you to see it this way?",
    "Besides that, what else makes you think so?",
    "What else brings you to this view, apart from that?",
  ]

  /// Ways of asking for the story of the belief (deep canvassing's "tell me about a time").
  static let storyWordings = [
    "When did you first come to see it this way?",
    "What happened that first made you see it this way?",
    "What was the moment this first came home to you?",
  ]

  /// How the thing they put first is asked about; `{first}` is it, in their words.
  static let rankedWordings = [
    "What is it about {first} that weighs most for you?",
    "Why does {first} count for more than the rest, for you?",
  ]

  /// The wordings in the order this belief offers them: the same belief hears the same words
  /// (a resumed session asks what it would have asked), another belief starts elsewhere.
  func varied(_ wordings: [String]) -> [String] {
    guard !wordings.isEmpty else { return [] }
    // A fixed hash of the claim's letters: Swift's own `hashValue` differs from run to run.
    let seed = belief.claim.lowercased().unicodeScalars.reduce(UInt64(5381)) {
      $0 &* 33 &+ UInt64($1.value)
    }
    let start = Int(seed % UInt64(wordings.count))
    return Array(wordings[start...] + wordings[..<start])
  }

  /// A question that restates the belief while it is short enough to hear in one breath; a
  /// longer one is pointed at ("What leads you to think that kids spend too much time on
  /// phones and it's ruining their attention?" reads as a form filled in).
  /// - Parameters:
  ///   - wording: the question with `{claim}` or `{inverted}` in it.
  ///   - short: the question without the belief in it.
  func restating(_ wording: String, or short: String) -> String {
    let slot = wording.contains("{inverted}") ? belief.inverted : belief.claim
    guard slot.split(separator: " ").count <= Self.restatedWordLimit else { return short }
    return wording.replacing("{claim}", with: belief.claim).replacing(
      "{inverted}", with: belief.inverted)
  }

  /// The belief, when it is short enough to name in a question.
  var namedClaim: String? {
    belief.claim.split(separator: " ").count <= Self.restatedWordLimit ? belief.claim : nil
  }

  /// How many words a belief may have to be restated in a question.
  static let restatedWordLimit = 9

  /// The questions about something they told, pointing back at it by who it happened to, or
  /// as an event of theirs, or as a part of their life.
  /// - Parameter event: whether what they told happened (is in the past).
  func tellingWordings(of told: String, event: Bool) -> [String] {
    if let who = AnswerFollowUp.relativeIn(told) {
      return varied(Self.tellingWordingsWithSomeone).map { $0.replacing("{who}", with: who) }
    }
    if event { return varied(Self.tellingWordingsOfAnEvent) }
    // "worked there six years", no clause to quote: asked right after it, "that" is it.
    guard let named = QuestionSlot.quotedClause(told) else {
      return varied(Self.tellingWordingsOfAnEvent)
    }
    return varied(Self.tellingWordingsOfTheirLife).map { $0.replacing("{told}", with: named) }
  }

  /// The question about what an answer put first, named in their words ("mostly that
  /// experiment" → "that experiment"); nil when it ranks nothing it names short.
  func rankedQuestion(in answer: String?) -> String? {
    guard let answer, let first = Self.rankedPhrase(in: answer) else { return nil }
    return varied(Self.rankedWordings).lazy.map { $0.replacing("{first}", with: first) }.first
  }

  /// What an answer puts above the rest, as a short noun phrase in the second person: "the main
  /// thing is the fairness of it really" → "the fairness of it"; "mostly my kids, tbh" → "your
  /// kids". Nil when the words after the cue are a clause, or longer than a name.
  static func rankedPhrase(in answer: String) -> String? {
    let tokens = Shorthand.expanded(
      Tokenizer.tokenize(String(answer.prefix(AnswerFollowUp.readLimit))))
    for start in tokens.indices {
      guard let length = rankingLeads.matchEnd(atStartOf: Array(tokens[start...])) else {
        continue
      }
      var phrase = Array(tokens[(start + length)...].prefix { $0.kind != .punctuation })
      while let last = phrase.last, closingFillers.contains(last.lowercased) {
        phrase.removeLast()
      }
      // "it's mostly fine": a thing put first is named by a noun phrase, opened by a
      // determiner; "that nobody checks" is a clause, no name.
      let tags = ClauseScanner(tokens: phrase).tags
      guard (2...rankedPhraseLimit).contains(phrase.count),
        phraseOpeners.contains(phrase[0].lowercased),
        tags.allSatisfy({ ![.finiteVerb, .auxiliary].contains($0) }),
        !QuestionPlan.nouns(in: phrase.joinedText).isEmpty,
        let named = ReflectionWriter.secondPersonPhrase(phrase.joinedText)
      else { return nil }
      let isName = phrase[0].text.first?.isUppercase == true && phrase[0].lowercased != "i"
      return isName ? named : named.prefix(1).lowercased() + named.dropFirst()
    }
    return nil
  }

  /// How far they go by someone whose view they report and do not turn against ("teachers at
  /// her school say the same thing"), that person named in the second person; nil when the
  /// answer reports no one by a short name, or names only everyone ("people say").
  func voucherQuestion(in answer: ReadAnswer) -> String? {
    for view in answer.views where view.stance != .disagrees {
      let words = view.who.split(separator: " ")
      guard (1...Self.voucherNameLimit).contains(words.count),
        !Self.everyone.contains(words[0].lowercased()),
        let who = ReflectionWriter.secondPersonPhrase(view.who)
      else { continue }
      let isName = view.who.first?.isUppercase == true && words[0] != "I"
      let named = isName ? who : who.prefix(1).lowercased() + who.dropFirst()
      return varied(Self.voucherWordings).first.map { $0.replacing("{who}", with: named) }
    }
    return nil
  }

  /// Ways of asking how far they go by someone they quoted; `{who}` is that person.
  static let voucherWordings = [
    "How much weight do you give {who} on this, and why?",
    "What makes {who} someone to listen to on this, for you?",
  ]

  /// How many words a quoted person's name may have to be named back.
  static let voucherNameLimit = 5

  /// Words that name everyone or no one in particular: no person to weigh.
  static let everyone: Set<String> = [
    "people", "everyone", "everybody", "they", "someone", "somebody", "anyone", "nobody", "some",
    "most", "many", "all", "you",
  ]

  /// The words that put what follows them above the rest: "the main thing is", "mostly".
  static let rankingLeads = PartnerCueMatcher([
    "(the|my) (main|biggest|real|big|number one|first) (thing|reason|one|part|issue|point) (is|was|'s)",
    "(mostly|mainly|above all|most of all|more than anything)",
  ])

  /// How many words a thing put first may have to be named back short.
  static let rankedPhraseLimit = 6

  /// Words that close a phrase and are no part of it: "the fairness of it really".
  static let closingFillers: Set<String> = [
    "really", "tbh", "honestly", "though", "tho", "i", "think", "guess", "probably", "anyway",
  ]

  /// The words that open a noun phrase naming what they put first: "the cost", "my kids".
  static let phraseOpeners: Set<String> = [
    "the", "my", "our", "that", "this", "those", "these", "his", "her", "their", "its",
  ]
}

/// The arc's fixed steps in several wordings each: the same line in every session ("How might
/// someone who disagrees with you explain the same facts?") reads as a form. One that names
/// what they said comes first; then the belief's own order (`varied`); a wording whose frame
/// was asked in the session, about any belief, is not asked again.
extension ExploreArc {
  /// Ways of asking what leads them to the belief; the last ones without it named.
  static let reasonWordings = (
    named: [
      "What leads you to think that {claim}?", "Why do you think {claim}?",
      "What makes you think {claim}?",
    ],
    short: [
      "What leads you to think so?", "Why do you think so?", "What makes you see it that way?",
    ]
  )

  /// Ways of asking which reason weighs most: the two they gave named, when they gave two.
  static let weightWordings = (
    named: ["Which matters more to you: that {reason}, or that {other}?"],
    short: [
      "Of the reasons you gave, which one carries the most weight for you?",
      "Of everything you've said, which reason counts most for you?",
      "Which of those reasons matters most to you?",
    ]
  )

  /// Ways of asking how someone who disagrees would see it: their reason named, when it is a
  /// claim about the world.
  static let outsiderWordings = (
    named: [
      "How might someone who disagrees with you explain that {reason}?",
      "What would someone who sees this differently make of the fact that {reason}?",
    ],
    short: [
      "How might someone who disagrees with you explain the same facts?",
      "What would someone who sees this differently make of the same facts?",
      "How would someone who disagrees with you read what you've seen?",
    ]
  )

  /// Ways of asking what would change their mind.
  static let changeMindWordings = (
    named: [
      "What would you need to see to think that {inverted}?",
      "What would it take for you to think {inverted}?",
    ],
    short: [
      "What would you need to see to think otherwise?",
      "What would it take for you to see it differently?",
      "What could you find out that would change your mind about this?",
    ]
  )

  /// Ways of asking how sure they are now, at the end of a thread.
  static let rerateWordings = (
    named: ["From 0 to 100, how sure are you now that {claim}, and what moved it?"],
    short: [
      "Having talked it through, how sure are you now, from 0 to 100, and what moved it?",
      "Where are you now, from 0 to 100, and what has moved, if anything?",
    ]
  )

  /// The first wording of a step that names what it needs from what they said, whose frame no
  /// question of the session had and which is not asked in any wording.
  func stepWording(
    _ wordings: (named: [String], short: [String]), isAsked: (String) -> Bool
  ) -> String? {
    (varied(wordings.named) + varied(wordings.short)).lazy
      .filter { !self.frameAsked($0) }
      .compactMap(filled)
      .first { !isAsked($0) }
  }

  /// A wording with its slots filled from the belief and their reasons, nil when one has
  /// nothing to fill it.
  private func filled(_ wording: String) -> String? {
    let reasons = namedReasons
    let slots: [(String, String?)] = [
      ("{claim}", namedClaim),
      ("{inverted}", belief.inverted.split(separator: " ").count <= Self.restatedWordLimit
        ? belief.inverted : nil),
      ("{reason}", reasons.first),
      // Two reasons are named only when they gave two: naming two of three leaves one out.
      ("{other}", reasons.count == 2 && map.reasons.count == 2 ? reasons[1] : nil),
    ]
    var text = wording
    for (slot, value) in slots where text.contains(slot) {
      guard let value else { return nil }
      text = text.replacing(slot, with: value)
    }
    return text
  }

  /// The reasons they gave that are claims about the world, as whole clauses short enough to
  /// name: what they lived is theirs, never a fact for another to explain.
  private var namedReasons: [String] {
    map.reasons.map(\.text).filter { !Self.isLived($0) }.compactMap {
      QuestionSlot.quotedClause($0, limit: Self.namedReasonLimit)
    }.filter(Self.isExaminable)
  }

  /// How many words a reason may have to be named in a step's question.
  static let namedReasonLimit = 9

  /// Whether a question of the session was asked in this wording, whatever filled its slots.
  private func frameAsked(_ wording: String) -> Bool {
    let pieces = wording.split(separator: "{", omittingEmptySubsequences: false).enumerated().map {
      $0.offset == 0 ? Substring($0.element) : $0.element.drop { $0 != "}" }.dropFirst()
    }
    return askedTexts.contains { text in
      var rest = Substring(text)
      for (index, piece) in pieces.enumerated() where !piece.isEmpty {
        guard let found = rest.range(of: piece), index > 0 || found.lowerBound == rest.startIndex
        else { return false }
        rest = rest[found.upperBound...]
      }
      return pieces.last?.isEmpty == true || rest.isEmpty
    }
  }
}
