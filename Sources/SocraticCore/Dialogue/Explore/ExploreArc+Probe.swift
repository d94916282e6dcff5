/// How a reason is probed: what they lived is asked about, a claim is asked how they know it,
/// a value is asked what makes it weigh.
extension ExploreArc {
  /// A question about how they know a reason, in their words turned to the second person.
  func probe(_ reason: BeliefMap.Reason, isAsked: (String) -> Bool) -> PlannedQuestion? {
    // "everyone calls it the bank of mum and dad": what a thing is called is no reason to probe.
    guard !QuestionSlot.isNaming(reason.text) else { return nil }
    var wordings: [String] = []
    // What they lived or saw in their family, or a plain fact with a number in it ("she lives
    // 15 minutes away"), is not doubted: asked what it means for the belief.
    // A number is a plain fact of their own life ("she lives 15 minutes away") only in a
    // belief about it; "only 21 million of them" is a claim to check.
    // Someone in their story ("he's doing better now", "she has the bigger room") is known
    // through them, as their own life is.
    let words = Tokenizer.tokenize(reason.text).map(\.lowercased)
    let isLast = last?.reasons.contains(reason.text) == true
    // "in this case there was no doubt, they had him on camera": a reason given with a
    // particular person of their story is known through the story, never doubted.
    let toldWithSomeone =
      isLast
      && Tokenizer.tokenize(String((lastText ?? "").prefix(AnswerFollowUp.readLimit)))
        .contains { Self.storyPeople.contains($0.lowercased) }
    let isKnownFirstHand =
      Self.isLived(reason.text) || words.contains { Self.storyPeople.contains($0) }
      || toldWithSomeone || QuestionSlot.pointsIntoTheirStory(reason.text)
      || (AnswerFollowUp.isPersonal(belief.claim)
        && Tokenizer.tokenize(reason.text).contains { $0.kind == .number })
    // "they cut cashier jobs. my local store went from 8 lanes to 2": how they know it was
    // told with it; what they told is asked about instead.
    let toldWith =
      reason.examples + reason.evidence
      + (isLast ? (last?.examples ?? []) + otherSentences(of: lastText, than: reason.text) : [])
    if !isKnownFirstHand, let told = toldWith.first(where: { Self.isLived($0) && !isAside($0) }) {
      return livedFirst(
        livedWordings(told),
        then: tellingWordings(of: told, event: AnswerFollowUp.tellsAnEvent(told))
      )
      .first { !isAsked($0) }.map(Self.evidence)
    }
    if isKnownFirstHand {
      // What they lived is asked about, never doubted ("How did you come to know that?" of
      // their own class, their own mother).
      guard isLast else {
        return livedWordings(reason.text).first { !isAsked($0) }.map(Self.evidence)
      }
      let told = AnswerFollowUp.tellsAnEvent(reason.text)
      return livedFirst(
        livedWordings(reason.text), then: tellingWordings(of: reason.text, event: told)
      )
      .first { !isAsked($0) }.map(Self.evidence)
    } else if let question = QuestionSlot.impressionQuestion(of: reason.text) {
      // "cos the big stuff still feels fixed": nobody is asked to prove a feeling; what makes
      // it feel so is theirs to tell.
      return [question, "Where does that feeling come from, for you?"]
        .first { !isAsked($0) }.map(Self.evidence)
    } else if let clause = QuestionSlot.quotedClause(reason.text), Self.isExaminable(clause) {
      wordings += ["How do you know that \(clause)?", "What have you seen that shows \(clause)?"]
    } else if let phrase = ReflectionWriter.secondPersonPhrase(reason.text),
      phrase.split(separator: " ").count <= 4,
      // "of his homework" and "but the carbs thing" are pieces of a sentence, not values:
      // "What makes but the carbs thing weigh so much" was asked.
      QuestionSlot.isWholePhrase(phrase),
      // "every country does" is a clause the gate turned down, never a value to weigh.
      ClauseParser.finiteVerbIndex(in: Tokenizer.tokenize(phrase)) == nil,
      !Self.opensOnPossessiveVerb(phrase)
    {
      // A value named as a reason ("fairness") is asked about, not checked.
      wordings += ["What makes \(phrase) weigh so much for you here?"]
    }
    // "That" points at the reason only right after it was given, and only when the answer
    // gave nothing else it could point at: after "the scale mostly. and what the ministers
    // said", "Where does that come from?" met "where does what come from?".
    // "the post office shut in september": a happening they saw is not asked how they know.
    if isLast, saysOneThing(lastText), !Self.tellsADatedHappening(words) {
      wordings += ["How did you come to know that?", "Where does that come from, for you?"]
    }
    return wordings.first { !isAsked($0) }.map(Self.evidence)
  }

  /// Whether a phrase opens on a possessive and a word known only as a verb ("its got too
  /// serious", typed for "it's got …"): a clause without its apostrophe, no noun phrase to
  /// weigh as a value.
  static func opensOnPossessiveVerb(_ phrase: String) -> Bool {
    let words = Tokenizer.tokenize(phrase).filter(\.isWord).map(\.lowercased)
    guard words.count > 1, FunctionWords.possessives.contains(words[0]) else { return false }
    return !Lexicon.verbReadings(of: words[1]).isEmpty
      && !Lexicon.classes(of: words[1]).contains(.noun)
  }

  /// The questions about something lived, in the order they are offered: what it shows them
  /// comes before how typical it is (a story is met with its meaning, not weighed as evidence);
  /// in a belief about their own life, how another in it would tell it comes first.
  func livedFirst(_ lived: [String], then pointing: [String]) -> [String] {
    AnswerFollowUp.isPersonal(belief.claim) ? lived + pointing : pointing + lived
  }

  /// The sentences of an answer besides the one that holds a reason, but for the asides the
  /// reflection passed over ("I live out of town myself"): the question follows the point.
  func otherSentences(of answer: String?, than reason: String) -> [String] {
    guard let answer else { return [] }
    return SentenceSplitter.sentences(
      in: Tokenizer.tokenize(String(answer.prefix(AnswerFollowUp.readLimit)))
    ).map { Array($0).joinedText }.filter { !$0.contains(reason) && !isAside($0) }
  }

  /// Whether a part of the last answer stood aside from its point, which the reflection gave
  /// back instead: it only set the scene, or it came before the turn to the point ("I live out
  /// of town myself, so it doesn't touch me. but the air is filthy").
  func isAside(_ part: String) -> Bool {
    guard let last else { return false }
    let passedOver = last.asides + (last.turnsBack ? Array(last.keyParts.dropFirst()) : [])
    let lowered = part.lowercased()
    return passedOver.contains { aside in
      let other = aside.lowercased()
      return lowered.contains(other) || other.contains(lowered)
    }
  }

  static func evidence(_ text: String) -> PlannedQuestion {
    PlannedQuestion(Question(kind: .evidence, text: text), source: .followUp)
  }

  /// Whether an answer says one thing a bare "that" can point at: one sentence of one reason.
  func saysOneThing(_ answer: String?) -> Bool {
    guard let answer, (last?.reasons.count ?? 0) <= 1 else { return false }
    let sentences = SentenceSplitter.sentences(
      in: Tokenizer.tokenize(String(answer.prefix(AnswerFollowUp.readLimit))))
    return sentences.filter { $0.contains(where: \.isWord) }.count <= 1
  }

  /// The questions about something the person lived, in their words.
  func livedWordings(_ told: String) -> [String] {
    AnswerFollowUp.livedReasonWordings(
      reason: String(told.prefix(AnswerFollowUp.readLimit)),
      claim: belief.claim)
  }
}
