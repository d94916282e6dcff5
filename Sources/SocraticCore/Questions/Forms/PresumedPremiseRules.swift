/// A lead that grants its premise as settled ("Since the plan obviously failed, why …", "Given
/// that he clearly lied, …"): the question is built on the asker's verdict, so it leads.
enum PresumedPremiseRules {
  /// The word that settles the premise ("clearly", "obviously"), as written, or nil.
  static func settlingWord(in reading: QuestionReading) -> String? {
    premise(in: reading).map { reading.tokens[$0.settling].text }
  }

  /// What the premise is about, without its verdict: "Since the plan obviously failed" → "the
  /// plan"; nil when there is no such premise or nothing stands before the settling word.
  static func topic(in reading: QuestionReading) -> [Token]? {
    guard let premise = premise(in: reading), premise.subject.count > 0 else { return nil }
    return Array(reading.tokens[premise.subject])
  }

  private static func premise(in reading: QuestionReading) -> (subject: Range<Int>, settling: Int)?
  {
    let lead = reading.lead
    guard lead.count > 2, openers.contains(reading.words[lead.lowerBound]) else { return nil }
    var start = lead.lowerBound + 1
    if reading.words[start] == "that" { start += 1 }
    guard
      let settling = (start..<lead.upperBound).first(where: {
        settlingWords.contains(reading.words[$0])
      })
    else { return nil }
    var end = settling
    // "Since the plan has clearly failed": the auxiliary belongs to the verdict.
    while end > start, FunctionWords.auxiliary(reading.words[end - 1]) != nil { end -= 1 }
    return (start..<end, settling)
  }

  /// Words that open a lead giving the ground of a question.
  private static let openers: Set<String> = ["since", "given", "because", "as", "seeing"]

  /// Adverbs that declare a premise settled.
  private static let settlingWords: Set<String> = [
    "clearly", "obviously", "evidently", "plainly", "undeniably", "undoubtedly", "blatantly",
  ]
}
