/// Asking what would change their mind, in any wording, in a partner talk: the kind street
/// epistemology counts as inversion, whatever kind the critic named for the question's frame.
/// A drill's scorecard counts the critic's kinds alone, as its persona heard them.
extension ListeningScorecard {
  /// The kinds a line asked: the critic's kind, and in a partner talk inversion when its words
  /// ask what would change their mind ("what would make you think again?", "anything that'd
  /// change it for u?").
  static func kindsAsked(by asked: SessionEvent.Asked, in mode: SessionMode) -> [QuestionKind] {
    let named = asked.critique.kind.map { [$0] } ?? []
    guard mode == .partner, named != [.inversion], asksWhatWouldChangeMind(asked.text) else {
      return named
    }
    return named + [.inversion]
  }

  /// Whether a line asks what would change the other side's mind.
  static func asksWhatWouldChangeMind(_ text: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(text.prefix(readLimit))))
    guard tokens.contains(where: { $0.text == "?" }) else { return false }
    return PartnerCueMatcher.askingWhatWouldChangeMind.matches(tokens.filter(\.isWord))
  }

  /// How much of a line is read: a question is a few words.
  static let readLimit = 400
}

extension PartnerCueMatcher {
  /// Asking what would change their mind: something that would make them think again, change
  /// it or see it otherwise, or what it would take.
  static let askingWhatWouldChangeMind = PartnerCueMatcher([
    "(what|anything|something|is there anything|is there something) (that)? (would|could|might|'d) (ever)? (make|get|lead) you (to)? (think again|think twice|rethink|reconsider|change your mind|change it|see it differently|see it another way|think differently|feel differently|doubt it)",
    "(what|anything|something|is there anything|is there something) (that)? (would|could|might|'d) (ever)? (change|shift|sway|budge) (your mind|your view|it|that|things|how you see it) (for you)?",
    // The same asked the other way round: "would anything ever get you to rethink it?"
    "(would|could|might|will) (anything|something) (ever)? (make|get|lead) you (to)? (think again|think twice|rethink|reconsider|change your mind|change it|see it differently|think differently|doubt it)",
    "(would|could|might|will) (anything|something) (ever)? (change|shift|sway|budge) (your mind|your view|it|that|how you see it) (for you)?",
    "what (would|could|might) it take (for you)? to (change|rethink|reconsider|see|think|doubt|budge)",
    "what (would|'d) (you|you 'd) (need|have|want) to (see|hear|know|find out) to (change|think|rethink|reconsider|doubt)",
    "(how|when) would you know (if|that) (you|you 're|you were) (wrong|mistaken)",
    // What would show the view wrong, or what would tip it: "how would you know if the new
    // lights were helping?", "what would make them worth keeping?". Knowing whether they got
    // the job, or what makes a trip worth the drive, asks nothing of their view.
    "(how|when) (would|'d|could|will|do) you (know|tell|be able to tell|be sure) (if|whether) (you|you 're|you are|you were|you 'd been|you had been) (wrong|mistaken|right)",
    "(how|when) (would|'d|could|will|do) you (know|tell|be able to tell|be sure) (if|whether) _{1,5} (is|are|was|were|'s|'re) (not)? (working|helping|wrong|right|true|false|paying off|making a difference|saving|doing any good|doing harm)",
    "what (would|could|might|'d) (make|get) (it|this|that|them|one) (worthwhile|worth it|worth having|worth keeping|worth doing|worth using|worth the bother|worth the trouble)",
  ])
}
