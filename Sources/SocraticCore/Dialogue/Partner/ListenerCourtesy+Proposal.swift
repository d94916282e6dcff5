/// A way forward put to them by the listener ("how about i ring you christmas morning?", "why
/// don't we go together?"), and taking them up on a joke or their terms ("deal. i'll even lose
/// for you"): neither asks about their view nor gives it back, and each is right as it is.
extension ListenerCourtesy {
  /// The kind of a line whose questions all put a plan of the listener's, or of both, to them,
  /// and whose other sentences argue nothing (`proposal`); or of a line that asks nothing, takes
  /// them up on something, and says nothing else but a promise or warmth (`playingAlong`).
  static func proposalOrPlayingAlong(_ sentences: [[Token]]) -> Kind? {
    let questions = sentences.filter { $0.last?.hasQuestionMark == true }
    let statements = sentences.filter { $0.last?.hasQuestionMark != true }
    let argues = statements.contains { sentence in
      sentence.filter(\.isWord).first.map { counterpoints.contains($0.lowercased) } ?? false
    }
    if !questions.isEmpty, !argues, questions.allSatisfy(putsAPlan) { return .proposal }
    guard questions.isEmpty, statements.contains(where: takesThemUp),
      statements.allSatisfy({ takesThemUp($0) || promises($0) || isWarm($0) })
    else { return nil }
    return .playingAlong
  }

  /// Whether a question puts a plan of the listener's or of both to them: "how about i …",
  /// "what about if we …", "why don't we …", "shall we …".
  private static func putsAPlan(_ sentence: [Token]) -> Bool {
    plans.matchEnd(atStartOf: sentence.filter(\.isWord)) != nil
  }

  /// Whether a sentence takes them up on a joke or their terms: "deal", "you're on".
  private static func takesThemUp(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord)
    return takingUp.matchEnd(atStartOf: words) == words.count
  }

  /// Whether a sentence promises something of the listener's: "i'll even lose for you".
  private static func promises(_ sentence: [Token]) -> Bool {
    promising.matchEnd(atStartOf: sentence.filter(\.isWord)) != nil
  }

  /// Words that open a counterpoint argued beside a plan: "but you …".
  private static let counterpoints: Set<String> = ["but", "though", "although", "however", "yet"]

  /// How a plan put to them opens, as whole phrases.
  private static let plans = PartnerCueMatcher([
    "(ok|okay|well|so|look|right|mum|dad)* (how|what) about (if)? (i|me|we|us|you and me|you and i) ",
    "(ok|okay|well|so|look|right|mum|dad)* why do n't (i|we)",
    "(ok|okay|well|so|look|right|mum|dad)* (shall|should) we",
    "(ok|okay|well|so|look|right|mum|dad)* how would it be if (i|we)",
    "(ok|okay|well|so|look|right|mum|dad)* would it help if (i|we)",
  ])

  /// Taking them up on it, as a whole sentence.
  private static let takingUp = PartnerCueMatcher([
    "(ok|okay|alright|right|ha|haha|lol)* (deal|you 're on|it 's a deal|count me in|i 'm in|challenge accepted|done)"
  ])

  /// A promise of the listener's, at a sentence's start.
  private static let promising = PartnerCueMatcher([
    "(and|ok|okay|ha|lol)* (i 'll|i will|ill|i promise|i 'm gonna|i am going to|i 'm going to)"
  ])
}
