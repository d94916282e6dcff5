/// Items of the map that need the line before them to make sense: "they are, you see it every
/// day", "I'll give him that one", "fair enough". What was granted or would change their mind is
/// shown with what it points back to or not at all.
extension BeliefMap {
  /// Whether an item's first clause (up to its first comma) holds no word that carries meaning:
  /// only pronouns, auxiliaries and other function words, and words of granting ("give",
  /// "fair", "point"). What it grants is in the line it answers.
  static func leansOnWhatCameBefore(_ item: String) -> Bool {
    let firstClause = unquoted(item).split(separator: ",", maxSplits: 1).first.map(String.init)
    let words = (firstClause ?? "").lowercased()
      .split { !$0.isLetter }
      .map(String.init)
    return !words.isEmpty
      && words.allSatisfy { word in
        FunctionWords.isFunctionWord(word) || grantingWords.contains(word)
          || contractions.contains(word)
      }
  }

  /// Words that grant a point without saying what it is: "fair enough", "I'll give you that".
  static let grantingWords: Set<String> = [
    "give", "grant", "granted", "agreed", "fair", "enough", "point", "one", "true", "right",
    "admit", "suppose", "guess", "ok", "okay", "fine", "alright", "yeah", "yes", "maybe",
    "probably", "spose", "s'pose", "bit",
  ]

  /// Contractions of function words, as typed without their apostrophe ("ill", "thats") and
  /// what is left of one split at it ("I'll" → "i", "ll").
  static let contractions: Set<String> = [
    "ll", "d", "s", "re", "ve", "m", "t", "ill", "id", "im", "ive", "youll", "youre", "hes",
    "shes", "its", "thats", "theyre", "theyll", "well", "dont", "didnt", "isnt", "wasnt",
  ]
}
