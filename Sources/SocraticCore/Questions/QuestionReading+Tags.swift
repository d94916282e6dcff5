/// Where a question's tag starts: "…, right?", "…, isn't it?", "you did it didn't you", "…
/// yeah": what asks for agreement after a statement, not a question of its own.
extension QuestionReading {
  /// Where a tag starts (its comma, or "right" after a statement), or nil.
  static func tagStart(
    _ tokens: [Token], _ words: [String], _ classes: [CritiqueWordClasses], start: Int, end: Int
  ) -> Int? {
    guard end > start else { return nil }
    if end - start <= 2, classes[start..<end].allSatisfy({ $0.contains(.agreementTag) }),
      !(end - start == 2 && words[start] == words[start + 1])
    {
      return start  // "Right?", "Yes, no?": a tag alone.
    }
    if let comma = tokens[start..<end].lastIndex(where: { $0.text == "," }), comma > start,
      end - comma <= 4, isTag(Array(words[(comma + 1)..<end])),
      !classes[start].contains(.questionWord)
    {
      return comma
    }
    // "You're not seriously doing it are you": the statement's subject pronoun and its
    // auxiliary said again, without a comma ("… that you did that" is no tag: its auxiliary is
    // not the statement's).
    if end - start >= minimumUntaggedLength, words[end - 1] == words[start],
      FunctionWords.subjectPronouns[words[start]] != nil,
      !demonstratives.contains(words[start]), !words[end - 2].hasPrefix("'"),
      let tagged = FunctionWords.auxiliary(words[end - 2]),
      FunctionWords.auxiliary(words[start + 1])?.kind == tagged.kind,
      case .statement = opener(tokens, words, classes, at: start, end: end - 2)
    {
      return end - 2
    }
    // "the pub isnt the same as a cafe is it": an auxiliary and a pronoun that turn round the
    // polarity of one the statement said, without a comma, whatever its subject.
    if end - start >= minimumUntaggedLength, isReversedAuxiliaryTag(words, start: start, end: end),
      case .statement = opener(tokens, words, classes, at: start, end: end - 2)
    {
      return end - 2
    }
    // "You borrowed it without asking didn't you": a lexical verb's tag is "do", said again
    // with the subject, after the verb and whatever adverb comes before it.
    if end - start >= minimumUntaggedLength, words[end - 1] == words[start],
      FunctionWords.subjectPronouns[words[start]] != nil, !demonstratives.contains(words[start]),
      FunctionWords.auxiliary(words[end - 2])?.kind == .do,
      let verb = words[(start + 1)..<(end - 2)].firstIndex(where: {
        !FunctionWords.isVerbAdverb($0)
      }),
      FunctionWords.auxiliary(words[verb]) == nil, !Lexicon.verbReadings(of: words[verb]).isEmpty,
      case .statement = opener(tokens, words, classes, at: start, end: end - 2)
    {
      return end - 2
    }
    // "small shops go broke anyway dont they", "the council never listens does it": the same
    // tag, whose pronoun stands for the noun the statement opened on.
    if end - start >= minimumUntaggedLength, isReversedDoTag(words, start: start, end: end),
      case .statement = opener(tokens, words, classes, at: start, end: end - 2)
    {
      return end - 2
    }
    if end - start >= minimumDroppedSubjectLength, isSpeakerTag(words, start: start, end: end) {
      return end - 2
    }
    // "That kind of broke it didn't it": "it" in the tag stands for the "that" the statement
    // opened on, whose verb is lexical.
    if end - start >= minimumDemonstrativeLength,
      isDemonstrativeTag(words, start: start, end: end)
    {
      return end - 2
    }
    // "you know the bins were full yeah": a chat tag after a statement about the listener.
    if end - start > 3, chatTags.contains(words[end - 1]), words[start..<(end - 1)].contains("you"),
      case .statement = opener(tokens, words, classes, at: start, end: end - 1)
    {
      return end - 1
    }
    if words[end - 1] == "right" || words[end - 1] == "correct", end - 1 > start + 1,
      case .statement = opener(tokens, words, classes, at: start, end: end - 1)
    {
      return end - 1
    }
    return nil
  }

