/// How `TheirWords` reads a yes to what the listener offered: "go on then, but bring biscuits",
/// "alright then. you're paying though lol". Warmth, met warmly: no reason for the belief, no
/// new claim, and the stage holds.
extension TheirWords {
  /// Whether a line opens by taking up an offer (`PartnerCues.acceptingAnOffer`) and says
  /// nothing after it but its terms or a joke: each later part opens, after its connective and
  /// the names they call the listener, on the speaker or the listener ("you'll be rubbish at
  /// it", "i'm picking the film") or on something asked of the listener ("bring biscuits").
  /// "go on then, but the bus is still useless" says more about the belief, and is read as such.
  static func acceptsAnOffer(_ typed: [Token]) -> Bool { yesLeadIn(typed) != nil }

  /// Whether a line takes up an offer with a shrug that hedges the yes, not the view ("go on
  /// then, i'll do it, can't hurt i suppose"): the "i suppose" says how keen they are, and
  /// grants nothing of the belief.
  static func acceptsGrudgingly(_ typed: [Token]) -> Bool {
    acceptsAnOffer(typed) && PartnerCueMatcher.grudgingYes.matches(typed.filter(\.isWord))
  }

  /// Whether a line grants a point in a sentence of its own, then says yes to what the
  /// listener offered: "fair enough. that could work". The point granted only leads in to the yes.
  static func grantsBeforeAYes(_ typed: [Token]) -> Bool { yesLeadIn(typed) == .pointGranted }

  /// What a sentence of its own says before a yes to an offer.
  private enum YesLeadIn {
    case nothing
    /// "wow ok! great idea": surprise.
    case surprise
    /// "fair enough. that could work": a point granted.
    case pointGranted
  }

  /// What leads in to a line's yes to an offer (`acceptsAnOffer(_:)`); nil when it says none.
  private static func yesLeadIn(_ typed: [Token]) -> YesLeadIn? {
    var sentences = SentenceSplitter.sentences(in: typed).map { $0.filter(\.isWord) }
      .filter { !$0.isEmpty }
    var leadIn = YesLeadIn.nothing
    if sentences.count > 1 {
      let first = joined(sentences[0])
      if PartnerCues.grantedBeforeAYes.contains(first) {
        leadIn = .pointGranted
      } else if PartnerCues.stungAlone.contains(first) {
        leadIn = .surprise
      }
      if leadIn != .nothing { sentences.removeFirst() }
    }
    guard let first = sentences.first else { return nil }
    let opening = Array(first.drop { interjections.contains($0.lowercased) })
    let rest: [Token]
    if let end = PartnerCueMatcher.acceptingAnOffer.matchEnd(atStartOf: opening) {
      rest = Array(opening.dropFirst(end))
    } else if let end = PartnerCueMatcher.weighingAnOffer.matchEnd(atStartOf: opening),
      opening.dropFirst(end).allSatisfy(isChat)
    {
      // "that could work": the sentence ends on it; "that would do my head in" is no yes.
      rest = []
    } else {
      return nil
    }
    return ([rest] + sentences.dropFirst()).allSatisfy(setsTerms) ? leadIn : nil
  }

  /// Whether a word only chats: a laugh or a name for the listener.
  private static func isChat(_ word: Token) -> Bool {
    interjections.contains(word.lowercased) || PartnerCues.listenerNames.contains(word.lowercased)
  }

  /// Whether words after a yes set its terms: nothing, a joke, or a clause of the speaker's or
  /// the listener's, or one asked of the listener.
  private static func setsTerms(_ words: [Token]) -> Bool {
    let kept = Array(
      words.drop { word in
        let lowered = word.lowercased
        return termLeadIns.contains(lowered) || interjections.contains(lowered)
          || PartnerCues.listenerNames.contains(lowered)
      })
    guard let head = kept.first?.lowercased else { return true }
    return termSubjects.contains(head) || isAskedOfTheListener(kept)
      || PartnerCueMatcher.grudgingYes.matchEnd(atStartOf: kept) != nil
      || Lexicon.verbReadings(of: head).contains { $0.form == .base }
        && !Lexicon.classes(of: head).contains(.noun)
  }

  /// Words that join terms to a yes: "but", "though", "only if".
  static let termLeadIns: Set<String> = [
    "but", "though", "and", "only", "just", "so", "mind", "then", "as", "long", "if",
  ]

  /// Subjects of terms: the speaker or the listener.
  static let termSubjects: Set<String> = [
    "i", "im", "me", "my", "we", "us", "our", "you", "u", "ya", "ur", "your", "yer",
  ]
}

extension PartnerCues {
  /// A yes to something offered, at the start of a line: "go on then", "oh alright then",
  /// "that'd be lovely", "you're on". Plain "yes" or "ok" are left out: "ok but …" argues.
  static let acceptingAnOffer: [String] = [
    "(oh|aw|well|alright|ok|okay)* (go on then|go on|ok then|okay then|alright then|all right then|fine then)",
    "(oh|aw|well)* (deal|you 're on|ur on|sounds good|sounds lovely|sounds like a plan|if you insist|if you like|why not)",
    "(oh|aw|well)* (that|it) ('d|would) be (nice|lovely|good|great|grand|champion)",
    "(oh|aw|well)* (i 'd|id|i would) (like|love) that",
    "(oh|aw|well|ooh)* (great|good|brilliant|lovely|fab|genius) (idea|plan|shout|call)",
    "(oh|aw|well|ooh)* (i)? (love|like) (that|the sound of that|the idea)",
  ]

  /// The listener's idea weighed and taken, ending its sentence ("that could do", "ok it might
  /// do the trick"): with more said after it, it weighs something else ("it'd do me no good",
  /// "it would work if you lot paid your taxes").
  static let weighingAnOffer: [String] = [
    "(oh|aw|well|ok|okay|alright|hmm|hm|yeah)* (that|it|this) (might|could|would|may|should|'d|'ll) (work|do|do the trick|be ok|be okay|be alright|be fine)"
  ]

  /// A shrug that hedges a yes: "can't hurt i suppose", "might as well", "nothing to lose".
  static let grudgingYes: [String] = [
    "(it)? (can't|cant|cannot|won't|wont) (hurt|do any harm|do no harm)",
    "(i)? (might|may) as well", "no harm (in)? (trying|it)?", "(there 's|theres)? nothing to lose",
    "worth a (go|try|shot)",
  ]

  /// A point granted as a sentence of its own before a yes: "fair enough. that could work".
  static let grantedBeforeAYes: Set<String> = [
    "fair", "ok fair", "okay fair", "fair enough", "ok fair enough", "okay fair enough",
    "true", "ok true", "fair point", "ok", "okay", "hmm", "hm", "right", "ok then",
  ]
}

extension PartnerCueMatcher {
  /// A yes to something offered, at the start of a line.
  static let acceptingAnOffer = PartnerCueMatcher(PartnerCues.acceptingAnOffer)
  /// The listener's idea weighed and taken, ending its sentence.
  static let weighingAnOffer = PartnerCueMatcher(PartnerCues.weighingAnOffer)
  /// A shrug that hedges a yes.
  static let grudgingYes = PartnerCueMatcher(PartnerCues.grudgingYes)
}
