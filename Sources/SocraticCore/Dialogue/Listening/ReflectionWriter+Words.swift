/// The words a reflection turns or keeps: "our" given back as "your", the words after which a
/// "that" waits for its clause, the tokens that may be given back as typed.
extension ReflectionWriter {
  /// The person's "we", "our" and "us" given back as "you", "your": in a reflection the
  /// listener is never one of their "we" ("we already do 12 hr shifts" → "you already do …").
  /// "our kid" (a brother or sister, or a child, as they use it) is given back in quotation
  /// marks as typed: "your kid" would name a child of theirs they may not mean. "our nan"
  /// (`KinWords.familyTitles`) is given back as "nan": she is the listener's too.
  static func ourToYour(_ tokens: [Token]) -> [Token] {
    var result: [Token] = []
    var index = tokens.startIndex
    while index < tokens.endIndex {
      let token = tokens[index]
      if token.lowercased == "our", index + 1 < tokens.endIndex,
        ourNames.contains(tokens[index + 1].lowercased)
      {
        var named = Tokenizer.tokenize("\"\(token.text) \(tokens[index + 1].text)\"")
        named[0].hasSpaceBefore = token.hasSpaceBefore
        result += named
        index += 2
        continue
      }
      // "it's just our nan": theirs and the listener's both, given back as "nan".
      if token.lowercased == "our", index + 1 < tokens.endIndex,
        KinWords.familyTitles.contains(tokens[index + 1].lowercased)
      {
        var named = tokens[index + 1]
        named.hasSpaceBefore = token.hasSpaceBefore
        result.append(named)
        index += 2
        continue
      }
      // "the US", "US": a word in capitals is a name, never their "us".
      let isName = token.text.count > 1 && !token.text.contains(where: \.isLowercase)
      let replacement = isName ? nil : ourWords[token.lowercased]
      result.append(
        replacement.map { token.replacingText(with: CaseStyle.matching(token, $0)) } ?? token)
      index += 1
    }
    return result
  }

  /// Words that after "our" name one person the way a family does ("our kid"), whom "your"
  /// before the same word would not name.
  static let ourNames: Set<String> = ["kid"]

  /// Whether an "us" comes after the person's own "I" (turned to "you") as the subject: "I
  /// just want us to talk", "I'm saying what my mother said about us". Who else is in that
  /// "us" (a partner, a generation) the words do not say, and "you" would drop them, so the
  /// clause is not given back. Elsewhere "us" is their side ("the farms near us").
  static func pointsAtUnsureGroup(_ tokens: [Token]) -> Bool {
    let words = tokens.map(\.lowercased)
    return words.indices.contains { index in
      groupWords.contains(words[index])
        && words[..<index].last(where: { FunctionWords.subjectPronouns[$0] != nil }) == "you"
    }
  }

  /// Words for a group the speaker is one of, said as an object.
  static let groupWords: Set<String> = ["us", "ourselves"]

  /// A verb that shares its subject "you" across "and" agrees with it: "you grew up catholic
  /// and was terrified" → "… and were terrified".
  static func agreeingAcrossAnd(_ tokens: [Token]) -> [Token] {
    var result = tokens
    for index in result.indices.dropFirst()
    where result[index - 1].lowercased == "and" && youForms[result[index].lowercased] != nil {
      let subject = result[..<(index - 1)].last { subjectPronouns.contains($0.lowercased) }
      guard subject?.lowercased == "you", let form = youForms[result[index].lowercased] else {
        continue
      }
      result[index] = result[index].replacingText(with: form)
    }
    return result
  }

  /// The tokens turned by `reflect`, except a name they give after "called" ("a site called
  /// have I been trained"): a name is given back as typed, up to the next mark.
  static func keepingNames(_ tokens: [Token], _ reflect: ([Token]) -> [Token]) -> [Token] {
    guard let caller = tokens.firstIndex(where: { namingWords.contains($0.lowercased) }) else {
      return reflect(tokens)
    }
    let nameEnd =
      tokens[(caller + 1)...].firstIndex { $0.kind == .punctuation && $0.text != "'" }
      ?? tokens.endIndex
    let after = Array(tokens[nameEnd...])
    return reflect(Array(tokens[...caller])) + tokens[(caller + 1)..<nameEnd]
      + (after.isEmpty ? [] : reflect(after))
  }

  /// The tokens turned by `turn` outside quotation marks that pair up; inside them the words
  /// are someone's as said, and keep their own persons: "my uncle said "I never wanted help""
  /// is his "I", never the person's.
  static func keepingQuoted(_ tokens: [Token], _ turn: ([Token]) -> [Token]) -> [Token] {
    let marks = tokens.indices.filter { ReflectionCheck.isQuoteMark(tokens[$0]) }
    guard marks.count >= 2, marks.count.isMultiple(of: 2) else { return turn(tokens) }
    var result: [Token] = []
    var start = tokens.startIndex
    for pair in stride(from: 0, to: marks.count, by: 2) {
      let (open, close) = (marks[pair], marks[pair + 1])
      if start < open { result += turn(Array(tokens[start..<open])) }
      result += tokens[open...close]
      start = close + 1
    }
    if start < tokens.endIndex { result += turn(Array(tokens[start...])) }
    return result
  }

