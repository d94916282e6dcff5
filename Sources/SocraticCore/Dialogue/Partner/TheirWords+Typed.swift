/// What they typed as the log reads it again: the text without actions, shorthand expanded,
/// and what it answered of the questions every conversation has.
extension TheirWords {
  /// The questions every conversation has that a turn answered, from what its event holds: a
  /// reason, a story or a source answers what led them to the claim and what makes them as
  /// sure as they are; a word of certainty or a number how sure they are; what would change
  /// their mind, that. Read from the logged event, so a resumed session knows the same.
  /// - Parameter saysHowSure: whether the whole of what they said speaks of how sure they are
  ///   (`saysHowSure(in:)`), when the live step read it already.
  static func answeredIntents(
    text: String, reason: String?, moves: [String], saysHowSure: Bool? = nil
  ) -> Set<QuestionIntent> {
    var answered: Set<QuestionIntent> = []
    let backing: Set<String> = [
      AnswerMove.reason.rawValue, AnswerMove.example.rawValue, AnswerMove.source.rawValue,
    ]
    if reason != nil || moves.contains(where: backing.contains) {
      answered.formUnion([.origin, .whySure])
    }
    if moves.contains(AnswerMove.wouldChangeMind.rawValue) { answered.insert(.changeMind) }
    if saysHowSure ?? Self.saysHowSure(in: typedTokens(of: text)) { answered.insert(.howSure) }
    return answered
  }

  /// Whether the words, all of them, speak of how sure they are.
  static func saysHowSure(in tokens: [Token]) -> Bool {
    signals(in: tokens, words: tokens.filter(\.isWord).map(\.lowercased)).contains(.confidence)
  }

  /// Whether what they said, as read, opens or ends with a laugh: "haha", "lol jk".
  /// Or says in so many words that it is a joke: "that's a joke mike", "just kidding".
  static func isSaidWithALaugh(_ typed: [Token]) -> Bool {
    let words = typed.filter(\.isWord)
    return [words.first, words.last].contains { word in
      word.map { PartnerCues.laughter.contains($0.lowercased) } ?? false
    } || PartnerCueMatcher.jokeMarker.matches(words)
  }

  /// Whether the sentence that holds their laugh lists things: two pieces or more between its
  /// commas that are a few words naming something, with no one doing anything ("asda, the
  /// co-op by me, even boots has them lol"). "chill, i'm not upset, it's only a phone" is
  /// clauses, and "lol, honestly, the only one on the bus was a fox" asides: no list.
  static func listsThings(_ typed: [Token]) -> Bool {
    SentenceSplitter.sentences(in: typed).contains { sentence in
      guard sentence.contains(where: { PartnerCues.laughter.contains($0.lowercased) }) else {
        return false
      }
      let pieces = sentence.split { $0.text == "," }.map { $0.filter(\.isWord) }
      let items = pieces.filter { piece in
        piece.count <= listItemWordLimit
          && piece.contains { isContentWord($0.lowercased) }
          && !piece.contains { listItemSubjects.contains($0.lowercased) }
      }
      return pieces.count > 2 && items.count >= 2
    }
  }

  /// Whether a word can name a thing listed: no function word, aside ("honestly", "lol") or
  /// name for the listener ("mate").
  private static func isContentWord(_ word: String) -> Bool {
    !FunctionWords.isFunctionWord(word) && !isAside(word)
      && !PartnerCues.listenerNames.contains(word)
  }

  /// The most words of one thing in a list: "the co-op by me".
  private static let listItemWordLimit = 4

  /// Words that make a piece between commas a clause of its own, not a thing listed: a
  /// subject, typed with its verb ("im", "thats") or pointing back ("that").
  private static let listItemSubjects: Set<String> =
    PartnerCues.clauseSubjects.union(BeliefMap.contractions).union(pointingBack)

  /// Whether their first sentence says how sure they are: "like 70? maybe 65. …".
  static func opensWithHowSure(_ typed: [Token]) -> Bool {
    guard let first = SentenceSplitter.sentences(in: typed).first,
      first.contains(where: { $0.kind == .number })
    else { return false }
    return saysHowSure(in: first)
  }

  /// Whether they tease: a laugh anywhere in it ("you sound like my nan haha, go on then"), or
  /// a joke marked as one. What would be a charge at the listener is then banter.
  static func isTeasing(_ typed: [Token]) -> Bool {
    isSaidWithALaugh(typed)
      || typed.contains { $0.isWord && PartnerCues.laughter.contains($0.lowercased) }
  }

  /// What they said as it is read: its first `BeliefReader.maximumLength` characters, shorthand
  /// expanded.
  static func typedTokens(of text: String) -> [Token] {
    Shorthand.expanded(
      Tokenizer.tokenize(
        withoutActions(TypedTextLimit.prefix(of: text, characters: BeliefReader.maximumLength))))
  }

  /// The longest action between asterisks that is left out, in characters.
  static let actionLengthLimit = 40

  /// What they said without the actions typed between asterisks ("*rolls eyes*",
  /// "*shrugs*"): what they do is no word of theirs to give back or question.
  static func withoutActions(_ text: String) -> String {
    var kept = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "*") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "*"),
        after.distance(from: after.startIndex, to: close) <= actionLengthLimit,
        after[..<close].contains(where: \.isLetter)
      else {
        kept += rest[...open]
        rest = after
        continue
      }
      kept += rest[..<open]
      kept += " "
      rest = after[after.index(after: close)...]
    }
    return kept + rest
  }
}
