/// The one a belief is said to, called by a word of address rather than a name: "look mum,
/// …", "…, dad", "it's always late mate". The word is no part of the claim.
extension BeliefReader {
  /// Words a person calls the one they talk to by, besides names: family words, endearments
  /// and the chat words of `TypedForms.addressTerms`.
  static let addressWords: Set<String> = TypedForms.addressTerms.union(KinWords.familyTitles)
    .union(["son", "darling", "sweetheart", "hon", "honey", "sweetie"])

  /// Words of address that are everyday nouns too, said bare in a claim ("kids need
  /// unconditional love", "bees make honey", "she only dates older guys"): one closes a
  /// sentence as a word of address only after a comma ("…, love").
  static let addressWordsThatAreNouns: Set<String> = [
    "love", "luv", "man", "honey", "guys", "lads", "fam",
  ]

  /// Words after a name that open what is said to them, when something that opens the saying
  /// came before it ("honestly sam the bus is late"): the name cannot begin that noun phrase.
  static let openersAfterAName: Set<String> = [
    "the", "a", "an", "these", "those", "every", "all", "most", "no", "our", "their",
  ]

  /// The sentence without a word of address that closes it: after a comma ("…, mum"), or
  /// without one when no determiner before it could make it a noun of the claim ("the bus is
  /// always late mate", never "she's a great mum" nor "I told dad") and it is no everyday noun
  /// (`addressWordsThatAreNouns`). The sentence as it is otherwise, or when too little would be
  /// left to claim anything.
  static func withoutClosingAddress(_ sentence: [Token]) -> [Token] {
    var end = sentence.count
    while end > 0, sentence[end - 1].kind == .punctuation, sentence[end - 1].text != "," {
      end -= 1
    }
    guard end >= 4, sentence[end - 1].isWord else { return sentence }
    let word = sentence[end - 1].lowercased
    var start = end - 1
    // "…, honestly dad": a sentence adverb said with the name goes with it.
    while start > 0, sentenceAdverbs.contains(sentence[start - 1].lowercased) { start -= 1 }
    let isAfterComma = start > 0 && sentence[start - 1].text == ","
    let isName = Lexicon.classes(of: word) == .properSense
    let before = sentence[..<start].filter(\.isWord).suffix(2).map(\.lowercased)
    let isBare =
      !addressWordsThatAreNouns.contains(word)
      && (addressWords.contains(word) && start < end - 1
        || addressWords.contains(word)
          && !before.contains { word in
            FunctionWords.determiners.contains(word) || FunctionWords.possessives.contains(word)
              || FunctionWords.prepositions.contains(word)
          }
          && before.last.map {
            !FunctionWords.isFunctionWord($0) && Lexicon.verbReadings(of: $0).isEmpty
          }
            ?? false)
    guard isAfterComma ? addressWords.contains(word) || isName : isBare else { return sentence }
    let kept = Array(sentence[..<(isAfterComma ? start - 1 : start)])
    // What is left still says something: a clause with its verb.
    guard kept.count(where: \.isWord) >= 3, ClauseParser.finiteVerbIndex(in: kept) != nil
    else { return sentence }
    return kept + sentence[end...]
  }
}
