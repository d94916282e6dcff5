/// Yes/no questions about a plain, checkable fact of a thing: "Is the venue deposit
/// refundable?", "Does the ferry stop at Cherbourg?", "Has the parcel arrived?". The subject is
/// a particular thing (a determiner or possessive first, nobody addressed, no "I" or "we"), and
/// what is asked of it is a state anyone can check or an event of a timetable, not a
/// judgement: "Is the new policy fair?" and "Is crypto a scam?" keep their fault.
enum PlainFactRules {
  /// Whether a yes/no question asks a plain fact of a thing.
  static func isPlainFact(_ reading: QuestionReading) -> Bool {
    guard case .auxiliary(let index) = reading.opener,
      let auxiliary = FunctionWords.auxiliary(reading.words[index]), !auxiliary.isNegated,
      auxiliary.kind != .modal || reading.words[index] == "will"
    else { return false }
    let words = Array(reading.words[(index + 1)..<reading.core.upperBound])
    // "Is anyone coming on Friday?", "Has anybody replied?": who will turn up or answer is a
    // plain fact of the plan, as a thing's timetable is.
    if let first = words.first, unnamedPeople.contains(first),
      words.contains(where: {
        $0.hasSuffix("ing") || timetableEvents.contains($0) || replies.contains($0)
      })
    {
      return true
    }
    if asksNews(of: words, auxiliary: auxiliary) || asksProgress(of: words) { return true }
    guard let first = words.first, thingDeterminers.contains(first),
      !words.contains(where: { people.contains($0) || CritiqueVocabulary.opinionVerbs[$0] != nil }
      )
    else { return false }
    // "… yet?" asks where a thing is on its way to done: a check, whatever the verb.
    if words.last.map(timetableAdverbs.contains) == true { return true }
    switch auxiliary.kind {
    case .be: return words.contains(where: checkableStates.contains)
    // "Has the parcel been sent?": a state it was put in, as checkable as "is it sent".
    case .have:
      return words.contains { timetableEvents.contains($0) || checkableStates.contains($0) }
    case .do, .modal: return words.contains(where: timetableEvents.contains)
    }
  }

  /// Whether an either-or question asks which of a thing's checkable states holds: "Is the
  /// dishwasher clean or dirty?", "Is the back door locked or unlocked?". Each side is a state anyone can
  /// look at now; "Was the hotel clean or dirty?" asks what they remember, and "Is the plan
  /// fair or not?" and "Is the coach lazy or clueless?" ask a judgement.
  static func isPlainFactChoice(_ reading: QuestionReading) -> Bool {
    guard isPlainFact(reading), let or = reading.coreWords.firstIndex(of: "or"),
      case .auxiliary(let index) = reading.opener,
      FunctionWords.auxiliary(reading.words[index])?.tense != .past
    else { return false }
    return reading.words[(or + 1)..<reading.core.upperBound].contains(
      where: checkableStates.contains)
  }

  /// Whether a yes/no question asks what someone in their life has done or got: "Did your mum
  /// get the results back?", "Has your brother paid you back yet?", or someone they spoke of
  /// as "he", "she" or "they" ("did they get any medals?"). News, done or not, which only they
  /// can pass on; "Did your mum think it was fair?" asks a view, and "Has your brother been …"
  /// a state to judge.
  /// - Parameter words: the question after its auxiliary.
  private static func asksNews(
    of words: [String], auxiliary: FunctionWords.Auxiliary
  ) -> Bool {
    let someone =
      words.count > 2 && FunctionWords.possessives.contains(words[0]) && KinWords.isKin(words[1])
      ? 2 : words.first.map(thirdPersons.contains) == true ? 1 : nil
    guard auxiliary.kind == .have || (auxiliary.kind == .do && auxiliary.tense == .past),
      let someone, words.count > someone,
      let verb = words.dropFirst(someone).first(where: { !newsAdverbs.contains($0) }),
      verb != "been", CritiqueVocabulary.opinionVerbs[verb] == nil
    else { return false }
    let form: VerbForm = auxiliary.kind == .have ? .pastParticiple : .base
    return Lexicon.verbReadings(of: verb).contains { $0.form == form }
  }

