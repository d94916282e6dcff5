/// A question ready to ask in a session, with where it came from.
public struct PlannedQuestion: Sendable, Equatable {
  public var question: Question
  public var source: SessionEvent.QuestionSource
  /// The pack it came from, when `source` is `.pack`.
  public var pack: String?

  public init(_ question: Question, source: SessionEvent.QuestionSource, pack: String? = nil) {
    self.question = question
    self.source = source
    self.pack = pack
  }

  /// The `question` event that asks it.
  func asked(number: Int, follows: Int? = nil, arc: String? = nil) -> SessionEvent.QuestionAsked {
    SessionEvent.QuestionAsked(
      number: number, kind: question.kind, text: question.text, source: source, pack: pack,
      follows: follows, arc: arc)
  }
}

/// The questions a session can ask about one belief, by kind, in the order it asks them.
///
/// The opening question is the belief's inversion ("Why might crypto not be a scam?"). Then
/// the session rotates through the seven kinds; within a kind it alternates between the
/// engine's questions, the questions of the packs the belief is about (with their questions
/// about the loaded terms it uses) and the questions of the packs for any belief. The seed
/// picks the engine's wordings and shuffles each pack group, so sessions vary unless the seed
/// is fixed.
struct QuestionPlan: Sendable, Equatable {
  /// The first question about the belief.
  var opening: PlannedQuestion?
  /// Every other question, by kind.
  var byKind: [QuestionKind: [PlannedQuestion]]
  /// The packs the questions come from: the belief's topics and the packs for any belief.
  var packs: Set<String>
  /// The hand-written questions of the packs of the belief's topics, shuffled by the seed, in
  /// the order they are offered. Questions about a term are in `termQuestions` instead.
  var packQuestions: [PlannedQuestion] = []
  /// The packs' questions about the key terms the belief uses.
  var termQuestions: [PlannedQuestion] = []
  /// The words that name what each of `packQuestions` is about, besides the words any question
  /// is made of.
  var packWords: [String: Set<String>] = [:]
  /// The same words for every question of the packs, the packs for any belief's too, but for
  /// the questions about a term of the belief: what a pack question names besides the belief.
  var stockWords: [String: Set<String>] = [:]
  /// The family of each question of the plan whose kind names one its words may not: "What
  /// would a soldier, a refugee and a diplomat each want you to understand?" asks how others
  /// see it.
  var kindFamilies: [String: QuestionIntent] = [:]

  /// The session's seed: the closing steps' wordings start where it says.
  var seed: UInt64 = 0

