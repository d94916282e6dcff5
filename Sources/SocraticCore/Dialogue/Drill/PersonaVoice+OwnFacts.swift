/// What the persona is in its own life, kept all drill long: the lines in which it speaks as
/// itself ("I get more done at home", "my savings") are its facts, and what it has said no to
/// ("No, I don't." to "Do you work from home?") or yes to it never says the opposite of later.
struct OwnFacts: Sendable, Equatable {
  /// The words of each thing it said it does not do, or has not done: a question's lemmas.
  var denied: [Set<String>] = []
  /// The words of each thing it said it does, or has done.
  var affirmed: [Set<String>] = []

  /// Takes in one answer to a question: a yes or a no about its own life is kept, by the words
  /// of what was asked.
  mutating func note(reply: String, to question: String) {
    let isNo = Self.answers.contains { reply.hasPrefix($0.no) }
    guard isNo || Self.answers.contains(where: { reply.hasPrefix($0.yes) }) else { return }
    let words = Self.lifeWords(of: Shorthand.withTermsWrittenOut(question))
    guard !words.isEmpty else { return }
    if isNo { denied.append(words) } else { affirmed.append(words) }
  }

  /// Whether it said yes to something that shares words with a question about its life.
  func affirms(_ question: PersonaQuestion) -> Bool {
    let asked = Self.lifeWords(of: question.key)
    return affirmed.contains { !$0.isDisjoint(with: asked) }
  }

  /// Every way a yes or no about its own life is answered.
  static let answers =
    Array(PersonaQuestion.ownAnswers.values) + [PersonaQuestion.familyAnswer]

  /// The words of a line that say what it is about in a life: its content lemmas, words that
  /// say nothing left out ("ever", "yourself"); "work" stays, though questions are made of it.
  static func lifeWords(of text: String) -> Set<String> {
    TopicWords(text).lemmas
  }
}

extension PersonaVoice {
  /// Whether a line speaks of the persona's own life: "I" as the one who does or has
  /// something ("I get more done at home", "I have sent money"), or "my" ("my savings"); not
  /// "I" before a verb of knowing or thinking ("people I know"), nor "I" only supposed ("the
  /// same whether I voted or not"), nor a line that tells them to do something ("Name one thing
  /// I can buy").
  static func speaksOfOwnLife(_ text: String) -> Bool {
    let words = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased)
    let doesOrHas = words.indices.contains { index in
      if ["my", "myself"].contains(words[index]) { return true }
      guard words[index] == "i", index + 1 < words.count,
        !words[max(0, index - 2)..<index].contains(where: supposingWords.contains)
      else { return false }
      let verb = words[(index + 1)...].first { !FunctionWords.verbAdverbs.contains($0) } ?? ""
      return !knowingVerbs.contains(verb)
    }
    return doesOrHas && ClauseParser.parse(text)?.isCommand != true
  }

  /// Words that make the "I" after them a supposition, not a fact of its life.
  private static let supposingWords: Set<String> = ["whether", "if", "unless"]

  /// Verbs after "I" that tell what it knows or thinks, not what it does.
  private static let knowingVerbs: Set<String> = [
    "know", "knew", "think", "thought", "believe", "suppose", "guess", "mean",
  ]

  /// The line of its own life a yes or no about it asks of, said or not: one that speaks of its
  /// life (`speaksOfOwnLife(_:)`), shares a word of what is asked (`lifeWords(of:)`), and does
  /// what is asked: the question's verb is the line's own, one of having or using
  /// (`havingVerbs`: "Have you used stablecoins?" and "I have sent money this way myself"), or
  /// the belief's own ("Do you work from home?" and "I get more done at home", in a belief
  /// about working from home). "Have you been hit by a car?" asks of nothing its "cars" did.
  func livedLine(_ question: PersonaQuestion) -> Line? {
    let words = question.key.split(separator: " ").map(String.init)
    guard let you = words.firstIndex(of: "you"),
      let verb = words[(you + 1)...].first(where: { !Self.stakeFillers.contains($0) })
    else { return nil }
    let action = TopicWords.lemma(of: verb)
    let asked = OwnFacts.lifeWords(of: question.key)
    return ownLifeLines.first { line in
      let own = OwnFacts.lifeWords(of: line.text)
      let doesIt =
        Self.havingVerbs.contains(action) || own.contains(action)
        || (beliefWords.contains(action) && !own.isDisjoint(with: beliefWords))
      return doesIt && !lifeWords(of: line).isDisjoint(with: asked)
    }
  }

  /// The lines it may no longer say, for they say the opposite of what it said of itself:
  /// those that speak of its life in the words of something it said no to.
  func contradicting(_ facts: OwnFacts) -> Set<String> {
    guard !facts.denied.isEmpty else { return [] }
    return Set(
      ownLifeLines.filter { line in
        facts.denied.contains { !lifeWords(of: line).isDisjoint(with: $0) }
      }.map(\.text))
  }

  /// Its reasons and replies that speak of its own life, not of someone it knows ("my sister
  /// gave up driving").
  private var ownLifeLines: [Line] {
    lines.filter {
      [.reason, .reply].contains($0.source) && Self.speaksOfOwnLife($0.text)
        && !Self.tellsOfSomeoneKnown($0.text)
    }
  }

  /// What a line of its life is about: its own words, and the belief's, which every line of
  /// it is about ("this way" in "I have sent money this way myself").
  private func lifeWords(of line: Line) -> Set<String> {
    OwnFacts.lifeWords(of: line.text).union(beliefWords)
  }
}