  /// Whether the last two words are an auxiliary and a subject pronoun ("is it", "don't
  /// they") and the words before them hold the same auxiliary of the other polarity ("isn't"
  /// … "is it"): the reversed tag of English, which asks agreement with what came before.
  private static func isReversedAuxiliaryTag(_ words: [String], start: Int, end: Int) -> Bool {
    guard FunctionWords.subjectPronouns[words[end - 1]] != nil,
      !demonstratives.contains(words[end - 1]), !words[end - 2].hasPrefix("'"),
      let tagged = FunctionWords.auxiliary(words[end - 2])
    else { return false }
    // "that's not true is it": an auxiliary with "not" after it is negated as "isn't" is.
    return (start..<(end - 2)).contains { index in
      guard let said = FunctionWords.auxiliary(words[index]) else { return false }
      let isNegated = said.isNegated || (index + 1 < end - 2 && words[index + 1] == "not")
      return said.positive == tagged.positive && isNegated != tagged.isNegated
    }
  }

  /// Whether the last two words are "do" and a pronoun that stands for a third party ("dont
  /// they", "does it"), of the other polarity to the statement before them, which holds a
  /// lexical verb in a finite form: the tag of a lexical verb, whatever its subject.
  private static func isReversedDoTag(_ words: [String], start: Int, end: Int) -> Bool {
    guard thirdPartyTagPronouns.contains(words[end - 1]), !words[end - 2].hasPrefix("'"),
      let tagged = FunctionWords.auxiliary(words[end - 2]), tagged.kind == .do
    else { return false }
    let statement = words[start..<(end - 2)]
    guard statement.contains(where: FunctionWords.negates) != tagged.isNegated else {
      return false
    }
    return statement.dropFirst().contains { word in
      FunctionWords.auxiliary(word) == nil
        && Lexicon.verbReadings(of: word).contains { finiteForms.contains($0.form) }
    }
  }

  /// The pronouns a tag takes for a subject that is neither party: "dont they", "does it".
  private static let thirdPartyTagPronouns: Set<String> = ["they", "it", "he", "she"]

  /// The forms a lexical verb takes as a statement's own verb: "go", "goes", "went".
  private static let finiteForms: Set<VerbForm> = [.base, .thirdSingular, .past]

  /// Whether the words are a past act of the speaker's, said without its "I", and a tag that
  /// says the speaker again ("told you so didnt i", "paid you back didn't we").
  private static func isSpeakerTag(_ words: [String], start: Int, end: Int) -> Bool {
    guard speakerSubjects.contains(words[end - 1]),
      let tagged = FunctionWords.auxiliary(words[end - 2]), tagged.kind == .do, tagged.isNegated
    else { return false }
    return FunctionWords.auxiliary(words[start]) == nil
      && Lexicon.verbReadings(of: words[start]).contains { $0.form == .past }
  }

  /// Past acts by which a speaker claims to have been right: "told", "warned", "called it".
  private static let pointsScored: Set<String> = [
    "told", "said", "warned", "called", "knew", "predicted", "guessed",
  ]

  /// The subjects that say the speaker in a tag: "didn't i", "didn't we".
  private static let speakerSubjects: Set<String> = ["i", "we"]

  /// Whether the tag is on a past act of the speaker's said without its "I" ("paid you back
  /// didnt i", "said it would rain didnt i"): the speaker's own act, no claim of the
  /// listener's a rewrite could keep.
  var tagsSpeakersAct: Bool {
    guard let tag, tag.count == 2, !core.isEmpty else { return false }
    return Self.isSpeakerTag(words, start: core.lowerBound, end: tag.upperBound)
  }

  /// Whether the tag only asks the listener to confirm the speaker's own act ("paid you back
  /// last week didnt i"): a closed question, as motivational interviewing's code counts one
  /// answered yes or no; it puts no view on them. A point scored (`tagsSpeakersPoint`) leads.
  var confirmsSpeakersAct: Bool { tagsSpeakersAct && !tagsSpeakersPoint }

