/// The asker's own stake in a claim, made general so that a rewrite asks the person about the
/// claim and not about the asker: "Won't AI take my job?" → "… for AI to take a job like
/// mine?", "Shouldn't my kids be allowed …?" → "… if kids like mine were allowed …?".
///
/// Only for a claim a leading question puts to the person about the world; a claim about the
/// asker ("Should I quit my job?"), the person ("Do you like my cooking?") or one asked
/// plainly ("Is my landlord allowed to do that?") keeps "my".
enum AskerWords {
  /// The words with each "my" and the noun phrase after it made "a … like mine" or "… like
  /// mine"; the words unchanged when they speak of the asker ("I", "me", "we") elsewhere, or a
  /// "my" stands before no noun ("my own", "my turn", "my fault").
  static func generalizing(_ words: [Token]) -> [Token] {
    let lowered = words.map(\.lowercased)
    guard lowered.contains("my"), !speaksOfAsker(words) else { return words }
    var result: [Token] = []
    var index = 0
    while index < words.count {
      guard lowered[index] == "my", let phrase = nounPhrase(in: words, after: index) else {
        result.append(words[index])
        index += 1
        continue
      }
      let nouns = Array(words[phrase])
      let head = lowered[phrase.upperBound - 1]
      var general = nouns
      general[0].hasSpaceBefore = true
      if Lexicon.number(ofNoun: head) == .singular {
        let article = IndefiniteArticle.article(before: nouns[0])
        general.insert(words[index].replacingText(with: article), at: 0)
      } else {
        general[0].hasSpaceBefore = words[index].hasSpaceBefore
      }
      result += general + [Token("like"), Token("mine")]
      index = phrase.upperBound
    }
    return result
  }

  /// Whether words speak of the asker other than by "my": "I", "me", "we".
  static func speaksOfAsker(_ words: [Token]) -> Bool {
    words.contains { askerPronouns.contains($0.lowercased) }
  }

  /// The nouns and adjectives after a "my", ending on a noun, or nil: "my old car", "my kids";
  /// not "my family's house" nor "my kids' school", whose noun phrase goes on, nor a noun that no "like mine" fits.
  private static func nounPhrase(in words: [Token], after index: Int) -> Range<Int>? {
    var end = index + 1
    while end < words.count, words[end].isWord,
      !FunctionWords.isFunctionWord(words[end].lowercased),
      !Lexicon.classes(of: words[end].lowercased).isDisjoint(with: [.noun, .adjective])
        || Lexicon.singular(of: words[end].lowercased) != nil
    {
      // "my vote counts for nothing": a word that can be the verb ends the noun phrase before
      // what the verb takes.
      if end > index + 1, isVerbBeforeItsObject(words, at: end) { break }
      end += 1
    }
    guard end > index + 1, end == words.count || !words[end].text.hasPrefix("'") else {
      return nil
    }
    let head = words[end - 1].lowercased
    let isNoun =
      Lexicon.classes(of: head).contains(.noun) || Lexicon.singular(of: head) != nil
    guard isNoun, !ownNouns.contains(head),
      !Lexicon.classes(of: head).contains(.uncountable)
    else { return nil }
    return (index + 1)..<end
  }

  /// Whether a word after a noun is a finite verb: it has such a form and a preposition or a
  /// determiner follows it ("counts | for nothing", "lost | the house").
  private static func isVerbBeforeItsObject(_ words: [Token], at index: Int) -> Bool {
    guard index + 1 < words.count else { return false }
    let next = words[index + 1]
    guard
      FunctionWords.prepositions.contains(next.lowercased) || FunctionWords.beginsNounPhrase(next)
    else { return false }
    return Lexicon.verbReadings(of: words[index].lowercased).contains {
      $0.form == .thirdSingular || $0.form == .past
    }
  }

  /// Words by which the asker speaks of themselves: "my" beside them is the asker's own
  /// business ("Should I sell my car?").
  private static let askerPronouns: Set<String> = ["i", "me", "we", "us", "our", "myself"]

  /// Nouns that say whose something is rather than what it is: "my turn", "my fault".
  private static let ownNouns: Set<String> = [
    "turn", "fault", "own", "side", "opinion", "view", "mind", "choice", "business", "problem",
  ]
}
