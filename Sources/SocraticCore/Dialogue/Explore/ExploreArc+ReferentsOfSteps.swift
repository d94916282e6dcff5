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
      "Which of your own reasons matters most to you?",
    ]
  )

  /// How the reason they came back to is built on, instead of asking which weighs most;
  /// `{leaned}` is what they named in two answers ("your daughter").
  static let leanedOnWordings = [
    "You keep coming back to {leaned}. What is it about {leaned} that matters most to you here?"
  ]

  /// What they named in two or more of their answers, short ("my daughter" → "your
  /// daughter"): the one they lean on, which tells which reason weighs most without asking.
  var leanedOn: String? {
    // One answer filed in two places ("my neighbour got knocked off", a reason and the story
    // backing it) is one answer.
    var filed: Set<String> = []
    let told = (map.reasons.flatMap { [$0.text] + $0.examples + $0.evidence } + map.examples)
      .filter {
        filed.insert(AnswerMoveReader.repeatWords(of: $0).sorted().joined(separator: " ")).inserted
      }
    var seenIn: [String: Int] = [:]
    for (index, text) in told.enumerated() {
      let words = Tokenizer.tokenize(String(text.prefix(AnswerFollowUp.readLimit)))
        .filter(\.isWord).map(\.lowercased)
      var phrases: Set<String> = []
      for (determiner, noun) in zip(words, words.dropFirst())
      where Self.leaningDeterminers.contains(determiner)
        && (AnswerFollowUp.relatives.contains(noun)
          || (Lexicon.classes(of: noun).contains(.noun) && !FunctionWords.isFunctionWord(noun)
            && !QuestionPlan.frameWords.contains(noun)))
      {
        let owner = determiner == "the" ? "the" : "your"
        phrases.insert("\(owner) \(noun)")
      }
      for phrase in phrases where seenIn[phrase] != index {
        if seenIn[phrase] != nil { return phrase }
        seenIn[phrase] = index
      }
    }
    return nil
  }

  /// Determiners of a thing of theirs named again: "my daughter", "our rent".
  static let leaningDeterminers: Set<String> = ["my", "our", "your"]

  /// Ways of asking how someone who disagrees would see it: their reason named, when it is a
  /// claim about the world; else the belief itself, as "this".
  static let outsiderWordings = (
    named: [
      "How might someone who disagrees with you explain that {reason}?",
      "What would someone who sees this differently make of the fact that {reason}?",
    ],
    // "the same facts" and "what you've seen" pointed at nothing they had said.
    short: [
      "How do you think someone who disagrees with you sees this?",
      "What do you think someone who sees this differently would point to?",
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
  /// They start where the session's seed says: the one question every session ends on is not
  /// worded the same way every week.
  static let rerateWordings = (
    named: [
      "From 0 to 100, how sure are you now that {claim}, and what moved it?",
      "After all that, how sure are you that {claim}, from 0 to 100, and what shifted?",
      "Now that we've talked it over, how sure are you that {claim}, from 0 to 100?",
    ],
    short: [
      "Having talked it through, how sure are you now, from 0 to 100, and what moved it?",
      "Where are you now, from 0 to 100, and what has moved, if anything?",
      "How sure are you now, from 0 to 100, and has anything shifted for you?",
    ]
  )

  /// How sure they are now, at the end of a thread in which they changed their mind; `{view}`
  /// is the view they changed to.
  static let changedRerateWording =
    "From 0 to 100, how sure are you now of where you've landed: {view}?"

  /// Ways of staying with a point granted once more when the held wordings point at nothing
  /// to name ("What's behind that?" after "fair enough" met "behind what?"): where what they
  /// grant leaves their view, the view named.
  static let heldNamedWordings = (
    named: ["Where does that leave you on whether {claim}?"],
    short: ["Where does that leave your view now?"]
  )

  /// The first wording of a step that names what it needs from what they said, whose frame no
  /// question of the session had and which is not asked in any wording.
  /// - Parameter isSeeded: whether the wordings start where the session's seed says rather
  ///   than where the belief does.
  func stepWording(
    _ wordings: (named: [String], short: [String]), isSeeded: Bool = false,
    isAsked: (String) -> Bool
  ) -> String? {
    let order = { (list: [String]) in
      isSeeded ? Self.rotated(list, by: self.plan.seed) : self.varied(list)
    }
    return (order(wordings.named) + order(wordings.short)).lazy
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
      // "not pointless then. just badly organised": the opposite of a claim they moved off is
      // no longer what would change their mind.
      (
        "{inverted}",
        belief.inverted.split(separator: " ").count <= Self.restatedWordLimit
          && map.shifts.isEmpty ? belief.inverted : nil
      ),
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
  /// name and understood away from the answer they were said in: what they lived is theirs,
  /// never a fact for another to explain.
  private var namedReasons: [String] {
    map.reasons.map(\.text).filter { !Self.isLived($0) }.compactMap {
      QuestionSlot.quotedClause($0, limit: Self.namedReasonLimit)
    }.filter { Self.isExaminable($0) && QuestionSlot.standsAlone($0) }
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