  /// Whether the speaker's tagged act is a point scored ("told you so didnt i"): a gloat.
  var tagsSpeakersPoint: Bool {
    tagsSpeakersAct && Self.pointsScored.contains(words[core.lowerBound])
  }

  /// Whether a statement opened on "that" or "this" ends on a negated "do" and "it" ("that
  /// sort of went wrong didnt it"): the tag of a lexical verb, whose pronoun stands for the
  /// thing pointed at.
  private static func isDemonstrativeTag(_ words: [String], start: Int, end: Int) -> Bool {
    guard demonstrativeSubjects.contains(words[start]), words[end - 1] == "it",
      let tagged = FunctionWords.auxiliary(words[end - 2]), tagged.kind == .do, tagged.isNegated
    else { return false }
    // A hedge before the verb ("that kind of failed") leaves no clause a parser reads: the verb
    // is told by its finite form.
    return words[(start + 1)..<(end - 2)].contains { word in
      FunctionWords.auxiliary(word) == nil
        && Lexicon.verbReadings(of: word).contains { [.past, .thirdSingular].contains($0.form) }
    }
  }

  /// The fewest words a statement on "that" and its tag take: "that hurt didn't it".
  private static let minimumDemonstrativeLength = 4
  /// Words that open a statement by pointing at what was said: "that went wrong".
  private static let demonstrativeSubjects: Set<String> = ["that", "this"]

  /// The fewest words a statement and a tag without a comma take: "you are not are you" is
  /// not one.
  private static let minimumUntaggedLength = 6
  /// The fewest words of a tagged statement whose subject chat dropped: "said so didnt i".
  private static let minimumDroppedSubjectLength = 4

  /// Where a tag that asks the listener's view starts, after a comma: "…, do you reckon?",
  /// "…, d'you think?", "…, would you say?". It pushes no answer, so the question before it
  /// decides the form: open after "what would help most", and yes or no after a statement
  /// ("the rent's too high, do you reckon?"), whose view it asks them to take or leave.
  static func viewTagStart(_ tokens: [Token], _ words: [String], start: Int, end: Int) -> Int? {
    guard let comma = tokens[start..<end].lastIndex(where: { $0.text == "," }), comma > start,
      end - comma <= 4
    else { return nil }
    let tail = TokenPatternWords(Array(words[(comma + 1)..<end]))
    let length = end - comma - 1
    return viewTagShapes.contains { $0.matchEnds(in: tail, from: 0).first == length }
      ? comma : nil
  }

  /// The tags that ask the listener's view: "do you reckon", "d'you think", "would you say",
  /// "you reckon".
  private static let viewTagShapes: [TokenPattern] = [
    "(do|did|would) (you|ya|u) (think|reckon|say|suppose|guess|imagine)",
    "(d'you|d'ya|dya|you|ya|u) (think|reckon|suppose|guess)",
  ].map(TokenPattern.init)

  /// Whether words after a comma make a tag: all of them match one of `tagShapes`.
  private static func isTag(_ tail: [String]) -> Bool {
    let words = TokenPatternWords(tail)
    return tagShapes.contains { $0.matchEnds(in: words, from: 0).first == tail.count }
  }

  /// The tags that ask for agreement after a comma: "…, right?", "…, isn't it?", "…, don't you
  /// think?", "…, or not?", "…, yes or no?". An auxiliary written as a clitic ("'s") is no tag.
  private static let tagShapes: [TokenPattern] = [
    "(" + CritiqueVocabulary.agreementTags.sorted().joined(separator: "|") + ")",
    "(you know|or what|or not|yes or no|true or false)",
    "!('s|'re|'m|'ve|'d|'ll) @aux (it|they|you|we|he|she|i|there|that|this)",
    "am i (right|wrong)",
    "(isn't|is) (that|it) (right|so|true|correct)",
    "!(not|never) @negation you (think|agree|say|reckon|believe|feel)",
  ].map(TokenPattern.init)
}
