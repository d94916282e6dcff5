/// Text typed fast, written out as a careful writer would put it when it is shown back:
/// "cant" → "can't", "im" → "I'm", "u" → "you", "cos" → "because", a lone "i" → "I", and a
/// word said twice by two spellings once ("because cos" → "because").
///
/// `Shorthand` changes only how a token reads; `TypedForms` changes its text too, for the
/// lines the tool writes from the person's words (a recap, a reflection, "What you said").
/// `cleaned(_:)` also drops chat noise and tail tags ("lol", "tbh", "innit", ", is it").
public enum TypedForms {
  /// The tokens with each typed form written as the words it stands for, case kept
  /// ("Cant" → "Can't"), a lone "i" as "I", and a word written twice in a row by two
  /// spellings ("because cos", "you u") once.
  public static func written(_ tokens: [Token]) -> [Token] {
    var result: [Token] = []
    result.reserveCapacity(tokens.count + 2)
    for token in Shorthand.expanded(tokens) {
      for var piece in writtenOut(token) {
        if piece.lowercased == "i", piece.kind == .word { piece.text = "I" }
        // "gonna" is read as two words ("gon" + "na"): written out, the second is a word of
        // its own ("going to", not "goingto").
        if piece.kind == .word, !piece.hasSpaceBefore, !piece.lowercased.hasPrefix("'"),
          respelled(token), result.last?.kind == .word
        {
          piece.hasSpaceBefore = true
        }
        if let last = result.last, last.kind == .word, piece.kind == .word,
          last.lowercased == piece.lowercased, last.text != piece.text || respelled(token)
        {
          continue
        }
        result.append(piece)
      }
    }
    return result
  }

  /// The text with typed forms written out (`written(_:)`).
  public static func written(_ text: String) -> String {
    written(Tokenizer.tokenize(text)).joinedText
  }

  /// The text written out, without chat noise ("ngl", "lol", "tbh") or a tag at its end
  /// ("innit", ", is it", ", right"): what is left is what the person said.
  public static func cleaned(_ text: String) -> String {
    var tokens = SpeechNoise.removing(from: written(Tokenizer.tokenize(text)))
    while let start = tailTagStart(in: tokens) {
      tokens.removeSubrange(start..<closingStart(of: tokens))
    }
    return tokens.joinedText
  }

  /// The text as typed, without chat noise or a tag at its end (as `cleaned(_:)` drops them),
  /// every word spelt as they spelt it ("i", "thats"): what a quotation of their words shows.
  public static func trimmed(_ text: String) -> String {
    var tokens = SpeechNoise.removing(from: Tokenizer.tokenize(text))
    while let start = tailTagStart(in: tokens) {
      tokens.removeSubrange(start..<closingStart(of: tokens))
    }
    return tokens.joinedText
  }

  /// The token as the words it reads as, when it is a typed form `Shorthand` leaves as
  /// typed, or a `Shorthand` reading whose text is still the typed spelling.
  private static func writtenOut(_ token: Token) -> [Token] {
    guard token.kind == .word else { return [token] }
    if let words = spellings[token.lowercased] {
      return words.split(separator: " ").enumerated().map { position, word in
        let text = position == 0 ? CaseStyle.matching(token, String(word)) : String(word)
        return Token(
          text, kind: .word, hasSpaceBefore: position > 0 || token.hasSpaceBefore,
          hasLineBreakBefore: position == 0 && token.hasLineBreakBefore)
      }
    }
    // `Shorthand` keeps the typed text and changes the reading: "dont" reads "don't".
    guard !token.lowercased.hasPrefix("'"), Token.normalized(token.text) != token.lowercased
    else { return [token] }
    return [token.replacingText(with: CaseStyle.matching(token, token.lowercased))]
  }

  /// Whether the token is a typed form written out by this type (so that a word it doubles
  /// goes even when both are spelt the same way: "because cos").
  private static func respelled(_ token: Token) -> Bool {
    spellings[token.lowercased] != nil || Token.normalized(token.text) != token.lowercased
  }

