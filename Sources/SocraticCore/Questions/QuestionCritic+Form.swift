// Whether a question is said rather than asked, and the problems of its form.
extension QuestionCritic {
  /// The critique of a text without a question mark that says something rather than asks it:
  /// a jab or a proposal; nil when it may ask.
  static func critique(sayingWithoutAsking text: String, readings: [QuestionReading])
    -> QuestionCritique?
  {
    // "Oh great, another weekend at your mum's, can't wait." jabs; it neither asks nor gives
    // back, whatever its last words open with.
    // The interjection counts, which normalizing speech leaves out.
    if IronyRules.maySay(readings.flatMap(\.words)),
      IronyRules.isSarcastic(Tokenizer.tokenize(text).map(\.lowercased))
    {
      return QuestionCritique(
        question: text, form: .statement, kind: nil, problems: [StatementKind.sarcasm.explanation],
        suggestion: StatementKind.sarcasm.suggestion)
    }
    // "I wonder what it'd be like if you tried it." suggests, said without "?".
    if ProposalRules.proposesAct(readings[0].words) {
      return QuestionCritique(
        question: text, form: .statement, kind: nil,
        problems: [StatementKind.advice.explanation], suggestion: StatementKind.advice.suggestion)
    }
    return nil
  }

  /// The critique of a question that asks for something done, with no view to open up; nil
  /// when it asks otherwise.
  static func critique(request reading: QuestionReading, text: String) -> QuestionCritique? {
    // "Can you take the bins out?" asks for something done: closed, with no view to open up.
    // "Will you book it or just complain?" mocks its second option: no plain request.
    // "Can you pick the kids up or do I have to?" leaves the asker doing it: a complaint.
    // "Can you tidy up like a grown-up?" jabs: a request with a dig is leading.
    if RequestRules.isRequest(reading), MockingAlternativeRules.mockingWords(in: reading) == nil,
      SarcasmRules.problem(in: reading) == nil,
      MockingAlternativeRules.askerBurden(in: reading) == nil
    {
      return QuestionCritique(
        question: text, form: .closed, kind: nil,
        problems: [StatementKind.request.explanation], suggestion: nil)
    }
    return nil
  }

  /// The problems of an asking sentence's form, given the sentences before and after it and
  /// what the other person last said.
  static func formProblems(
    of reading: QuestionReading, earlier: ArraySlice<QuestionReading>,
    before following: ArraySlice<QuestionReading>, after: String?
  ) -> [QuestionProblem] {
    var problems = QuestionFormRules.problems(in: reading)
    // "i could drive you. thursday?": a day or a detail put after the asker's own offer asks
    // whether the offer suits them, not a question cut short.
    if problems == [.fragment], let offer = earlier.last, OfferRules.isOwnOffer(offer) {
      problems = [.ownOffer]
    }
    // "you called it 'ridiculous'. what was ridiculous about it?": words quoted as theirs
    // before the question are theirs when it asks about them, not the asker's verdict; the
    // asker's own scare quotes ("it's all a bit 'ridiculous' if you ask me") report no one.
    if !earlier.isEmpty, problems.contains(where: \.isLoadedWording) {
      let quoted = earlier.filter(QuestionFormRules.reportsSaying).flatMap { said in
        QuestionFormRules.quotedWords(in: said).sorted().map { said.words[$0] }
      }
      problems.removeAll {
        Self.isTheirWording($0, said: quoted) && !Self.disputesWording($0, in: reading)
      }
    }
    // "Which ones? Tell me more.": an invitation after a closed question opens it up.
    if !problems.isEmpty, problems.allSatisfy({ $0.form == .closed }),
      following.contains(where: Self.invites)
    {
      problems = []
    }
    // "would you call that fair? yes or no": the answers offered after it close it to one
    // word, however openly it was put.
    if problems.isEmpty, following.contains(where: ForcedChoice.forces) { problems = [.yesNo] }
    // "Do all of them, or some?" after they said "all of them": the sweeping word is theirs,
    // probed, not one the asker takes for granted.
    if let after {
      let heard = Set(Tokenizer.tokenize(after).map(\.lowercased))
      problems.removeAll { Self.isTheirSweep($0, heard: heard) }
      // "What would count as 'good value' for you?" after they said "good value": the loaded
      // words are theirs, given back to be asked about, not the asker's verdict. "How is that
      // 'good value'?" still disputes them: their words put after "is" are the asker's doubt.
      let said = Tokenizer.tokenize(after).map(\.lowercased)
      problems.removeAll {
        Self.isTheirWording($0, said: said) && !Self.disputesWording($0, in: reading)
      }
    }
    return problems
  }

  /// The problems with praise that means the opposite put first, when the question has some.
  static func withMockPraise(
    _ problems: [QuestionProblem], in reading: QuestionReading, text: String
  ) -> [QuestionProblem] {
    var problems = problems
    // "Oh great, are we late again?": praise that means the opposite, with a repeat. The
    // interjection counts, which normalizing speech leaves out.
    if IronyRules.maySay(reading.words),
      let praise = IronyRules.mockPraise(Tokenizer.tokenize(text).map(\.lowercased)),
      !problems.contains(where: { if case .sarcasm = $0 { true } else { false } })
    {
      problems.insert(.sarcasm(praise), at: 0)
    }
    return problems
  }

  /// Whether a question with problems of presumption gives back what the other person said,
  /// and is to be critiqued as a reflection.
  static func givesBack(_ reading: QuestionReading, problems: [QuestionProblem], after: String)
    -> Bool
  {
    // "So you think the rent is too high?" after they said the rent is too high gives their
    // own words back: a reflection, not words put in their mouth.
    // "Your brother sold it??" after they said their brother sold it echoes their news.
    if problems == [.wordsInTheirMouth] || problems == [.statementWithQuestionMark],
      saysBack(reading, Tokenizer.tokenize(after).map(\.lowercased))
    {
      return true
    }
    // "So you're saying it's mostly a feeling?" after they spoke of a feeling checks what they
    // said: a reflection, whose overreach, if any, is judged as a reflection's. So does a
    // reading that weighs one side of what they said against another ("so it's more that
    // they felt let down than that they lost money?").
    return !problems.isEmpty
      && problems.allSatisfy({ $0 == .wordsInTheirMouth || $0 == .statementWithQuestionMark })
      && (CheckingReflection.checksBack(reading, heard: Tokenizer.tokenize(after).map(\.lowercased))
        || ReflectionReframe.reframes(Array(reading.coreWords)))
  }
}