  init(analysis: BeliefAnalysis, topics: [String], setting: ExploreSetting) {
    seed = setting.seed
    var engineQuestions = setting.engine.questions(for: analysis, seed: setting.seed).map {
      PlannedQuestion($0, source: .engine)
    }
    if let first = engineQuestions.first, first.question.kind == .inversion {
      opening = PlannedQuestion(
        Self.plainOpening(first.question, analysis: analysis), source: .inversion)
      engineQuestions.removeFirst()
    }
    var topical: [PlannedQuestion] = []
    var general: [PlannedQuestion] = []
    let values = analysis.placeholderValues()
    let entries = setting.library.packs(forTopics: topics, fitting: analysis.claim)
    packs = Set(entries.map(\.pack.id))
    let keepingEveryQuestion = Set(entries.filter(\.keepsEveryQuestion).map(\.pack.id))
    // A term with questions of its own is not asked about again in a pack's generic words
    // ("What exactly do you mean by 'trump'?").
    let packIDs = Set(entries.map(\.pack.id))
    let termHasQuestions =
      values[.term].map { !setting.packTerms(matching: $0, in: packIDs).isEmpty } ?? false
    for entry in entries {
      var packValues = values
      if termHasQuestions { packValues[.term] = nil }
      packValues[.topic] = PackLibrary.topicName(entry.pack.title)
      let questions = entry.pack.questions.compactMap { template in
        template.filled(with: packValues).map {
          PlannedQuestion($0, source: .pack, pack: entry.pack.id)
        }
      }
      for question in questions {
        if let family = Self.families[question.question.kind] {
          kindFamilies[question.question.text] = family
        }
      }
      if entry.pack.isForAnyBelief { general += questions } else { topical += questions }
    }
    var generator = SplitMix64(setting.seed &+ 0x9E37_79B9_7F4A_7C15)
    packQuestions = Self.shuffled(topical, with: &generator)
    // The belief's own words, filled into a question, say nothing of what else it is about.
    let beliefWords = QuestionWording.contentWords(
      of: [analysis.claim, analysis.inverted].joined(separator: " "))
    // An inversion is about the belief itself, asked at the arc's inversion step.
    for question in packQuestions + general where question.question.kind != .inversion {
      stockWords[question.question.text] = QuestionWording.contentWords(
        of: Self.nouns(in: question.question.text, strictly: true), excluding: Self.frameWords
      ).subtracting(beliefWords)
    }
    for question in packQuestions {
      packWords[question.question.text] = QuestionWording.contentWords(
        of: Self.nouns(in: question.question.text), excluding: Self.frameWords
      ).subtracting(beliefWords)
    }
    // "you never want kids": an absolute about their own life is no overclaim to soften.
    let personal = AnswerFollowUp.isPersonal(analysis.claim)
    for term in analysis.terms where !(personal && Self.absoluteTerms.contains(term.lowercased())) {
      for (pack, packTerm) in setting.packTerms(matching: term, in: packs) {
        var termValues = values
        termValues[.term] = term
        for template in packTerm.questions
        where keepingEveryQuestion.contains(pack)
          || QuestionFit.fits(template.text, belief: analysis.claim)
        {
          if let question = template.filled(with: termValues) {
            topical.append(PlannedQuestion(question, source: .pack, pack: pack))
            termQuestions.append(PlannedQuestion(question, source: .pack, pack: pack))
          }
        }
      }
    }
    var byKind: [QuestionKind: [PlannedQuestion]] = [:]
    var seen = Set([opening?.question.text].compactMap { $0 })
    for (offset, kind) in QuestionKind.allCases.enumerated() {
      var generator = SplitMix64(setting.seed &+ UInt64(offset + 1) &* 0x2545_F491_4F6C_DD1D)
      // A pack's hand-written questions come before the engine's templates.
      let groups = [
        Self.shuffled(topical.filter { $0.question.kind == kind }, with: &generator),
        Self.shuffled(general.filter { $0.question.kind == kind }, with: &generator),
        engineQuestions.filter { $0.question.kind == kind },
      ]
      var merged: [PlannedQuestion] = []
      for index in 0..<(groups.map(\.count).max() ?? 0) {
        for group in groups where index < group.count {
          let text = group[index].question.text
          if !Self.pastesALongBelief(text, analysis: analysis), seen.insert(text).inserted {
            merged.append(group[index])
          }
        }
      }
      byKind[kind] = merged
    }
    self.byKind = byKind
    // "Why might someone need a car?" is the opposite asked, with no "not" to tell it by: every
    // question of the plan of a kind that names a family asks that family, the engine's and
    // the opening's too.
    for question in [opening].compactMap({ $0 }) + byKind.values.joined() {
      if let family = Self.families[question.question.kind] {
        kindFamilies[question.question.text] = family
      }
    }
  }

