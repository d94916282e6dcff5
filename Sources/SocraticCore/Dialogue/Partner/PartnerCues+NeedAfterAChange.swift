/// A need of their own told with the change in their life it follows: what they open up about
/// under a plan or a view.
extension PartnerCues {
  /// A change in their life (a split, a divorce, a death, losing a job, moving out) told with
  /// "since" or "after", then a need or want of their own: "since me and sam split i just need
  /// something thats mine", "ever since i got laid off i kinda want a win". Its feeling and what
  /// it means are given back and asked about; never joked aside, never weighed as a claim.
  static let needAfterAChange: [String] = [
    "(since|after|now that) _{0,4} (split|broke|breakup|break-up|divorce|divorced|separated|left|died|passed|redundant|laid|lost|moved|dumped) _{0,6} (i|i 've|i 'm) (just|kind of|kinda|sort of|sorta|really|honestly)* (feel like i|feel i|think i)? (just|really)? (need !to|want|wanna|needed !to|wanted|crave)"
  ]
}

extension PartnerCueMatcher {
  /// A need of their own told with the change it follows (`PartnerCues.needAfterAChange`).
  static let needAfterAChange = PartnerCueMatcher(PartnerCues.needAfterAChange)
}

extension PartnerLines {
  /// The line for a need told with the change it follows, when their words cannot be given
  /// back: the meaning under the plan, named gently.
  static let needAfterAChange = [
    "It sounds like this is about more than the plan; since things changed, you need something "
      + "of your own."
  ]

  /// Questions about what the need means to them and how they have been since the change.
  static let aboutANeedAfterAChange = [
    QuestionTemplate(
      kind: .implications, text: "What would having something of your own give you?"),
    QuestionTemplate(kind: .clarification, text: "How have things been for you since then?"),
    QuestionTemplate(kind: .meta, text: "What does it mean to you to choose this for yourself?"),
  ]
}
