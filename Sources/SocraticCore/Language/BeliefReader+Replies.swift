/// What a person says around a belief they restate in answer to "Did I get your claim right?":
/// "sort of. its more like X", "not quite, the point is that X", "no lol. X". The belief is X.
extension BeliefReader {
  /// Words a person opens with before the belief, in conversation: "kinda, more like X",
  /// "well, X", "no, more that X", "not quite, X", "ugh ok. X".
  /// The sounds of hesitation are `Fillers`' ("um", "ugh").
  private static let leadWords =
    "(kinda|kind of|sort of|sorta|well|ok|okay|so|yeah|yes|yep|no|nah|nope|basically|"
    + "i mean|like|right|i guess|not really|not exactly|not quite|almost|close|partly|"
    + "lol|lmao|haha|fine|alright|god|omg|"
    + Fillers.roles.filter { [.hesitation, .exclamation].contains($0.value) }.keys.sorted()
    .joined(separator: "|") + ")"

  /// Phrases that put the belief as a correction of what came before: "more like X", "the
  /// point is that X".
  private static let recastWords =
    "(more like|it 's more like|its more like|more that|it 's more that|"
    + "(the|my) (point|thing) is (more)? (that)?|what i (mean|meant) is (that)?|i meant (that)?)"

  /// The marks of a pause after a lead word: "not quite, X", "sort of... X".
  private static let pause = "(,|...|\u{2026}|-|\u{2013}|\u{2014}|:)"

  /// The lead-ins, as patterns: a run of them closed by a pause, or one that recasts.
  private static let leadIns = [
    TokenPattern("\(leadWords)+ \(pause)"),
    TokenPattern("\(leadWords)* \(pause)? \(recastWords) \(pause)?"),
  ]

  /// A sentence of lead words alone: "sort of.", "not quite.", "nope, lol".
  private static let reply = TokenPattern("(\(leadWords)|\(pause))+")

  /// Whether a sentence only answers what was put to the person, before they say the belief
  /// ("sort of.", "not quite…"): it asks nothing and is lead words to its closing punctuation.
  static func isOnlyReply(_ sentence: [Token]) -> Bool {
    guard !sentence.contains(where: \.hasQuestionMark) else { return false }
    var close = sentence.count
    while close > 0, sentence[close - 1].kind == .punctuation { close -= 1 }
    return close > 0 && reply.matchEnds(in: sentence, from: 0).contains(close)
  }

  /// Whether a sentence is only an opinion frame for the sentence after it ("i reckon.. crypto
  /// is a scam"): a frame that, read across both, ends where the first does. A denying frame
  /// ("i don't think..") is kept, since dropping it would turn the belief around.
  static func isOnlyFrame(_ sentence: [Token], before next: [Token]) -> Bool {
    let frame = trimmed(sentence)
    guard let (end, isNegated) = FrameRemover.leadingFrameEnd(in: frame + trimmed(next)) else {
      return false
    }
    return end >= frame.count && !isNegated
  }

  /// Whether a sentence that asks nothing has no verb to state anything with: "no more
  /// sleepovers at ours."
  static func isVerbless(_ sentence: [Token]) -> Bool {
    !sentence.contains(where: \.hasQuestionMark)
      && ClauseParser.finiteVerbIndex(in: sentence) == nil
  }

  /// The sentence without a conversational lead-in ("kinda, more like frequent flyers should be
  /// taxed" → "frequent flyers should be taxed") or an aside that excuses what follows ("dont
  /// laugh but …"; `SpokenAside`), when a clause follows it; as it is otherwise.
  static func withoutLeadIn(_ sentence: [Token]) -> [Token] {
    let sentence = SpokenAside.dropped(from: sentence)
    let ends = leadIns.flatMap { $0.matchEnds(in: sentence, from: 0) }
    guard let end = ends.filter({ $0 < sentence.count }).max() else { return sentence }
    var rest = Array(sentence[end...])
    guard let verb = ClauseParser.finiteVerbIndex(in: rest), verb > 0 else { return sentence }
    rest[0].hasSpaceBefore = false
    return rest
  }
}
