import Foundation

/// A point about wording ("'never' is maybe a bit much", "the always part is too strong"): they
/// take issue with a word, not with the view or their experience, and it is given back as the
/// word going too far for them: "So 'never' goes too far for you.", never "You're thinking
/// never' is …" nor "In your experience, …".
extension ReflectionWriter {
  /// The reflection of a point about a word that goes too far, or nil when no sentence of the
  /// line makes one: a word they quote, an absolute ("always", "everyone") or a "… bit" named,
  /// then a verb saying it is too strong (`goesTooFar`).
  static func wordingPoint(in line: String) -> String? {
    let read = TypedTextLimit.prefix(of: line, characters: AnswerMoveReader.readLimit)
    for sentence in SentenceSplitter.sentences(in: Tokenizer.tokenize(read)) {
      let words = sentence.filter(\.isWord)
      guard
        let at = words.indices.first(where: {
          goesTooFar.mayStart(with: words[$0].lowercased)
            && !goesTooFar.matchEnds(in: words, from: $0).isEmpty
        }), at > 0,
        let named = namedWord(
          Array(words[..<at]),
          quoted: sentence.contains { isQuote($0) || $0.text.hasSuffix("'") },
          callsItAWord: words[at...].contains { $0.lowercased == "word" })
      else { continue }
      return "So '\(named)\(wordingClose)"
    }
    return nil
  }

  /// Whether a reflection gives back a point about wording (`wordingPoint(in:)`).
  static func isWordingPoint(_ text: String) -> Bool {
    text.hasPrefix("So '") && text.hasSuffix(wordingClose)
  }

  /// How a reflection of a point about wording closes.
  private static let wordingClose = "' goes too far for you."

  /// The word a point about wording names, from the words before what it says of it, hedges
  /// that open it left off ("maybe hate is too strong"): all of them when they quoted it or
  /// called it a word ("disgusted is a strong word"), a strong word said alone, or the words
  /// before "bit" or "part".
  private static func namedWord(_ words: [Token], quoted: Bool, callsItAWord: Bool) -> String? {
    var named = words.map { $0.lowercased.trimmingCharacters(in: quoteMarks) }
      .filter { !$0.isEmpty }.drop(while: hedges.contains).map { $0 }
    // "the hate is too much": a strong word after "the" names a thing, not a word of theirs,
    // unless they call it a word or a bit of what they said ("the never bit").
    let namesAThing = named.first == "the"
    if namesAThing { named.removeFirst() }
    if let last = named.last, wordingNouns.contains(last) {
      named.removeLast()
    } else if !quoted, !callsItAWord, namesAThing || !(named.count == 1 && isStrong(named[0])) {
      return nil
    }
    guard (1...namedWordLimit).contains(named.count),
      // "that bit is too much": a word that points, not one they take issue with.
      !named.contains(where: {
        FunctionWords.subjectPronouns[$0] != nil && !absolutes.contains($0)
          || pointers.contains($0)
      })
    else { return nil }
    return named.joined(separator: " ")
  }

  /// What a point about wording says of the word: "is maybe a bit much", "'s too strong".
  static let goesTooFar = TokenPattern(
    "(is|'s|was|are|'re|sounds|seems) (maybe|probably|prob|perhaps|possibly)? ((a bit|a little|a tad|a touch|bit|kinda|kind of|too|way too|a bit too|just)? (much|strong|far|harsh|extreme|over the top|ott|a stretch|overkill|dramatic|absolute|black and white)|(a|quite a|a bit of a|a pretty|a very|a really|too|too much of a) (strong|big|harsh|loaded|heavy|extreme) word)"
  )

  /// Whether a word said alone may be one they find too strong: an absolute, a feeling or a
  /// word of strong liking or judgement ("hate", "evil").
  private static func isStrong(_ word: String) -> Bool {
    absolutes.contains(word) || strongWords.contains(word)
      || AnswerCues.feelingWords.contains(word) || AnswerCues.feelingVerbs[word] != nil
  }

  /// Words of strong liking or judgement a person may take back as too strong.
  private static let strongWords: Set<String> = [
    "hate", "loathe", "despise", "detest", "love", "adore", "evil", "disgusting", "stupid",
    "idiots", "idiotic", "crazy", "insane", "awful", "terrible", "horrible", "useless",
    "pathetic", "scam", "criminal", "corrupt", "lazy", "greedy", "selfish", "cruel", "vile",
  ]

  /// Nouns that name a stretch of wording: "the never bit", "the all part".
  private static let wordingNouns: Set<String> = ["bit", "part", "word", "wording"]

  /// Words that claim too much, said alone as the subject of a point about wording.
  private static let absolutes: Set<String> = [
    "always", "never", "ever", "everyone", "everybody", "nobody", "noone", "all", "every",
    "none", "completely", "totally", "only",
  ]

  /// Words that point at what was said rather than name a word of it.
  private static let pointers: Set<String> = ["that", "this", "it", "those", "these"]

  /// The most words a named stretch of wording has.
  private static let namedWordLimit = 3

  /// Quotation marks, which a word may keep glued to it ("always'").
  private static let quoteMarks = CharacterSet(charactersIn: "'\"\u{2018}\u{2019}\u{201C}\u{201D}")

  /// Whether a token is a quotation mark.
  private static func isQuote(_ token: Token) -> Bool {
    ["'", "\"", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}"].contains(token.text)
  }
}
