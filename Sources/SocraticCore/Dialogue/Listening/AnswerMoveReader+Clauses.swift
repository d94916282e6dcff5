/// The parts of a sentence an answer reader keeps: what a concession concedes, whose words are
/// whose, its clauses, its statement and its gist.
extension AnswerMoveReader {
  /// What a sentence concedes, without the words that only say it concedes ("ok fair, my
  /// friends aren't a poll" → "my friends aren't a poll"; empty when that is all it says), and
  /// what the person still holds to after it ("that's true, but it doesn't make this ok").
  static func doubt(in sentence: [Token], from start: Int)
    -> (doubt: [Token], stand: [Token])
  {
    var index = start
    var moved = true
    while moved, index < sentence.count {
      moved = false
      if framesAClause(sentence, at: index) { break }
      // "then again he's paying": a concession phrase is read whole before its first word
      // could be passed over as an opener.
      for pattern in Patterns.concessionOpeners where index < sentence.count {
        if pattern.mayStart(with: sentence[index].lowercased),
          let end = pattern.matchEnds(in: sentence, from: index).first, end > index
        {
          index = end
          moved = true
          break
        }
      }
      while !moved, index < sentence.count,
        sentence[index].kind == .punctuation || openers.contains(sentence[index].lowercased)
      {
        index += 1
        moved = true
      }
    }
    let rest = sentence[min(index, sentence.count)...]
    // "fair enough, but my mate got a job": the turn closes the concession, and what follows
    // is where they stand, not what they grant; "ok but a ban probably wouldn't work" hedges
    // what follows, and grants it.
    let opening = sentence[..<min(index, sentence.count)].filter(\.isWord)
    if opening.count >= 2, let lastOpener = opening.last,
      turningWords.contains(lastOpener.lowercased),
      !rest.contains(where: { ReflectionWriter.doubtHedges.contains($0.lowercased) })
    {
      return ([], Array(rest))
    }
    // A turn opens a clause: "still" in "the buses are still late" turns nothing.
    let turn =
      rest.indices.first { index in
        turningWords.contains(rest[index].lowercased)
          && (index == rest.startIndex || sentence[index - 1].kind == .punctuation
            || ContrastReader.clauseOpeners.contains(rest[index].lowercased))
      } ?? rest.endIndex
    return (Array(rest[..<turn]), Array(rest[turn...].dropFirst()))
  }

  /// Whether a doubt frame at `index` frames a clause of its own ("i'm not sure i agree with
  /// her", "idk if it can"): the frame is then part of what is conceded.
  static func framesAClause(_ sentence: [Token], at index: Int) -> Bool {
    guard index < sentence.count else { return false }
    for pattern in Patterns.doubtFrames where pattern.mayStart(with: sentence[index].lowercased) {
      guard let end = pattern.matchEnds(in: sentence, from: index).max(), end < sentence.count
      else { continue }
      let rest = Array(sentence[end...].prefix { $0.kind != .punctuation })
      if ClauseParser.finiteVerbIndex(in: rest) != nil { return true }
    }
    return false
  }

  /// Words with which a person turns back to their own side after conceding: "that's true,
  /// but …".
  static let turningWords = ContrastReader.turningWords