  /// The next question to ask: the opening one first, then one of the kind after `lastKind`
  /// in `QuestionKind.allCases` (round again after the last), skipping kinds with nothing left
  /// and every question asked already (`isAsked`). Nil when nothing is left.
  func next(after lastKind: QuestionKind?, isAsked: (String) -> Bool) -> PlannedQuestion? {
    if let opening, lastKind == nil, !isAsked(opening.question.text) { return opening }
    let kinds = QuestionKind.allCases
    let start = lastKind.flatMap { kinds.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    for offset in 0..<kinds.count {
      let kind = kinds[(start + offset) % kinds.count]
      if let question = byKind[kind]?.first(where: { !isAsked($0.question.text) }) {
        return question
      }
    }
    if let opening, !isAsked(opening.question.text) { return opening }
    return nil
  }

  /// Whether a question is one of the plan's own of these kinds: its opening, a pack's or the
  /// engine's.
  func holds(_ text: String, ofKinds kinds: Set<QuestionKind>) -> Bool {
    guard !kinds.isEmpty else { return false }
    if let opening, opening.question.text == text { return kinds.contains(opening.question.kind) }
    return kinds.contains { kind in byKind[kind]?.contains { $0.question.text == text } == true }
  }

  /// Whether a pack question comes out of the blue: none of the nouns that name what it is
  /// about was said in the last answers ("Where do you get your news?" asked after a story of
  /// a son's farm). Questions of no pack never do.
  /// One that names nothing besides the belief is about the belief itself and fits; before
  /// any answer (all skipped), nothing was said for one to come out of the blue of.
  /// - Parameter said: the words of the last two answers, as `QuestionWording` reads them.
  func isOutOfTheBlue(_ text: String, said: Set<String>) -> Bool {
    guard !said.isEmpty, let words = packWords[text], !words.isEmpty else { return false }
    return words.isDisjoint(with: said)
  }

  /// Whether a pack question would walk past an answer that gave something to follow: it
  /// names nothing the answer said, or nothing besides the belief ("What would make it easier
  /// to talk about this at a family dinner?" after a story of a plant closing). The packs'
  /// questions about the belief's terms or its inversion, and questions of no pack, never do.
  /// - Parameter answer: the words of the last answer, as `QuestionWording` reads them.
  func isStock(_ text: String, after answer: Set<String>) -> Bool {
    guard let words = stockWords[text] else { return false }
    return words.isDisjoint(with: answer)
  }

  /// What a question asks for, in any wording: its intents, and for a pack question of a kind
  /// that names one, that one.
  func families(of text: String) -> Set<QuestionIntent> {
    QuestionIntent.purposes(of: text).union(kindFamilies[text].map { [$0] } ?? [])
  }

  /// The nouns of a question: what it is about ("news", "neighbours"), never how it asks
  /// ("expect", "happen"). A word the tagger reads as a noun is one; so is one the lexicon
  /// knows as a noun that is not the question's finite verb ("trust" in "what would happen to
  /// trust between neighbours").
  /// - Parameter strictly: whether a word the lexicon knows as a noun counts only where the
  ///   tagger read no verb, adjective or adverb in it ("talk" in "easier to talk about this",
  ///   "small" in "small companies" say nothing of what the question is about).
  static func nouns(in text: String, strictly: Bool = false) -> String {
    let tokens = Tokenizer.tokenize(text)
    let tags = ClauseScanner(tokens: tokens).tags
    let notNouns: Set<PartOfSpeech> =
      strictly
      ? [.finiteVerb, .auxiliary, .infinitive, .adjective, .adverb] : [.finiteVerb, .auxiliary]
    return zip(tokens, tags).filter { token, tag in
      [.noun, .properNoun].contains(tag)
        || (!notNouns.contains(tag) && !(strictly && tag.isVerb)
          && Lexicon.classes(of: token.lowercased).contains(.noun))
    }.map(\.0.text).joined(separator: " ")
  }

  /// Terms that say all or none, whose questions ask whether they claim too much.
  static let absoluteTerms: Set<String> = [
    "always", "never", "everyone", "everybody", "nobody", "all", "none", "every", "no one",
  ]

  /// The family a pack question of a kind asks for, whatever its words.
  static let families: [QuestionKind: QuestionIntent] = [
    .viewpoints: .otherSide, .inversion: .opposite,
  ]

  /// The words any question is made of ("people", "view", "change"), as `QuestionWording` reads
  /// them: sharing one of these with an answer says nothing about fitting it.
  static let frameWords = QuestionWording.contentWords(
    of: FrameWords.words.sorted().joined(separator: " "))

  /// The packs' questions of a kind, in the order they are offered.
  func packQuestions(of kind: QuestionKind) -> [PlannedQuestion] {
    packQuestions.filter { $0.question.kind == kind }
  }

  /// A Fisher–Yates shuffle driven by the fixed generator, the same on every machine.
  private static func shuffled(
    _ questions: [PlannedQuestion], with generator: inout SplitMix64
  ) -> [PlannedQuestion] {
    var result = questions
    guard result.count > 1 else { return result }
    for index in stride(from: result.count - 1, to: 0, by: -1) {
      let other = Int(generator.next() % UInt64(index + 1))
      result.swapAt(index, other)
    }
    return result
  }
}
