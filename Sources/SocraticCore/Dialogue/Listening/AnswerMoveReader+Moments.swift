/// The moments of a sentence that must be taken up in the next move, read from the tables of
/// `AnswerCues`: a wavering, a wish to stop or to talk about something else, what would follow
/// "if", and words said to the listener rather than about the belief.
extension AnswerMoveReader {
  /// Where a sentence wavers ("it depends", "idk maybe", "…, I don't know"), if it does.
  /// - Parameter mayWaverAlone: whether the sentence is all the answer says, or closes it after
  ///   a point, when "idk" alone wavers.
  static func wavering(in sentence: [Token], isOwn: (Int) -> Bool, mayWaverAlone: Bool)
    -> Range<Int>?
  {
    let start = firstContentIndex(in: sentence)
    for pattern in Patterns.waverings {
      if let match = matches(of: pattern, in: sentence, from: 0).first(where: {
        isOwn($0.lowerBound)
      }) {
        return match
      }
    }
    for pattern in Patterns.waveringEnds {
      for match in matches(of: pattern, in: sentence, from: 0)
      where isOwn(match.lowerBound) && (mayWaverAlone || match.lowerBound > start) {
        // Only at the end of the sentence: "she might be right, I don't know" wavers; "idk,
        // maybe the part where …" leads into an answer.
        let tail = sentence[match.upperBound...]
        if tail.allSatisfy({
          $0.kind == .punctuation || AnswerCues.waveringTail.contains($0.lowercased)
        }) {
          return match
        }
      }
    }
    return nil
  }

  /// Whether a sentence turns back to the person's side: it opens with a turning word ("but
  /// the scandals …", "still, …") or its first clause closes with "though".
  static func turnsBack(_ sentence: [Token]) -> Bool {
    guard let first = sentence.first(where: \.isWord)?.lowercased else { return false }
    if AnswerCues.turnOpeners.contains(first) { return true }
    let end = clauseRanges(in: sentence).first?.upperBound ?? sentence.count
    return end > 2 && ContrastReader.clauseClosers.contains(sentence[end - 1].lowercased)
  }

  /// Whether a sentence ends in a farewell ("ok bye", "ok, thanks", "talk to you later"), not
  /// in a clause whose last word only looks like one: "a degree opens doors later" tells when.
  /// A kiss or those it is said to may follow it: "night all", "bye x".
  static func endsWithFarewell(_ sentence: [Token]) -> Bool {
    var sentence = sentence[...]
    while let last = sentence.last, sentence.count > 1,
      !last.isWord || AnswerCues.farewellTails.contains(last.lowercased)
    {
      sentence = sentence.dropLast()
    }
    // "ok ta ra", "right, see ya": a goodbye of two words is read as one.
    let pair = sentence.suffix(2).map(\.lowercased).joined(separator: " ")
    if sentence.count >= 2, AnswerCues.farewellPairs.contains(pair) {
      let before = Array(sentence.dropLast(2))
      guard let previous = before.last else { return true }
      // "nice to see you": a greeting's pair after "to" is no goodbye.
      if previous.lowercased == "to" { return false }
      return previous.kind == .punctuation || AnswerCues.leaveWords.contains(previous.lowercased)
        || ClauseParser.finiteVerbIndex(in: before) == nil
    }
    guard let last = sentence.last, AnswerCues.farewells.contains(last.lowercased) else {
      return false
    }
    var before = Array(sentence.dropLast())
    if AnswerCues.farewellsAfterBreak.contains(last.lowercased) {
      // "thank you, good night": the words that open it come before the break.
      while let lead = before.last, AnswerCues.farewellLeads.contains(lead.lowercased) {
        before.removeLast()
      }
      guard let previous = before.last else { return true }
      return previous.kind == .punctuation || AnswerCues.leaveWords.contains(previous.lowercased)
    }
    guard let previous = before.last else { return true }
    // "no thanks", "nah thx", "so no, ta": thanks that turn something down take no leave.
    if AnswerCues.thanksWords.contains(last.lowercased),
      let word = before.last(where: \.isWord),
      AnswerCues.decliningWords.contains(word.lowercased)
    {
      return false
    }
    // "catch you later" is a goodbye; "… not using it to squeeze you later" tells of a time.
    return previous.kind == .punctuation
      || previous.lowercased == "you" && before.count <= Self.farewellToYouWords
      || ClauseParser.finiteVerbIndex(in: before) == nil
  }

  /// The most words before a farewell after "you" ("ok catch you | later").
  static let farewellToYouWords = 3

