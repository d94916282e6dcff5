/// Charges at the listener's habits, read apart from the other charges: said as they take
/// their leave, they leave the goodbye standing.
extension PartnerCues {
  /// A charge that the listener is always like this: "you always do this", "you never let it
  /// go", "typical you". Never a reason of theirs for the view; said as they leave, it is the
  /// goodbye that is met, with the pushing owned.
  static let chargesOfHabit: [String] = [
    "(you|u) (always|constantly|keep|forever) (do|doing|pull|pulling|twist|twisting|turn|turning) (this|that|it|things|everything) !(so|well|better|right|brilliantly|great|nicely|beautifully|perfectly|properly)",
    "(you|u) (always|constantly|forever) (have to|gotta|got to) (push|win|be right|have the last word|make it about)",
    "(you|u) never (let me finish|let it go|let it drop|let me talk|let anything go)",
    "(you 're|youre|you are) always (like this|doing this|on at me|pushing|lecturing)",
    "(this is|that 's|thats|so) typical (of)? (you)",
  ]

  /// Anger at something the listener does: "i hate it when you do that", "it really annoys
  /// me when you check your phone", "i can't stand it when u finish my sentences". Owned and
  /// asked about, never met with sympathy for something else.
  static let angerAtTheListener: [String] = [
    "(i|i really|i just|i honestly) (hate|hates|cant stand|can't stand|can not stand|cannot stand|loathe|detest) (it)? when (you|u|ya)",
    "(it|that) (really|honestly|just|so)? (annoys|irritates|bugs|winds|drives|does) me (up|mad|crazy|nuts|round the bend|my head in)? when (you|u|ya)",
    "(it|that) (really|honestly|just|so)? (gets on my nerves|gets my back up|winds me up|wound me up|drives me mad|drives me crazy|does my head in) when (you|u|ya)",
  ]
}

extension PartnerCueMatcher {
  static let chargeOfHabit = PartnerCueMatcher(
    PartnerCues.chargesOfHabit + PartnerCues.angerAtTheListener + PartnerCues.actingWithoutThem)
  static let angerAtTheListener = PartnerCueMatcher(PartnerCues.angerAtTheListener)
}
