/// What a partner or drill session draws on and never changes: the topic packs, the inversion
/// engine built from them, the question critic, and the seed that picks wordings (partner) and
/// the persona (drill).
public struct CoachingSetting: Sendable {
  /// The loaded packs.
  public let library: PackLibrary
  /// The engine, knowing the packs' topics and loaded terms.
  public let engine: InversionEngine
  /// Judges every question a person asks, and every question offered to them.
  public let critic: QuestionCritic
  /// Chooses wordings and the persona; the same seed, the same session.
  public let seed: UInt64
  /// Finds key terms in what people say, with the packs' terms.
  let termFinder: KeyTermFinder

  /// - Parameters:
  ///   - library: the packs loaded for the session.
  ///   - seed: any number; pass a random one for variety, a fixed one (`--seed`) to repeat a
  ///     session exactly.
  public init(library: PackLibrary, seed: UInt64) {
    let terms = library.terms
    self.library = library
    self.engine = InversionEngine(topicIndex: library.topicIndex, extraTerms: terms)
    self.critic = QuestionCritic()
    self.seed = seed
    self.termFinder = KeyTermFinder(extraTerms: terms)
  }

  /// The questions of the packs for these topics and of the packs for any belief, filled with
  /// the values, with the clarifying questions of each pack term among `terms`; each wording
  /// once, in loading order.
  func packQuestions(
    topics: [String], terms: [String], values: [Placeholder: String]
  ) -> [Question] {
    var questions = library.questions(forTopics: topics, filling: values)
    var seen = Set(questions.map(\.text))
    let termQuestions = library.termQuestions
    for term in terms {
      for key in KeyTermFinder.lookupKeys(for: term.lowercased()) {
        var termValues = values
        termValues[.term] = term
        for template in termQuestions[key] ?? [] {
          guard let question = template.filled(with: termValues),
            seen.insert(question.text).inserted
          else { continue }
          questions.append(question)
        }
      }
    }
    return questions
  }
}

extension SessionEvent.Critique {
  /// The critic's verdict as the log keeps it: plain strings.
  public init(_ critique: QuestionCritique) {
    self.init(
      form: critique.form.rawValue, kind: critique.kind, depth: critique.depth,
      problems: critique.problems, suggestion: critique.suggestion)
  }

  /// What it is after its form, as a learner reads it: a question's kind ("evidence"), a
  /// reflection's depth ("complex"), nothing for a statement.
  public var detail: String? {
    kind?.coachingLabel ?? depth?.rawValue
  }

  /// Whether it was an open question or a reflection that needs no change.
  public var isGood: Bool {
    (form == QuestionForm.open.rawValue || form == QuestionForm.reflection.rawValue)
      && problems.isEmpty
  }
}
