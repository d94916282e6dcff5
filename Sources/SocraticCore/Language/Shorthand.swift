/// The spellings of people who type fast, read as the words they stand for: "dont" is read as
/// "don't", "thats" as "that" "'s", "u" as "you", "bc" as "because".
///
/// Only how a token reads changes (`lowercased`, what the lexicon and the rules look at): its
/// text stays as typed, so a claim keeps the person's words ("Ethereum isnt decentralized").
/// A spelling that holds a clitic becomes two tokens, the clitic written with its apostrophe
/// ("thats" → "that" "'s", "im" → "i" "'m"), so that rules which rewrite it ("'m" → "'re")
/// write a word that reads as it should. Only spellings that are no other English word are read
/// ("were", "lets" stay); "its" is read as "it's" only before what describes or a function
/// word ("its a joke", "its not fair"), never before a noun ("its price"); "wed", "shed"
/// are read as "we'd", "she'd" only before a word that follows "I'd" ("wed be better off"),
/// and "id" as "I'd" anywhere but beside what names the card ("my id", "id card"). "ur" is
/// "you're" before what describes ("ur wrong about it") and "your" before a noun ("ur mom",
/// "ur best friend"); "y" is "why" only where a clause opens and a verb or "u" follows ("y dnt
/// u come", never "the y axis"). "gonna" reads as "going to", and a name with an "s" before it
/// as the name and "'s" ("trumps gonna win" → "trump 's going to win"): "gonna" needs a form
/// of "be" before it.
public enum Shorthand {
  /// The tokens with each shorthand spelling read as the words it stands for, and "of" typed
  /// for a modal's "have" written out: "it would of been easier" is given back as "it would
  /// have been easier".
  public static func expanded(_ tokens: [Token]) -> [Token] {
    TypoCorrector.withHaveAfterModals(expandedSpellings(tokens), written: ["of"])
  }

  private static func expandedSpellings(_ tokens: [Token]) -> [Token] {
    guard tokens.contains(where: { $0.kind == .word && readings[$0.lowercased] != nil }) else {
      return tokens
    }
    let tokens = withNamesBeforeGonna(tokens)
    var result: [Token] = []
    result.reserveCapacity(tokens.count + 2)
    for (index, token) in tokens.enumerated() {
      guard token.kind == .word, var parts = readings[token.lowercased],
        token.text.count == token.lowercased.count,
        !wouldSpellings.contains(token.lowercased)
          || index + 1 < tokens.count
            && Self.afterIWould.contains(tokens[index + 1].lowercased)
            && (token.lowercased == "id" || opensAClause(tokens, at: index)
              || index > 0 && beforeAClause.contains(tokens[index - 1].lowercased))
          || token.lowercased == "id" && isIWouldBeforeItsVerb(tokens, at: index),
        token.lowercased != "r" || isAreBesidePronoun(tokens, at: index),
        token.lowercased != "y" || isWhyBeforeItsVerb(tokens, at: index),
        token.lowercased != "ill" || isIWillBeforeItsVerb(tokens, at: index),
        token.lowercased != "cum" || index > 0 && beforeCome.contains(tokens[index - 1].lowercased)
      else {
        result.append(token)
        continue
      }
      // "its a joke", "its not fair": "its" before what describes or a function word is
      // "it's"; before a noun ("its price", "its own") it is the possessive it spells, unless
      // a tag asks after "it is" ("its family isn't it").
      if token.lowercased == "its" {
        // "its basically a failure": an adverb alone between them says nothing of which "its".
        let skip = index + 2 < tokens.count && isOnlyAnAdverb(tokens[index + 1]) ? 1 : 0
        let next = index + 1 + skip < tokens.count ? tokens[index + 1 + skip] : nil
        let afterNext = index + 2 + skip < tokens.count ? tokens[index + 2 + skip] : nil
        guard let next,
          closesOnItIsTag(tokens, after: index)
            || (opensAPredicate(next, before: afterNext) || describes(next, before: afterNext))
              && !possessiveFollowers.contains(next.lowercased)
              && (skip == 0 || !ownsAThing(next, before: afterNext))
        else {
          result.append(token)
          continue
        }
      }
      if token.lowercased == "ur" {
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil
        // "on ur own": a word only a possessive takes is never what someone is.
        let isOwned = next.map { ownedOnly.contains($0.lowercased) } ?? false
        parts =
          !isOwned && describes(next, before: afterNext)
          ? [(1, "you"), (1, "'re")] : [(2, "your")]
      }
      // "ur" read as "you're" is written out: "u're" would read as neither.
      let isYouAre = token.lowercased == "ur" && parts.count == 2
      // "ill" read as "I'll" is written out too: its "i" was never typed as the pronoun, and
      // "i'll" quoted back would be a spelling they never used.
      let isIWill = token.lowercased == "ill"
      var rest = Substring(token.text)
      for (position, part) in parts.enumerated() {
        let typed = String(rest.prefix(part.length))
        rest = rest.dropFirst(part.length)
        let text =
          part.reading.hasPrefix("'")
          ? part.reading
          : isYouAre ? CaseStyle.matching(token, part.reading) : isIWill ? "I" : typed
        var piece = Token(
          text, kind: .word,
          hasSpaceBefore: position == 0 && token.hasSpaceBefore,
          hasLineBreakBefore: position == 0 && token.hasLineBreakBefore)
        piece.lowercased = part.reading
        result.append(piece)
      }
    }
    return result
  }

