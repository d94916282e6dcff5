/// Closed questions that need no rewrite: a plain fact ("How old is the cat now?", "What time
/// does the match start?") or a gentle check on the person's own life ("Are you coming to
/// dinner on Sunday?", "Do you have any savings yourself?"). A yes or a number answers them,
/// and that is all the asker wants; an open rewrite would read as a challenge ("Why does it
/// matter to you how old the cat is?") or presume the answer ("What savings do you have?").
enum FineClosedQuestions {
  /// Whether the question is closed and nothing else, and of a kind that is fine closed.
  static func isFine(_ reading: QuestionReading, problems: [QuestionProblem]) -> Bool {
    guard !problems.isEmpty, problems.allSatisfy({ [.singleFact, .yesNo].contains($0) }) else {
      return false
    }
    if problems.contains(.singleFact) { return true }
    guard case .auxiliary(let index) = reading.opener else { return false }
    let words = withoutPlanAdverbs(
      withoutErrandFrame(Array(reading.words[index..<reading.core.upperBound])))
    guard words.count > 2, words[1] == "you",
      !Proposition.hasOpinionFrame(reading.coreTokens.map { $0 })
    else { return false }
    // "Did you buy any yourself?", "Have you ever been fooled?": a question about what the
    // person has done, which only they can answer.
    if asksExperience(words) { return true }
    switch words[0] {
    // "Have you paid the deposit yet?": an errand of theirs, done or not.
    case "have":
      return Lexicon.verbReadings(of: words[2]).contains {
        $0.form == .pastParticiple && checkVerbs.contains($0.base)
      }
    case "do", "did":
      // "Do you have any evidence for that?" asks the person to defend a view: no check.
      return checkVerbs.contains(words[2])
        && !words.dropFirst(3).contains(where: challengeNouns.contains)
    case "are", "were":
      return words[2].hasSuffix("ing")
        && QuestionRewriter.baseForm(words[2]).map(checkVerbs.contains) == true
    // "Can you do Thursdays?", "Could you make it on Saturday?": whether a time suits them,
    // the time and nothing else ("Can you do better next time?" asks more of them).
    case "can", "could":
      let time = words.dropFirst(3).filter { $0 != "?" }
      return arrangingVerbs.contains(words[2])
        && time.contains(where: PlainFactRules.planTimes.contains)
        && time.allSatisfy { PlainFactRules.planTimes.contains($0) || timeLinks.contains($0) }
    default:
      return false
    }
  }

  /// Whether a yes/no question asks what the person has lived ("Have you ever been fooled?",
  /// "Did you buy any yourself?"): fine closed, yet evidence for a view, never an errand.
  static func asksExperience(_ reading: QuestionReading) -> Bool {
    guard case .auxiliary(let index) = reading.opener else { return false }
    return asksExperience(Array(reading.words[index..<reading.core.upperBound]))
  }

  private static func asksExperience(_ words: [String]) -> Bool {
    words.count > 2 && words[1] == "you" && ["did", "have", "has"].contains(words[0])
      && (words[2] == "ever" || words.contains("yourself"))
  }

  /// The question without a frame that only says the errand was seen to: "did you remember to
  /// ring her?" checks "did you ring her?".
  private static func withoutErrandFrame(_ words: [String]) -> [String] {
    guard words.count > 4, ["do", "did"].contains(words[0]),
      KeptAim.errandFrames.contains(words[2]),
      words[3] == "to"
    else { return words }
    return Array(words.prefix(2) + words.dropFirst(4))
  }

  /// The question without the adverbs that say the plan or errand still holds or is done:
  /// "are you still going to the wedding?" checks "are you going to the wedding?", "have you
  /// already paid?" checks "have you paid?".
  private static func withoutPlanAdverbs(_ words: [String]) -> [String] {
    guard words.count > 3, words[1] == "you" else { return words }
    return Array(words.prefix(2) + words.dropFirst(2).drop(while: planAdverbs.contains))
  }

  /// Adverbs that keep a check a check: "still", "already", "both".
  private static let planAdverbs: Set<String> = ["still", "already", "also", "both", "all"]

  /// Words a time phrase holds beside its time words: "it on the", "this", "at".
  private static let timeLinks: Set<String> = [
    "it", "on", "at", "in", "the", "this", "that", "a", "every", "first", "mornings",
    "afternoons", "evenings", "night", "nights",
  ]

  /// Verbs that say whether a time suits someone: "do Thursdays", "make the fifth".
  private static let arrangingVerbs: Set<String> = ["do", "make", "manage", "come", "get"]

  /// Nouns that ask the person to back a view up.
  static let challengeNouns: Set<String> = [
    "evidence", "proof", "source", "sources", "data", "reason", "reasons", "grounds",
  ]

  /// Verbs of the person's own circumstances and errands, which a yes/no question checks without
  /// steering: "have", "work", "play", "come", "lock", "send".
  private static let checkVerbs: Set<String> = [
    "have", "own", "work", "play", "live", "come", "go", "drive", "use", "need", "want", "eat",
    "drink", "get", "take", "lock", "pay", "send", "post", "book", "feed", "walk", "call", "ring",
    "text", "email", "pack", "charge", "order", "check", "bring", "buy", "sign",
    "renew", "collect", "cancel", "tell", "reply", "finish", "shut", "switch", "turn",
  ]
}