  /// Whether a sentence asks to stop: one of `AnswerCues.stopping` that ends it, or ends a
  /// part of it between commas ("I think I'll stop there, my tea's going cold"), with only
  /// words of leave after it ("nah im done mate", "thats me done, cheers"), said by the person
  /// themselves ("they need to run" tells of a dog).
  static func isStopping(_ sentence: [Token]) -> Bool {
    let ends = Set(
      sentence.indices.filter { index in
        sentence[index].kind != .punctuation
          && (index + 1 == sentence.count || sentence[index + 1].kind == .punctuation)
      }.map { $0 + 1 })
    return Patterns.stopping.contains { pattern in
      matches(of: pattern, in: sentence, from: 0).contains { match in
        isOwnStop(match, in: sentence)
          && (ends.contains(match.upperBound)
            || sentence[match.upperBound...].allSatisfy {
              $0.kind == .punctuation || AnswerCues.leaveWords.contains($0.lowercased)
            })
      }
    }
  }

  /// Whether a stop is the speaker's: its phrase names them ("i need to run", "can we stop"),
  /// or it opens the sentence or follows a word of leave or an interjection ("ok, gotta run",
  /// "sorry need to dash"). Words before it that are none of those are someone else doing it:
  /// "they need to run", "the kids have to dash". A stop someone else is reported saying is
  /// theirs: "the physio says that's it for today" ("i reckon that's it for today" is mine).
  private static func isOwnStop(_ match: Range<Int>, in sentence: [Token]) -> Bool {
    if isReportedStop(match, in: sentence) { return false }
    if AnswerCues.ownStopOpeners.contains(sentence[match.lowerBound].lowercased) { return true }
    guard match.lowerBound > 0 else { return true }
    let previous = sentence[match.lowerBound - 1]
    if previous.kind == .punctuation || AnswerCues.leaveWords.contains(previous.lowercased)
      || AnswerCues.stopLeads.contains(previous.lowercased)
    {
      return true
    }
    // "i'll have to run", "we really must dash": a modal or an adverb after the speaker.
    let subject = sentence[..<match.lowerBound].reversed().first {
      !AnswerCues.stopModals.contains($0.lowercased)
    }
    return subject.map { AnswerCues.ownStopOpeners.contains($0.lowercased) } ?? true
  }

  /// Whether a reporting verb of someone else's opens the clause of a stop: "the physio says
  /// that's it for today", "my physio tells me …", "the physio goes …"; not "i reckon that's it"
  /// or "i just think that's it".
  private static func isReportedStop(_ match: Range<Int>, in sentence: [Token]) -> Bool {
    let clause = sentence[..<match.lowerBound].reversed().prefix { $0.kind != .punctuation }
    guard let verb = clause.firstIndex(where: { reportingWords.contains($0.lowercased) }) else {
      return false
    }
    let subject = clause[clause.index(after: verb)...].first {
      !AnswerCues.stopModals.contains($0.lowercased) && !reportingWords.contains($0.lowercased)
    }
    return subject.map { !AnswerCues.ownStopOpeners.contains($0.lowercased) } ?? false
  }

  /// Whether a sentence asks to talk about something else.
  static func isChangingSubject(_ sentence: [Token]) -> Bool {
    Patterns.changingSubject.contains { !matches(of: $0, in: sentence, from: 0).isEmpty }
  }

  /// Where a sentence with "if" says what would follow ("if …, I'd be fine with it"): what
  /// would change the person's mind.
  static func conditionalOutcome(in sentence: [Token]) -> Range<Int>? {
    guard let condition = sentence.firstIndex(where: { $0.lowercased == "if" }) else {
      return nil
    }
    for pattern in Patterns.conditionalOutcomes {
      if let match = matches(of: pattern, in: sentence, from: 0).first(where: {
        $0.lowerBound > condition || condition == 0
      }) {
        return match
      }
    }
    return nil
  }

  /// Whether a sentence speaks to the listener about the conversation ("I just told you",
  /// "you keep asking"): it is never given back as the person's view.
  static func isToListener(_ sentence: [Token]) -> Bool {
    Patterns.toListener.contains { !matches(of: $0, in: sentence, from: 0).isEmpty }
  }

  /// Whether a sentence says the opposite of its words: "like they know anything about it".
  static func isSarcastic(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord).map(\.lowercased)
    guard let first = words.first, AnswerCues.sarcasticOpeners.contains(first),
      words.count > 2
    else { return false }
    return words.dropFirst().contains { AnswerCues.sarcasticMarks.contains($0) }
  }

  /// Whether a sentence matches one of the patterns in words of the person's own.
  static func saysOwn(_ patterns: [PhrasePattern], in sentence: [Token], isOwn: (Int) -> Bool)
    -> Bool
  {
    patterns.contains { pattern in
      matches(of: pattern, in: sentence, from: 0).contains { isOwn($0.lowerBound) }
    }
  }

  /// Whether a leave-taking phrase tells of a reason or a later time instead of leaving now:
  /// "bc i have to go back to work", "i have to go back in march".
  static func isLaterOrReason(_ range: Range<Int>, in sentence: [Token]) -> Bool {
    let before = sentence[..<range.lowerBound].filter(\.isWord).suffix(3)
    let after = sentence[range.upperBound...].filter(\.isWord)
    return before.contains { AnswerCues.leaveReasons.contains($0.lowercased) }
      || after.contains { AnswerCues.laterTimes.contains($0.lowercased) }
  }
}