  /// Words after which a name follows.
  static let namingWords: Set<String> = ["called", "named", "titled"]

  private static let youForms = ["was": "were", "wasn't": "weren't", "am": "are"]
  private static let subjectPronouns: Set<String> = ["you", "he", "she", "it", "they", "we"]

  static let ourWords: [String: String] = [
    "we": "you", "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves",
    "we're": "you're", "we've": "you've",
  ]

  /// Verbs of the speaker's stance: a clause that opens on one with no subject ("still think
  /// they're wrong", "dont trust them") left its "I" off, and is given back with "you".
  static let stanceVerbs: Set<String> = [
    "think", "feel", "believe", "know", "hate", "love", "like", "want", "wish", "doubt",
    "hope", "agree", "disagree", "prefer", "worry", "miss", "trust", "guess", "mean", "care",
    "need", "see", "get", "buy", "remember", "understand", "suppose", "reckon",
  ]

  /// Whether a clause opens on their view held on to: "i still think …", "still reckon …".
  static func holdsOn(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased).drop { $0 == "i" }
    guard words.first == "still", let verb = words.dropFirst().first else { return false }
    return heldViewVerbs.contains(verb)
  }

  /// Verbs of a view held: "still think", "still reckon".
  private static let heldViewVerbs: Set<String> = [
    "think", "reckon", "believe", "say", "feel", "stand",
  ]

  /// Verbs that open a clause whose "I" was left off ("cant argue with that", "havent checked"):
  /// given back with "you" before them.
  static let subjectlessOpeners: Set<String> = [
    "can't", "cannot", "couldn't", "wouldn't", "haven't", "hadn't", "didn't", "won't", "shouldn't",
  ]

  /// Whether the words say how the person feels about themselves ("I feel like a fraud", "I
  /// felt a bit daft"): then "I feel" is the feeling, never a frame to drop ("a fraud for
  /// ages", "a bit daft not knowing how" would not read).
  static func namesSelfFeeling(_ tokens: [Token]) -> Bool {
    let words = tokens.map(\.lowercased)
    return words.indices.contains { index in
      guard ["feel", "felt"].contains(words[index]) else { return false }
      var next = index + 1
      while next < words.count, feelingDegrees.contains(words[next]) { next += 1 }
      guard next < words.count else { return false }
      if words[next] == "like" {
        return next + 1 < words.count && ["a", "an"].contains(words[next + 1])
      }
      // "I felt small", "I feel a bit stupid": a word that says how, not a clause to come.
      return !FunctionWords.isFunctionWord(words[next])
        && (Lexicon.classes(of: words[next]).contains(.adjective)
          || Lexicon.verbReadings(of: words[next]).contains { $0.form == .pastParticiple })
    }
  }

  /// Words of degree between "I felt" and how: "a bit", "so", "really".
  static let feelingDegrees: Set<String> = [
    "a", "bit", "little", "so", "really", "quite", "very", "pretty", "kinda", "kind", "sort",
    "of", "totally", "completely", "proper", "dead", "well", "bloody", "super", "just",
  ]

  /// Words after which "that" opens a clause still to come.
  static let thatTakers: Set<String> = [
    "think", "say", "said", "know", "believe", "mean", "means", "is", "was", "so", "feel",
    "guess", "hope", "sure", "and", "but",
  ]

  /// Whether a token can be given back as it is: words, numbers and ordinary punctuation.
  static func isPlain(_ token: Token) -> Bool {
    switch token.kind {
    case .word, .number: return true
    case .punctuation:
      return ![
        "[", "]", "{", "}", "\\", "\"", "\u{201C}", "\u{201D}", "(", ")", "*", "_", "#", "@",
      ].contains(token.text)
    case .symbol: return ["$", "%", "&", "+", "\u{20AC}", "\u{00A3}"].contains(token.text)
    }
  }

  /// Items joined as a list: "a", "a and b", "a, b and c".
  static func listed(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
  }

  /// The tokens as a careful writer puts them when they are given back (`TypedForms`):
  /// "cant" → "can't", "theyd" → "they'd", "cos" → "because", so a reflection never echoes
  /// how the person typed.
  static func writtenOut(_ tokens: [Token]) -> [Token] { TypedForms.written(tokens) }

  /// Whether the words open, after an adverb or two, on a verb of seeming and "like" with
  /// their "it" left off: "still feels like giving up" is given back as "it still feels …".
  static func leavesOffIt(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased).drop(while: stanceAdverbs.contains)
    guard let verb = words.first, ReflectionCheck.itSeemingVerbs.contains(verb) else {
      return false
    }
    return words.dropFirst().first == "like"
  }
}
