/// How partner mode keeps a claim to one clause: spoken English joins a second sentence with a
/// comma ("the council is ruining this town, honestly tom its a joke"), and what follows the
/// comma is a sentence of its own, never part of the belief to question.
extension TheirWords {
  /// The most tokens of a sentence read for a comma that ends its first clause.
  static let spliceReach = 60

  /// The sentence up to its first comma when that ends a complete clause and what follows the
  /// comma is a spliced sentence: one that takes up what came before with a pronoun ("it's a
  /// joke", "that's ridiculous", "which is mad"), after any sentence adverbs, laughs or a name
  /// ("honestly tom its a joke"), or only such words (", lol", ", honestly mate"). The sentence
  /// as it is otherwise: when what comes before the comma is no clause of its own ("if taxes
  /// rise, …", "I think, …", "crypto, it's a scam") or what follows it has a subject of its own
  /// ("prices went up, wages didn't").
  static func droppingSplicedTail(_ sentence: [Token]) -> [Token] {
    // Only the first comma: "i think, honestly, that …" has no clause before it.
    guard let comma = sentence.prefix(spliceReach).firstIndex(where: { $0.text == "," }) else {
      return sentence
    }
    let head = Array(sentence[..<comma])
    return isCompleteClause(head) && isSplicedTail(sentence[(comma + 1)...]) ? head : sentence
  }

  /// Whether words make a main clause with a subject, a finite verb and something after it:
  /// "the council is ruining this town"; never an adverbial ("if taxes rise"), a frame ("I
  /// think") or a topic said first ("crypto").
  private static func isCompleteClause(_ words: [Token]) -> Bool {
    guard words.count(where: \.isWord) >= 3,
      let first = words.first(where: \.isWord)?.lowercased,
      !FunctionWords.subordinators.contains(first), !FunctionWords.prepositions.contains(first),
      !FunctionWords.coordinators.contains(first),
      let clause = ClauseParser.parse(words)
    else { return false }
    return clause.lead.isEmpty && !clause.subject.isEmpty && clause.rest.contains(where: \.isWord)
  }

  /// Whether what follows a comma is a sentence of its own that takes up what came before,
  /// or only set-apart words: sentence adverbs, laughs, a name.
  private static func isSplicedTail(_ tail: ArraySlice<Token>) -> Bool {
    let words = tail.filter(\.isWord).map(\.lowercased)
    var rest = words[...]
    var hasName = false
    while let word = rest.first {
      if isAside(word) {
        rest = rest.dropFirst()
      } else if !hasName, couldBeName(word) {
        // One name at most: "honestly tom its a joke"; "cheap housing" is a list's item.
        hasName = true
        rest = rest.dropFirst()
      } else {
        break
      }
    }
    if rest.isEmpty { return !words.isEmpty && words.contains(where: isAside) }
    return rest.count >= 2 && rest.first.map(pointingBack.contains) == true
  }

  /// Whether a word stands apart from any clause: a sentence adverb ("honestly"), a laugh or
  /// an interjection ("lol", "ugh").
  static func isAside(_ word: String) -> Bool {
    FunctionWords.sentenceAdverbs.contains(word) || PartnerCues.laughter.contains(word)
      || interjections.contains(word)
  }

  /// Whether a word could be the listener's name set apart: a word of letters, no function
  /// word and no verb ("tom", "mate").
  private static func couldBeName(_ word: String) -> Bool {
    word.count >= 2 && word.allSatisfy(\.isLetter) && !FunctionWords.isFunctionWord(word)
      && Lexicon.verbReadings(of: word).isEmpty
  }

  /// Words that open a sentence about what was just said: "it's a joke", "that's mad", "which
  /// is ridiculous", "its a joke" (the possessive is often typed for "it's").
  static let pointingBack: Set<String> = [
    "it", "its", "that", "thats", "this", "which", "they", "theyre",
  ]
}