  /// Whether a token is the rest of a spelling read as two words, straight after its first
  /// part ("na" after "gon" in "gonna"): the two are written as the one word typed. A word
  /// read from a spelling of its own ("u", "dont") is no part of the word before it, even
  /// where it lost its space by opening a clause.
  static func continuesSpelling(_ token: Token, after previous: Token) -> Bool {
    guard !token.hasSpaceBefore, token.kind == .word, previous.kind == .word,
      let parts = readings[Token.normalized(previous.text + token.text)], parts.count > 1
    else { return false }
    return parts[0].length == previous.text.count
  }

  /// Spellings of "I'd", "we'd", "she'd" and "he'd" that are also words ("id", "wed", "shed",
  /// "hed"): read so only before a word that follows "I'd", and "wed", "shed", "hed" only
  /// where a clause opens or after a verb a clause follows ("i reckon shed hate it").
  private static let wouldSpellings: Set<String> = ["id", "wed", "shed", "hed"]

  /// The word a typed spelling of one whole word stands for, in the case it was typed ("u" →
  /// "you", "dont" → "don't", "U" → "You"), or nil for any other token: what a line written
  /// for the person to say (a rewrite) spells out.
  static func writtenOut(_ token: Token) -> String? {
    let typed = token.text.lowercased()
    guard token.kind == .word, let parts = readings[typed], parts.count == 1 else { return nil }
    // A token made afresh from the typed text reads as typed; "ur" is "your" or "you're" and
    // "r" is "are" or a letter ("the R number") by what is around them, which only the reading
    // of the line knew.
    let byContext: Set<String> = ["ur", "r", "y"]
    let reading =
      token.lowercased != typed
      ? token.lowercased : byContext.contains(typed) ? nil : parts[0].reading
    return reading.map { CaseStyle.matching(token, $0) }
  }

  /// Whether "r" stands as "are" beside a pronoun ("r u sure", "where r they", "we r"), not as a
  /// letter or a name's part ("/r/crypto", "R&B").
  private static func isAreBesidePronoun(_ tokens: [Token], at index: Int) -> Bool {
    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
    let previous = index > 0 ? tokens[index - 1] : nil
    let isSpacedWord = { (token: Token?) in token.map { $0.isWord } ?? false }
    guard isSpacedWord(next) || isSpacedWord(previous),
      next?.hasSpaceBefore ?? true, tokens[index].hasSpaceBefore || index == 0
    else { return false }
    return next.map { pronounsBesideAre.contains($0.lowercased) } == true
      || previous.map { pronounsBesideAre.contains($0.lowercased) } == true
  }

  /// Whether "y" stands as "why": it opens a clause ("y dnt u …", "ok but y r u …") and an
  /// auxiliary or the person spoken to follows, as after a question word; not the letter ("the
  /// y axis", "x and y").
  private static func isWhyBeforeItsVerb(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 1 < tokens.count, opensAClause(tokens, at: index) else { return false }
    let next = tokens[index + 1].lowercased
    let read = readings[next].map { $0[0].reading } ?? next
    if ["you", "not"].contains(read) { return true }
    // "y r u", "y did she": the auxiliary's subject follows; "so y is the answer" is a letter.
    guard FunctionWords.auxiliary(read) != nil, index + 2 < tokens.count else { return false }
    let subject = tokens[index + 2].lowercased
    let spelled = readings[subject].map { $0[0].reading } ?? subject
    return ["i", "you", "he", "she", "we", "they", "it"].contains(spelled)
  }

  /// Pronouns and question words "are" stands beside: "r u", "we r", "where r".
  private static let pronounsBesideAre: Set<String> = [
    "u", "you", "we", "they", "ya", "there", "these", "those", "who", "what", "where", "how",
    "why", "wy", "when",
  ]