  /// Whether a yes/no question asks how a particular person or thing stands so far or today:
  /// "Did the electrician turn up this morning?", "Is your sister back from uni yet?". A look
  /// or a call settles it, whatever the verb; "Is your plan fair?" names no such time, and "Do
  /// you think the dog's fed yet?" asks a view.
  /// - Parameter words: the question after its auxiliary.
  private static func asksProgress(of words: [String]) -> Bool {
    guard let first = words.first,
      thingDeterminers.contains(first) || FunctionWords.possessives.contains(first),
      !words.dropFirst().contains(where: {
        FunctionWords.secondPersonWords.contains($0) || FunctionWords.speakerWords.contains($0)
          || CritiqueVocabulary.opinionVerbs[$0] != nil
      })
    else { return false }
    let input = TokenPatternWords(words)
    return words.last.map(timetableAdverbs.contains) == true
      || words.indices.contains { SingleFactCues.hereAndNow.matches(input, at: $0) }
  }

  /// Subjects that stand for someone in their life already spoken of.
  private static let thirdPersons: Set<String> = ["he", "she", "they"]

  /// Adverbs between someone and what they did that ask only whether it is done: "ever".
  private static let newsAdverbs: Set<String> = ["ever", "already"]

  /// Whether a question-word question asks the time or place of an arrangement: "What time
  /// is the funeral on Friday?", "When does the shop shut?", "Where are the car keys?". What
  /// is, or will be, can be checked and is all the asker needs; a date in the past ("When did
  /// the law pass?") or the grounds for a view ("Where is your evidence?") keep their fault.
  static func asksArrangement(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let words = Array(reading.words[index..<reading.core.upperBound])
    guard let frame = arrangementFrames.first(where: { words.starts(with: $0) }),
      frame.count < words.count, let auxiliary = FunctionWords.auxiliary(words[frame.count]),
      auxiliary.tense != .past, auxiliary.kind != .have, !auxiliary.isNegated
    else { return false }
    // "When is the match on Saturday?" asks the plan; "Where is Taiwan?" a fact to look up.
    guard frame.count > 1 || words.contains(where: planTimes.contains) else { return false }
    return !words.contains {
      FineClosedQuestions.challengeNouns.contains($0) || people.contains($0)
    }
  }

  /// Words that set a question of "when" or "where" in a plan: a day, tonight, the weekend.
  static let planTimes: Set<String> = TimeWords.weekdays.union(TimeWords.weekdayHabits)
    .union(TimeWords.partsOfDay)
    .union(["tonight", "tomorrow", "today", "weekend", "weekends", "next", "later"])

  /// How a question of time or place opens: "what time", "when", "where".
  private static let arrangementFrames: [[String]] = [
    ["what", "time"], ["what", "day"], ["what", "date"], ["which", "day"], ["when"], ["where"],
  ]

  /// People not named, whose coming or answering is a fact of the plan.
  private static let unnamedPeople: Set<String> = [
    "anyone", "anybody", "someone", "somebody", "everyone", "everybody",
  ]

  /// Answers a plan waits on: "replied", "answered", "rung".
  private static let replies: Set<String> = [
    "replied", "answered", "rung", "called", "confirmed", "responded", "booked", "paid",
  ]

  /// Words that open a noun phrase naming a particular thing.
  private static let thingDeterminers: Set<String> = [
    "the", "this", "that", "these", "those", "our", "my", "his", "her", "their",
  ]

  /// The speaker, the listener and "we": a question about them is not about a thing.
  private static let people: Set<String> = [
    "you", "your", "yours", "yourself", "i", "me", "we", "us", "ourselves",
  ]

  /// States of a thing anyone can check: open, booked, refundable.
  private static let checkableStates: Set<String> = [
    "refundable", "returnable", "available", "bookable", "transferable", "open", "closed",
    "included", "ready", "late", "delayed", "cancelled", "canceled", "booked", "full", "paid",
    "free", "vegetarian", "vegan", "accessible", "due", "finished", "done", "broken", "fixed",
    "sold", "signed", "delivered", "charged", "insured", "locked", "sent", "posted", "fed",
    "cleaned", "washed", "booked", "ordered", "collected", "emptied", "renewed", "returned",
    "clean", "dirty", "shut", "empty", "working", "unlocked", "running", "dry",
    "wet", "hot", "cold", "frozen", "defrosted", "charged", "plugged", "unplugged",
  ]

  /// Adverbs that ask only where a thing is on its timetable: "Has the bill come yet?".
  private static let timetableAdverbs: Set<String> = ["yet", "already"]

  /// Events of a thing's timetable or use: it arrives, leaves, opens, stops somewhere.
  private static let timetableEvents: Set<String> = [
    "arrive", "arrived", "leave", "left", "open", "opened", "close", "closed", "start",
    "started", "finish", "finished", "stop", "stopped", "include", "included", "accept",
    "allow", "deliver", "delivered", "come", "came",
  ]
}
