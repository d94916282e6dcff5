// How the drill reads a line before the persona answers it: how it moves the confidence, what
// its question mark alone faults, whether it denies or gives back what was said, whether it asks
// how sure, and its key.
extension DrillDialogue {
  /// How a line the persona answered from what it knows moves its confidence: up for a
  /// leading question or a statement that argues, not at all for a question, however probing,
  /// or a reflection. (A gap it admits lowers it, whatever the form.)
  public static func confidenceChange(form: QuestionForm) -> Int {
    [.leading, .statement].contains(form) ? confidenceStep : 0
  }

  /// A confidence moved by a change: pushed, it digs in only so far, `dugInSteps` steps above
  /// where it began and never past `dugInCeiling`, so that a drill opened with pushes can
  /// still be turned round by the questions after them.
  static func confidence(_ value: Int, moved change: Int, startedAt start: Int) -> Int {
    guard change > 0 else { return max(0, value + change) }
    let ceiling = min(start + dugInSteps * confidenceStep, dugInCeiling)
    return max(value, min(value + change, ceiling))
  }

  /// How many steps above its start a pushed persona digs in.
  static let dugInSteps = 2

  /// The most sure a persona grows by being pushed: never certain.
  static let dugInCeiling = 95

  /// What the critic finds in a line only for its question mark: a statement asked, a
  /// fragment, a yes or no.
  static let faultsOfAQuestionMark: Set<String> = Set(
    [QuestionProblem.statementWithQuestionMark, .fragment, .yesNo].map(\.explanation))

  /// Whether a line the critic took for the asker's opinion or information gives back a point the persona made
  /// itself ("so it's no use to him sat in the shed" to its "it's no use to him sat in the
  /// shed"): most of its words are of one line it said, so it is a reflection of that line.
  static func isOwnPointGivenBack(_ critique: QuestionCritique, read: String, said: Set<String>)
    -> Bool
  {
    guard critique.form == .statement, critique.problems.count == 1,
      critique.problems.allSatisfy(pointsOfTheAsker.contains)
    else { return false }
    let words = TopicWords(read, isQuestion: true).lemmas
    return said.contains { line in
      let spoken = TopicWords(line).lemmas
      let given = words.filter { lemma in
        spoken.contains(lemma) || spoken.contains { ReflectionFit.sharesRoot($0, lemma) }
      }
      return given.count * 2 >= words.count && given.count >= 2
    }
  }

  /// What the critic calls a line that says something as the asker's own: their view, or a
  /// fact told.
  private static let pointsOfTheAsker: Set<String> = Set(
    [StatementKind.opinion, .information].map(\.explanation))

  /// Whether a line has a negation ("not", "never", "doesn't", "doesnt").
  static func isNegated(_ line: String) -> Bool {
    Tokenizer.tokenize(line).filter(\.isWord).map(\.lowercased).contains(where: isNegation)
  }

  /// What a line denies: its words after its first negation ("compete with the big
  /// supermarket" of "the shop can't compete with the big supermarket"); nil when it has none.
  static func deniedPart(of line: String) -> String? {
    let words = Tokenizer.tokenize(line).filter(\.isWord).map(\.lowercased)
    return words.firstIndex(where: isNegation).map { words[($0 + 1)...].joined(separator: " ") }
  }

  /// Whether a word negates: "not", "never", "doesn't", "doesnt", "nothing".
  private static func isNegation(_ word: String) -> Bool {
    FunctionWords.negates(word) || FunctionWords.noneWords.contains(word)
  }

  /// Whether a line gives back some of what was said: a content word of it, by lemma or by
  /// root ("delays" of "delayed").
  static func givesBack(_ line: String, of said: String) -> Bool {
    let spoken = TopicWords(said).lemmas
    return TopicWords(line, isQuestion: true).lemmas.contains { lemma in
      spoken.contains(lemma) || spoken.contains { ReflectionFit.sharesRoot($0, lemma) }
    }
  }

  /// Whether a question asks how sure the persona is ("How sure are you?", "How confident are
  /// you, honestly?"): it is told its number, and its confidence does not move, since nothing
  /// about its reasons was asked.
  /// - Parameter key: the question's words in lowercase (`key(of:)`).
  static func asksHowSure(key: String) -> Bool {
    let words = key.split(separator: " ")
    return words.indices.contains { index in
      words[index] == "how"
        && words.dropFirst(index + 1).prefix(2).contains {
          ["sure", "confident", "certain", "convinced"].contains($0)
        }
    }
  }

  /// What a how-sure question counts out of: the top of a scale it names ("how sure out of 10",
  /// "on a scale of 1 to 5", "/10"), else 100, the persona's own. A number said of the matter
  /// ("it'll drop to five pounds", "one of ten people") names no scale.
  static func confidenceScale(askedIn line: String) -> Int {
    let tokens = Tokenizer.tokenize(line)
    for start in tokens.indices {
      for phrase in scalePhrases where phrase.mayStart(with: tokens[start].lowercased) {
        guard let end = phrase.matchEnds(in: tokens, from: start).first,
          let top = tokens[end - 1].lowercased.split(separator: "-").last,
          let scale = scales[String(top)]
        else { continue }
        return scale
      }
    }
    return 100
  }

