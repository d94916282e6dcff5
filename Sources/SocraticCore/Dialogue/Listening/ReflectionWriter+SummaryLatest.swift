/// Where a person is as the session closes, as the summary gives it back: what they came to
/// see of themselves and what they plan to do, ahead of the reasons they started from.
extension ReflectionWriter {
  /// The most sentences a summary says.
  static let summarySentenceLimit = 3

  /// What they came to see of themselves, as a summary says it ("you came to see that you
  /// never actually asked her"): what they said of themselves as they re-rated, unless it is
  /// already where they got to (`landing`), else the latest point they granted that is about
  /// themselves; nil when none reads well alone or `fresh` lets none through.
  static func realisedPart(
    of map: BeliefMap, besides landing: String?, fresh: (String?) -> String?
  ) -> String? {
    // "maybe I just didn't want to admit it was us": words that speak for a group they are
    // part of are quoted, as "you" would speak of the listener; their own hedge stays.
    let insight = map.selfInsight.flatMap { said -> String? in
      said == landing ? nil : givenInsight(said)
    }
    let realised = map.realisations.reversed().filter { !BeliefMap.speaksForUs($0) }
      .compactMap(standingDoubt)
    guard
      let text = ([insight].compactMap { $0 } + realised).first(where: {
        standsAlone(BeliefMap.unquoted($0)) && fresh($0) != nil
      })
    else { return nil }
    if text.hasPrefix("\u{201C}") { return "you came to see: " + text }
    let tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    let isClause = ClauseParser.parse(tokens) != nil
    return (isClause ? "you came to see that " : "you came to see: ") + text
  }

  /// What they came to see of themselves, in the second person ("maybe you just didn't want
  /// to go"); quoted when it speaks for a group they are part of, as "you" would speak of the
  /// listener; nil when it would not read given back.
  static func givenInsight(_ said: String) -> String? {
    BeliefMap.speaksForUs(said) ? BeliefMap.quoted(said) : givenDoubt(said) ?? given(said)
  }

  /// The latest plan they voiced, with its own hedge ("maybe you'll text her this week");
  /// never one said as they close the topic ("anyway I should ring mum back"), which is their
  /// leaving.
  static func planPart(of map: BeliefMap, fresh: (String?) -> String?) -> String? {
    let plans = map.notes.filter { note in
      note.category == .plan
        && !BeliefMap.topicClosers.contains(BeliefMap.plainWords(note.text).first ?? "")
    }
    guard let plan = plans.last.map(\.text).flatMap(givenDoubt), fresh(plan) != nil else {
      return nil
    }
    return plan
  }
}
