/// The questions and bids put straight to the listener about what the listener said or did:
/// to go on, to say it plainly, to say it again, or whether the listener did or would do
/// something. Each is answered before anything is asked; a question back would dodge it.
extension ListenerQuestion {
  /// Asking the listener to say it plainly: "say it properly", "just say it", "spit it out",
  /// "what are you getting at?".
  static let sayItPlainlyCues: [String] = [
    "(say|tell me) it (properly|straight|plainly|straight out|to my face|out loud)",
    "(just|go on|go on then|then) (say|spit) it", "spit it out", "out with it",
    "(what|wat) (are|r) (you|u) (getting|driving|trying to get) at",
    "(what|wat) (are|r) (you|u) (actually|really)? trying to say",
    "say what (you|u) (mean|think)",
  ]

  /// The whole of a turn that asks the listener to go on: "then what?", "and then?", "so what
  /// happens then?".
  static let goOnCues: [String] = [
    "(and|so)? (then|than) (what|wat)", "(and|so)? (what|wat) (then|next|now)",
    "and (then|what)", "(and|so)? (what|wat) (happens|happened) (then|next|after that)?",
    "(go on|carry on|keep going) (then)? (and|what)",
  ]

  /// The whole of a turn that has not heard the listener: "eh? what?", "sorry, come again?",
  /// "you what?", "didn't catch that". With anything more ("what? you can't be serious") it
  /// is a reaction, read as such.
  static let notHearingCues: [String] = [
    "(eh|huh|what|wha|pardon|sorry|you what|come again|say again|say that again|what was that|what did you say|(i)? (didn't|didnt|did not) (catch|hear) (that|you|what you said))+"
  ]

  /// How a yes-or-no question about the listener's own doing or intent opens: "did you write
  /// to them already?", "you'd do that?", "are you the one who signed it?". Never one asking
  /// what the listener thinks ("do you think …"), answered by `TheirWords.asksTheListener`'s
  /// line, nor one asking them along (`joiningCues`).
  static let aboutTheListenerCues: [String] = [
    "(and|so|wait|hang on|but|oh)? (did|have|were|are|would|will|had|could|can|do|r) (you|u) (really|actually|even|already|ever|honestly|seriously|just)? !(think|reckon|believe|agree|feel|know|mean|want|like|mind|suppose|guess|not|see|remember|get|understand|hear|let|come|go|be|serious|kidding|joking|having|for|mad|crazy|insane|on|taking|trying|being|saying|telling|listening|even|getting) _",
    "(and|so|wait|hang on|but|oh)? (you 'd|youd|you would|you did|you 've|you have|you were|you will|you 'll|youll|u would|u did) (really|actually|even|honestly|seriously|just)? _",
  ]

  /// Words that make what is asked about a thing of theirs.
  private static let theirOwn: Set<String> = ["my", "mine", "our", "ours"]

  private static let goingOn = PartnerCueMatcher(goOnCues)
  private static let notHearing = PartnerCueMatcher(notHearingCues)
  private static let aboutTheListenerOpening = PartnerCueMatcher(aboutTheListenerCues)

  /// The bid a whole turn makes of the listener, when it is nothing but not having heard them
  /// or asking them to go on.
  static func wholeTurnBid(_ words: [Token]) -> ListenerQuestion? {
    guard !words.isEmpty else { return nil }
    if notHearing.matchEnd(atStartOf: words) == words.count { return .notHeard }
    if goingOn.matchEnd(atStartOf: words) == words.count { return .goOn }
    return nil
  }

  /// Whether a sentence of the turn asks, with a question mark, a yes or a no about the
  /// listener's own doing (`aboutTheListenerCues`). One about a thing of theirs ("did you eat
  /// my last yoghurt?") is theirs, and met as such (`PartnerLines.answeringAboutTheirThings`).
  static func asksAboutTheListener(_ typed: [Token]) -> Bool {
    var sentence: [Token] = []
    for token in typed {
      if token.isWord { sentence.append(token) }
      guard token.kind == .punctuation, [".", "!", "?"].contains(where: token.text.contains)
      else { continue }
      if token.hasQuestionMark, aboutTheListenerOpening.matchEnd(atStartOf: sentence) != nil,
        !sentence.contains(where: { theirOwn.contains($0.lowercased) })
      {
        return true
      }
      sentence = []
    }
    return false
  }
}
