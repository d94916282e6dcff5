/// A line that asks, whatever its punctuation: "if it's all luck what does that mean for my
/// brother", "when you say luck what do you mean by that". A question word before an
/// auxiliary asks wherever it stands, so the drill coaches the line as the question it is, and
/// the persona answers it, never takes it for a view or a reflection.
extension DrillDialogue {
  /// The critic's verdict on a line read as the question it asks: the verdict on its asking
  /// clause, for a line the critic took for a statement or a reflection, or for a statement
  /// only its question mark made leading, or one asked with its question word last ("ended
  /// badly how"); nil for any other line, or one that does not ask.
  /// With it, what the persona reads: the clause, or the whole line when a term it asks about
  /// is named before the clause ("when you say waste, what do you mean by that").
  func askedVerdict(of read: String, critique: QuestionCritique)
    -> (verdict: QuestionCritique, heard: String)?
  {
    let onlyItsMark =
      critique.form == .leading && !critique.problems.isEmpty
      && critique.problems.allSatisfy {
        $0 == QuestionProblem.statementWithQuestionMark.explanation
      }
    let readAsItsMark =
      critique.form != .open && critique.problems.allSatisfy(Self.faultsOfAQuestionMark.contains)
    guard [.statement, .reflection].contains(critique.form) || onlyItsMark || readAsItsMark
    else { return nil }
    if [.statement, .reflection].contains(critique.form) || onlyItsMark,
      let clause = Self.askingClause(of: read)
    {
      return verdict(on: clause, of: read, critique: critique)
    }
    // "ended badly how", "ended badly how?": its question word last, the line asks, whatever
    // the critic made of it; the persona hears the whole line.
    guard let asked = Self.trailingAsk(in: read),
      var verdict = try? setting.critic.critique(asked), [.open, .closed].contains(verdict.form)
    else { return nil }
    verdict.question = critique.question
    return (verdict, read)
  }

  /// The critic's verdict on the asking clause of a line, and what the persona hears of it.
  private func verdict(on clause: String, of read: String, critique: QuestionCritique)
    -> (verdict: QuestionCritique, heard: String)?
  {
    guard
      var verdict = try? setting.critic.critique(clause.hasSuffix("?") ? clause : clause + "?"),
      [.open, .closed].contains(verdict.form)
    else { return nil }
    verdict.question = critique.question
    let namesTerm = { (text: String) in
      PersonaQuestion.term(askedIn: Tokenizer.tokenize(text)).map { !$0.isEmpty } ?? false
    }
    return (verdict, namesTerm(read) && !namesTerm(clause) ? read : clause)
  }

  /// The clause of a line that asks, from its question word on: a question word before an
  /// auxiliary ("what does", "how would"), where it opens the line or a clause, or follows what
  /// it asks about ("if it's luck what does that mean"); nil when none asks. "Who" and "which"
  /// after a noun open a relative clause ("the ones who are"), and ask nothing; nor does any
  /// question word a word before it takes in ("it depends on what is fair", "that's exactly
  /// what would happen"), which makes it a free relative.
  static func askingClause(of line: String) -> String? {
    let tokens = Tokenizer.tokenize(line)
    let words = tokens.indices.filter { tokens[$0].isWord }
    for (place, index) in words.enumerated().dropLast() {
      let word = tokens[index].lowercased
      let next = tokens[words[place + 1]].lowercased
      guard PersonaQuestion.questionWords.contains(word), !next.hasPrefix("'") else { continue }
      let opensClause =
        place == 0 || !tokens[index - 1].isWord
        || FunctionWords.coordinators.contains(tokens[words[place - 1]].lowercased)
      let later = words.dropFirst(place + 2).map { tokens[$0].lowercased }
      guard
        FunctionWords.auxiliary(next) != nil
          ? opensClause
            || !relativeWords.contains(word) && !takesIn(words[..<place].map { tokens[$0] })
          : opensClause && asksOfItsSubject(word, verb: next, later: later)
      else { continue }
      return spokenClause(tokens[index...])
    }
    // One that asks yes or no, from its auxiliary on.
    return yesNoOpenings(in: tokens).first.flatMap { spokenClause(tokens[$0...]) }
  }

  /// Question words that can be the subject they ask about: "what happens", "who pays".
  private static let subjectQuestionWords: Set<String> = ["what", "who", "which"]

  /// The forms of "be" that make an opening "what …" the subject of a statement.
  private static let formsOfBe: Set<String> = ["is", "was", "'s", "are", "were"]

  /// Whether "what", "who" or "which" before a verb opening a clause asks of its subject
  /// ("what happens when there is no …", "who pays for it"): not when a "be" after it, before
  /// any clause of its own, makes it the subject of a sentence ("what matters to you is
  /// fairness" gives back a view).
  private static func asksOfItsSubject(_ word: String, verb: String, later: [String]) -> Bool {
    guard subjectQuestionWords.contains(word), verb.hasSuffix("s"),
      let base = Lexicon.verbReadings(of: verb).first?.base, base != verb
    else { return false }
    return !later.prefix { !FunctionWords.subordinators.contains($0) && $0 != "when" }
      .contains(where: formsOfBe.contains)
  }

