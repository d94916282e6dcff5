/// Keeping what was meant: a reflection may shorten what they said, never say as so what they
/// denied or only supposed.
extension ReflectionWriter {
  /// Whether a reflection says as so what the line holds back: words of a sentence they deny
  /// straight after ("that I'm lazy. I'm not."), or of what they only suppose ("if I feel
  /// sharp I work faster" → "you're feeling sharp"), given back without the "not" or the "if".
  static func assertsWhatWasHeldBack(_ text: String, in line: String) -> Bool {
    let said = Tokenizer.tokenize(line)
    let reflection = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased)
    let content = reflection.filter {
      !FunctionWords.isFunctionWord($0) && !frameWords.contains($0)
    }
    guard !content.isEmpty else { return false }
    let (denied, supposed) = heldBack(said)
    let held = [
      (denied, reflection.contains(where: negators.contains)),
      (supposed, reflection.contains(where: conditionWords.contains)),
    ]
    for (spans, keepsMarker) in held where !keepsMarker {
      for span in spans where content.allSatisfy({ word in span.contains { same(word, $0) } }) {
        let free = said.filter(\.isWord).map(\.lowercased).filter { !span.contains($0) }
        if !content.allSatisfy({ word in free.contains { same(word, $0) } }) { return true }
      }
    }
    return false
  }

  /// The words of each sentence denied by a bare denial after it, and of each "if" clause.
  private static func heldBack(_ tokens: [Token]) -> (denied: [[String]], supposed: [[String]]) {
    let sentences = SentenceSplitter.sentences(in: tokens).map { $0.filter(\.isWord) }
    var denied: [[String]] = []
    for (index, sentence) in sentences.enumerated().dropLast()
    where isBareDenial(sentences[index + 1]) {
      denied.append(sentence.map(\.lowercased))
    }
    var supposed: [[String]] = []
    var span: [String]?
    for token in tokens + [Token(".", kind: .punctuation)] {
      let word = token.lowercased
      let ends = !token.isWord || (span?.count ?? 0) > 1 && subjects.contains(word)
      if ends || conditionWords.contains(word), let span { supposed.append(span) }
      if conditionWords.contains(word) {
        span = []
      } else if ends {
        span = nil
      } else {
        span?.append(word)
      }
    }
    return (denied, supposed)
  }

  /// "I'm not.", "no it isn't lol", "not really": a denial with nothing of its own in it.
  private static func isBareDenial(_ sentence: [Token]) -> Bool {
    let words = sentence.map(\.lowercased)
    return (1...denialWordLimit).contains(words.count) && words.contains(where: negators.contains)
      && words.allSatisfy { FunctionWords.isFunctionWord($0) || denialFillers.contains($0) }
  }

  /// Whether two words are the same word, allowing for an ending ("feel", "feeling").
  private static func same(_ one: String, _ other: String) -> Bool {
    let (short, long) = one.count <= other.count ? (one, other) : (other, one)
    return short == long || (short.count >= 4 && long.hasPrefix(short))
  }

  /// The most words a bare denial has.
  private static let denialWordLimit = 5
  /// Words that deny.
  static let negators: Set<String> = ["not", "n't", "never", "no", "nope", "nah", "isnt", "dont"]
  /// Words that make what follows a supposition.
  private static let conditionWords: Set<String> = ["if", "unless", "assuming", "supposing"]
  /// Subjects that start the clause after an "if" clause said without a comma.
  private static let subjects: Set<String> = ["i", "you", "we", "they", "he", "she", "it"]
  /// Words said with a bare denial that add nothing to it.
  private static let denialFillers: Set<String> = [
    "lol", "though", "tho", "really", "honestly", "actually", "at", "all", "im", "mate",
  ]
  /// Words of a reflection's own frame, never of theirs.
  private static let frameWords: Set<String> = [
    "saying", "sounds", "seems", "like", "feeling", "experience", "comes", "down",
  ]
}