  /// Whether a token stands where a clause opens: first, or after a mark, a conjunction or
  /// "that" ("…, wed be better off", "so shed have to"), never after a determiner ("a shed
  /// like theirs").
  static func opensAClause(_ tokens: [Token], at index: Int) -> Bool {
    guard index > 0 else { return true }
    let previous = tokens[index - 1]
    return previous.kind == .punctuation || FunctionWords.coordinators.contains(previous.lowercased)
      || FunctionWords.subordinators.contains(previous.lowercased) || previous.lowercased == "that"
  }

  /// Whether "id" stands as "I'd" before any verb or adverb where a clause opens ("id let
  /// them down", "but id only slow them up", "i think id cope"): the noun is typed "ID", comes
  /// after a verb that takes it ("voters should need id"), a determiner, a possessive or a word
  /// that names one ("my id", "photo id", "with id") or before what it is ("id card", "id to
  /// get in").
  private static func isIWouldBeforeItsVerb(_ tokens: [Token], at index: Int) -> Bool {
    guard tokens[index].text != "ID", index + 1 < tokens.count, tokens[index + 1].isWord,
      tokens[index + 1].hasSpaceBefore, !idNounNeighbours.contains(tokens[index + 1].lowercased)
    else { return false }
    guard index > 0 else { return true }
    let previous = tokens[index - 1].lowercased
    return opensAClause(tokens, at: index) || beforeAClause.contains(previous)
  }

  /// Words "cum" is "come" after ("u nevr cum", "want to cum round"); elsewhere it is the
  /// Latin of "summa cum laude".
  private static let beforeCome: Set<String> = [
    "u", "you", "i", "we", "they", "never", "nevr", "nvr", "always", "to", "2", "will", "can",
    "cant", "wanna", "gonna", "pls", "plz", "please", "dont", "not",
  ]

  /// Verbs a clause follows without "that": "i think id cope", "i reckon wed win".
  private static let beforeAClause: Set<String> = [
    "think", "reckon", "guess", "know", "suppose", "bet", "say", "said", "thought", "hope",
    "mean", "swear", "feel", "says", "reckons", "thinks", "knew", "knows", "hoped", "felt",
    "promised", "swore",
  ]

  /// Words beside "id" the noun, before or after it: "photo id", "with id", "id card".
  private static let idNounNeighbours: Set<String> = [
    "photo", "student", "valid", "fake", "proper", "with", "without", "for", "of", "show",
    "card", "cards", "badge", "badges", "number", "numbers", "check", "checks", "theft", "to",
    "and", "or", "please", "is", "was", "expired", "tag", "tags",
  ]

  /// Words that follow "I'd" and never "id" the noun: "id have to rethink it", "id rather
  /// not", so "id" (or "wed", "shed") before them is read as "I'd" ("we'd", "she'd").
  private static let afterIWould: Set<String> = [
    "have", "be", "rather", "say", "want", "need", "like", "love", "hate", "never", "probably",
    "just", "still", "definitely", "prefer", "think", "guess", "go", "do", "take", "bet", "not",
    "come", "feel", "know", "get", "cope", "agree", "understand", "mind", "miss", "enjoy",
  ]

  /// The tokens with a name written with an "s" before "gonna" read as the name and "'s"
  /// ("trumps gonna win", "bidens gonna lose"), when no auxiliary comes before it: "gonna"
  /// needs a form of "be". A name is a word the lexicon does not know or knows as a name too;
  /// a common plural stays ("kids gonna be fine"). A word the lexicon knows whose stem it does
  /// not is read so only when it is a name too, as a person's name may also be a genus
  /// ("bidens"), and does not end in "ss" ("congress gonna", "progress gonna").
  private static func withNamesBeforeGonna(_ tokens: [Token]) -> [Token] {
    guard
      let gonna = tokens.firstIndex(where: { $0.kind == .word && $0.lowercased == "gonna" }),
      gonna > 0
    else { return tokens }
    let name = tokens[gonna - 1]
    let word = name.lowercased
    guard name.kind == .word, word.count > 3, word.hasSuffix("s"), !word.hasSuffix("'s"),
      !tokens[..<gonna].contains(where: { FunctionWords.auxiliary($0.lowercased) != nil }),
      !FunctionWords.isFunctionWord(word)
    else { return tokens }
    let stem = String(word.dropLast())
    let classes = Lexicon.classes(of: stem)
    guard classes.isEmpty || classes.contains(.properSense),
      !Lexicon.isKnown(word) || !classes.isEmpty
        || Lexicon.classes(of: word).contains(.properSense) && !word.hasSuffix("ss")
    else { return tokens }
    var result = tokens
    let base = name.replacingText(with: String(name.text.dropLast()))
    var clitic = Token("'s", kind: .word, hasSpaceBefore: false)
    clitic.lowercased = "'s"
    result.replaceSubrange((gonna - 1)...(gonna - 1), with: [base, clitic])
    return result
  }
}
