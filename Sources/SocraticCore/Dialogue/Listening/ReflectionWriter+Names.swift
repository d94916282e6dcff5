/// A name that is a word too ("Frank", "Grace"), opening the clause given back, keeps its
/// capital: "Frank is just one person" given back as "frank is …" makes a person a word.
extension ReflectionWriter {
  /// The tokens with their first word cased as inside a sentence, unless it is a given name
  /// that is a word too (`AnswerCues.namesThatAreWords`), typed with a capital before the
  /// verb it is the subject of: "Frank is", "Grace said".
  static func casingFirstWordKeepingNames(_ tokens: [Token]) -> [Token] {
    guard let first = tokens.first, tokens.count > 1, first.isCapitalized,
      AnswerCues.namesThatAreWords.contains(first.lowercased),
      subjectVerbs.contains(tokens[1].lowercased)
        || FunctionWords.auxiliary(tokens[1].lowercased) != nil
          && !thingsNamed.contains(first.lowercased)
    else { return BeliefReader.casingFirstWord(tokens) }
    return tokens
  }

  /// Names that are as often the thing they name before "is" or "was": "Hope is all I have".
  private static let thingsNamed: Set<String> = ["hope", "faith", "joy", "grace", "will", "may"]

  /// Verbs after which a word with a capital is someone who did them.
  private static let subjectVerbs: Set<String> = [
    "said", "says", "did", "went", "told", "thought", "reckoned", "reckons", "thinks", "used",
  ]
}
