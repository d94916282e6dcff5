/// A point half granted: "maybe my dad was right all along", "fair enough, you've got me
/// there".
extension PersonaQuestion {
  /// Whether a line opens, past chat, on a grant of a point (`grantOpenings`) and never turns
  /// from it ("but", "yet"): a grant to welcome, no view to disown. "point is, …" and
  /// "probably you just …" open on words of a grant and grant nothing.
  var halfGrants: Bool {
    let said = Array(words.filter(\.isWord).map(\.lowercased).drop { ChatWords.lead.contains($0) })
    let input = TokenPatternWords(said)
    guard Self.grantOpenings.contains(where: { $0.matches(input, at: 0) }) else { return false }
    return said.allSatisfy { !ContrastReader.turningWords.contains($0) }
  }

  /// Whether words in lowercase are grants of a point and nothing else, one after another, chat
  /// between them passed over: "fair enough, that makes sense", "true, i'll give you that".
  static func grantsOnly(_ words: [String]) -> Bool {
    let input = TokenPatternWords(words)
    var reached: Set<Int> = [0]
    var starts = [0]
    while let start = starts.popLast() {
      guard start < words.count else { return true }
      let ends =
        ChatWords.lead.contains(words[start])
        ? [start + 1] : grantOpenings.flatMap { $0.matchEnds(in: input, from: start) }
      for end in ends where end > start && reached.insert(end).inserted { starts.append(end) }
    }
    return false
  }

  /// How a grant of a point opens, as token patterns (`TokenPattern`).
  private static let grantOpenings: [TokenPattern] = [
    "(maybe|perhaps) (you|he|she|they|i|my _|your _|our _|my _ _) ('re|'s|'m|are|is|am|was|were|'ve been|have been|had been)? (right|onto something)",
    "(fair|good) (enough|point|one)",
    "(point|fair point) taken",
    "(true|that 's true|very true|that 's fair)",
    "you ('ve|have) (got)? (me|a point)",
    "i ('ll|will) (give|grant) you that",
    "(i suppose|i guess) (you|that) ('re|'s|are|is) (right|fair|true)",
    "(granted|i admit)",
    "(that|it)? (kind of|kinda|sort of|actually|totally|does)? (makes|make) sense",
  ].map(TokenPattern.init)
}
