/// A fond memory told: "remember when we got lost in wales? best day ever haha", "god i miss
/// those summers, we laughed so much". Its fondness is given back and asked about; never met
/// as a hardship, a joke to set aside, or a claim to rate.
extension PartnerCues {
  /// Words that tell a memory as a happy one: said in the past, never of how things are now
  /// ("she says it's lovely").
  static let fondMemory: [String] =
    [
      "(it|that|this|those|they) (was|were) (so|just|really|absolutely)? (marvellous|wonderful|lovely|magical|beautiful|brilliant|amazing|special|the best|fantastic|smashing)",
      "(i|we) (loved|adored|treasured|cherished) (it|that|them|every)",
      "(happy tears|tears of joy|best day|best days|best night|happiest)",
      "(happy|good|fond|lovely|great|precious|wonderful) (memories|memory|times)",
      "best (summer|summers|holiday|holidays|time|times|years|christmas|christmases|weekend|weekends|trip) (ever|of my life|of our lives|we ever had)?",
      "(day|days|summer|summers|time|times|holiday|holidays) (ever|of my life|of our lives) !_",
      "(we|i) (laughed|used to laugh|would laugh) (so much|so hard|all the time|till we cried|our heads off|for hours)",
      "(remember|remembering|remembered) (when|the time|that time) (we|i|you|he|she|they)",
      "(i|we) (loved|adored) (those|them|that|every) (mornings|days|summers|evenings|nights|holidays|trips|times|sundays|weekends)?",
    ]
}

extension PartnerCueMatcher {
  /// A memory told fondly (`PartnerCues.fondMemory`).
  static let fondMemory = PartnerCueMatcher(PartnerCues.fondMemory)
}

extension TheirWords {
  /// Whether they tell a memory fondly, and no loss or hardship outweighs it
  /// (`PartnerCues.fondMemory`).
  var tellsAFondMemory: Bool {
    disclosure == nil && PartnerCueMatcher.fondMemory.matches(wordTokens)
      && !PartnerCueMatcher.sarcasm.matches(wordTokens)
  }
}

extension PartnerLines {
  /// Lines to say to a fond memory: its fondness given back, never sympathy.
  static let fondMemory = [
    "It sounds like those are really happy memories for you.",
    "That sounds like a lovely time to look back on.",
  ]

  /// Questions that stay with a fond memory, of different kinds.
  static let aboutAFondMemory = [
    QuestionTemplate(kind: .clarification, text: "What do you remember most about it?"),
    QuestionTemplate(kind: .implications, text: "What made it so special for you?"),
    QuestionTemplate(kind: .meta, text: "What's it like to think back on it now?"),
  ]
}
