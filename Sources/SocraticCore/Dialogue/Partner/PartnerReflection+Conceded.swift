/// A point granted to the listener, given back as the point they grant: "ok i'll grant you the
/// car park's handy" → "So you'd grant that the car park's handy."; "fair point about the
/// buses" → "So you'd grant the point about the buses.". A concession that names no point
/// ("you've got me there") is met by the calm line that thanks them for it.
extension PartnerReflection {
  /// The line that gives back the point they granted the listener, with the side they still
  /// hold after it ("So you'd grant the point about the parking, but the lanes still kill the
  /// shops."), or nil when they named none.
  static func conceded(_ words: TheirWords) -> String? {
    let held = words.answer.stand.flatMap {
      ReflectionWriter.leavesOn($0) ? nil : ReflectionWriter.givenAfter($0)
    }
    for sentence in words.sentences {
      if let point = grantedPoint(in: sentence, by: [.concedingToTheListener]) {
        return "So you'd grant \(point)" + (held.map { ", but " + $0 } ?? "") + "."
      }
    }
    return nil
  }

  /// What the words grant, said after "you'd grant": "that the frame is decent", the clause on
  /// either side of the granting words (before them first: "the frame is decent, i'll give you
  /// that"), the one after them only up to a comma; or "the point about the buses", the thing a
  /// point is granted about.
  /// - Parameter matchers: the words that grant, tried in order.
  static func grantedPoint(in tokens: [Token], by matchers: [PartnerCueMatcher]) -> String? {
    let said = PartnerClauses.withoutClosingTags(Shorthand.expanded(tokens))
    // The granting words end at a comma: "ur right, i'll ring her tonight" grants no plan.
    let pieces = said.split { $0.text == "," }.map { $0.filter(\.isWord) }
    for matcher in matchers {
      for (index, piece) in pieces.enumerated() {
        guard var span = matcher.spans(in: piece).first else { continue }
        // "that's true about the parking": the grant ends before what the point is about.
        if span.count > 1, pointPrepositions.contains(piece[span.upperBound - 1].lowercased) {
          span = span.lowerBound..<(span.upperBound - 1)
        }
        let before = Array(pieces[..<index].joined()) + piece[..<span.lowerBound]
        let after = piece[span.upperBound...].drop { $0.lowercased == "that" }
        if let preposition = after.first?.lowercased, pointPrepositions.contains(preposition),
          ClauseParser.finiteVerbIndex(in: Array(after)) == nil,
          let thing = ReflectionWriter.secondPersonPhrase(after.dropFirst().joinedText)
        {
          return "the point \(preposition) \(thing)"
        }
        for side in [Array(before), Array(after)] {
          let clause = Array(side.drop { TheirWords.causalConnectives.contains($0.lowercased) })
          guard ClauseParser.finiteVerbIndex(in: clause) != nil,
            let given = PartnerClauses.secondPerson(clause)
          else { continue }
          return "that " + given
        }
        return nil
      }
    }
    return nil
  }

  /// Words that open the thing a point is granted about: "fair point about the buses", "that's
  /// true on the cost".
  private static let pointPrepositions: Set<String> = ["about", "on", "re", "regarding"]
}
