/// The views of others an answer reports ("my manager says productivity is up"), and where the
/// person stands on each: the words after the report that side with it ("and he's not wrong")
/// or turn against it ("but I don't buy it").
extension AnswerMoveReader {
  /// The views a sentence reports, each with the person's stance and reply when they gave one.
  static func views(in sentence: [Token]) -> [BeliefMap.View] {
    var result: [BeliefMap.View] = []
    for pattern in Patterns.reportedSpeech {
      for match in matches(of: pattern, in: sentence, from: 0) {
        let speaker = Self.speaker(of: sentence[match])
        let who = speaker.map(\.lowercased).joined(separator: " ")
        // "according to …" names its source after it: a source, not a view told.
        guard !speaker.isEmpty, !AnswerCues.unknownSpeakers.contains(who),
          speaker.first?.lowercased != "according"
        else { continue }
        let end = reportEnd(in: sentence, from: match.upperBound)
        guard end > match.upperBound else { continue }
        var said = text(of: Array(sentence[match.lowerBound..<end]))
        // A quotation closed at the view's end keeps its closing mark.
        if said.count(where: { $0 == "\"" }) % 2 == 1 { said += "\"" }
        let rest = Array(sentence[end...])
        var view = BeliefMap.View(who: text(of: Array(speaker)), said: said)
        if Patterns.agreeing.contains(where: { !matches(of: $0, in: rest, from: 0).isEmpty }) {
          view.stance = .agrees
        } else if Patterns.disagreeing.contains(where: {
          !matches(of: $0, in: rest, from: 0).isEmpty
        })
          || rest.first(where: \.isWord).map({ AnswerCues.replyTurns.contains($0.lowercased) })
            == true
        {
          view.stance = .disagrees
        }
        if view.stance != nil { view.reply = reply(in: rest) }
        result.append(view)
      }
    }
    return result
  }

  /// Who a report names before its verb of saying, without the modal or adverb between:
  /// "my son would say" → "my son", "my mum always says" → "my mum".
  static func speaker(of report: ArraySlice<Token>) -> ArraySlice<Token> {
    var speaker = report.prefix { !reportingWords.contains($0.lowercased) }
    while let last = speaker.last?.lowercased, speaker.count > 1,
      FunctionWords.auxiliary(last) != nil || speakerAdverbs.contains(last)
    {
      speaker = speaker.dropLast()
    }
    return speaker
  }

  /// Adverbs said between a speaker and their verb of saying: "my mum always says".
  static let speakerAdverbs: Set<String> = [
    "always", "still", "just", "also", "even", "never", "often", "really", "probably", "prob",
  ]

  /// The person's reply after a view: its first clause, without the word that turns to it.
  private static func reply(in rest: [Token]) -> String? {
    var tokens = rest.drop { $0.kind == .punctuation }
    while let first = tokens.first,
      AnswerCues.replyTurns.contains(first.lowercased) || first.lowercased == "and"
    {
      tokens = tokens.dropFirst()
    }
    let clause = tokens.prefix { !($0.kind == .punctuation && [",", ";"].contains($0.text)) }
    let reply = text(of: Array(clause))
    return reply.isEmpty ? nil : reply
  }
}
