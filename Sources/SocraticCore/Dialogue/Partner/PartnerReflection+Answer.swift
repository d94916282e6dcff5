/// A yes to a closed question the listener asked: "do you reckon he'd still have won?" →
/// "probably yeah" is given back as what they granted, "So you think he'd probably still have
/// won." Read from the question's own words (`QuestionReversal`), never from a list.
extension PartnerReflection {
  /// The reflection of their yes to the question asked, or nil when their words open with no
  /// yes, or the question turns into no short, whole statement.
  static func yes(_ words: TheirWords, to asked: String?) -> String? {
    guard let asked, let first = words.sentences.first?.filter(\.isWord).map(\.lowercased),
      !first.isEmpty, first.count <= 3, first.contains(where: yesWords.contains),
      first.allSatisfy({ yesWords.contains($0) || hedges.contains($0) })
    else { return nil }
    // "yes. i paid for that bench, it's mine": what they go on to say that carries more than
    // the yes is theirs; the question granted is the listener's words.
    guard
      !words.sentences.dropFirst().contains(where: {
        ClauseCarrying.weight(of: $0) > 0
      })
    else { return nil }
    // "that sounds hard. do you reckon …?": the question is its last sentence.
    guard let tokens = SentenceSplitter.sentences(in: Tokenizer.tokenize(asked)).last else {
      return nil
    }
    // "so if it had been fair, do you reckon he'd have won?": the question after the comma.
    let parts =
      [tokens]
      + tokens.indices.filter { tokens[$0].text == "," }.reversed()
      .map { Array(tokens[($0 + 1)...]) }
    guard
      let statement = parts.lazy.compactMap(QuestionReversal.statement(from:)).first,
      // "you'd ever get one": a word that only a question or a negation takes is left out.
      case var clause = Tokenizer.tokenize(statement).filter({
        $0.text != "." && !questionOnlyWords.contains($0.lowercased)
      }),
      !clause.isEmpty, clause.filter(\.isWord).count <= SuggestionPlanner.quoteWordLimit,
      ReflectionCheck.reads(clause)
    else { return nil }
    clause[0].hasSpaceBefore = false
    var said = clause.joinedText
    if let head = said.first, !said.hasPrefix("I ") { said = head.lowercased() + said.dropFirst() }
    let isHedged = first.contains(where: hedges.contains)
    return (isHedged ? "So you think it's likely that " : "So you think ") + said + "."
  }

  /// Words that say yes.
  static let yesWords: Set<String> = [
    "yes", "yeah", "yep", "yup", "definitely", "absolutely", "course", "sure", "probably",
  ]

  /// Words a yes/no question takes that its statement does not: "would you ever" → "you would".
  static let questionOnlyWords: Set<String> = ["ever", "really", "actually"]

  /// Words that say it less than surely.
  static let hedges: Set<String> = ["probably", "maybe", "likely"]
}
