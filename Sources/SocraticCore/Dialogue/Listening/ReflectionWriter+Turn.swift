/// The sentence of an answer that turns: after others' ways, their own ("most of the lads
/// shrug it off. i never could"); after a "but", "still", "the thing is" or "to be honest"; a
/// sentence they close with "really" ("it's the noise really"). What turns is the point, and
/// what it turns from is given back beside it only when the two read short together.
extension ReflectionWriter {
  /// Phrases that open a sentence saying what it comes down to, as `TokenPattern`s.
  static let turnOpeners: [PhrasePattern] = [
    "but", "though", "still", "mind you", "that said", "(and)? then",
    "(the)? (thing|truth|trouble|fact) is",
    "to be (honest|fair)",
    "tbh", "honestly", "in the end", "at the end of the day", "if anything",
  ].map(PhrasePattern.init)

  /// Words that close a sentence as the one it comes down to: "it's the noise really". Only
  /// "really" closes any sentence so; "mostly" and "mainly" only one that names what it is
  /// ("it's the noise mostly"), for elsewhere they say how often ("i watch the news mostly").
  static let turnClosers: Set<String> = ["really", "mostly", "mainly"]

  /// Words that open a sentence that names what it comes down to: "it's", "that's".
  static let namingOpeners: Set<String> = ["it", "its", "that", "thats"]

  /// The word that closes a sentence as the one it comes down to, as they said it, given how
  /// the sentence opens; nil when the last word is no such closer.
  static func turnCloser(opening words: [Token]) -> (String) -> String? {
    { last in
      guard turnClosers.contains(last) else { return nil }
      let opensByNaming = words.first.map { namingOpeners.contains($0.lowercased) } ?? false
      return last == "really" || opensByNaming ? last : nil
    }
  }

  /// Marks with which a thought trails off before the next.
  private static let trailingMarks: Set<String> = ["...", "..", "\u{2026}"]

  /// Subjects that name other people, whose ways the speaker's own may turn from: "everyone",
  /// "most of them", "the lads", "my mates".
  static let othersSubjects: Set<String> = [
    "everyone", "everybody", "most", "many", "all", "people", "others", "they", "he", "she",
    "nobody", "lots", "loads", "half", "some", "folk", "folks",
  ]

  /// The most words a turn and what it turns from have when given back together.
  static let turnPairWordLimit = 16

  /// The turn of an answer given back ("most of them shrug it off, but you never could"),
  /// or nil when no sentence past the first turns, or none that does reads given back alone.
  /// - Parameter byOpeners: whether a "but" or "the thing is" turns too, or only their own
  ///   way after others'.
  static func turningPoint(in line: String, byOpeners: Bool = true) -> String? {
    // "the noise, the parking… it's the damp really": a trailing-off ends a thought too.
    // Only as much of the answer as the move reader reads: the turn is never past it.
    let read = TypedTextLimit.prefix(of: line, characters: AnswerMoveReader.readLimit)
    let sentences = SentenceSplitter.sentences(in: Shorthand.expanded(Tokenizer.tokenize(read)))
      .flatMap { $0.split(whereSeparator: { trailingMarks.contains($0.text) }).map(Array.init) }
      .filter { $0.contains(where: \.isWord) }
    guard sentences.count > 1 else { return nil }
    for index in sentences.indices.dropFirst().reversed() {
      let words = sentences[index].filter(\.isWord)
      // "felt like i was just a number to him": how it all felt, said last, is the point.
      if index == sentences.count - 1, let felt = feltLike(words) { return felt }
      let opener =
        byOpeners
        ? turnOpeners.lazy.compactMap { $0.matchEnds(in: words, from: 0).max() }.first : nil
      let closer =
        byOpeners ? words.last.map(\.lowercased).flatMap(turnCloser(opening: words)) : nil
      let closes = closer != nil
      // "half my clients have a story like it. i do hair so i hear it all": who they are is
      // no way of their own set against others'.
      let ownAfterOthers =
        isSpeaker(words) && !saysWhoTheyAre(words)
        && sentences[..<index].contains { isOthers($0.filter(\.isWord)) }
      guard opener != nil || closes || ownAfterOthers else { continue }
      var own = Array(words.dropFirst(opener ?? 0))
      // "but still, …", "and then …": a second word that opens the turn goes with the first.
      if opener != nil,
        let more = turnOpeners.lazy.compactMap({ $0.matchEnds(in: own, from: 0).max() }).first
      {
        own.removeFirst(more)
      }
      if closes { own.removeLast() }
      let before = wholeStatement(sentences[index - 1].filter(\.isWord).joinedText)
      let turned = wholeStatement(own.joinedText)
      // "i never could": a verb standing for theirs reads only beside what it turns from.
      if let before, let standIn = standingIn(own), ownAfterOthers,
        readsWithoutWhatCameBefore(before)
      {
        return before + ", but " + standIn
      }
      // "i'm not a lawyer. but the contract says …": who they are is no side they grant.
      let setsAside = saysWhoTheyAre(sentences[index - 1].filter(\.isWord))
      if let before, let turned, opener != nil || ownAfterOthers, !setsAside,
        (before + turned).split(separator: " ").count <= turnPairWordLimit,
        readsWithoutWhatCameBefore(before)
      {
        return before + ", but " + turned
      }
      if let turned, readsWithoutWhatCameBefore(turned) {
        return closer.map { opener == nil ? turned + ", " + $0 : turned } ?? turned
      }
    }
    return nil
  }