  /// Whether the words before a question word take it in as a free relative: a preposition
  /// ("down to what"), "be" or another auxiliary ("is what"), a word that singles it out
  /// ("exactly what"), or a verb ("depends what", "i know what"). A noun before it ends what
  /// it asks about ("if it's luck what does that mean"), and one that is also a verb
  /// ("when you say waste what …") takes nothing in unless its subject or "to" comes before.
  /// A verb of wondering ("i wonder what would happen") still asks, as does "i mean".
  static func takesIn(_ before: [Token]) -> Bool {
    guard let last = before.last?.lowercased, !stillAsking.contains(last) else { return false }
    if FunctionWords.prepositions.contains(last) || FunctionWords.auxiliary(last) != nil
      || singlingOut.contains(last)
    {
      return true
    }
    guard !Lexicon.verbReadings(of: last).isEmpty else { return false }
    let subject = before.dropLast().last?.lowercased ?? ""
    return !Lexicon.classes(of: last).contains(.noun)
      || FunctionWords.subjectPronouns[subject] != nil || subject == "to"
  }

  /// Words that single out what follows them, as a free relative: "exactly what happened".
  private static let singlingOut: Set<String> = [
    "exactly", "precisely", "just", "only", "not", "partly", "mostly", "largely",
  ]

  /// Words before a question word that leave it asking: chat ("so like what …"), and verbs of
  /// wondering or meaning ("i wonder what would …", "i mean what does …").
  static let stillAsking: Set<String> = [
    "like", "wonder", "wondering", "wondered", "ask", "asking", "mean",
  ]

  /// Question words that, after a noun, open a relative clause rather than ask.
  private static let relativeWords: Set<String> = [
    "who", "which", "whose", "whom", "where", "when",
  ]

  /// How the persona owns the fault a line found with its last answer before asking on; the
  /// other side's point taken for its own is owned in words not said yet.
  static func owning(_ fault: ReplyComplaint.Fault, saidSentences: Set<String>) -> String {
    switch fault {
    case .missed: return missedOpening
    case .repeated: return PersonaVoice.repeatOwned[0] + " "
    case .othersPoint, .misheard:
      let owned = fault == .misheard ? PersonaVoice.misheardOwned : PersonaVoice.othersPointOwned
      return owned[PersonaVoice.freshOpening(among: owned, saidSentences: saidSentences)] + " "
    }
  }

  /// What the coach says of a question after a word about the persona's last answer.
  static let complaintFirstNote =
    "It opens with a word about the persona's last answer: fair to say. The question after it "
    + "is what is coached and counted."

  /// What the coach says of a line that leaves the gap the persona just admitted.
  static let waverLeftNote =
    "The persona had just admitted a gap: a moment to give the admission back (\"so you're "
    + "not sure about …\") and let it look again, rather than move on or press the point."

  /// What the coach says of a minimal encourager ("hm", "right, i see"): a pause that invites
  /// the persona to go on, nothing to fault; it still takes a turn, as any line does.
  static let encouragerNote =
    "A minimal encourager: it invites the persona to go on, which is fair to do now and then. "
    + "It argues nothing, so the persona does not dig in; it uses one of your turns."

  /// Coaches a closed question about the persona's own experience as the invitation it is, when
  /// the critic took it to ask a single fact: its story is nothing to look up.
  static func coachAsInvitation(_ critique: inout QuestionCritique) {
    let singleFact = QuestionProblem.singleFact.explanation
    guard critique.problems.contains(singleFact) else { return }
    critique.problems = critique.problems.map {
      $0 == singleFact ? QuestionProblem.invitation.explanation : $0
    }
    if critique.isFineAsItIs { critique.suggestion = nil }
  }

  /// Coaches a case of the asker's own, told with no question ("my sister has one and her
  /// bills doubled"), as the experience it shares: no view argued, and a question that puts
  /// the case to the persona instead.
  static func coachAsToldCase(_ critique: inout QuestionCritique) {
    critique.problems = [toldCaseNote]
    critique.suggestion = toldCaseQuestion
  }

  /// What the coach says of a case of the asker's own, told with no question.
  static let toldCaseNote =
    "your own experience: fair to share now and then, and the persona does not dig in; but it "
    + "asks nothing, so put the case to them as a question"

  /// The question that puts a told case to the persona.
  static let toldCaseQuestion = "How does that case fit with what you've seen?"

  /// Coaches a line that gives the persona's admitted gap back as the complex reflection it is:
  /// it hands back the doubt under the words, and nothing to word instead.
  static func coachAsReflection(_ critique: inout QuestionCritique) {
    critique.form = .reflection
    critique.kind = nil
    critique.depth = .complex
    critique.problems = []
    critique.suggestion = nil
  }

  /// Coaches a minimal encourager as the pause it is: no view argued, nothing to ask instead.
  static func coachAsEncourager(_ critique: inout QuestionCritique) {
    critique.form = .statement
    critique.kind = nil
    critique.problems = []
    critique.suggestion = nil
  }
}
