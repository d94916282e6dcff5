/// Lines that answer lightly what is no part of the talk: a question about something of
/// theirs at home, or not following what the listener asked.
extension PartnerLines {
  /// The line to say when they ask about something of theirs the listener may have had ("did
  /// you finish my biscuits?"): a light answer, then back to them, never "It clearly matters".
  static let answeringAboutTheirThings = [
    "Ha, I'll own up to that later. Go on, I'd like to hear the rest.",
    "Ha, we'll sort that out after. I'd like to hear more of what you were saying.",
  ]

  /// The line to say when they did not follow what the listener asked ("what do you mean,
  /// which what?"): the fault taken on, and the question put plainly, never their words given
  /// back as a view.
  static let clearingUp = [
    "Sorry, I put that badly. I only mean I'd like to hear how you see it.",
    "My fault, that came out muddled. I'm just curious what you make of it yourself.",
  ]
}
