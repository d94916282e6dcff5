/// How `TheirWords` reads a statement they make, once it is no parting word, moment, remark
/// or reason given by itself: someone else's view, a request, a reaction or a point granted, a
/// new claim, or a reason for the claim being discussed.
extension TheirWords {
  /// Reads the statement their sentences make, from the first after its lead-in.
  /// - Parameters:
  ///   - sentences: their sentences, as said.
  ///   - tokens: what they said, as read.
  ///   - words: its words, lowercased.
  ///   - givenReason: the reason the answer reader found, with its connective.
  mutating func readStatement(
    of sentences: [[Token]], tokens: [Token], words: [String], givenReason: String?,
    isDiscussingAClaim: Bool, setting: CoachingSetting
  ) {
    // "I don't know, it just feels lazy to me": not knowing, said before a comma, leads in to
    // what they state.
    var sentences = sentences
    // "i dont know. i guess if they asked first": not knowing said alone leads in to what
    // follows it, never a belief of "you don't know".
    if sentences.count > 1, let first = sentences.first, Self.isOnlyNotKnowing(first) {
      sentences.removeFirst()
    }
    // "yeah. i know. sorry i snapped": heard and sorry; nothing in it is a view to give back.
    sentences.removeAll(where: Self.isOnlyHeardOrSorry)
    if let first = sentences.first {
      sentences[0] = Self.droppingComplementizer(Self.droppingNotKnowing(first))
    }
    // "never happened did it": the subject the tag names is the claim's.
    sentences = sentences.map(Self.withTagSubject)
    var statementSentences = Self.droppingLeadIn(sentences)
    // "right so dont laugh.": openers and an aside, and nothing else, state no claim.
    guard !statementSentences.isEmpty else { return }
    // "well. your dad would have laughed at me": someone close imagined where they are missed
    // is a memory told, neither a belief nor a reason.
    if let first = statementSentences.first,
      PartnerCueMatcher.imaginingTheAbsent.matches(first.filter(\.isWord))
    {
      reportsExperience = true
      return
    }
    // "that's different, they're retired": set against what the listener said, it answers
    // them, and is no belief to ask about for the rest of the talk.
    if let first = statementSentences.first,
      Self.isOnlyAComparison(Self.droppingSplicedTail(first))
    {
      return
    }
    // "the council is ruining this town, honestly tom its a joke": the claim is its first
    // clause; what is spliced on with a comma is a sentence of its own.
    // "dont laugh but the bus is quicker": the aside that excuses it is no part of the claim,
    // nor are the openers before it ("nah serious, …").
    if let first = statementSentences.first {
      statementSentences[statementSentences.startIndex] = Self.droppingSplicedTail(
        SpokenAside.dropped(from: Self.droppingOpeners(first)))
    }
    // The statement, and the next sentence when it gives a reason for it ("Because of FTX."):
    // nothing else after it is read, even when it does not start with a capital letter.
    var statementTexts = statementSentences.prefix(2).enumerated().compactMap { index, sentence in
      index == 0 || ReasonSplitter.startsWithConnective(BeliefReader.trimmed(sentence))
        ? sentence.joinedText : nil
    }
    // After its lead-in, "But my grades are fine." states that your grades are fine.
    if statementSentences.startIndex > 0, let first = statementSentences.first {
      statementTexts[0] =
        Array(first.drop { ["but", "and", "so"].contains($0.lowercased) })
        .joinedText
    }
    if let first = statementSentences.first {
      // "consultant says it's the wet kind": a finding is news, never a view to weigh.
      let isFinding = statementSentences.prefix(2).contains(where: Self.reportsAFinding)
      if !isFinding,
        statementSentences.prefix(2).contains(where: Self.reportsAView)
          || statementSentences.prefix(2).contains(where: Self.opensWithReportedSpeech)
      {
        reportsView = true
        reportedSpeaker = Self.reportedSpeaker(
          in: statementSentences.prefix(2).first(where: Self.reportsAView) ?? first)
        // "… but I don't buy it", "… but that sounds like a joke".
        givesOwnTake = words.indices.contains { index in
          words[index] == "but"
            && words[(index + 1)...].prefix(2).contains(where: ["i", "that", "it"].contains)
        }
        return
      }
      if Self.isRequest(first)
        || PartnerCueMatcher.request.matchEnd(atStartOf: first.filter(\.isWord)) != nil
        || PartnerCueMatcher.keepingItQuiet.matches(first.filter(\.isWord))
        // "will you come with me": what they ask of the listener states no view of theirs.
        || ListenerQuestion.read(first.filter(\.isWord)) != nil
      {
        return
      }
      // "I mean you know why": what they say of the listener is not a belief of theirs.
      if isDiscussingAClaim, Self.isSaidOfTheListener(first) { return }
      // "I don't like how he talks … but I'm voting for him": a reaction, or a point granted
      // before a "but", leaves the claim being discussed as it is.
      if isDiscussingAClaim,
        PartnerCueMatcher.reaction.matches(Array(first.filter(\.isWord).prefix(12)))
          || statementSentences.dropFirst().contains(where: { sentence in
            sentence.first(where: \.isWord)?.lowercased == "but"
          })
      {
        return
      }
      // "i'll book two lessons first": a plan's step is no reason for the claim; nor is a
      // want of theirs ("i just want a weekend off for once"), a value to hear, not to probe,
      // nor where they land ("yeah. spring. that feels right").
      if isDiscussingAClaim, tellsAPlan || namesAWant || agreesAPlan || softens { return }
      // "Look at what happened to translators.": evidence pointed at, a reason for the claim.
      if isDiscussingAClaim, let thing = Self.pointedAt(first) {
        reason = "because of " + thing
        reportsExperience = true
        return
      }
      // "It seems obvious??": a statement said with a question mark asks nothing of anyone.
      if Self.isStatedWithAQuestionMark(first) {
        statementTexts[0] = BeliefReader.trimmed(first).joinedText + "."
      }
    }
    // "if one of them actually turned up and listened": a condition said alone states no
    // belief, and gives no reason.
    if let first = statementSentences.first,
      !PartnerGrammar.standsAlone(Array(BeliefReader.trimmed(first).drop { !$0.isWord }))
    {
      return
    }
    // A long first sentence is read by its key phrase, as explore's follow-ups read a long
    // answer: a question quoting thirty words back is no question to ask, and reading stays
    // fast for a statement of any length.
    let isLong = (statementSentences.first?.count(where: \.isWord) ?? 0) > Self.sentenceWordLimit
    // "I saw on the news about the new vaccine and I don't think it's safe": the belief the
    // report frames, which is their own; the report is where it comes from.
    let reported = statementSentences.first.flatMap(Self.reportedBelief)
    let statement: String
    if let reported {
      statement = reported
    } else if isLong {
      // "right so dont laugh. im signing up …": the key phrase of what follows a lead-in,
      // never of the lead-in.
      let keyPhrase =
        statementSentences.startIndex > 0
        ? AnswerMoveReader.read(tokens: Array(statementSentences.joined()), earlierWords: [])
          .statement : self.answer.statement
      statement = keyPhrase ?? ""
    } else {
      statement = statementTexts.joined(separator: " ")
    }
    let analysis: BeliefAnalysis
    do {
      analysis = try setting.engine.analyze(statement)
    } catch .question {
      // "if they'd only show you the books? which they won't. …": a question they go on to
      // answer, or to follow with a view of their own, is rhetorical and asks the listener
      // nothing; what follows it is read instead.
      if statementSentences.count > 1 {
        readStatement(
          of: Array(statementSentences.dropFirst()), tokens: tokens, words: words,
          givenReason: givenReason, isDiscussingAClaim: isDiscussingAClaim, setting: setting)
        return
      }
      isQuestion = true
      return
    } catch {
      readAsFragment(tokens, words: words, givenReason: givenReason)
      return
    }
    // "like boxes of ballots showing up at 3am": no subject and finite verb, so no belief to
    // question or to say back as one.
    // "because id drop it wouldnt i" → "you would": an auxiliary whose verb was left unsaid
    // names no view to put in a question or say back.
    guard let parsed = ClauseParser.parse(analysis.claim), !Self.leavesItsVerbUnsaid(parsed)
    else {
      readAsFragment(tokens, words: words, givenReason: givenReason ?? analysis.reason)
      return
    }
    // What would change their mind is about the claim being discussed, or the one to come, and
    // claims nothing itself: "If it crashed, I'd rethink it."
    if signals.contains(.falsifiability) { return }
    guard isDiscussingAClaim else {
      // "nobody answered till 10am, and we missed the launch": a story of theirs is what
      // happened, never the belief; confidence and inversion questions are not asked of it.
      if let first = statementSentences.first, Self.tellsTheirStory(first) {
        reportsExperience = true
        return
      }
      takeClaim(analysis)
      return
    }
    let clause = ClauseParser.parse(analysis.claim)
    let isExperience = clause.map(Self.isExperience) ?? false
    let refersBack = clause.map(Self.refersBack) ?? false
    // A story of theirs or a source they cite is about the claim being discussed; a belief
    // they state as theirs ("I also think the media is biased") is a new one.
    let citesEvidence =
      words.contains(where: Self.evidenceWords.contains) || self.answer.has(.example)
      || self.answer.has(.source)
    let statesABelief =
      statementSentences.first.map { sentence in
        PartnerCueMatcher.beliefFrame.matches(Array(sentence.filter(\.isWord).prefix(4)))
      } ?? false
    // "yeah and nobody got arrested": what opens with "and" goes on with what they said.
    let goesOn = statementSentences.first.map(Self.goesOn) ?? false
    var saysWhatShouldBe = false
    if case .modal? = clause?.verb { saysWhatShouldBe = true }
    // While a claim is discussed, what they state next argues for it or against it ("the flag
    // was waving", "banks are worse"), unless they mark it as a new belief of theirs: stated as
    // what they think ("I also think …") or what should be done, and not about the claim.
    // "you wouldn't know", "you can't trust them": said to the listener, or of anyone, while
    // a claim is discussed, it speaks to that claim or to the listener; never a new claim.
    let speaksToListener =
      clause.map { Self.secondPersonSubjects.contains($0.subject.map(\.lowercased)) } ?? false
    guard
      isExperience || refersBack || goesOn || speaksToListener
        || !(statesABelief || saysWhatShouldBe)
    else {
      takeClaim(analysis)
      changesSubject = true
      return
    }
    // "the flag was waving": something seen or that happened, told as evidence.
    let isObservation: Bool
    switch clause?.verb {
    case .lexical(_, .past)?, .be(.past)?, .perfect(_)?: isObservation = true
    default: isObservation = false
    }
    // "it was", "he tried": too little of its own to question as a reason.
    let contentWords = analysis.claim.split(separator: " ").count { word in
      !FunctionWords.isFunctionWord(word.lowercased())
    }
    if analysis.reason == nil, contentWords < 2 { return }
    // "probably 60", "I'm alright", "take a coat with you": how sure they are, a
    // brush-off, or something asked of the listener is no reason for the claim.
    if analysis.reason == nil, Self.isNoReason(analysis.claim) { return }
    // About the claim being discussed: the whole statement is a reason for it, unless it
    // gives one of its own.
    reason = analysis.reason ?? "because " + analysis.claim
    reportsExperience =
      analysis.reason == nil && (isExperience || citesEvidence || isObservation)
  }

  /// Subjects that speak to the listener (or of anyone): "you", "u", "you lot".
  static let secondPersonSubjects: Set<[String]> = [["you"], ["u"], ["you", "lot"], ["ya"]]
}
