/// What an answer asks of the conversation itself, besides what it says about the belief: to
/// stop, to be heard right, to be asked about something, to be helped with a choice; or a moment
/// a facilitator stays with: a question about themselves, a confession, guilt. The next move
/// takes it up before anything along the arc.
enum TurnRequest: Sendable, Equatable {
  /// "ok im done", "done", "enough": the session closes, as for /quit.
  case stop
  /// "thats not what i said", "that's not really the point": an apology and a re-ask; asked
  /// what matters in what they said instead when they `restated` it.
  case correction(restated: Bool)
  /// "i kinda want you to ask me about the money thing": asked about it, in their words.
  case askAbout(String?)
  /// "so what do i do about marisol": the choice handed back to them.
  case advice(String?)
  /// "am i a hypocrite?": what makes them ask it of themselves.
  case selfQuestion
  /// "i feel guilty", "i never told him i was sorry": stayed with.
  case guilt
  /// "so im part of it", "i use it myself": how it sits with their view.
  case confession
  /// "wait what? i wasnt done", said to a close: the session goes on.
  case protest
  /// "you skipped the part where i said maybe not all", "you skipped him": owned, and the talk
  /// goes back to what they named (`part`, in their words), or to the person they named.
  case passedOver(part: String?, name: String?)

  /// What the answer asks, the weightiest first; nil when it asks nothing of these.
  static func read(_ line: String) -> TurnRequest? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(readLimit))))
    let words = tokens.filter(\.isWord)
    guard !words.isEmpty else { return nil }
    // A stop is the whole answer ("ok im done") or its last sentence ("idk. im done"): "I'm
    // done with the news" tells of something.
    let last = SentenceSplitter.sentences(in: tokens).last?.filter(\.isWord) ?? words
    if [words, last].contains(where: {
      !$0.isEmpty && Matchers.stop.matchEnd(atStartOf: $0) == $0.count
    })
      || Matchers.leaving.matches(words)
    {
      return .stop
    }
    if let end = matchEnd(of: Matchers.passedOver, in: words) {
      return .passedOver(part: passedPart(after: end, in: words), name: name(in: tokens))
    }
    if Matchers.correction.matches(words) {
      return .correction(restated: restatement(in: line) != nil)
    }
    if let end = matchEnd(of: Matchers.askAbout, in: words) {
      return .askAbout(topic(after: end, in: words))
    }
    if let end = matchEnd(of: Matchers.advice, in: words) {
      return .advice(topic(after: end, in: words))
    }
    if Matchers.selfQuestion.matches(words) { return .selfQuestion }
    if Matchers.guilt.matches(words) { return .guilt }
    if Matchers.confession.matches(words) { return .confession }
    return nil
  }

  /// What a correction says in its place ("thats not what i said. the tests are the problem"):
  /// the sentences after the one that corrects, nil when none follows.
  static func restatement(in line: String) -> String? {
    let sentences = SentenceSplitter.sentences(
      in: Tokenizer.tokenize(String(line.prefix(readLimit))))
    guard
      let index = sentences.firstIndex(where: {
        Matchers.correction.matches(Shorthand.expanded($0).filter(\.isWord))
      }), index + 1 < sentences.count
    else { return nil }
    var rest = Array(sentences[(index + 1)...].joined())
    guard rest.contains(where: \.isWord) else { return nil }
    rest[0].hasSpaceBefore = false
    return rest.joinedText
  }

  /// Whether a line said at the closing rating protests the close ("wait, I wasn't done").
  static func isProtest(_ line: String) -> Bool {
    let words = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(readLimit))))
      .filter(\.isWord)
    return Matchers.protest.matches(words)
  }

  /// How many characters of an answer are read for what it asks.
  static let readLimit = 600

  /// What they say was passed over, when they say it after "the part where i said": the rest
  /// of the words, up to the sentence's end; nil when they name it by a pronoun or not at all.
  static func passedPart(after end: Int, in words: [Token]) -> String? {
    let rest = Array(words[end...])
    guard let lead = Matchers.passedOverLeads.matchEnd(atStartOf: rest), lead < rest.count
    else { return nil }
    return Array(rest[lead...]).joinedText
  }

  /// A person they name in the answer: one of their people after "what about" ("what about my
  /// mom" → "your mom"), or a capitalised word inside a sentence ("what about Dave though"),
  /// never the first word nor "I".
  static func name(in tokens: [Token]) -> String? {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    for index in words.indices.dropFirst(2)
    where words[index - 2] == "what" && words[index - 1] == "about"
      && index + 1 < words.count && AnswerFollowUp.relatives.contains(words[index + 1])
      && ["my", "our"].contains(words[index])
    {
      return "your " + words[index + 1]
    }
    for sentence in SentenceSplitter.sentences(in: tokens) {
      let words = sentence.filter(\.isWord)
      if let named = words.dropFirst().first(where: {
        $0.text.first?.isUppercase == true && !["i", "i'm", "i'd", "i've"].contains($0.lowercased)
      }) {
        return named.text
      }
    }
    return nil
  }

  /// The most words a thing they ask about may have to be named in a question.
  static let topicWordLimit = 5

  /// Where the first match of a table ends in the words.
  private static func matchEnd(of matcher: PartnerCueMatcher, in words: [Token]) -> Int? {
    // Only where a phrase of the table can start are the words from there copied and matched.
    for start in words.indices where matcher.mayStart(with: words[start].lowercased) {
      if let end = matcher.matchEnd(atStartOf: Array(words[start...])) { return start + end }
    }
    return nil
  }

  /// What they ask about, named as a question can name it ("the money thing", "your mom",
  /// "him"): the words after the cue up to the end, without fillers, in the second person; nil
  /// when nothing or too much follows, or a clause does.
  static func topic(after end: Int, in words: [Token]) -> String? {
    let named = words[end...].map(\.lowercased).filter { !topicFillers.contains($0) }
    guard !named.isEmpty, named.count <= topicWordLimit,
      !named.contains(where: { topicStops.contains($0) })
    else { return nil }
    return named.map { secondPerson[$0] ?? $0 }.joined(separator: " ")
  }

  /// Words that end what can be named: a clause or a second thought follows.
  static let topicStops: Set<String> = [
    "i", "'m", "is", "'s", "are", "was", "were", "because", "but", "and", "if", "so", "when",
    "that", "you", "me", "it",
  ]

  /// Words dropped from what they ask about.
  static let topicFillers: Set<String> = [
    "actually", "too", "lol", "please", "then", "now", "honestly", "tbh", "really", "haha",
    "though", "tho",
  ]

  /// The person's words for their own, as a question names them.
  static let secondPerson: [String: String] = [
    "my": "your", "our": "your", "myself": "yourself", "mine": "yours",
  ]

  /// The tables, compiled once.
  private enum Matchers {
    static let stop = PartnerCueMatcher(TurnCues.stops)
    static let leaving = PartnerCueMatcher(LeaveTakingCues.phrases)
    static let correction = PartnerCueMatcher(AnswerCues.misheard)
    static let askAbout = PartnerCueMatcher(TurnCues.askAbout)
    static let advice = PartnerCueMatcher(TurnCues.advice)
    static let selfQuestion = PartnerCueMatcher(TurnCues.selfQuestions)
    static let guilt = PartnerCueMatcher(TurnCues.guilt)
    static let confession = PartnerCueMatcher(TurnCues.confessions)
    static let protest = PartnerCueMatcher(TurnCues.protests)
    static let passedOver = PartnerCueMatcher(TurnCues.passedOver)
    static let passedOverLeads = PartnerCueMatcher(TurnCues.passedOverLeads)
  }

  /// What is said before the question that takes it up, if anything.
  var notice: String? {
    switch self {
    case .correction: ReflectionWriter.repair
    case .advice: "That's yours to decide, and I can help you think it through."
    case .askAbout: "Sure."
    case .passedOver: "You're right, I went past that."
    default: nil
    }
  }

  /// Whether it replaces the reflection of the answer: one of a request or a correction gives
  /// back their words as if they were about the belief ("So what do you do about him.").
  var replacesReflection: Bool {
    switch self {
    case .correction, .askAbout, .advice, .selfQuestion, .passedOver: true
    default: false
    }
  }

  /// The questions that take it up, in the order they are offered.
  var wordings: [String] {
    switch self {
    case .stop, .protest: []
    case .correction(let restated):
      (restated
        ? ["What makes that the heart of it for you?"]
        : ["How would you put it in your own words?", "What is the point, as you see it?"])
        + ["What would you most want me to understand about how you see it?"]
    case .askAbout(let topic):
      ["What would you like to say about \(topic ?? "it")?", "What's on your mind about it?"]
    case .advice(let topic):
      ["What do you think you could do about \(topic ?? "it")?", "What options do you see?"]
    case .selfQuestion:
      ["What makes you ask that about yourself?", "How do the two fit together, for you?"]
    case .guilt:
      ["What stays with you most about it?", "What would you want to have done differently?"]
    case .confession:
      Self.ownPointQuestions
    case .passedOver(_, let name):
      (name.map { ["How does \($0)'s side of it sit with your view?"] } ?? [])
        + ["What did I pass over that matters most to you?"]
    }
  }

  /// How something they grant or confess sits with their view, asked without naming it for
  /// them: after a confession, and after a point granted in a word or two ("ok fair").
  static let ownPointQuestions = [
    "How does that sit with you, next to your view?", "What do you make of that, for yourself?",
  ]

  /// The first question that takes it up and was not asked yet.
  func question(isAsked: (String) -> Bool) -> PlannedQuestion? {
    let kind: QuestionKind
    if case .correction = self { kind = .clarification } else { kind = .meta }
    return wordings.first { !isAsked($0) }.map {
      PlannedQuestion(Question(kind: kind, text: $0), source: .followUp)
    }
  }
}
