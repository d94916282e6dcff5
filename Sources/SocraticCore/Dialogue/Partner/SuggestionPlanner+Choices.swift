/// Where the planner's questions come from: what answers to their latest words, the stage's
/// wordings, the packs' hand-written questions, the engine's, and the fallbacks.
extension SuggestionPlanner {
  /// The questions to offer first, in order of preference: what takes up the moment or answers
  /// to their latest words, the stage's wordings and the engine's questions about the reason
  /// they just gave, the packs' hand-written questions, then the engine's about the claim.
  func addFirstChoices(
    for context: Context, analysis: BeliefAnalysis?, values: [Placeholder: String],
    to pool: inout CandidatePool
  ) {
    let engineQuestions =
      analysis.map {
        setting.engine.questions(
          for: $0, seed: setting.seed &+ UInt64(context.turn), register: .conversational)
      }
      ?? []
    let signals = context.words?.signals ?? []
    if let words = context.words {
      pool.add(Self.fill(context.registers, PartnerLines.questions(for: words.moment), values))
      if words.isQuestion {
        pool.add(Self.fill(context.registers, PartnerWordings.answeringAQuestion, values))
      }
      if words.reportsView {
        pool.add(
          Self.fill(
            context.registers,
            PartnerWordings.aboutAReportedView(
              by: words.reportedSpeaker, theyDoubt: words.givesOwnTake),
            values))
      }
      if let fragment = words.fragment {
        pool.add([
          Question(kind: .clarification, text: "What do you mean by \u{201C}\(fragment)\u{201D}?")
        ])
      }
      for stage in ConversationStage.allCases where signals.contains(stage) {
        pool.add(
          Self.fill(
            context.registers,
            PartnerWordings.stage(stage, hasAnswered: true, rating: words.rating),
            values))
      }
      if words.citesSource {
        pool.add(Self.fill(context.registers, PartnerWordings.aboutASource, values))
      }
      if words.reportsExperience {
        pool.add(Self.fill(context.registers, PartnerWordings.aboutAnExperience, values))
        // "What was that like for you?" asks of something that happened to them, never of a
        // complaint ("when am i ever gonna use it") or of someone else's luck.
        if !words.citesSource, words.tellsTheirOwnEvent {
          pool.add(Self.fill(context.registers, PartnerWordings.aboutAStory, values))
        }
      }
      // The engine's questions about a reason are of these two kinds; what happened to them is
      // theirs to tell, never to be checked ("How do you know that you lost your job?"), and
      // is asked about by the wordings above.
      if words.reason != nil, !words.reportsExperience {
        pool.add(engineQuestions.filter { [.evidence, .assumptions].contains($0.kind) })
      }
    }
    pool.add(
      Self.fill(
        context.registers,
        PartnerWordings.stage(
          context.stage, hasAnswered: signals.contains(context.stage),
          rating: context.words?.rating),
        values))
    pool.add(packQuestions(for: context, analysis: analysis, values: values))
    pool.add(engineQuestions)
  }

  /// The hand-written questions of the packs the conversation draws on: the term questions of
  /// the words they used first (a pack's question about "rigged" beats "what do you mean by"),
  /// then those of the session's topic, of the packs the claim is about, and of the packs named
  /// with `--pack`.
  private func packQuestions(
    for context: Context, analysis: BeliefAnalysis?, values: [Placeholder: String]
  ) -> [Question] {
    var topics = context.topic.map { [$0] } ?? []
    for topic in analysis?.topics ?? [] where !topics.contains(topic) { topics.append(topic) }
    for entry in setting.library.packs where !topics.contains(entry.pack.id) {
      if case .packOption = entry.source { topics.append(entry.pack.id) }
    }
    let terms = analysis?.terms ?? []
    // A pack's question is asked only of a belief it fits by its own words (`QuestionFit`).
    let belief = analysis?.claim ?? values[.claim] ?? ""
    let beliefSubjects = QuestionFit.subjects(in: belief)
    var termQuestions: [Question] = []
    if !terms.isEmpty {
      for term in terms {
        var termValues = values
        termValues[.term] = term
        for key in KeyTermFinder.lookupKeys(for: term.lowercased()) {
          termQuestions += Self.fill(
            context.registers,
            setting.library.termQuestions(for: key, fitting: beliefSubjects), termValues)
        }
      }
    }
    // The same packs filled with the same words give the same questions: filled once.
    let memoKey =
      topics.joined(separator: "|") + "\u{1}" + belief + "\u{1}"
      + Self.memoKey(registers: context.registers, values: values)
    let matched = filledPackQuestions.value(for: memoKey) {
      topics.compactMap { setting.library.pack(id: $0) }.flatMap { entry -> [Question] in
        var packValues = values
        packValues[.topic] = PackLibrary.topicName(entry.pack.title)
        return entry.pack.questions.compactMap { template in
          guard context.registers.contains(template.register),
            entry.keepsEveryQuestion
              || QuestionFit.fits(template.text, beliefSubjects: beliefSubjects)
          else { return nil }
          return template.filled(with: packValues)
        }
      }
    }
    return termQuestions + matched
  }

  /// The questions to fall back on: the packs' for any belief, then the wordings that fit
  /// anything said (`stockWordings`), among them those that ask about a reason too long to
  /// quote without quoting it.
  func addFallbacks(
    for context: Context, values: [Placeholder: String], to pool: inout CandidatePool
  ) {
    // A pack's question is asked only of a belief it fits by its own words (`QuestionFit`).
    // The same words give the same questions: filled and fitted once.
    pool.add(
      filledFallbacks.value(for: Self.memoKey(registers: context.registers, values: values)) {
        let beliefSubjects = QuestionFit.subjects(in: values[.claim] ?? "")
        return setting.library.questions(
          forTopics: [], filling: values, registers: context.registers
        )
        .filter { QuestionFit.fits($0.text, beliefSubjects: beliefSubjects) }
      })
    pool.add(Self.fill(context.registers, PartnerWordings.anything, values))
    if let words = context.words, let reason = words.reason, !words.reportsExperience,
      !Self.isQuotable(reason)
    {
      pool.add(Self.fill(context.registers, PartnerWordings.aboutAReason, values))
    }
  }
}
