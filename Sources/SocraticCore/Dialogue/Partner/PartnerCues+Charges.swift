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
}

extension PartnerCueMatcher {
  static let chargeOfHabit = PartnerCueMatcher(PartnerCues.chargesOfHabit)
}
