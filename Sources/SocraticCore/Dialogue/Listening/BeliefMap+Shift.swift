extension BeliefMap {
  /// Takes in where an answer shows the person ended up: a view they refined ("its not the
  /// vaccines, its the pushing"), a realisation ("rami isn't the one putting my rent up. the
  /// landlord is"), what moved them, and a reason they withdrew ("the job thing… thats more me
  /// being scared than a reason"), which leaves their reasons. Only the first 1,000
  /// characters are read, as the answer reader reads them.
  /// - Parameters:
  ///   - text: the answer as typed.
  ///   - asksWhatMoved: whether the question asked what moved them: then every sentence of the
  ///     answer that says something is where they ended up.
  public mutating func recordShift(in text: String, asksWhatMoved: Bool = false) {
    let sentences = Self.sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000))
    var found: [String] = []
    var reported: [String] = []
    let claimWords = Set(Self.plainWords(claim ?? "")).filter {
      !FunctionWords.isFunctionWord($0) || Self.claimScopeWords.contains($0)
    }
    var afterReport = false
    for (index, sentence) in sentences.enumerated() {
      let words = Self.plainWords(sentence)
      // "angry is the wrong word, more like tired": a better word for a feeling, no view moved.
      if Self.feelingLabelSetAside(words) != nil { continue }
      // "i didn't grant that they're leaving": a word on what the listener got wrong is no
      // place they got to.
      if Self.deniesGranting(words) || Self.handsBack(words) || Self.disowns(words) { continue }
      // "this isn't about me, it's about my son": the talk turned back to whom it is about.
      if AnswerMoveReader.withoutMisheard(Tokenizer.tokenize(sentence)).isMisheard { continue }
      // "i'm not bothered about the ducks, it's the kids": which of their grounds matters, set
      // right, is no view of the claim.
      if AnswerMoveReader.opensWithDismissal(Shorthand.expanded(Tokenizer.tokenize(sentence))) {
        continue
      }
      // "they'd say it's not cruel, it's natural": their line, not where this person got to;
      // nor is "and that it's about growing up" said on after it.
      let continuesReport =
        afterReport && Self.reportContinuations.contains { words.starts(with: $0) }
      afterReport = Self.isReportedLine(words) || continuesReport
      if afterReport { continue }
      if Self.pointsBack(words), index > 0,
        Self.saysSomething(String(sentences[index - 1].trimmingSuffix("?")))
      {
        found.append(String(sentences[index - 1].trimmingSuffix("?")))
      } else if Self.withdraws(words) {
        // Setting a reason aside says nothing of where they stand on the claim.
        withdrawReason(named: sentence)
      } else if Self.reportsChange(words) || Self.hedgesClaim(words, claim: claimWords) {
        // "im less sure now", "maybe not all": short, and whole as they are.
        reported.append(String(sentence.trimmingSuffix("?")))
      } else if Self.shiftCues.contains(where: { Self.has($0, in: words) })
        || Self.turnsToAnother(words)
      {
        // "rami isn't the one putting my rent up. the landlord is.": the short sentence that
        // completes it comes with it.
        let next = sentences.indices.contains(index + 1) ? sentences[index + 1] : nil
        let completes =
          Self.completedCues.contains { Self.has($0, in: words) }
          && next.map { Self.plainWords($0).count <= Self.completingWordLimit } ?? false
        found.append(completes ? sentence + " " + (next ?? "") : sentence)
      } else if asksWhatMoved, Self.saysSomething(sentence), !sentence.hasSuffix("?"),
        Self.isOwnView(sentence, claim: claimWords) || Self.tellsWhatMoved(words)
      {
        found.append(sentence)
      }
    }
    // "i still think about it", "i need to go", "you skipped him": no place they got to.
    found.removeAll { !Self.isWhereTheyAre($0) }
    found += reported.filter { Self.isWhereTheyAre($0, needsContent: false) }
    // "my minds made up now. i think theyll shrink": a change of mind said outright comes
    // with the view they changed to.
    if let declared = Self.declaredChange(in: sentences) { found.append(declared) }
    // "not pointless then. just badly organised": the claim as it now stands, in place of the
    // words that softened it.
    if let softened = SoftenedClaim.read(text, claim: claim)?.claim { found = [softened] }
    var said: [String] = []
    for sentence in found where !said.contains(where: { $0.contains(sentence) }) {
      said.removeAll { sentence.contains($0) }
      said.append(sentence)
    }
    var shift = said.joined(separator: " ")
    while let last = shift.last, ".!,;".contains(last) { shift.removeLast() }
    guard !shift.isEmpty, !shifts.contains(where: { $0.lowercased() == shift.lowercased() })
    else { return }
    shifts.append(shift)
  }

  /// Moves the reason a withdrawal names ("the job thing … more me being scared than a
  /// reason") from their reasons to those they set aside.
  private mutating func withdrawReason(named sentence: String) {
    // "ok the doctor thing was a bad example": a story set aside leaves the reason it backed.
    let words = Self.plainWords(sentence)
    // "the commuting bit": the words before "bit" name it, and only a reason with them goes.
    let bit = Self.namedBit(in: words)
    if Self.has(["example"], in: words), bit == nil, dropExample(named: sentence) { return }
    let index: Int?
    if let bit {
      index = reasons.lastIndex {
        !Self.stems(of: $0.text).isDisjoint(with: Self.stems(of: bit))
      }
      // "scrap the parking bit", where the parking was told for a reason: that story goes.
      if index == nil {
        dropStories(naming: bit)
        return
      }
    } else if let told = storyNamed(in: sentence) {
      // "ignore what i said about the parking", where the parking was told under another
      // reason: that telling is set aside, never the reason it was filed under.
      reasons[told.reason].evidence.removeAll { $0 == told.text }
      reasons[told.reason].examples.removeAll { $0 == told.text }
      if !withdrawn.contains(told.text) { withdrawn.append(told.text) }
      return
    } else {
      index = reasonNamed(in: sentence)
    }
    guard let index else { return }
    let reason = reasons.remove(at: index)
    if !withdrawn.contains(reason.text) { withdrawn.append(reason.text) }
    if let strongest {
      self.strongest = strongest == index ? nil : strongest > index ? strongest - 1 : strongest
    }
  }

  /// The story or evidence told under a reason that words name, when it shares more of their
  /// words that carry meaning than any reason's own words do.
  private func storyNamed(in sentence: String) -> (reason: Int, text: String)? {
    let words = QuestionWording.contentWords(of: sentence).subtracting(AnswerCues.repeatWords)
    var best: (reason: Int, text: String?, shared: Int)?
    for (index, reason) in reasons.enumerated() {
      let shared = words.intersection(QuestionWording.contentWords(of: reason.text)).count
      if shared > (best?.shared ?? 0) { best = (index, nil, shared) }
      for told in reason.evidence + reason.examples {
        let shared = words.intersection(QuestionWording.contentWords(of: told)).count
        if shared > (best?.shared ?? 0) { best = (index, told, shared) }
      }
    }
    guard let best, let text = best.text else { return nil }
    return (best.reason, text)
  }

  /// Whether a sentence says something of its own: at least two words that carry meaning
  /// besides a rating and its hedges ("maybe 65?", "i dunno", "like i said").
  private static func saysSomething(_ sentence: String) -> Bool {
    guard !sentence.hasSuffix("?") else { return false }
    let meaning = plainWords(sentence).filter { word in
      !FunctionWords.isFunctionWord(word) && !ratingHedges.contains(word)
        && !word.allSatisfy(\.isNumber)
    }
    return meaning.count >= 2
  }

  /// Whether a sentence only points back at the one before it as what moved them ("thats what
  /// moved it").
  private static func pointsBack(_ words: [String]) -> Bool {
    if pointingBackCues.contains(where: { has($0, in: words) }),
      words.count <= completingWordLimit
    {
      return true
    }
    // "ok thats kinda different from what i said at first": "that", set against what came
    // before.
    let opening = words.drop { sentenceOpeners.contains($0) }
    guard let first = opening.first, ["that", "thats", "this"].contains(first) else {
      return false
    }
    return opening.contains(where: comparisonWords.contains)
      && opening.contains(where: changeTimeWords.union(["said", "thought"]).contains)
  }

  /// Whether a sentence puts one thing in place of another: "its not cars really, its the
  /// vans racing through", "maybe the mistake wasnt legalising it, its how we did it".
  private static func turnsToAnother(_ words: [String]) -> Bool {
    guard let not = words.firstIndex(where: negatedVerbs.contains) else { return false }
    return words[(not + 1)...].contains { replacingSubjects.contains($0) }
  }

  /// Whether a sentence of their own says their view moved: a comparison set against a time
  /// ("but 20 flat for everybody, im less sure now", "maybe i understand it a bit more now").
  private static func reportsChange(_ words: [String]) -> Bool {
    words.contains(where: firstPersonWords.contains)
      && words.contains(where: comparisonWords.contains)
      && words.contains(where: changeTimeWords.contains)
  }

  /// Whether a sentence takes back part of the claim with a hedge: "so maybe not all??" of
  /// "all zoos should close", "probably not every one".
  private static func hedgesClaim(_ words: [String], claim: Set<String>) -> Bool {
    guard words.count <= completingWordLimit, words.contains(where: restatingHedges.contains),
      let not = words.firstIndex(where: { $0 == "not" || negatedVerbs.contains($0) })
    else { return false }
    return words[(not + 1)...].contains(where: claim.contains)
  }

  /// Whether a sentence is their own view, not what someone else would say ("jamal would laugh
  /// at me"): its subject is them, or it speaks of what the claim speaks of.
  private static func isOwnView(_ sentence: String, claim: Set<String>) -> Bool {
    let words = plainWords(sentence)
    if let first = words.first(where: { !sentenceOpeners.contains($0) }),
      firstPersonWords.contains(first)
    {
      return true
    }
    let subject = ClauseParser.parse(Shorthand.expanded(Tokenizer.tokenize(sentence)))?.subject
      .filter(\.isWord).map(\.lowercased)
    if let subject, AnswerStances.isSomeoneElse(subject) { return false }
    // "maybe it's only the big ones": the claim pointed at.
    if let head = subject?.first, ownStanceSubjects.contains(head) { return true }
    return words.contains(where: claim.contains)
  }

  /// Openings that carry a report on into the next sentence: "they'd say X. and that Y".
  static let reportContinuations: [[String]] = [["and", "that"], ["that"], ["and", "how"]]

  /// Whether a sentence can stand as where they got to: it has a verb, says something besides
  /// a verb of believing and its hedges ("i still think about it" does not), takes no leave
  /// ("i need to go") and speaks of the belief, not of the talk ("you skipped him").
  /// - Parameter needsContent: whether it must say something besides its hedges and have a
  ///   verb; a change they report ("im less sure now") need not.
  static func isWhereTheyAre(_ sentence: String, needsContent: Bool = true) -> Bool {
    let tokens = Tokenizer.tokenize(sentence)
    let words = plainWords(sentence)
    let meaning = words.filter { word in
      !FunctionWords.isFunctionWord(word) && !ratingHedges.contains(word)
        && !believingWords.contains(word) && !word.allSatisfy(\.isNumber)
    }
    let hasVerb = ClauseParser.finiteVerbIndex(in: tokens) != nil
    guard !needsContent || (!meaning.isEmpty && (hasVerb || meaning.count > 2)) else {
      return false
    }
    if addressesListener(sentence) { return false }
    let stances = AnswerStances(answer: sentence, claim: nil)
    if stances.parts.contains(where: { $0.stance == .aboutConversation }) { return false }
    // "i train 6 hours a day, like i said": said again, it is where they were, not where they
    // got to.
    let read = AnswerMoveReader.read(sentence)
    return !read.isLeaving && !read.has(.repeat)
  }

  /// Whether a sentence answers "what moved it?" with what did: a verb of moving with the
  /// rating or the speaker as its object ("the poker thing knocked it a bit", "what moved it
  /// was realizing …", "ray and the boy moved it").
  /// "I haven't changed my mind", "nothing moved it": a moving verb denied tells that nothing
  /// did.
  static func tellsWhatMoved(_ words: [String]) -> Bool {
    words.indices.dropLast().contains { index in
      movingVerbs.contains(words[index]) && movedObjects.contains(words[index + 1])
        && !words[max(0, index - 2)..<index].contains(where: deniedMovingWords.contains)
        // "ive changed my mind": the speaker as the one who moved tells that it moved, not what
        // moved it.
        && !words[max(0, index - 2)..<index].contains(where: changingSpeakerWords.contains)
    }
  }
}

extension String {
  /// The string without a run of this suffix at its end: "shops??" → "shops".
  fileprivate func trimmingSuffix(_ suffix: Character) -> Substring {
    var text = self[...]
    while text.last == suffix { text.removeLast() }
    return text
  }
}
