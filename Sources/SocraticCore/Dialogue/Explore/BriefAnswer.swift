/// A brief answer that names something ("nhs maybe", "staff cuts"): an answer, given back in
/// their words and built on, never met as if it said nothing.
struct BriefAnswer: Sendable, Equatable {
  /// What they named, as typed ("the tills").
  var named: String
  /// The hedge they put with it, as typed ("maybe"), if any.
  var hedge: String?

  /// The most words of what they named.
  static let wordLimit = 3

  /// Words that hedge what they name and are no part of it.
  static let hedges: Set<String> = [
    "maybe", "probably", "perhaps", "prob", "possibly", "mostly", "mainly", "i guess", "i think",
    "i suppose", "lol", "tbh", "idk",
  ]

  /// Words that name nothing: a brief answer holding one is a yes, a no or a pointer.
  static let notNaming: Set<String> = [
    "no", "not", "nothing", "none", "yes", "same", "it", "that", "this", "so", "all", "everything",
    "bit", "lot", "much", "little",
  ]

  /// The brief answer in a line, nil when it names nothing or says more than a name.
  static func read(_ line: String) -> BriefAnswer? {
    let words = Tokenizer.tokenize(line).filter(\.isWord)
    guard !words.isEmpty, words.count <= wordLimit + 2,
      !AnswerMoveReader.isNoise(Tokenizer.tokenize(line))
    else { return nil }
    var named = words
    var hedge: String?
    for _ in 0..<2 {
      if let found = hedgeSaid(at: { $0.suffix($1) }, of: named) {
        hedge = hedge ?? found.text
        named.removeLast(found.count)
      } else if let found = hedgeSaid(at: { $0.prefix($1) }, of: named) {
        hedge = hedge ?? found.text
        named.removeFirst(found.count)
      }
    }
    let lowercased = named.map(\.lowercased)
    if amounts.contains(lowercased.joined(separator: " ")) {
      return BriefAnswer(named: named.map(\.text).joined(separator: " "), hedge: hedge)
    }
    let tags = ClauseScanner(tokens: named).tags
    guard (1...wordLimit).contains(named.count),
      !lowercased.contains(where: notNaming.contains),
      !tags.contains(where: { [.finiteVerb, .auxiliary, .pronoun].contains($0) }),
      lowercased.contains(where: {
        Lexicon.classes(of: $0).contains(.noun) || !AnswerMoveReader.isKnownWord($0)
      })
    else { return nil }
    return BriefAnswer(named: named.map(\.text).joined(separator: " "), hedge: hedge)
  }

  /// The hedge of one or two words that `edge` takes from `words` (its start or its end),
  /// with how many words it is; nil when none is there or nothing would be left.
  private static func hedgeSaid(
    at edge: (ArraySlice<Token>, Int) -> ArraySlice<Token>, of words: [Token]
  ) -> (text: String, count: Int)? {
    for count in [2, 1] where words.count > count {
      let said = edge(words[...], count)
      if hedges.contains(said.map(\.lowercased).joined(separator: " ")) {
        return (said.map(\.text).joined(separator: " "), count)
      }
    }
    return nil
  }

  /// What is said back: their words, with their hedge ("So the tills, maybe.").
  var reflection: String {
    "So \(named)" + (hedge.map { ", \($0)" } ?? "") + "."
  }

  /// How much, said as the whole answer ("not much", "a fair bit"): a real answer to a question
  /// of how much or what it would take, given back as said; it names nothing to ask about.
  static let amounts: Set<String> = [
    "not much", "not a lot", "not very much", "very little", "a little", "a bit", "a lot",
    "loads", "a fair bit", "quite a bit", "quite a lot", "hardly anything", "not loads",
  ]

  /// Whether it says how much and names nothing ("not much").
  var isAmount: Bool { Self.amounts.contains(named.lowercased()) }

  /// Words that place an answer on a scale and name no topic ("medium", "about average"):
  /// given back, never asked about.
  static let scaleWords: Set<String> = [
    "medium", "average", "moderate", "middling", "mid", "fair", "decent", "ok", "okay", "fine",
    "high", "low", "mixed", "half", "halfway", "so-so",
  ]

  /// The question that builds on what they named; nil when it only places the answer on a
  /// scale ("medium") or says how much ("not much"), which names nothing to ask about.
  var question: String? {
    let words = Tokenizer.tokenize(named).filter(\.isWord).map(\.lowercased)
      .filter { !FunctionWords.isFunctionWord($0) }
    guard !isAmount,
      words.isEmpty || !words.allSatisfy(Self.scaleWords.contains)
    else { return nil }
    return "What about \(named) stands out for you?"
  }
}
