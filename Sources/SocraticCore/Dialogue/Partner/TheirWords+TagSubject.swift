/// A statement said with its subject only in the tag after it, as chat says it ("never
/// happened did it", "gone right up hasn't it"): the claim has the tag's pronoun as its
/// subject, never the tag as words of the claim.
extension TheirWords {
  /// The sentence with the subject its tag names put first, and the tag gone: "never happened
  /// did it" → "it never happened", "gone right up hasn't it" → "it has gone right up",
  /// "total fixes weren't they" → "they were total fixes". An auxiliary "do" goes with the
  /// tag, as the verb before it carries the tense; any other comes before what is said,
  /// without a "not", since a tag asks the other way round from the claim. When what comes
  /// before the tag has a subject of its own, only the tag goes ("it went up didn't it, the
  /// rent" → "it went up, the rent"); the sentence as it is when it opens as a question or
  /// ends in no tag.
  static func withTagSubject(_ sentence: [Token]) -> [Token] {
    // The tag ends the sentence, or its first clause before whom it names: "all fixed
    // weren't they, them quiz shows".
    var ends = sentence.firstIndex { $0.text == "," }.map { [$0] } ?? []
    var last = sentence.count
    while last > 0, sentence[last - 1].kind == .punctuation { last -= 1 }
    ends.append(last)
    for end in ends {
      let rewritten = withTagSubject(sentence, tagEnd: end)
      if rewritten != sentence { return rewritten }
    }
    return sentence
  }

  /// The sentence read by the tag that ends before an index (`withTagSubject(_:)`).
  private static func withTagSubject(_ sentence: [Token], tagEnd end: Int) -> [Token] {
    guard end >= 3, sentence[end - 1].isWord, sentence[end - 2].isWord,
      FunctionWords.tagPronouns.contains(sentence[end - 1].lowercased),
      let auxiliary = FunctionWords.auxiliary(sentence[end - 2].lowercased),
      !sentence[end - 2].lowercased.hasPrefix("'")
    else { return sentence }
    var saidEnd = end - 2
    if sentence[saidEnd - 1].text == "," { saidEnd -= 1 }
    let said = Array(sentence[..<saidEnd])
    guard let first = said.first, first.isWord,
      !FunctionWords.questionWords.contains(first.lowercased),
      FunctionWords.auxiliary(first.lowercased) == nil,
      said.contains(where: { $0.isWord && !FunctionWords.isFunctionWord($0.lowercased) })
    else { return sentence }
    // "it went up didn't it, the rent": the subject is said; the tag goes.
    if ClauseParser.parse(said).map({ hasSubjectForTag($0, auxiliary.kind) }) ?? false {
      return said + sentence[end...]
    }
    guard !FunctionWords.tagPronouns.contains(first.lowercased) else { return sentence }
    let pronoun = sentence[end - 1]
    let subjectText = pronoun.lowercased == "i" ? "I" : pronoun.lowercased
    var rewritten = [
      Token(
        CaseStyle.matching(first, subjectText), hasSpaceBefore: first.hasSpaceBefore,
        hasLineBreakBefore: first.hasLineBreakBefore)
    ]
    if auxiliary.kind != .do { rewritten.append(Token(auxiliary.positive)) }
    rewritten.append(first.replacingText(with: CaseStyle.lowercasingFirst(of: first)))
    rewritten[rewritten.count - 1].hasSpaceBefore = true
    rewritten += said.dropFirst()
    return rewritten + sentence[end...]
  }

  /// Whether a clause has a subject of its own that the tag asks about: a verb the tag's
  /// auxiliary repeats ("it went up didn't it", "the buses are late aren't they"). "total
  /// fixes weren't they" reads "fixes" as a verb a "be" tag never repeats: no subject there.
  private static func hasSubjectForTag(
    _ clause: Clause, _ kind: FunctionWords.AuxiliaryKind
  ) -> Bool {
    guard !clause.subject.isEmpty else { return false }
    switch (clause.verb, kind) {
    case (.lexical, .do), (.be, .be), (.perfect, .have), (.lexical, .have), (.modal, .modal):
      return true
    default: return false
    }
  }
}
