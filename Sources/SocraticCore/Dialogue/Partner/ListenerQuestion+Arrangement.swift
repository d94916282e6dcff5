/// The questions about a plan the two of them share: when and where they meet, whether it
/// stands, whether the listener will come. What they ask is answered before anything else.
extension ListenerQuestion {
  /// Whether it asks about a plan the two of them share: still answered as they leave.
  var isAboutAPlanTogether: Bool { self == .arrangement || self == .joiningThem }

  /// Whether it is asked beside the talk, claiming nothing and giving no reason: a plan the two
  /// share, or something about the house.
  var isBesideTheTalk: Bool { isAboutAPlanTogether || self == .householdAside }

  /// Whether it claims nothing and gives no reason: asked beside the talk, or asking the
  /// listener's yes ("so is that a yes??").
  var claimsNothing: Bool { isBesideTheTalk || self == .permission }

  /// Asking about something in the house, in passing: "is there any soup left", "did your
  /// brother have it", "where did you put the scissors", "did you lock the car"; never "is
  /// there any hope left" nor "did the council take it seriously", which are of the talk.
  static let householdCues: [String] = [
    "(is|are|was|were) there (any|some|much|enough) !(point|hope|chance|need|way|reason|sense|evidence|proof|doubt|truth|future|money) _{0,3} (left|going|in the fridge|in the freezer|in the cupboard|in the tin)",
    "(did|has|have) (your|my|our|his|her) _{0,2} (have|had|eat|ate|eaten|finish|finished|take|took|taken|drink|drank|drunk|use|used|nick|nicked) (it|them|the last|all of it|the rest)",
    "where (did|have|'ve) (you|u) (put|left|leave|stuck|hidden|hid) (my|the|our)",
    "(did|have) (you|u) (lock|locked|feed|fed|walk|walked|turn off|turned off|switch off|switched off|put out) the",
  ]

  /// Asking when or where they meet, or whether it stands: "what time sunday", "when r u
  /// picking me up", "is that still on".
  static let arrangementCues: [String] = [
    "(what|wat) time (on|for)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tmrw|tonight|then|is it|are we|r we|are you|r u|will you|will u|should i|shall i|do you|do u|do we|you coming|u coming)",
    "(when|what day) (are|r|will|shall|should|do|can) (you|u|we|i) (come|coming|pick|picking|get|getting|meet|meeting|go|going|leave|leaving|head|heading|start|starting|pop|popping)",
    "(where|whereabouts) (are|r|shall|should|do|will) (we|you|u|i) (meet|meeting|go|going|park|parking)",
    "(are|r) (you|u|we) still (on|coming|going|ok|okay|free|up for it)",
    "(is|'s) (it|that|the plan) still (on|ok|okay|alright|good|happening)",
  ]

  /// Asking the listener's yes, or their leave: "so is that a yes??", "can i pick it myself?",
  /// "will you let me", "am i allowed"; never "can i go now", which takes leave of the talk.
  static let permissionCues: [String] = [
    "(can|could|may) i (please|pls|just)? (go to|go out|go on|go round|go with|go and|pick|choose|have|get|stay|do|come|bring|use|borrow|keep|try|invite|sleep|stay out|decide)",
    "(is|so is|so 's|is it) (that|it) a (yes|no)",
    "(yes|yeah) or no",
    "(am|m) i (allowed|let)",
    "(will|would|can|could) (you|u) let me",
  ]

  /// Asking the listener to be there, or to do something with or for them: "will you come with
  /// me?", "could u drive me there".
  static let joiningCues: [String] = [
    "(will|would|can|could|are|r) (you|u) (come|go|be) (with me|there|along)",
    "(will|would|can|could) (you|u) (drive|take|pick|walk|run) me",
    "(will|would|can|could) (you|u) (sit with|stay with|be with) me",
    "(are|r) (you|u) (coming|gonna come|going to come) (with me|too|along)",
    // An errand asked of the listener: "bring the biscuits", "can you grab some milk".
    "(can|could|will|would) (you|u) (bring|grab|fetch|pick up|get) (the|some|a|us|me|your|ur)",
    "(and|oh|oh and|also)? (bring|grab|fetch) (the|some|a|us|me|your|ur)",
  ]

  /// Whether a short question of theirs only names a day or a time and checks it: "saturday
  /// yeah?", "half ten ok?", "tomorrow then?".
  static func checksATime(_ typed: [Token]) -> Bool {
    var sentence: [Token] = []
    for token in typed {
      if token.hasLineBreakBefore { sentence = [] }
      guard token.kind == .punctuation else {
        if token.kind != .symbol { sentence.append(token) }
        continue
      }
      let mark = token.text
      if mark.contains("?"), isACheckOfATime(sentence) { return true }
      // "gotta run, sunday yeah?": a clause before a comma is no part of the check.
      if mark.contains(where: { "?.!,;".contains($0) }) { sentence = [] }
    }
    return false
  }

  /// Whether a sentence's words name a day or a time, and say nothing else but how it is
  /// checked.
  private static func isACheckOfATime(_ sentence: [Token]) -> Bool {
    guard (1...6).contains(sentence.count),
      sentence.contains(where: { isAClockTime($0) || timeWords.contains($0.lowercased) })
    else { return false }
    return sentence.allSatisfy {
      isAClockTime($0) || timeWords.contains($0.lowercased) || checkWords.contains($0.lowercased)
    }
  }

  /// Whether a number reads as a time on the clock: "10", "10:30", "2pm"; never "40%".
  private static func isAClockTime(_ token: Token) -> Bool {
    guard token.kind == .number else { return false }
    let text = token.lowercased
    if text.contains(":") || text.hasSuffix("am") || text.hasSuffix("pm") { return true }
    return Int(text).map { (1...12).contains($0) } ?? false
  }

  /// Words that name a day or a time of day.
  static let timeWords: Set<String> = TimeWords.weekdays.union(TimeWords.partsOfDay).union([
    "tues", "weds", "thurs", "tomorrow", "tmrw", "tonight", "weekend", "noon", "midday",
    "lunchtime", "teatime", "half", "quarter", "o'clock", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  ])

  /// The words that check a day or a time with the listener, and the small words around it.
  static let checkWords: Set<String> = [
    "yeah", "yea", "ya", "yh", "yes", "ok", "okay", "k", "then", "right", "still", "good",
    "alright", "fine", "so", "and", "at", "on", "this", "next", "the", "is", "it", "for", "you",
    "u", "free", "works", "work", "suit", "suits", "past", "to", "same", "time", "again",
    "innit", "cool",
  ]
}
