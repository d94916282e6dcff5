// Why-questions that take "never" or "always" for granted about others.
extension QuestionFormRules {
  /// The index of "never" or "always" in a why-question about what someone does: "Why do
  /// politicians never keep their promises?", "Why is it that banks always win?". The question
  /// asks for reasons for a sweeping claim the person has not made. Said of the person's
  /// habits ("Why do you always leave the dishes?") it is a complaint put as a question. Not
  /// with a modal nor of the person's past: "Why would you never vote?", "How come you never
  /// changed your mind?" ask about their own choices.
  static func sweepingWord(in reading: QuestionReading, questionWordAt index: Int) -> Int? {
    let words = reading.words
    let end = reading.core.upperBound
    let isWhy =
      words[index] == "why"
      || (words[index] == "how" && index + 1 < end && words[index + 1] == "come")
    let isHabitOfYou = habitAskings.contains {
      words[index..<end].starts(with: $0 + ["you"])
    }
    // "Why would you never vote?" asks about a choice the person may well have stated.
    guard isWhy,
      !words[(index + 1)..<end].contains(where: {
        FunctionWords.auxiliary($0)?.kind == .modal || ($0 == "you" && !isHabitOfYou)
      })
    else { return nil }
    if let cleft = cleftSweepingWord(words, questionWordAt: index, end: end) { return cleft }
    // "How come you never moved abroad?" asks about a past choice, not a habit.
    let asksHowCome = words[index] == "how"
    return ((index + 1)..<min(end, index + 8)).first { position in
      guard ["never", "always"].contains(words[position]), position + 1 < end else {
        return false
      }
      let verb = words[position + 1]
      let isPast =
        !QuestionReading.isBaseVerb(verb)
        && Lexicon.verbReadings(of: verb).contains { $0.form == .past }
      return (QuestionReading.isBaseVerb(verb) || isVerbForm(verb)) && !(asksHowCome && isPast)
    }
  }

  /// The words that ask why the person does something as a habit, before "you": "Why do you
  /// never …", "How come you always …", and chat's "why you never …", its auxiliary dropped.
  private static let habitAskings: [[String]] = [["why", "do"], ["how", "come"], ["why"]]

  /// The index of "always" or "never" in "Why is it always the Greens who block housing?": a
  /// cleft that singles out who does it, every time.
  static func cleftSweepingWord(_ words: [String], questionWordAt index: Int, end: Int) -> Int? {
    cleft.matches(TokenPatternWords(words, end: end), at: index) ? index + 3 : nil
  }

  private static let cleft = TokenPattern("_ (is|was|'s) it (always|never) _ _{0,3} (who|that)")
}

// Phrases of time that charge someone with doing something always.
extension QuestionFormRules {
  /// Where a phrase of time stands that says someone does something always: "literally all
  /// the time", "every single time", "24/7" anywhere, and in a why-question plain "all the time",
  /// "constantly" or any other "every single" thing too ("Why are you on your phone all
  /// the time?"). Asked why, the person is charged with the habit; "What do you think about all
  /// the time?" asks. A fragment with no verb ("Every single time?") echoes their own sweeping
  /// words to probe them, and charges nobody.
  static func sweepingTimePhrase(in reading: QuestionReading) -> Range<Int>? {
    if case .fragment = reading.opener { return nil }
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    let asksWhy = asksWhyPattern.matches(words, at: reading.core.lowerBound)
    for start in reading.core {
      let table = asksWhy ? sweepingTimesAskedWhy : sweepingTimesIndex
      for index in table.candidatesInOrder(startingWith: reading.words[start]) {
        if let end = table.patterns[index].matchEnds(in: words, from: start).max(), end > start {
          return start..<end
        }
      }
    }
    return nil
  }

  /// The sweeping phrases filed under the words they can start with, built once: those said
  /// whatever the question, and those with the ones said only when asked why.
  private static let sweepingTimesIndex = IndexedPatterns(sweepingTimes)
  private static let sweepingTimesAskedWhy = IndexedPatterns(sweepingTimes + whySweepingTimes)

  private static let asksWhyPattern = TokenPattern("(why|how come)")

  /// Phrases that say "always" with emphasis, whatever the question.
  private static let sweepingTimes = [String]([
    "(literally|basically|practically|pretty much) (all the time|every day|every night|constantly|nonstop|non-stop)",
    "all the (damn|bloody|freaking|frickin|fricking|friggin|fucking|effing) time",
    "every single (time|day|night|week|weekend|morning|evening)",
    "24/7", "24 / 7", "twenty-four seven", "round the clock", "around the clock",
  ]).map(TokenPattern.init)

  /// Phrases that say "always" in a why-question.
  private static let whySweepingTimes = [String]([
    // "Why … every single Thanksgiving?", "… every single thing I say?": each one, without
    // exception, charged.
    "every single !one _", "all the time", "constantly", "nonstop", "non-stop", "every time",
    "day and night",
    "morning , noon and night", "morning noon and night",
  ]).map(TokenPattern.init)
}
