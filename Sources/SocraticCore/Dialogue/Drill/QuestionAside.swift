/// A question with an aside said around it: "what got you into it? ha fair enough", "do you
/// ever cycle to work? lol", "lol ok. do you ever cycle to work?". The aside (a laugh, chat, "fair
/// enough", "go on then") is the learner's own remark, no part of what is asked: the question is
/// coached and answered on its own, and the aside names nothing the persona could know little of.
enum QuestionAside {
  /// The question of a line without the asides said after its last question mark or before
  /// its first sentence, when nothing but asides is said there; the line as it is otherwise.
  /// A line that is all aside ("go on then", "fair enough") is kept whole: it is no question.
  static func question(in line: String) -> String {
    let tokens = Tokenizer.tokenize(line)
    var end = tokens.endIndex
    if let mark = tokens.lastIndex(where: \.hasQuestionMark), mark + 1 < tokens.endIndex,
      isAside(tokens[(mark + 1)...])
    {
      end = mark + 1
    }
    var start = tokens.startIndex
    if let close = tokens[..<end].firstIndex(where: isSentenceEnd), close + 1 < end,
      isAside(tokens[..<close]), tokens[(close + 1)..<end].contains(where: \.isWord)
    {
      start = close + 1
    }
    guard start > tokens.startIndex || end < tokens.endIndex,
      tokens[start..<end].contains(where: \.isWord)
    else { return line }
    var question = Array(tokens[start..<end])
    question[0].hasSpaceBefore = false
    if start > tokens.startIndex {
      question[0] = question[0].replacingText(with: PersonaVoice.capitalized(question[0].text))
    }
    return question.joinedText
  }

  /// Whether some tokens hold words and every word is part of an aside phrase (`phrases`),
  /// one after another; marks between them are passed over.
  static func isAside(_ tokens: ArraySlice<Token>) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard !words.isEmpty else { return false }
    // Whether the words from each place on read as asides, one after another.
    var readable = Array(repeating: false, count: words.count + 1)
    readable[words.count] = true
    for start in words.indices.reversed() {
      readable[start] = (start + 1...min(words.count, start + longestPhrase)).contains { end in
        readable[end] && phrases.contains(words[start..<end].joined(separator: " "))
      }
    }
    return readable[0]
  }

  /// Whether a token ends a sentence: ".", "!", "?", "…".
  private static func isSentenceEnd(_ token: Token) -> Bool {
    token.kind == .punctuation && sentenceEnds.contains(token.text)
  }

  /// Marks that end a sentence an aside may stand in alone.
  private static let sentenceEnds: Set<String> = [".", "!", "?", "…", "...", "!!", "?!", "??"]

  /// What a learner says beside a question that asks nothing: the critic's own words that open
  /// a turn and say nothing of it (`CritiqueVocabulary.turnOpeners`: fillers, answer
  /// particles, names for the listener, laughs, chat hedges), so a word the critic passes over
  /// before a question is an aside here too; chat typed short (`PersonaQuestion.slangWords`);
  /// and the phrases that shrug, thank or wave the persona on.
  static let phrases: Set<String> = CritiqueVocabulary.turnOpeners
    .union(PersonaQuestion.slangWords)
    .union([
      "fair", "fair enough", "fair play", "fair dos", "go on", "go on then", "come on",
      "no worries", "no pressure", "no rush", "cheers", "thanks", "ta", "right", "right then",
      "oh well", "never mind", "nevermind", "just curious", "just wondering", "just asking",
      "out of interest", "out of curiosity", "honestly", "seriously", "genuinely", "really",
      "anyway", "anyways", "sorry", "then", "so", "well", "alright", "sure", "cool", "nice",
      "lolol", "xd", "bless", "be honest", "to be honest", "if you like",
      "if you don't mind me asking", "if you dont mind me asking", "i 'm curious", "im curious",
      "i wonder", "i was wondering",
    ])

  /// The most words an aside phrase has.
  private static let longestPhrase = phrases.map { $0.split(separator: " ").count }.max() ?? 1
}