  /// The phrases that name a scale, each ending with its top (after a hyphen in "1-10"): "out
  /// of 10", "1 to 5", "0-100", "/10".
  private static let scalePhrases = [
    PhrasePattern("out of (10|ten|5|five|100|hundred)"),
    PhrasePattern("(0|1|zero|one) (to|-) (10|ten|5|five|100|hundred)"),
    PhrasePattern("(0-10|1-10|0-5|1-5|0-100|1-100)"),
    PhrasePattern("/ (10|5|100)"),
  ]

  /// The tops of the scales people rate on, by how they type them.
  private static let scales: [String: Int] = [
    "10": 10, "ten": 10, "5": 5, "five": 5, "100": 100, "hundred": 100,
  ]

  /// A confidence out of 100 on another scale, rounded: 62 out of 10 is 6.
  static func confidence(_ value: Int, outOf scale: Int) -> Int {
    (value * scale + 50) / 100
  }

  /// A question as its words in lowercase, so the same question typed again is known.
  static func key(of question: String) -> String {
    Tokenizer.tokenize(question).filter(\.isWord).map(\.lowercased).joined(separator: " ")
  }

  /// One judgement for coach and persona of a line that gives back what the persona said, or
  /// means to: a misfit is coached as such and set right (its correction returned); a checking
  /// summary with a question mark is coached as the reflection the persona takes it for; a line
  /// the coach still counts as leading, giving back nothing it said, is met as leading.
  func oneJudgement(
    of read: String, critique: inout QuestionCritique, question: inout PersonaQuestion,
    voice: PersonaVoice, heardSoFar: String?
  ) -> PersonaVoice.Reply? {
    // "the fees come out of his pension every month", said back to its own line, is a
    // reflection of it, whether or not it opens as one: welcomed, never "telling me".
    if question.form == .statement, !Self.isNegated(read),
      Self.isOwnPointGivenBack(critique, read: read, said: state.saidLines)
    {
      question.form = .reflection
    }
    // "so you're basically saying people on benefits are lazy then?" puts a view in its
    // mouth: met as leading, and the caricature rejected for its real view.
    // "so you admit the scheme is a flop?" puts an admission in its mouth, however the
    // persona first read it: set right the same way.
    let saidSoFar = [voice.ownClaim] + state.saidLines.sorted()
    if critique.form == .leading,
      question.form == .reflection && Caricature.puts(read, said: saidSoFar)
        || question.form == .leading && Caricature.putsAdmission(read, said: saidSoFar)
    {
      question.form = .leading
      return voice.caricatureRejected(
        said: state.saidLines, saidSentences: state.saidSentences)
    }
    // "gotcha, so you were wrong" declares a verdict it never gave: coached and met as
    // leading, however it reads, and set right as a caricature, never agreed with.
    if Caricature.putsVerdict(read, said: saidSoFar) {
      question.form = .leading
      critique.form = .leading
      critique.kind = nil
      critique.depth = nil
      critique.problems = [Caricature.verdictProblem]
      critique.suggestion = nil
      return voice.caricatureRejected(
        said: state.saidLines, saidSentences: state.saidSentences)
    }
    let misfit = voice.misfit(of: question, saidSentences: state.saidSentences)
    if let misfit, critique.form == .reflection, !critique.problems.contains(misfit.problem) {
      critique.problems.append(misfit.problem)
    }
    // A checking summary with a question mark ("so the delays wore you down?") that gives
    // back what it said is coached as the reflection the persona takes it for.
    // Only its question mark is faulted: one that turns their words round ("so it doesn't
    // matter?") stays leading, and one that goes on to ask yes or no ("minutes? is that every
    // time") stays the question it ends with.
    if misfit == nil, question.form == .reflection, Self.yesNoClause(of: read) == nil,
      [.closed, .statement, .leading].contains(critique.form),
      critique.problems.allSatisfy(Self.faultsOfAQuestionMark.contains)
        || Self.isOwnPointGivenBack(critique, read: read, said: state.saidLines),
      !Self.isNegated(read), let heardSoFar, Self.givesBack(read, of: heardSoFar)
    {
      let words = Tokenizer.tokenize(read).filter(\.isWord).map(\.lowercased)
      let heard = Tokenizer.tokenize(heardSoFar).filter(\.isWord).map(\.lowercased)
      critique.form = .reflection
      critique.kind = nil
      critique.depth = ReflectionDepthRules.depth(of: words, after: heard)
      critique.problems = []
      critique.suggestion = nil
    }
    // One judgement for coach and persona: a reflection the persona welcomes, judged against
    // all it has said, is not coached as adding a claim its last words alone lacked.
    if misfit == nil, question.form == .reflection {
      critique.problems.removeAll { $0 == ReflectionFit.problem }
    }
    // What the coach still counts as leading and gives back nothing it said ("so you feel
    // cheated by the council?" to one that never spoke of the council) the persona meets as
    // leading too: it never welcomes words put in its mouth.
    if misfit == nil, question.form == .reflection, critique.form == .leading,
      voice.givesBackNothing(question, saidSentences: state.saidSentences)
    {
      question.form = .leading
    }
    return misfit.map { voice.correction(of: $0, in: question, said: state.saidSentences) }
  }
}
