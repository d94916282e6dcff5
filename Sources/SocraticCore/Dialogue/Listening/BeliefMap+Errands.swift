extension BeliefMap {
  /// Whether a plan is an errand they leave the talk for: said in a sentence that turns from
  /// the talk, then tells what they must go and do ("right i need to walk the dog", "ok i
  /// have to pick up the kids"). "I need to talk to my sister about it", with no such turn,
  /// stays a plan.
  static func isErrandOnTheWayOut(_ plan: String, in text: String?) -> Bool {
    let planWords = plainWords(plan)
    let said = (text.map(sentences) ?? []).map(plainWords).first { has(planWords, in: $0) }
    let words = said ?? planWords
    let rest = words.drop(while: talkTurners.contains)
    guard rest.count < words.count else { return false }
    let duty = rest.first.map(speakers.contains) == true ? rest.dropFirst() : rest
    return duties.contains { duty.starts(with: $0) }
  }

  /// Words by which a person turns from the talk to what is next: "right", "anyway".
  private static let talkTurners = AnswerCues.topicClosingWords.union([
    "right", "ok", "okay", "alright", "welp", "sorry", "oh", "oops", "shit", "crap", "god",
  ])

  /// Who may be said to have to go: "i", "we".
  private static let speakers: Set<String> = ["i", "ive", "we", "weve", "im"]

  /// Words of having to do something: "need to", "gotta".
  private static let duties: [[String]] = [
    ["need", "to"], ["needa"], ["have", "to"], ["hafta"], ["gotta"], ["got", "to"], ["must"],
    ["better"], ["should"], ["ought", "to"], ["gonna", "have", "to"], ["going", "to", "have"],
  ]
}
