/// Sentences written in title case ("Crypto Is A Scam", "AI Should Be Regulated Like Nuclear
/// Power"), read in sentence case: after the first word, a capitalised word the lexicon knows
/// as a common word, or a function word, is lowercased; names ("Trump", "Bitcoin"), acronyms
/// and "I" keep their capital.
///
/// A sentence is in title case when, after its first word, a function word other than "I" is
/// capitalised and at least `share` of its words are: a capital here and there ("I voted for
/// the Greens") is a name, not title case, unless it is a word no name is ("Always").
enum TitleCase {
  /// The share of words after the first that must be capitalised.
  private static let share = 0.6

  /// The sentence in sentence case when it is written in title case; otherwise as it is, but
  /// for a word capitalised for stress that can be no name: an adverb and nothing else
  /// ("crypto is Always a scam"), or a function word that names nobody ("crypto Is a scam";
  /// not "Will" or "May").
  static func sentenceCased(_ sentence: [Token]) -> [Token] {
    let words = sentence.indices.dropFirst().filter { sentence[$0].kind == .word }
    let capitalised = words.filter { sentence[$0].isCapitalized && !sentence[$0].hasFixedCase }
    guard !capitalised.isEmpty else { return sentence }
    let isTitleCase =
      words.count >= 2 && Double(capitalised.count) >= share * Double(words.count)
      && capitalised.contains(where: {
        sentence[$0].text != "I" && FunctionWords.isFunctionWord(sentence[$0].lowercased)
      })
    var tokens = sentence
    for index in capitalised
    where isTitleCase ? isCommon(sentence[index]) : isStressed(sentence[index]) {
      tokens[index] = sentence[index].replacingText(
        with: CaseStyle.lowercasingFirst(of: sentence[index]))
    }
    return tokens
  }

  /// Function words that are also names people have.
  private static let names: Set<String> = ["will", "may", "can", "might", "mark", "bill"]

  /// Whether a capitalised word in a sentence that is not in title case is stressed, not a
  /// name.
  private static func isStressed(_ token: Token) -> Bool {
    let word = token.lowercased
    guard token.text.count > 1, !word.hasPrefix("i'"), !names.contains(word) else {
      return false
    }
    if FunctionWords.isFunctionWord(word) { return true }
    return Lexicon.classes(of: word) == .adverb
  }

  /// Whether a capitalised word is a common word rather than a name.
  private static func isCommon(_ token: Token) -> Bool {
    let word = token.lowercased
    guard token.text != "I", !word.hasPrefix("i'") else { return false }
    if FunctionWords.isFunctionWord(word) { return true }
    let classes = Lexicon.classes(of: Lexicon.singular(of: word) ?? word)
    if classes.contains(.properSense) { return false }
    return !classes.isEmpty || !Lexicon.verbReadings(of: word).isEmpty
  }
}
