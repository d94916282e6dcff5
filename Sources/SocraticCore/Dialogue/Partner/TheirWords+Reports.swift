/// How partner mode reads a belief framed by a report of where they came across it: "I saw on
/// the news about the new vaccine and honestly I don't think it's safe" states that the new
/// vaccine isn't safe; the news is where it comes from.
extension TheirWords {
  /// The connectives between a report and the belief it frames.
  static let reportConnectives: Set<String> = ["and", "but", "so"]

  /// Words said before a report that are no part of it: "so", "listen", "well".
  static let beforeAReport: Set<String> = [
    "so", "well", "listen", "look", "oh", "anyway", "anyways", "ok", "okay", "yeah", "and",
  ]

  /// The belief a sentence's report frames, stated of what the report was about, or nil when
  /// the sentence is no such report.
  static func reportedBelief(in sentence: [Token]) -> String? {
    let words = Array(sentence.filter(\.isWord).drop { beforeAReport.contains($0.lowercased) })
    guard let frameEnd = PartnerCueMatcher.reportFrame.matchEnd(atStartOf: words),
      let connective = words[frameEnd...].firstIndex(where: {
        reportConnectives.contains($0.lowercased)
      }),
      connective > frameEnd
    else { return nil }
    let topic = Array(words[frameEnd..<connective])
    let rest = Array(words[(connective + 1)...])
    let isDoubt: Bool
    let beliefEnd: Int
    if let end = PartnerCueMatcher.framedDoubt.matchEnd(atStartOf: rest) {
      (isDoubt, beliefEnd) = (true, end)
    } else if let end = PartnerCueMatcher.framedBelief.matchEnd(atStartOf: rest) {
      (isDoubt, beliefEnd) = (false, end)
    } else {
      return nil
    }
    let predicate = Array(rest[beliefEnd...])
    guard !predicate.isEmpty else { return nil }
    let isPlural = rest[..<beliefEnd].contains { ["they", "theyre"].contains($0.lowercased) }
    let verb =
      switch (isPlural, isDoubt) {
      case (true, true): "aren't"
      case (true, false): "are"
      case (false, true): "isn't"
      case (false, false): "is"
      }
    return topic.joinedText + " " + verb + " " + predicate.joinedText
  }
}