  /// Whether a sentence asks the listener's own view: "you" (or "u") with a verb of holding a
  /// view within two words after it ("do you think", "would you honestly vote"), or "your"
  /// before a word for a view ("your take?"). "you didn't get anything wrong?" and "do you
  /// mean my mum?" ask about what we said, not what we think.
  static func asksListenersView(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord).map(\.lowercased)
    for (index, word) in words.enumerated() {
      let next = words[(index + 1)...].prefix(2)
      if ["you", "u"].contains(word), next.contains(where: viewVerbs.contains) { return true }
      if word == "your", let noun = next.first, viewNouns.contains(noun) { return true }
    }
    return false
  }

  /// Verbs of holding or acting on a view, asked of the listener: those that report a view
  /// (`AnswerStances.viewVerbs`) and those of choosing or caring.
  static let viewVerbs: Set<String> = AnswerStances.viewVerbs.union([
    "do", "prefer", "rate", "vote", "guess", "see", "make", "stand", "choose", "pick", "like",
    "care", "mind", "ask",
  ])

  /// Words for a view, after "your".
  static let viewNouns: Set<String> = [
    "view", "views", "opinion", "opinions", "take", "thoughts", "answer", "side", "position",
  ]

  /// Words that open a question put back to the listener.
  static let questionOpeners: Set<String> = [
    "what", "why", "how", "who", "where", "when", "which", "do", "does", "did", "is", "are",
    "can", "could", "would", "should", "will", "isn't", "aren't", "don't", "doesn't",
    "wouldn't", "shouldn't", "have", "has", "you",
  ]

  /// The verbs and adverbs of a reporting phrase, left out of the speaker's name: those of a
  /// view reported (`ReflectionLead.reportingWords`) and of speech, "goes" the spoken one
  /// ("the physio goes that's it").
  static let reportingWords = ReflectionLead.reportingWords.union([
    "say", "goes", "think", "believed", "tells", "keeps", "kept", "keep", "saying", "claimed",
    "claim", "argues", "argue", "swears", "always", "just", "me", "tell",
  ])

  /// Where the words of a sentence start, after words that only open it ("ok", "well").
  static func firstContentIndex(in sentence: [Token]) -> Int {
    var index = 0
    while index < sentence.count,
      sentence[index].kind == .punctuation || openers.contains(sentence[index].lowercased)
    {
      index += 1
    }
    return index < sentence.count ? index : 0
  }

  static let openers: Set<String> = [
    "and", "but", "so", "well", "yeah", "yes", "no", "ok", "okay", "oh", "hmm", "um", "like",
    "look", "honestly", "also", "plus", "then", "though", "ugh", "argh", "pfft", "meh", "ha",
  ]

  /// The indices of words that are someone else's: after a reporting phrase to the end of the
  /// sentence, and between quotation marks.
  static func othersWords(in sentence: [Token]) -> Set<Int> {
    var result: Set<Int> = []
    for pattern in Patterns.reportedSpeech {
      for match in matches(of: pattern, in: sentence, from: 0) {
        result.formUnion(match.upperBound..<reportEnd(in: sentence, from: match.upperBound))
      }
    }
    var openQuote: Int?
    for index in sentence.indices where BeliefReader.isQuotationMark(sentence[index]) {
      if let open = openQuote {
        result.formUnion(open..<index)
        openQuote = nil
      } else {
        openQuote = index
      }
    }
    return result
  }

  /// Where reported words end: at the end of their clause, or where the person turns back to
  /// their own view ("my mom says it doesn't matter, but I think …", "… and that's true").
  static func reportEnd(in sentence: [Token], from start: Int) -> Int {
    for index in start..<sentence.count {
      if sentence[index].kind == .punctuation,
        [",", ";", ":", "-", "\u{2014}"].contains(
          sentence[index].text)
      {
        return index
      }
      if Patterns.ownVoice.contains(where: { pattern in
        pattern.mayStart(with: sentence[index].lowercased)
          && pattern.matchEnds(in: sentence, from: index).first != nil
      }) {
        return index
      }
    }
    return sentence.count
  }

  /// The sentence's clauses: the stretches between commas, semicolons, colons and dashes.
  static func clauseRanges(in sentence: [Token]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for index in sentence.indices
    where sentence[index].kind == .punctuation
      && [",", ";", ":", "-", "\u{2013}", "\u{2014}"].contains(sentence[index].text)
      && !isRange(at: index, in: sentence)
    {
      if index > start { ranges.append(start..<index) }
      start = index + 1
    }
    if start < sentence.count { ranges.append(start..<sentence.count) }
    return ranges
  }

  /// Whether a dash stands between two numbers as a range ("3-4 days"), not a break.
  static func isRange(at index: Int, in sentence: [Token]) -> Bool {
    index > 0 && index + 1 < sentence.count && sentence[index - 1].kind == .number
      && sentence[index + 1].kind == .number
  }

  /// The first clause of the person's own that states something (it has a finite verb), without
  /// frames, short enough to give back. A clause that denies a feeling of theirs states nothing
  /// of the view: "i'm not bitter about it, the last one leaves at six" states the second. One
  /// that only tells who they are ("i've swum every day since i retired") gives way to one
  /// after it that says more ("… and it keeps me sane").
  static func statement(
    in sentence: [Token], clauses: [Range<Int>], isOwn: (Int) -> Bool
  ) -> String? {
    let stated = statements(in: sentence, clauses: clauses, isOwn: isOwn)
    return stated.first { !BeliefMap.isBackground($0) } ?? stated.first
  }

  /// The clauses of the person's own that state something, in order, as `statement` gives one.
  private static func statements(
    in sentence: [Token], clauses: [Range<Int>], isOwn: (Int) -> Bool
  ) -> [String] {
    var stated: [String] = []
    for (offset, range) in clauses.enumerated() where range.allSatisfy(isOwn) {
      // "the news is loud, but not wrong": a clause a contrast turns is not given alone.
      let next = clauses.dropFirst(offset + 1).first.flatMap { sentence[$0].first(where: \.isWord) }
      if let next, ReflectionWriter.contrasts.contains(next.lowercased) { continue }
      var tokens = Array(sentence[range])
      // "16 year olds pay taxes": a number opening the clause is part of it.
      while let first = tokens.first,
        openers.contains(first.lowercased) || (first.kind != .word && first.kind != .number)
      {
        tokens.removeFirst()
      }
      guard !tokens.isEmpty else { continue }
      tokens[0].hasSpaceBefore = false
      let words = tokens.count(where: \.isWord)
      guard words >= 2, words <= partWordLimit,
        finiteVerbIndex(in: tokens) != nil,
        BeliefMap.deniedOwnFeeling(in: tokens.joinedText) == nil
      else { continue }
      stated.append(tokens.joinedText)
    }
    return stated
  }

  /// A sentence as the person said it, short enough to give back whole: without what only opens
  /// it, and up to a clause that asks rather than says ("…, so why not …"); nil when longer
  /// than `gistWordLimit` words.
  static func gist(of sentence: [Token], from start: Int, clauses: [Range<Int>])
    -> String?
  {
    var end = sentence.count
    for range in clauses where range.lowerBound > start {
      let first = sentence[range].first { $0.isWord && !openers.contains($0.lowercased) }
      if let first, questionWords.contains(first.lowercased) {
        end = range.lowerBound
        break
      }
    }
    let tokens = Array(sentence[start..<end])
    guard (1...gistWordLimit).contains(tokens.count(where: \.isWord)) else { return nil }
    let text = text(of: tokens)
    return text.isEmpty ? nil : text
  }

  /// The finite verb of a clause, also after a phrase that only sets the scene ("at my company
  /// they replaced …", "last year we …"), which the clause parser does not read past.
  static func finiteVerbIndex(in tokens: [Token]) -> Int? {
    if let verb = ClauseParser.finiteVerbIndex(in: tokens) { return verb }
    let scene = sceneLength(of: tokens)
    guard scene > 0 else { return nil }
    return ClauseParser.finiteVerbIndex(in: Array(tokens[scene...])).map { $0 + scene }
  }

  /// How many words open a clause only to set the scene: "at my company", "last year"; 0 when
  /// none do.
  static func sceneLength(of tokens: [Token]) -> Int {
    let words = tokens.prefix(3).map(\.lowercased)
    if tokens.count > 4, AnswerCues.scenePrepositions.contains(words[0]),
      AnswerCues.sceneDeterminers.contains(words[1])
    {
      return 3
    }
    if tokens.count > 3, ["last", "this"].contains(words[0]) { return 2 }
    return 0
  }

  /// The most words a sentence has to be given back whole.
  static let gistWordLimit = 18

  /// Words that open a clause asking rather than saying.
  static let questionWords: Set<String> = ["why", "what", "how", "who", "where", "when"]
}
