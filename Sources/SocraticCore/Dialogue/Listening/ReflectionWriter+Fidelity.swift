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
      (denied, reflection.contains(where: isNegator)),
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
  /// The denial may open the next sentence before a comma: "that it's about the money. it's
  /// not, my brother just thinks so" denies the money.
  private static func heldBack(_ tokens: [Token]) -> (denied: [[String]], supposed: [[String]]) {
    let sentences = SentenceSplitter.sentences(in: tokens)
    var denied: [[String]] = []
    for (index, sentence) in sentences.enumerated().dropLast() {
      let next = sentences[index + 1]
      let opening = next.prefix { $0.text != "," && $0.text != "\u{2014}" }
      guard isBareDenial(next.filter(\.isWord)) || isBareDenial(opening.filter(\.isWord))
      else { continue }
      denied.append(sentence.filter(\.isWord).map(\.lowercased))
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
    return (1...denialWordLimit).contains(words.count) && words.contains(where: isNegator)
      && words.allSatisfy { FunctionWords.isFunctionWord($0) || denialFillers.contains($0) }
  }

  /// Whether two words are the same word, allowing for an ending ("feel", "feeling";
  /// "shops", "shop"), as the lexicon reads their forms.
  private static func same(_ one: String, _ other: String) -> Bool {
    one == other || !forms(of: one).isDisjoint(with: forms(of: other))
  }

  /// A word with the base of every verb form it may be and the noun it may be the plural of.
  private static func forms(of word: String) -> Set<String> {
    Set([word] + Lexicon.verbReadings(of: word).map(\.base))
      .union([Lexicon.singular(of: word)].compactMap { $0 })
  }

  /// Whether a word denies: a negation of the language layer's (`WordClass.negation`: "not",
  /// "never", "isnt", "don't") or a denial said alone (`denialWords`).
  private static func isNegator(_ word: String) -> Bool {
    word == "n't" || WordClass.negation.contains(word) || denialWords.contains(word)
  }

  /// The most words a bare denial has.
  private static let denialWordLimit = 5
  /// Words that deny when said alone, besides negations: "no", "nope".
  private static let denialWords: Set<String> = ["no", "nope", "nah"]
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
