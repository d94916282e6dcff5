/// One sentence of an answer read: its cues matched, whose words are whose, and the reasons,
/// examples, sources, doubts, feelings and parts it gives, filed into the answer read so far.
extension AnswerMoveReader {
  static func readSentence(
    _ sentence: [Token], isQuestion: Bool, mayWaverAlone: Bool, isReported: Bool = false,
    isAffirmedAfter: Bool = false, into read: inout ReadAnswer, moves: inout Set<AnswerMove>,
    parts: inout [(weight: Int, text: String)]
  ) {
    let start = firstContentIndex(in: sentence)
    let others = isReported ? Set(sentence.indices) : othersWords(in: sentence)
    let isOwn = { (index: Int) in !others.contains(index) }
    // "what?", "why do you keep asking that": a word on the question, not an answer to it.
    let words = sentence.filter(\.isWord).map(\.lowercased).joined(separator: " ")
    if AnswerCues.confusedSentences.contains(words)
      || Patterns.confusion.contains(where: { !matches(of: $0, in: sentence, from: 0).isEmpty })
    {
      read.isConfused = true
      return
    }
    // "which facts?", "what do you mean by that?": asks for the question put another way; a
    // sentence opened by "what do you mean" does so however long.
    let opensWith = { (patterns: [PhrasePattern]) in
      patterns.contains(where: {
        matches(of: $0, in: sentence, from: start).contains { $0.lowerBound == start }
      })
    }
    if opensWith(Patterns.clarificationOpeners)
      || (words.split(separator: " ").count <= clarificationWordLimit
        && opensWith(Patterns.clarificationRequests))
    {
      read.asksClarification = true
      return
    }

    if saysOwn(Patterns.purposeQuestions, in: sentence, isOwn: isOwn) {
      read.asksPurpose = true
      moves.insert(.asksBack)
    }
    let isDefensive = saysOwn(Patterns.defensive, in: sentence, isOwn: isOwn)
    if isDefensive { read.isDefensive = true }
    if saysOwn(Patterns.disbelieved, in: sentence, isOwn: isOwn) { read.feelsDisbelieved = true }

    if saysOwn(Patterns.decliningFeelings, in: sentence, isOwn: isOwn) {
      read.declinesFeelings = true
    }
    // "the parking I'll give them": a grant, whose "I'll" plans nothing.
    let grantsFronted = sentence.indices.dropFirst().contains {
      !Patterns.frontedGrant.matchEnds(in: sentence, from: $0).isEmpty
    }
    let opensOnPlan = Patterns.subjectlessPlans.contains {
      start < sentence.count && !$0.matchEnds(in: sentence, from: start).isEmpty
    }
    let isPlan =
      !isQuestion && !grantsFronted
      && (opensOnPlan || saysOwn(Patterns.plans, in: sentence, isOwn: isOwn))
    if read.plan == nil, isPlan { read.plan = plan(in: sentence, from: start) }

    readSources(in: sentence, into: &read, moves: &moves)

    // "my manager says …, but I don't buy it": the view is theirs, the reply the person's, and
    // neither is a reason of the person's own.
    let views = views(in: sentence)
    for view in views where !read.views.contains(where: { $0.said == view.said }) {
      read.views.append(view)
    }
    let repliesToView = views.contains { $0.stance != nil }

    let clauses = clauseRanges(in: sentence)
    func clause(containing index: Int) -> Range<Int> {
      clauses.first { $0.contains(index) } ?? 0..<sentence.count
    }
    var found: [Match] = []
    for index in Patterns.moveStarts.candidates(in: sentence) {
      let (move, pattern, isAnchored) = Patterns.moves[index]
      let from = isAnchored ? start : 0
      for range in matches(of: pattern, in: sentence, from: from)
      where (!isAnchored || range.lowerBound == start) && isOwn(range.lowerBound) {
        found.append(Match(move: move, range: range))
      }
    }
    let granting = found.filter { $0.move == .concession }.map(\.range)
    // "maybe", "I guess" concede only when their own clause reads as a view ("skip levels,
    // maybe a survey" concedes nothing); else they only hedge.
    // "maybe that's the real line for me": a view of theirs found, never conceded; nor is
    // "i suppose it's about not being wasteful", a value of theirs named.
    // "so maybe not for combat": the claim narrowed, its "maybe" no doubt; asked of
    // themselves ("maybe not for everyone?"), it still wavers.
    let findsOwnView =
      Patterns.ownFindings.contains { !matches(of: $0, in: sentence, from: 0).isEmpty }
      || (opensWith(Patterns.narrowings) && !isQuestion) || opensWith(Patterns.valueOpenings)
    for pattern in Patterns.hedgedConcessions where !findsOwnView {
      if let range = matches(of: pattern, in: sentence, from: 0).first(where: {
        isOwn($0.lowerBound) && !hedgesAnAmount(sentence, after: $0.upperBound)
          && readsAsView(Array(sentence[clause(containing: $0.lowerBound)]))
      }) {
        found.append(Match(move: .concession, range: range))
        // "I guess the new houses are nicer": a hedge opening its clause frames what follows
        // as granted; one closing it ("they fine them, I suppose") only makes it tentative.
        let opening = sentence[clause(containing: range.lowerBound).lowerBound..<range.lowerBound]
        if opening.allSatisfy({ !$0.isWord || openers.contains($0.lowercased) }) {
          read.grants = true
        }
        break
      }
    }
    // What would change their mind is hypothetical: an example or reason cue inside it ("if I
    // saw …") tells nothing that happened.
    // "I saw it on the news" cites the news: the seeing is no experience of their own.
    let reporting = Patterns.reportedSpeech.flatMap { matches(of: $0, in: sentence, from: 0) }
    found.removeAll { match in
      match.move == .example && reporting.contains { $0.overlaps(match.range) }
    }
    if let outcome = conditionalOutcome(in: sentence), isOwn(outcome.lowerBound) {
      found.append(Match(move: .wouldChangeMind, range: outcome))
    }
    // "nothing would change my mind": firmness, said in words about changing their mind.
    if saysOwn(Patterns.firmness, in: sentence, isOwn: isOwn) {
      read.isFirm = true
      found.removeAll { $0.move == .wouldChangeMind }
      moves.insert(.wouldChangeMind)
      appendOnce(text(of: Array(sentence[start...])), to: &read.wouldChangeMind)
    }
    let hypothetical = found.filter { $0.move == .wouldChangeMind }.map(\.range)
    // "I guess I'd change my mind if …": the hedge concedes nothing; what would change their
    // mind is what they say.
    if !hypothetical.isEmpty { found.removeAll { $0.move == .concession } }
    // "if the numbers went down with the ads still on tv …": a source in the condition is
    // imagined, not one they have.
    if !hypothetical.isEmpty, let condition = sentence.firstIndex(where: { $0.lowercased == "if" })
    {
      found.removeAll { $0.move == .source && $0.range.lowerBound > condition }
    }
    let cited = found.filter { $0.move == .source }.map { clause(containing: $0.range.lowerBound) }
    found.removeAll { match in
      (match.move == .example || match.move == .reason)
        && hypothetical.contains { $0.overlaps(match.range) }
        || match.move == .example && sentence[match.range.lowerBound].lowercased == "i"
          && cited.contains { $0.contains(match.range.lowerBound) }
    }
    // "I feel guilty because I gave him his first one": a because after a feeling says what
    // the feeling is about, not why the belief holds.
    let feelingFrame = Patterns.feelingFrames.lazy.compactMap { pattern in
      matches(of: pattern, in: sentence, from: 0).first { isOwn($0.lowerBound) }?.lowerBound
    }.min()
    if let feelingFrame {
      found.removeAll { $0.move == .reason && $0.range.lowerBound > feelingFrame }
    }
    // "maybe I'll text her": the maybe hedges a plan; "maybe it makes me dig in": an insight.
    // Neither concedes anything about the belief.
    let namesBlockage = saysOwn(Patterns.blockages, in: sentence, isOwn: isOwn)
    // "if I hear it from real people": a condition concedes nothing.
    let isCondition = { (range: Range<Int>) in
      sentence[clause(containing: range.lowerBound)].first(where: \.isWord).map {
        AnswerCues.notViewOpeners.contains($0.lowercased)
      } ?? false
    }
    found.removeAll { $0.move == .concession && isCondition($0.range) }
    if isPlan || namesBlockage { found.removeAll { $0.move == .concession } }
    for match in found { moves.insert(match.move) }
    if found.contains(where: { $0.move == .concession && granting.contains($0.range) }) {
      read.grants = true
    }
    let leaves =
      Patterns.leaving.contains { pattern in
        // "if I have to go from 15 to 20 an hour": a condition takes no leave; nor does
        // "bc i have to go back to work in march".
        matches(of: pattern, in: sentence, from: 0).contains {
          isOwn($0.lowerBound) && !isCondition($0) && !isLaterOrReason($0, in: sentence)
        }
      } || endsWithFarewell(sentence)
      || AnswerCues.farewellSentences.contains(words)
    if leaves || isStopping(sentence) {
      moves.insert(.offTopic)
      read.isLeaving = true
    }
    if isChangingSubject(sentence) {
      moves.insert(.offTopic)
      read.isChangingSubject = true
    }
    // "idk maybe", "it depends": a wavering, given back as one, whatever else the sentence
    // concedes.
    if hypothetical.isEmpty,
      let wavering = wavering(
        in: sentence, isOwn: isOwn, mayWaverAlone: mayWaverAlone)
    {
      read.isWavering = true
      moves.insert(.concession)
      if !found.contains(where: { $0.move == .concession }) {
        found.append(Match(move: .concession, range: wavering))
      }
    }

    for match in found {
      let own = clause(containing: match.range.lowerBound)
      switch match.move {
      case .reason:
        var content = Array(sentence[match.range.upperBound..<own.upperBound])
        if !content.contains(where: \.isWord),
          let before = clauses.last(where: {
            $0.upperBound <= match.range.lowerBound
          })
        {
          content = Array(sentence[before])  // "My team slowed down, that's why."
        }
        appendOnce(text(of: content), to: &read.reasons)
      case .example:
        let isIntroducer = ["for", "e.g.", "like", "take"].contains(
          sentence[match.range.lowerBound].lowercased)
        let from = isIntroducer ? match.range.upperBound : own.lowerBound
        appendOnce(text(of: Array(sentence[from..<own.upperBound])), to: &read.examples)
      case .source:
        // "actual research, not just facebook groups": a source they set aside is none of
        // theirs.
        let lead = sentence[..<match.range.lowerBound].filter(\.isWord).suffix(3)
        if lead.contains(where: { AnswerCues.disowning.contains($0.lowercased) }) { continue }
        let first = sentence[match.range.lowerBound].lowercased
        let from = first == "'s" ? max(0, match.range.lowerBound - 1) : match.range.lowerBound
        // "I read it on Reddit": the whole clause says where it comes from.
        var end = first == "i" ? own.upperBound : match.range.upperBound
        // "the city council report said …": the source is what the clause names before "said".
        var begin = from
        if AnswerCues.sourceNouns.contains(first) {
          begin = own.lowerBound
          end -= 1
        }
        appendOnce(text(of: Array(sentence[begin..<end])), to: &read.sources)
      case .concession:
        // "I read it on facebook, but I guess I never checked": what is conceded is the part
        // after the turn, and the part before it is no doubt of theirs. "then again …" is read
        // from its "then", which alone would be an opener.
        let turn = sentence[min(start, match.range.lowerBound)..<match.range.lowerBound]
          .lastIndex { turningWords.contains($0.lowercased) }
        let conceded = doubt(
          in: sentence, from: turn.map { $0 + 1 } ?? min(start, match.range.lowerBound))
        var doubt = conceded.doubt
        let stand = conceded.stand
        // "some of it came true I grant you, …": a cue that grants and closes its clause
        // concedes the words before it, and no more.
        if granting.contains(match.range), match.range.upperBound >= own.upperBound,
          match.range.lowerBound > own.lowerBound
        {
          let before = Array(sentence[own.lowerBound..<match.range.lowerBound])
          if readsAsView(before) { doubt = before }
        }
        // "the parking I'll give them": the clause up to the grant, what it grants before it.
        let isFronted =
          grantsFronted
          && !Patterns.frontedGrant.matchEnds(in: sentence, from: match.range.lowerBound + 1)
            .isEmpty
        if isFronted { doubt = Array(sentence[own.lowerBound..<match.range.upperBound]) }
        if isFronted || readsAsView(doubt) { appendOnce(text(of: doubt), to: &read.doubts) }
        if read.stand == nil, stand.contains(where: \.isWord) { read.stand = text(of: stand) }
      case .wouldChangeMind:
        appendOnce(text(of: Array(sentence[start...])), to: &read.wouldChangeMind)
      case .asksBack, .repeat, .offTopic, .feeling, .noContent:
        break
      }
    }
    // "are you serious?" shows a feeling; it asks nothing back. "frustrated? definitely": a
    // feeling asked and then said yes to is theirs.
    let feelings = feelings(
      in: sentence, isQuestion: isQuestion && !isAffirmedAfter, isOwn: isOwn)
    // "the uk thing was the same year?": a question about the topic, not put to the listener;
    // "you didn't get anything wrong?", "do you mean my mum?": about our words, not our view.
    let asksListener = asksListenersView(sentence)
    if isQuestion, feelings.isEmpty, asksListener, let first = sentence.dropFirst(start).first,
      questionOpeners.contains(first.lowercased)
    {
      moves.insert(.asksBack)
    }
    if !feelings.isEmpty {
      moves.insert(.feeling)
      fileFeelings(feelings, of: sentence, from: start, isQuestion: isQuestion, into: &read)
    }
    if readBlockage(in: sentence, from: start, isOwn: isOwn, into: &read) {
      moves.insert(.concession)
    }
    readAbsolutes(in: sentence, isOwn: isOwn, into: &read)

    // "I just told you": said to the listener, never given back as their view.
    // "wait why does that matter" asks about the conversation: no view of theirs.
    // "are you trying to get me to say …", "here's what I'm gonna do": no view of theirs.
    if isToListener(sentence) || isSarcastic(sentence) || isDefensive
      || saysOwn(Patterns.purposeQuestions, in: sentence, isOwn: isOwn)
      || saysOwn(Patterns.planIntroducers, in: sentence, isOwn: isOwn)
    {
      return
    }
    // "same as before, it's about fairness": what is new starts after the repeat.
    let repeatClause = found.first { $0.move == .repeat }.map {
      clause(containing: $0.range.lowerBound)
    }
    if read.statement == nil, !isQuestion, !repliesToView {
      let newClauses = clauses.filter { $0.lowerBound >= repeatClause?.upperBound ?? 0 }
      read.statement = statement(in: sentence, clauses: newClauses, isOwn: isOwn)
    }
    // "they'd say it's funding. like give it the money": the report runs on, no words of theirs.
    if isReported { return }
    if let part = salientPart(of: sentence, isQuestion: isQuestion) { parts.append(part) }
    if read.gist == nil, !isQuestion {
      let from = repeatClause.map { min($0.upperBound + 1, sentence.count) } ?? start
      read.gist = from < sentence.count ? gist(of: sentence, from: from, clauses: clauses) : nil
    }
  }
}
