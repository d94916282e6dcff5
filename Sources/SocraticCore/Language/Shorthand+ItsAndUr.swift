// Which "its" is "it's" and which "ur" is "you're": read off the word that follows, a concern
// apart from the spellings themselves.
extension Shorthand {
  /// Whether a word after "ur" says what someone is ("ur wrong about it") rather than naming
  /// what is theirs ("ur mom", "ur best friend": an adjective before a noun).
  static func describes(_ next: Token?, before afterNext: Token?) -> Bool {
    guard let next, next.kind == .word else { return true }
    let word = next.lowercased
    if [
      "a", "an", "the", "not", "so", "just", "too", "very", "really", "always", "never", "gonna",
      "gunna",
    ]
    .contains(word) {
      return true
    }
    let classes = Lexicon.classes(of: word)
    let isParticiple = Lexicon.verbReadings(of: word).contains {
      $0.form == .presentParticiple || $0.form == .pastParticiple
    }
    guard classes.contains(.adjective) || isParticiple else { return false }
    guard let afterNext, afterNext.kind == .word else { return true }
    let following = afterNext.lowercased
    return FunctionWords.isFunctionWord(following)
      || !Lexicon.classes(of: following).contains(.noun)
  }

  /// Whether a word opens what follows "it's" and never what follows the possessive "its":
  /// a function word ("its a joke", "its about time", "its not") or a participle ("its getting
  /// worse", "its been years").
  static func opensAPredicate(_ next: Token, before afterNext: Token?) -> Bool {
    guard next.kind == .word else { return false }
    let word = next.lowercased
    if FunctionWords.isFunctionWord(word) || FunctionWords.auxiliary(word) != nil { return true }
    // "its building collapsed": a participle that is a noun too is one when a verb follows.
    let classes = Lexicon.classes(of: word)
    let nounFollowedByVerb =
      classes.contains(.noun)
      && afterNext.map { !Lexicon.verbReadings(of: $0.lowercased).isEmpty } == true
    return !classes.contains(.adjective) && !nounFollowedByVerb
      && Lexicon.verbReadings(of: word).contains {
        $0.form == .presentParticiple || $0.form == .pastParticiple
      }
  }

  /// Whether a word and the one after it read as what a possessive owns: a participle or an
  /// adjective before a noun that is no verb ("its recently renovated stadium").
  static func ownsAThing(_ next: Token, before afterNext: Token?) -> Bool {
    guard let afterNext, afterNext.kind == .word,
      !FunctionWords.isFunctionWord(next.lowercased)
    else { return false }
    let following = afterNext.lowercased
    return Lexicon.classes(of: following).contains(.noun)
      && Lexicon.verbReadings(of: following).isEmpty && !FunctionWords.isFunctionWord(following)
  }

  /// Whether a word is only ever an adverb ("basically", "honestly"), never a word a
  /// possessive could own.
  static func isOnlyAnAdverb(_ token: Token) -> Bool {
    token.kind == .word && !FunctionWords.isFunctionWord(token.lowercased)
      && Lexicon.classes(of: token.lowercased) == .adverb
  }

  /// Words only a possessive comes before: "ur own" is "your own", never "you're own".
  static let ownedOnly: Set<String> = ["own"]

  /// Words that follow the possessive "its" though they are function words or describe:
  /// "its own", "its many fans", "its only hope".
  static let possessiveFollowers: Set<String> = [
    "own", "many", "few", "other", "only", "first", "last", "best", "worst", "main", "whole",
  ]

  /// Whether "its" at `index` opens a sentence that closes on a tag asking after "it is" with no
  /// verb between ("its family isn't it", "its the money innit"): the tag says "its" is "it's".
  /// "its price is mad isn't it" has a verb of its own, and its "its" owns the price.
  static func closesOnItIsTag(_ tokens: [Token], after index: Int) -> Bool {
    let end =
      tokens[(index + 1)...].firstIndex { [".", "!", "?"].contains($0.text) } ?? tokens.endIndex
    let words = tokens[(index + 1)..<end].filter(\.isWord)
    guard
      let tag = itIsTags.first(where: { tag in
        words.count > tag.count && words.suffix(tag.count).map(\.lowercased) == tag
      })
    else { return false }
    return ClauseParser.finiteVerbIndex(in: Array(words.dropLast(tag.count))) == nil
  }

  /// Tags that ask after "it is", as typed.
  static let itIsTags: [[String]] = [
    ["isn't", "it"], ["isnt", "it"], ["is", "it"], ["innit"], ["ain't", "it"], ["aint", "it"],
  ]
}
