/// Why a follow-up question was asked: what in the answer it answers.
enum FollowUpTrigger: Sendable, Equatable {
  /// The answer said nothing to build on ("I don't know", one word): a gentler question of
  /// another kind.
  case nonAnswer
  /// The answer gave a reason: a question about the evidence for it.
  case reason
  /// The answer used an absolute ("always", "nobody"): a request for a concrete case and an
  /// exception.
  case absolute(String)
  /// The answer used a loaded or vague word: what it means.
  case loadedTerm(String)
  /// A long answer: its key phrase put back to the person.
  case keyPhrase
}

/// Follow-up questions that answer the answer, made by rules over the language layer: the
/// answer's words, its stated reason, its key terms and its sentences, never a list of
/// expected answers.
///
/// The rules, first match wins, each only when its question was not asked yet this session:
/// 1. nothing to build on (`AnswerReading.isNonAnswer`) → a gentler question of another kind;
/// 2. a reason ("because …") → an evidence question about that reason;
/// 3. an absolute not used before in the session → a concrete case and an exception;
/// 4. a loaded or vague term not used before → a clarification (a pack's question about the
///    term when a pack has one);
/// 5. a long answer (`longAnswerWords` words or more) → its key phrase reflected back:
///    "You said “…”. What makes that …?"
struct FollowUpRules {
  let setting: ExploreSetting

  /// How many words make an answer long enough to reflect back.
  static let longAnswerWords = 25
  /// The longest reason, in words, that fits in a question.
  static let reasonWordLimit = 16

  /// The follow-up to an answer, and why; nil when no rule applies.
  /// - Parameters:
  ///   - answer: the answer as typed.
  ///   - question: the question it answers.
  ///   - mentionedTerms: the key terms, in lowercase, of the belief and the earlier answers.
  ///   - asked: every question text asked in the session.
  ///   - values: the belief's placeholder values, for a pack's questions about a term.
  ///   - packs: the packs the belief draws on, whose questions about a term may be asked.
  func followUp(
    to answer: String, of question: SessionEvent.QuestionAsked, mentionedTerms: Set<String>,
    asked: Set<String>, values: [Placeholder: String], packs: Set<String>
  ) -> (question: PlannedQuestion, trigger: FollowUpTrigger)? {
    let reading = AnswerReading(answer)
    func fresh(_ kind: QuestionKind, _ text: String) -> PlannedQuestion? {
      asked.contains(text)
        ? nil : PlannedQuestion(Question(kind: kind, text: text), source: .followUp)
    }

    if reading.isNonAnswer {
      return gentleQuestion(after: question.kind, asked: asked).map { ($0, .nonAnswer) }
    }
    if let reason = reading.reason, let text = Self.evidenceQuestion(about: reason),
      let followUp = fresh(.evidence, text)
    {
      return (followUp, .reason)
    }
    let newTerms = reading.terms(setting.termFinder).filter {
      !mentionedTerms.contains($0.lowercased())
    }
    if let absolute = newTerms.first(where: KeyTermFinder.isAbsolute),
      let followUp = fresh(
        .clarification,
        "You said \u{201C}\(absolute)\u{201D}. What is one concrete case you have in mind, and "
          + "what would count as an exception?")
    {
      return (followUp, .absolute(absolute))
    }
    for term in newTerms where !KeyTermFinder.isAbsolute(term) {
      if let followUp = termQuestion(term, asked: asked, values: values, packs: packs) {
        return (followUp, .loadedTerm(term))
      }
    }
    if reading.wordCount >= Self.longAnswerWords, let phrase = reading.keyPhrase() {
      for (kind, ending) in Self.keyPhraseEndings where kind != question.kind {
        if let followUp = fresh(
          kind, "You said \u{201C}\(phrase)\u{201D}. What makes that \(ending)?")
        {
          return (followUp, .keyPhrase)
        }
      }
    }
    return nil
  }

  /// How a reflected key phrase is followed up, by the kind of question it makes.
  private static let keyPhraseEndings: [(QuestionKind, String)] = [
    (.evidence, "so, as far as you can tell"),
    (.implications, "matter for what you believe"),
  ]

  /// A question about the evidence for a reason, or nil when the reason is too long to quote.
  private static func evidenceQuestion(about reason: ReasonSplitter.Content) -> String? {
    switch reason {
    case .clause(let tokens):
      guard tokens.count(where: \.isWord) <= reasonWordLimit else { return nil }
      let clause = tokens.joinedText
      if tokens.first?.lowercased == "you" {
        return "How does the fact that \(clause) support your view?"
      }
      return "What makes you confident that \(clause)?"
    case .thing(let tokens):
      guard tokens.count(where: \.isWord) <= reasonWordLimit else { return nil }
      return "What is it about \(tokens.joinedText) that convinces you?"
    }
  }

  /// A clarification of a term: a pack's question about it not asked yet, else the built-in
  /// one.
  private func termQuestion(
    _ term: String, asked: Set<String>, values: [Placeholder: String], packs: Set<String>
  ) -> PlannedQuestion? {
    var termValues = values
    termValues[.term] = term
    for (_, packTerm) in setting.packTerms(matching: term, in: packs) {
      for template in packTerm.questions {
        if let question = template.filled(with: termValues), !asked.contains(question.text) {
          return PlannedQuestion(question, source: .followUp)
        }
      }
    }
    let text =
      "You used the word \u{201C}\(term)\u{201D}. What exactly do you mean by it here?"
    return asked.contains(text)
      ? nil : PlannedQuestion(Question(kind: .clarification, text: text), source: .followUp)
  }

  /// An easy question of another kind than the one the person could not answer: the next kind
  /// in `QuestionKind.allCases` order with a wording not asked yet.
  func gentleQuestion(after kind: QuestionKind, asked: Set<String>) -> PlannedQuestion? {
    let kinds = QuestionKind.allCases
    let start = (kinds.firstIndex(of: kind) ?? 0) + 1
    for offset in 0..<(kinds.count - 1) {
      let other = kinds[(start + offset) % kinds.count]
      if let text = Self.gentleWordings[other]?.first(where: { !asked.contains($0) }) {
        return PlannedQuestion(Question(kind: other, text: text), source: .followUp)
      }
    }
    return nil
  }

  /// Questions anyone can answer from their own experience, by kind.
  static let gentleWordings: [QuestionKind: [String]] = [
    .inversion: [
      "What is one small way in which the opposite might be true?",
      "If someone you respect believed the opposite, what might their reason be?",
    ],
    .clarification: [
      "What is one example that comes to mind when you think about this?",
      "How would you say what you believe in a few plain words?",
    ],
    .assumptions: [
      "What feels so obviously true here that you rarely say it out loud?",
      "What do you take for granted here without thinking about it?",
    ],
    .evidence: [
      "What is one thing you have seen or heard yourself that bears on this?",
      "Where did you first come across this idea?",
    ],
    .viewpoints: [
      "Who do you know who sees this differently, and what might they say?",
      "How might a friend who knows you well see this?",
    ],
    .implications: [
      "What would change for you, even a little, if you turned out to be wrong?",
      "What would you do differently tomorrow if this turned out to be false?",
    ],
    .meta: [
      "Which part of this is hardest to put into words?",
      "What would make this question easier to think about?",
    ],
  ]
}
