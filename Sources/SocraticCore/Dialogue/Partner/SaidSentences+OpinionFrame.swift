/// Saying a view is theirs ("if you ask me", `PartnerCues.opinionFrames`) is no part of it: no
/// condition, and nothing to give back.
extension SaidSentences {
  /// A sentence without an opinion frame that opens it, after the fillers before it ("well if
  /// you ask me, …"), or that ends it ("… on sundays if you ask me"); as said when it has
  /// none, or nothing else.
  static func withoutOpinionFrame(_ sentence: [Token]) -> [Token] {
    let wordAt = sentence.indices.filter { sentence[$0].isWord }
    let words = wordAt.map { sentence[$0] }
    for span in PartnerCueMatcher.opinionFrame.spans(in: words)
    where span.count + 2 <= words.count {
      let lead = words[..<span.lowerBound]
      if lead.allSatisfy({ beforeACry.contains($0.lowercased) }) {
        var rest = Array(sentence[(wordAt[span.upperBound - 1] + 1)...].drop { !$0.isWord })
        if lead.isEmpty, !rest.isEmpty { rest[0].hasSpaceBefore = false }
        return Array(sentence[..<wordAt[span.lowerBound]]) + rest
      }
      if span.upperBound == words.count {
        var body = Array(sentence[..<wordAt[span.lowerBound]])
        while body.last?.kind == .punctuation { body.removeLast() }
        return body + sentence[(wordAt[span.upperBound - 1] + 1)...]
      }
    }
    return sentence
  }
}

extension PartnerCues {
  /// Words that say a view is the speaker's own, said before or after it: "if you ask me",
  /// "as far as i'm concerned".
  static let opinionFrames: [String] = [
    "(if|if ever) (you|u|ya) (ask|asked|want) (me|my opinion|my view)",
    "as far as (i 'm|im|i am) concerned",
  ]
}

extension PartnerCueMatcher {
  /// Saying a view is theirs (`PartnerCues.opinionFrames`).
  static let opinionFrame = PartnerCueMatcher(PartnerCues.opinionFrames)
}