  /// Whether words given back read without what was said before them: no pronoun for people
  /// named elsewhere, no "one" for a thing named before, no filler.
  /// - Parameter countingOne: whether a "one" for a thing named before counts; partner's
  ///   listener has just heard the thing named, and "he bought one" reads to them.
  static func readsWithoutWhatCameBefore(_ text: String, countingOne: Bool = true) -> Bool {
    let tokens = Tokenizer.tokenize(text)
    return !ReflectionCheck.leansOnEarlierWords(tokens, countingOne: countingOne)
      && !ReflectionCheck.isFiller(tokens)
  }

  /// A turn of "I" and a verb standing for the one before ("i never could", "i just didn't"),
  /// turned to the second person; nil for any other words.
  private static func standingIn(_ words: [Token]) -> String? {
    let spoken = words.map(\.lowercased)
    guard spoken.first == "i", (2...standInWordLimit).contains(spoken.count),
      let last = spoken.last,
      FunctionWords.auxiliary(last) != nil || ["n't", "not"].contains(last),
      spoken.dropFirst().allSatisfy({
        FunctionWords.auxiliary($0) != nil || standInAdverbs.contains($0)
      })
    else { return nil }
    var turned = FirstPersonReflector.reflect(words)
    turned[0].hasSpaceBefore = false
    return turned.joinedText.lowercased()
  }

  /// The most words a stand-in turn has: "i just never really did".
  private static let standInWordLimit = 5

  /// Adverbs and negators a stand-in turn may hold.
  private static let standInAdverbs: Set<String> = [
    "just", "never", "still", "really", "always", "simply", "not", "n't", "ever",
  ]

  /// Words that open a sentence saying how it all felt, with no subject or "it": "felt like
  /// …", "it feels like …".
  static let feltOpeners: [PhrasePattern] = [
    "(it|and it)? (felt|feels|feel) like"
  ].map(PhrasePattern.init)

  /// A sentence that says how it all felt ("felt like i was just a bank account to him"),
  /// given back with its frame: "it felt like you were just a bank account to him"; nil for
  /// any other, or when what follows the frame is no clause.
  private static func feltLike(_ words: [Token]) -> String? {
    guard let end = feltOpeners.lazy.compactMap({ $0.matchEnds(in: words, from: 0).max() }).first,
      end < words.count, let said = wholeStatement(Array(words[end...]).joinedText),
      readsWithoutWhatCameBefore(said)
    else { return nil }
    let tense = words[end - 2].lowercased == "felt" ? "felt" : "feels"
    return "it \(tense) like " + said
  }

  /// Whether a sentence only says who the speaker is or what they do for a living (`ClauseRole`
  /// `.selfAside`, `AnswerCues.sceneSetting`): "i do hair", "i'm a nurse", "i drive for a
  /// firm".
  private static func saysWhoTheyAre(_ words: [Token]) -> Bool {
    ClauseRole.of(words) == .selfAside
      || AnswerMoveReader.Patterns.sceneSetting.contains {
        !$0.matchEnds(in: words, from: 0).isEmpty
      }
  }

  /// Whether a sentence's subject is the speaker: "i never could", "but me, i stayed".
  private static func isSpeaker(_ words: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(words) else { return false }
    return clause.subject.filter(\.isWord).map(\.lowercased) == ["i"]
  }

  /// Whether a sentence's subject is other people: a word of `othersSubjects` or a person of
  /// theirs ("my sister", "Dave").
  private static func isOthers(_ words: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(words),
      let first = clause.subject.first(where: \.isWord)?.lowercased
    else { return false }
    // "my brothers", "our lot": people of theirs.
    return othersSubjects.contains(first) || ClauseRole.namesPerson(clause.subject)
      || ["my", "our", "his", "her", "their"].contains(first)
        && Lexicon.number(ofNoun: clause.subject.last?.lowercased ?? "") == .plural
  }
}
