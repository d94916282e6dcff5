/// The phrases a reflection is made of: their words as a whole statement (never a bare label),
/// a source named, the first part of what they said before a contrast, and the thing a reason
/// comes down to.
extension ReflectionWriter {
  /// Their words given back as a statement, unless they are only a label ("the left out
  /// thing", "that whole money bit"): a noun phrase that ends on a word standing for anything.
  static func wholeStatement(_ text: String) -> String? {
    givenStatement(withoutSubjectlessTail(text)).flatMap {
      isLabel($0) || dropsSubject($0) ? nil : $0
    }
  }

  /// Whether words are a label, not a clause: a determiner, then a few words up to a noun
  /// that stands for anything (`labelNouns`) and ends them.
  static func isLabel(_ text: String) -> Bool {
    let words = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased)
    guard let first = words.first, let last = words.last, words.count > 1,
      words.count <= labelWordLimit
    else { return false }
    return labelOpeners.contains(first) && labelNouns.contains(last)
  }

  /// The nouns a label ends on: "the money thing", "that whole school bit".
  private static let labelNouns: Set<String> = ["thing", "things", "stuff", "bit", "side", "part"]

  /// The most words a label has: longer, it says more than name a topic.
  private static let labelWordLimit = 5

  /// Words that open a label: "the … thing", "that … bit".
  private static let labelOpeners: Set<String> = [
    "the", "that", "this", "your", "their", "his", "her", "our", "a", "an", "whole",
  ]

  /// A source as the thing it names, without the preposition it was seen through: "on tv" →
  /// "tv", so "comes from tv" reads.
  static func sourcePhrase(_ text: String) -> String? {
    let tokens = Tokenizer.tokenize(text).drop {
      FunctionWords.prepositions.contains($0.lowercased) || !$0.isWord
    }
    return tokens.isEmpty ? nil : secondPersonPhrase(Array(tokens).joinedText)
  }

  /// A part's words up to where a second clause joins it ("…, " or "and"), when at least
  /// three words come before.
  static func firstPart(_ text: String) -> String? {
    let tokens = Tokenizer.tokenize(text)
    // "the news is loud but not wrong": never the part before a contrast without it.
    guard
      let cut = tokens.indices.dropFirst(3).first(where: {
        ["and", "but", ",", ";"].contains(tokens[$0].lowercased)
      }), !tokens[cut...].contains(where: { contrasts.contains($0.lowercased) }),
      // "i cancel the gym, buy a bike and see": a plan is never cut to its first item.
      !continuesSeries(tokens, after: cut)
    else { return nil }
    return Array(tokens[..<cut]).joinedText
  }

  /// Whether what follows a joint goes on with the same subject: a verb with none of its own,
  /// as the next item of a list of things done or planned ("…, buy a bike and see …").
  static func continuesSeries(_ tokens: [Token], after joint: Int) -> Bool {
    let words = tokens[(joint + 1)...].filter(\.isWord).map(\.lowercased)
      .drop(while: seriesLinks.contains)
    guard let next = words.first, !FunctionWords.isFunctionWord(next) else { return false }
    // "…, work is fine": a noun that is a verb too is the subject of what follows it; "…,
    // fair enough": a word that describes closes, and goes on with nothing.
    // "…, trust me": a verb on the speaker is said to the listener, no next item.
    guard let after = words.dropFirst().first, FunctionWords.auxiliary(after) == nil,
      !FunctionWords.objectPronouns.contains(after),
      !Lexicon.classes(of: next).contains(.adjective)
    else { return false }
    return Lexicon.verbReadings(of: next).contains { $0.form == .base || $0.form == .past }
      && Lexicon.singular(of: next) == nil
  }

  /// Whether words given back stop where the line goes on with the next item of a series
  /// ("i cancel the gym, buy a bike and …"): a plan or a run of acts cut to its first item.
  static func cutsSeries(_ given: String, in line: String) -> Bool {
    let ending = Tokenizer.tokenize(given).filter(\.isWord).suffix(2).map(\.lowercased)
    let tokens = Tokenizer.tokenize(line)
    guard ending.count == 2, tokens.count > 2 else { return false }
    return tokens.indices.dropFirst().dropLast().contains { at in
      [tokens[at - 1].lowercased, tokens[at].lowercased] == ending
        && [",", "and"].contains(tokens[at + 1].lowercased)
        && continuesSeries(tokens, after: at + 1)
    }
  }

  /// Words that link one item of a series to the next: "and then see".
  private static let seriesLinks: Set<String> = ["and", "then", "also", "maybe", "just"]

  /// Words that turn what came before: a part is never given back without them.
  static let contrasts: Set<String> = ["but", "though", "although", "yet", "except"]

  /// Words that close a thing named only to wave it off: "age or whatever", "tax and stuff".
  static let wavedOffTails: Set<[String]> = [
    ["or", "whatever"], ["or", "something"], ["or", "anything"], ["and", "stuff"],
    ["and", "that"], ["and", "whatnot"], ["and", "everything"], ["or", "summat"],
  ]

  /// The thing a reason names with "because of": "of FTX" → "FTX". Only a thing: "of us"
  /// names people, not what it comes down to, and "of the weapons i suppose" or "of how he
  /// played" runs on into a clause of its own (a subject pronoun, a wh-word or an auxiliary).
  static func ofPhrase(_ reason: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(reason))
    guard tokens.first?.lowercased == "of" else { return nil }
    let thing = Array(tokens.dropFirst())
    let words = thing.filter(\.isWord).map(\.lowercased)
    // "age or whatever": a thing waved off as they name it is no criterion of theirs.
    guard !wavedOffTails.contains(Array(words.suffix(2))) else { return nil }
    guard let head = words.last, words.count <= maximumThingWords,
      !FunctionWords.objectPronouns.contains(head),
      !words.contains(where: { FunctionWords.subjectPronouns[$0] != nil }),
      !FunctionWords.questionWords.contains(words[0]),
      !words.contains(where: { FunctionWords.auxiliary($0) != nil })
    else { return nil }
    return secondPersonPhrase(thing.joinedText)
  }

  /// The most words the thing a reason comes down to may have.
  private static let maximumThingWords = 6

  /// A phrase of the person's (a source, a thing) in the second person, or nil when it is too
  /// long or odd.
  static func secondPersonPhrase(_ text: String) -> String? {
    var tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    guard !tokens.isEmpty, tokens.allSatisfy(isPlain), tokens.count(where: \.isWord) <= 10,
      !isDangling(tokens), ReflectionCheck.mayTurn(tokens)
    else { return nil }
    tokens[0].hasSpaceBefore = false
    return writtenOut(
      ourToYour(BeliefReader.casingFirstWord(FirstPersonReflector.reflect(tokens)))
    ).joinedText
  }

  /// Whether a clause stops where it cannot end: on "and", "the", "because"; or on a "that"
  /// still waiting for its clause ("I think that").
  static func isDangling(_ tokens: [Token]) -> Bool {
    guard let last = tokens.last?.lowercased else { return true }
    if last == "that", tokens.count > 1 {
      return thatTakers.contains(tokens[tokens.count - 2].lowercased)
    }
    return ReflectionCheck.endsDangling(tokens)
  }
}
