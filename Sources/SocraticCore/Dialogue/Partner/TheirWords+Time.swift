/// When what they tell is set: something they lived, a what-if, or what is ahead of them. The
/// questions about a story, a change or what comes next fit only a turn set in their time
/// (`StockQuestionFit`).
extension TheirWords {
  /// Whether they tell something that happened to them, neither imagined ("if i was broke by
  /// june") nor on the way to a plan ("im moving in march, paid the deposit already").
  var tellsALivedEvent: Bool {
    tellsTheirOwnEvent && !isImagined && !tellsWhatIsAhead
  }

  /// Whether they tell of what was, theirs or someone's ("she always burnt the gravy"), or of a
  /// change, neither imagined nor on the way to a plan.
  var tellsThePast: Bool {
    let tellsIt =
      tellsAChange
      || wordTokens.indices.contains { index in
        let word = wordTokens[index].lowercased
        // "i feel stuck", "she's worn out": a past form after a verb of being is how they are.
        let isAState =
          index > 0 && Self.linkingVerbs.contains(wordTokens[index - 1].lowercased)
        return Self.pastBe.contains(word) || Self.isOnlyPast(word) && !isAState
          || Self.pastTimeWords.contains(word)
      }
    return tellsIt && !isImagined && !tellsWhatIsAhead
  }

  /// Verbs of being now, after which a past form says how someone is ("feel stuck", "am
  /// done", "seems lost"), never what happened.
  private static let linkingVerbs: Set<String> = [
    "feel", "feels", "feeling", "am", "'m", "im", "is", "'s", "are", "'re", "seem", "seems",
    "look", "looks", "get", "gets", "getting", "stay", "stays", "be", "being",
  ]

  /// Whether what they tell of the past is imagined: each verb of theirs that tells it is said
  /// under a condition or a wish ("if i ran out of money. or got bored", "i wish i was"), and
  /// at least one is. A sentence that opens with "or" or "and" goes on under its condition.
  var isImagined: Bool {
    var isConditional = false
    var isUnderCondition = false
    var opensSentence = true
    for token in typed {
      guard token.isWord else {
        if Self.sentenceEnds.contains(token.text) { opensSentence = true }
        continue
      }
      let word = token.lowercased
      if opensSentence {
        isUnderCondition = isUnderCondition && Self.continuingWords.contains(word)
        opensSentence = false
      }
      if Self.conditionWords.contains(word) {
        isUnderCondition = true
      } else if Self.pastBe.contains(word) || Self.isOnlyPast(word) {
        guard isUnderCondition else { return false }
        isConditional = true
      }
    }
    return isConditional
  }

  /// Whether they tell what is ahead of them: a plan of theirs ("im handing my notice in") or a
  /// time to come ("next spring", "in a fortnight").
  /// A plan said in mockery ("i'll just park it on the roof then") is none.
  var tellsWhatIsAhead: Bool {
    (tellsAPlan || PartnerCueMatcher.timeAhead.matches(wordTokens)) && !isSarcastic
  }

  /// Whether they tell of a change in their life, so that something was different before: "since
  /// we moved", "no more football for me", "i used to".
  var tellsAChange: Bool {
    PartnerCueMatcher.change.matches(wordTokens)
  }

  /// Words that put what follows under a condition or a wish: what is said after them did not
  /// happen.
  static let conditionWords: Set<String> = [
    "if", "unless", "suppose", "supposing", "imagine", "wish", "hypothetically",
  ]

  /// The past of "be" and "have", which tells the past as a lexical verb's past form does.
  private static let pastBe: Set<String> = ["was", "were", "had"]

  /// Words that open a sentence going on from the one before: "or lonely."
  private static let continuingWords: Set<String> = ["or", "and", "plus"]

  /// The marks that end a sentence.
  private static let sentenceEnds: Set<String> = [".", "!", "?", ";", "...", "\u{2026}"]
}

extension PartnerCues {
  /// A time to come: "next year", "in a couple of months", "tomorrow", a date set ("the op's on
  /// the 14th", "it's on 3rd", "it's next friday", "the scan is on monday").
  static let timesAhead: [String] = [
    "next (week|month|year|summer|spring|autumn|fall|winter|term|weekend|time)",
    "(tomorrow|tmrw|tmw)",
    "in (a|one|two|three|four|six|a few|a couple of) (days|weeks|months|years|week|month|year|fortnight)",
    "(later|early|end of) this (week|month|year)", "after christmas", "from (next|january|monday)",
    "(is|'s|s|are|'re) on (the)? (" + dayOrdinals.joined(separator: "|") + "|" + weekdays + ")",
    "(this|next) (weekend|" + weekdays + ")",
  ]

  /// The days of the week, as a pattern's choices: "monday|tuesday|…".
  private static let weekdays = TimeWords.weekdays.sorted().joined(separator: "|")

  /// The days of a month as dates are typed: "1st" … "31st".
  private static let dayOrdinals: [String] = (1...31).map { day in
    let suffix =
      (11...13).contains(day % 100)
      ? "th" : [1: "st", 2: "nd", 3: "rd"][day % 10] ?? "th"
    return "\(day)\(suffix)"
  }

  /// A change in their life, told: something was otherwise before it.
  static let changes: [String] = [
    "since (i|we|me|he|she|they|my|our|the)", "no (more|longer)", "(not|n't) any (more|longer)",
    "anymore", "used to", "(not|n't) the same",
  ]
}

extension PartnerCueMatcher {
  static let timeAhead = PartnerCueMatcher(PartnerCues.timesAhead)
  static let change = PartnerCueMatcher(PartnerCues.changes)
}
