/// Settling how something agreed with the listener gets done: "saturday then. ill bring the van
/// round", "ill pick you up from the station". The errand of a plan already made, not a plan to
/// look forward to or picture: asking how they see it going reads as a form.
extension PartnerCues {
  /// Taking on a step of a plan agreed: fetching, bringing, coming round. "bring it up with
  /// the council" raises something, and is a plan of their own.
  static let settlingAnArrangement: [String] = [
    "(i 'll|ill|i will|i can|we 'll|we will|we can) (bring|fetch|collect) (the|a|my|your|our|some|them|it round|it over|it back)",
    "(i 'll|ill|i will|i can|we 'll|we will|we can) (pick|drop) (you|u|it|them|her|him) (up|off|round)",
    "(i 'll|ill|i will|i can|we 'll|we will|we can) (come|pop|nip) (round|over|by|across)",
  ]
}

extension PartnerCueMatcher {
  /// Taking on a step of a plan agreed (`PartnerCues.settlingAnArrangement`).
  static let settlingAnArrangement = PartnerCueMatcher(PartnerCues.settlingAnArrangement)
}
