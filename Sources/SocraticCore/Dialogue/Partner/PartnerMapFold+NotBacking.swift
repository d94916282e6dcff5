/// What of a turn the reader took up is not the person's own to file: the claim said over
/// again, or a feeling someone else asked them about.
extension PartnerMapFold {
  /// A turn without the claim said over as what they have seen or a reason for it: "i'm not
  /// doing the fun run this year, …" opens with the claim, which backs nothing. An item backs
  /// the claim only with a word of its own that carries meaning.
  static func withoutTheClaim(_ read: ReadAnswer, claim: String?) -> ReadAnswer {
    guard let claim else { return read }
    let claimWords = AnswerMoveReader.contentWords(Tokenizer.tokenize(claim))
    func restates(_ text: String) -> Bool {
      let words = AnswerMoveReader.contentWords(Tokenizer.tokenize(text))
      return !words.isEmpty && words.isSubset(of: claimWords)
    }
    var read = read
    read.examples.removeAll(where: restates)
    read.reasons.removeAll(where: restates)
    if read.examples.isEmpty { read.moves.removeAll { $0 == .example } }
    if read.reasons.isEmpty { read.moves.removeAll { $0 == .reason } }
    return read
  }

  /// A turn without the feelings only someone else put to them: "he asked if i was lonely" names
  /// no feeling of theirs, so "lonely" is dropped unless another sentence of the turn names it.
  /// - Parameter typed: the turn as `TheirWords.typedTokens(of:)` reads it, marks and all.
  static func ownFeelings(_ read: ReadAnswer, saying typed: [Token]) -> ReadAnswer {
    guard !read.feelings.isEmpty else { return read }
    let sentences = SentenceSplitter.sentences(in: typed)
    let (asked, own) = sentences.reduce(into: (Set<String>(), Set<String>())) { sides, sentence in
      let plain = sentence.filter(\.isWord)
      let lowered = Set(plain.map(\.lowercased))
      if PartnerCueMatcher.feelingAskedOfThem.matches(plain) {
        sides.0.formUnion(lowered)
      } else {
        sides.1.formUnion(lowered)
      }
    }
    guard !asked.isEmpty else { return read }
    var read = read
    read.feelings.removeAll { feeling in
      let named = Set(Tokenizer.tokenize(feeling).filter(\.isWord).map(\.lowercased))
      return !named.isEmpty && named.isSubset(of: asked) && named.isDisjoint(with: own)
    }
    return read
  }
}

extension PartnerCues {
  /// Someone else asking whether the speaker feels something: "she asked if i was sad", "mum
  /// wanted to know whether im lonely". The feeling is theirs to name, not the speaker's.
  static let feelingAskedOfThem: [String] = [
    "(asked|asks|asking|wondered|wonders|wondering|wanted to know|wants to know) (me)? (if|whether) (i|i 'm|im|i was|i am|i 'd|i felt|i feel)"
  ]
}

extension PartnerCueMatcher {
  /// Someone else asking whether the speaker feels something (`PartnerCues.feelingAskedOfThem`).
  static let feelingAskedOfThem = PartnerCueMatcher(PartnerCues.feelingAskedOfThem)
}
