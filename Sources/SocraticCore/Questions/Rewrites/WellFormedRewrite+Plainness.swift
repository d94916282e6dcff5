// Whether a rewrite is plain English the person could answer: no claim about the line just
// said, no clause given to "How do you see" as its object, no chat spelling pasted in. A
// rewrite no one could answer is refused (`isWellFormed`) as one that reads badly is.
extension WellFormedRewrite {
  /// Whether a rewrite is one a reader could not answer, however well its words join:
  /// - "whether that is a maybe", "think this is what you meant": the claim is about the line
  ///   just said, and weighing it up asks nothing anyone could think through;
  /// - "How do you see that sort of went wrong": a clause is no object to be seen;
  /// - "… wat do you meen you nvr sed …": words in chat spelling, pasted into the coach's
  ///   own question, read as broken English.
  static func isUnanswerable(_ words: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    return weighsTheLastLine(lowered) || seesAClause(words, lowered: lowered)
      || keepsChatSpelling(words)
  }

  /// Whether the claim after "whether" or "think" is that the last line ("that", "this") is
  /// something only said of lines: "whether that is a yes", "think this is what I said". "whether
  /// that is a bit extreme" names a quality, and asks.
  private static func weighsTheLastLine(_ lowered: [String]) -> Bool {
    lowered.indices.dropLast(2).contains { index in
      guard claimOpeners.contains(lowered[index]), lineReferents.contains(lowered[index + 1]),
        FunctionWords.auxiliary(lowered[index + 2])?.kind == .be
      else { return false }
      return lowered[(index + 3)...].allSatisfy {
        FunctionWords.isFunctionWord($0) || wordsOfLines.contains($0)
      }
    }
  }

  /// Whether "How do you see" or "What do you think about" is given a clause on "that" or
  /// "this" for object: "How do you see that sort of went wrong". A verb after a hedge is told
  /// by its form.
  private static func seesAClause(_ words: [Token], lowered: [String]) -> Bool {
    guard let opener = objectFrames.first(where: lowered.starts),
      lowered.count > opener.count + 1, lineReferents.contains(lowered[opener.count])
    else { return false }
    let object = Array(lowered[opener.count...])
    let verb =
      ClauseParser.finiteVerbIndex(in: Array(words[opener.count...]))
      ?? object.indices.dropFirst().first { isOnlyFiniteVerb(object[$0]) }
    guard let verb, verb > 0 else { return false }
    return !object[1..<verb].contains(where: FunctionWords.relativePronouns.contains)
  }

  /// Whether a word can only be a verb's past or present: "went", "goes", never a noun's
  /// plural ("results").
  private static func isOnlyFiniteVerb(_ word: String) -> Bool {
    Lexicon.classes(of: word).isEmpty && Lexicon.singular(of: word) == nil
      && FunctionWords.auxiliary(word) == nil
      && Lexicon.verbReadings(of: word).contains { [.past, .thirdSingular].contains($0.form) }
  }

  /// Whether the rewrite keeps more words the lexicon does not know than a name or two of the
  /// topic would bring: "wat", "meen", "nvr".
  private static func keepsChatSpelling(_ words: [Token]) -> Bool {
    // A name is written with its capital ("Bitcoin"); chat spelling is not.
    let unknown = words.dropFirst().filter { word in
      let text = word.lowercased
      return text.isAllLetters && !word.text.opensUppercase
        && !FunctionWords.isFunctionWord(text) && FunctionWords.auxiliary(text) == nil
        && !Lexicon.isKnown(text)
    }
    return unknown.count >= unknownWordLimit
  }

  /// Words after which a rewrite states the claim it asks about.
  private static let claimOpeners: Set<String> = ["whether", "think"]
  /// Words that point at what was just said, not at a topic: "that", "this".
  private static let lineReferents: Set<String> = ["that", "this"]
  /// The frames whose object is a thing, never a clause.
  private static let objectFrames = [seeing, ["what", "do", "you", "think", "about"]]
  /// Words said only of what someone said: "a yes", "what I meant", "exactly that".
  private static let wordsOfLines: Set<String> = [
    "yes", "no", "maybe", "exactly", "said", "say", "meant", "mean", "told", "tell", "asked",
    "answer", "point",
  ]
  /// How many unknown words mark a rewrite as chat spelling: one or two are most often names.
  private static let unknownWordLimit = 3
}
