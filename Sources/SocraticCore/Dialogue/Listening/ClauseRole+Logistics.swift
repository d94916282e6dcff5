/// Logistics: how far, how long, which hours, and what the person has not read or seen. They
/// set the scene of an answer and are never its point: "it's 10 mins away", "I work the late
/// shift, 4 til 2", "I haven't read that one". A contrast, a reason, a value or a consequence
/// said beside them is what is given back; with nothing beside them, nothing is.
extension ClauseRole {
  /// Whether words say only logistics, with no contrast, reason or consequence beside them:
  /// "it's 10 mins away" does, "it's 10 mins away but they'd be on their own" does not.
  /// "it's 20 mins on foot and I think they learn from it" has a view beside them.
  static func isOnlyLogistics(_ tokens: [Token]) -> Bool {
    guard isLogistics(tokens), !tokens.contains(where: { pointJoints.contains($0.lowercased) })
    else { return false }
    let clauses = tokens.split { clauseJoints.contains($0.lowercased) }.map(Array.init)
    return clauses.allSatisfy { clause in
      isLogistics(clause) || AnswerMoveReader.finiteVerbIndex(in: clause) == nil
    }
  }

  /// Words that join a point to logistics said before it.
  static let pointJoints: Set<String> = [
    "but", "though", "although", "yet", "except", "because", "cos", "so", "which", "whereas",
  ]

  /// Words that join two clauses of equal weight.
  static let clauseJoints: Set<String> = [",", ";", "and", "."]

  /// Whether a clause only says how far, how long or when, or that the speaker has not read
  /// or seen something.
  static func isLogistics(_ tokens: [Token]) -> Bool {
    let words = tokens.filter { $0.isWord || $0.kind == .number }.map(\.lowercased)
    return words.indices.contains { index in
      let word = words[index]
      let next = words.dropFirst(index + 1).prefix(2)
      // "stood in line for two hours": how long something lasted tells what happened; "went
      // from every 10 min to every hour": how often, or a change, is what happened too.
      let tellsWhatHappened = index > 0 && happeningBefore.contains(words[index - 1])
      if isAmount(word), !tellsWhatHappened, next.contains(where: measureUnits.contains) {
        return true
      }
      // "6 til 2ish", "9 to 5": a span of hours.
      if isAmount(word), index + 2 < words.count, spanWords.contains(words[index + 1]),
        isAmount(words[index + 2])
      {
        return true
      }
      if ["shift", "shifts"].contains(word), index > 0, shiftKinds.contains(words[index - 1]) {
        return true
      }
      // "the last bus is at 6", "it shuts at half five", "open till 9pm": the hour of day.
      // "at 16 I left school" opens on an age, not an hour.
      if index > 0, clockWords.contains(word), isClockTime(words.dropFirst(index + 1)) {
        return true
      }
      // "I haven't read those", "never even watched it": what they have not come across.
      // "that's not how I see it" says how they see it.
      guard notDoneWords.contains(word),
        let verb = words.indices.dropFirst(index + 1).first(where: {
          !notDoneFillers.contains(words[$0])
        }), readingVerbs.contains(words[verb]) || seeingVerbs.contains(words[verb])
      else { return false }
      return readingVerbs.contains(words[verb])
        || words.dropFirst(verb + 1).first.map(pointingObjects.contains) == true
    }
  }

  /// Whether a word gives an amount: "10", "2ish", "ten", "an" in "an hour".
  private static func isAmount(_ word: String) -> Bool {
    word.first?.isNumber == true || ReflectionCheck.numberWords.contains(word)
      || ["a", "an", "one", "few", "couple"].contains(word)
  }

  /// Words before an hour of day: "at 6", "till 9pm", "by half five".
  static let clockWords: Set<String> = ["at", "till", "til", "until", "by", "past"]

  /// Whether words open on an hour of day: "6", "9pm", "8.30", "noon", "six", "half five";
  /// "half the price" names none.
  private static func isClockTime(_ words: ArraySlice<String>) -> Bool {
    guard let word = words.first else { return false }
    if ["half", "quarter"].contains(word) {
      return words.dropFirst().first.map { $0 == "past" || isClockTime([$0]) } ?? false
    }
    if clockNames.contains(word) { return true }
    // "at one point", "by ten years old", "at 6 months": a number with what it counts.
    if let next = words.dropFirst().first, notHourAfter.contains(next) { return false }
    if hourWords.contains(word) { return true }
    let hasMeridiem = word.hasSuffix("pm") || word.hasSuffix("am")
    let digits = hasMeridiem ? word.dropLast(2) : Substring(word)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == ":" }) else {
      return false
    }
    // "at 16 I left school" names an age; "at 6", "at 7.30", "by 11pm" an hour.
    guard let hour = Int(digits.prefix { $0.isNumber }) else { return false }
    return hasMeridiem || digits.contains(where: { !$0.isNumber }) || (1...12).contains(hour)
  }

  /// Words after a number that say it counts something other than the hour.
  static let notHourAfter: Set<String> = [
    "point", "stage", "time", "times", "year", "years", "month", "months", "week", "weeks",
    "day", "days", "old", "of", "percent", "%", "people", "kids", "quid", "pounds", "dollars",
  ]

  /// Words that name an hour of day without a number.
  static let clockNames: Set<String> = ["noon", "midday", "midnight", "teatime", "lunchtime"]

  /// The number words that can name an hour of the clock.
  static let hourWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
  ]

  /// Words before an amount that make it what happened rather than the scene: how long it
  /// lasted ("for two hours"), how often ("every 10 min") or what it changed from or to.
  static let happeningBefore: Set<String> = ["for", "every", "each", "per", "from", "to"]

  /// Units of distance and of short spans of time.
  static let measureUnits: Set<String> = [
    "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "sec", "secs", "seconds",
    "mile", "miles", "km", "kms", "metres", "meters", "yards", "blocks", "stops", "steps",
  ]

  /// Words that join the two ends of a span of hours.
  static let spanWords: Set<String> = ["til", "till", "until", "to", "through", "-"]

  /// Words that say which shift: "the late shift", "night shifts".
  static let shiftKinds: Set<String> = [
    "early", "late", "night", "day", "double", "back", "long", "evening", "morning", "split",
    "weekend", "graveyard", "twilight",
  ]

  /// Words that say something was not done.
  static let notDoneWords: Set<String> = [
    "haven't", "havent", "hadn't", "didn't", "didnt", "never", "not",
  ]

  /// Words between "not" and the verb of not having come across something: "haven't even
  /// read", "have not actually seen".
  static let notDoneFillers: Set<String> = [
    "have", "'ve", "even", "actually", "really", "ever", "properly", "fully", "yet", "been",
  ]

  /// Verbs of reading something: not having done so is always background.
  static let readingVerbs: Set<String> = ["read", "looked", "checked"]

  /// Verbs of seeing or hearing: background only when they take a thing pointed back to ("I
  /// never watched it"); "never seen a landlord fix anything" is a point.
  static let seeingVerbs: Set<String> = ["seen", "watched", "heard", "see", "watch"]

  /// Words pointing back to something named before.
  static let pointingObjects: Set<String> = ["it", "that", "those", "these", "them", "this"]
}
