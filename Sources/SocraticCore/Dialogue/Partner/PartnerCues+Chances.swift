/// How likely something is, told already, or a chance gone by: after "id know if she stopped
/// speeding. which she never will" or "maybe id of known. if id gone", asking "What are the
/// chances of that happening?" asks what they answered, or of what cannot happen now.
extension PartnerCues {
  /// Ruling a thing out, or telling what might have been had the past gone otherwise.
  static let chanceJudgedOrGone: [String] = [
    "which (he|she|it|they|that|we|you) (won't|wont|will not|'ll never|ll never|never will)",
    "(no|zero|fat|not a|slim|not much) chance", "pigs might fly",
    "(never|not) (gonna|going to|ever gonna|ever going to) happen",
    "(that 'll|that will|thatll|it 'll|it will|itll) never happen",
    // "if i'd gone", "i'd of known": the past as it might have been.
    "if (i|we|you|he|she|they) ('d|had) _",
    "if (id|wed|youd|hed|shed|theyd) _",
    "(would|'d|id|could|might) (of|have|'ve) (known|done|gone|been|had|seen|helped|stopped)",
  ]
}

extension PartnerCueMatcher {
  /// Ruling a thing out, or a chance gone by (`PartnerCues.chanceJudgedOrGone`).
  static let chanceJudgedOrGone = PartnerCueMatcher(PartnerCues.chanceJudgedOrGone)
}
