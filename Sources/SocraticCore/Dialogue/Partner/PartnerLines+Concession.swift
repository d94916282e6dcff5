/// What partner offers after they give the listener a point or give in ("ok you win, i'll
/// book it"): the concession acknowledged without a trace of winning, and a question about
/// what it changes for them. Nothing tests the belief again right after it.
extension PartnerLines {
  /// Lines that take a concession graciously: never a point scored, never advice.
  static let acknowledgingAConcession = [
    "Thanks for hearing me out on that.",
    "I appreciate you saying that. I'm not out to win, just to think it through with you.",
  ]

  /// Questions about what the concession changes for them and where it leaves them.
  static let afterAConcession = [
    QuestionTemplate(kind: .implications, text: "What does that change for you?"),
    QuestionTemplate(kind: .clarification, text: "Where does that leave you now?"),
    QuestionTemplate(kind: .meta, text: "What matters most to you in it now?"),
  ]
}