  /// Where a tag that only asks for agreement starts at the end of what is said (with the
  /// comma before it), or nil: a tag of `tailTags` ("innit", "is it", ", right") after a clause
  /// of three words or more, or an auxiliary and a tag pronoun after a clause with a finite verb
  /// of its own ("you've seen it, haven't you", "they wanted it didn't they"). The auxiliary
  /// does not ask when a word that opens or compares a clause comes before it: "and so do I",
  /// "more than they are", "how it is".
  public static func tailTagStart(in tokens: [Token]) -> Int? {
    let end = closingStart(of: tokens)
    let words = tokens[..<end].map(\.lowercased)
    for tag in tailTags {
      guard words.count >= tag.words.count + 3,
        Array(words.suffix(tag.words.count)) == tag.words
      else { continue }
      var start = end - tag.words.count
      let afterComma = start > 0 && tokens[start - 1].text == ","
      guard afterComma || !tag.needsComma else { continue }
      if afterComma { start -= 1 }
      return start
    }
    guard end >= 4, FunctionWords.tagPronouns.contains(words[end - 1]),
      FunctionWords.auxiliary(words[end - 2]) != nil, !words[end - 2].hasPrefix("'"),
      !opensOrCompares(words[end - 3]),
      ClauseParser.finiteVerbIndex(in: Array(tokens[..<(end - 2)])) != nil,
      // "because nobody his age was there", "if we do it": the clause's own verb, no tag.
      !CutClause.endsCut(Array(tokens[..<(end - 2)]))
    else { return nil }
    return tokens[end - 3].text == "," ? end - 3 : end - 2
  }

  /// Whether a word before an auxiliary and a pronoun makes them a clause of their own rather
  /// than a tag: a conjunction, a question word, a preposition that takes a clause ("than")
  /// or a determiner ("neither"). A particle closing a verb ("prices go up don't they") asks.
  private static func opensOrCompares(_ word: String) -> Bool {
    FunctionWords.subordinators.contains(word) || FunctionWords.coordinators.contains(word)
      || FunctionWords.questionWords.contains(word) || clauseTakingPrepositions.contains(word)
      || FunctionWords.determiners.contains(word)
  }

  /// Prepositions that may open a clause of their own: "than do we", "as did they".
  private static let clauseTakingPrepositions: Set<String> = [
    "than", "as", "like", "before", "after", "since", "until", "till",
  ]

  /// Where the closing punctuation of the tokens starts.
  static func closingStart(of tokens: [Token]) -> Int {
    var end = tokens.count
    while end > 0, tokens[end - 1].kind == .punctuation { end -= 1 }
    return end
  }

  /// A tag said after a clause, and whether a comma must come before it.
  private struct TailTag {
    var words: [String]
    var needsComma: Bool
  }

  /// The tags of speech after what is said.
  private static let tailTags: [TailTag] = [
    TailTag(words: ["innit"], needsComma: false),
    TailTag(words: ["is", "it"], needsComma: false),
    TailTag(words: ["isn't", "it"], needsComma: false),
    TailTag(words: ["ain't", "it"], needsComma: false),
    // "i'm not exactly winning here either am i": the speaker's own tag, which turned round
    // would ask "am you".
    TailTag(words: ["am", "i"], needsComma: false),
    TailTag(words: ["aren't", "i"], needsComma: false),
    TailTag(words: ["ain't", "i"], needsComma: false),
    TailTag(words: ["right"], needsComma: true),
    TailTag(words: ["yeah"], needsComma: true),
    TailTag(words: ["eh"], needsComma: false),
    TailTag(words: ["ya", "know"], needsComma: false),
    TailTag(words: ["y'know"], needsComma: false),
  ]

  /// Words said to call the listener or the person talked to, never about anything: "mate",
  /// "love", "bro". At either end of what is given back they are no part of it.
  public static let addressTerms: Set<String> = [
    "mate", "love", "man", "dude", "bro", "bruh", "buddy", "pal", "hun", "babe", "guys", "fam",
    "sis", "lads", "luv",
  ]

  /// Words of talk that only open what is said and mean nothing in it: "anyway you should
  /// stop", "mind you it was hot". Given back, they are left off.
  public static let openingMarkers: [[String]] = [
    ["anyway"], ["anyways"], ["anyhow"], ["mind", "you"], ["you", "know", "what"],
  ]

  /// Words of talk that only close what is said, after a word that is no determiner,
  /// possessive or preposition: "they're overhyped mind", "it's daft tho", "it was weird
  /// like". After one of those the word is a noun of the clause ("change my mind", "in mind")
  /// or its verb ("the ones I like").
  public static let closingMarkers: Set<String> = ["mind", "like", "tho", "innit"]

  /// Typed forms `Shorthand` does not read, as the words they stand for. Only spellings that
  /// are no other English word ("cause", "ill", "well" stay).
  private static let spellings: [String: String] = [
    "cos": "because", "coz": "because", "cuz": "because", "bcos": "because",
    "bcuz": "because", "'cause": "because", "'cos": "because", "wont": "won't",
    "youll": "you'll", "theyll": "they'll", "theyd": "they'd", "youd": "you'd",
    "shouldve": "should've", "wouldve": "would've",
    "couldve": "could've", "mustve": "must've", "dunno": "don't know", "idk": "I don't know",
    "prolly": "probably", "em": "them", "probs": "probably", "rly": "really", "abt": "about",
  ]
}
