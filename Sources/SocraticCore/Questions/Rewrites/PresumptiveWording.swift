/// Words around a person's act that carry the asker's presumption rather than the act: a
/// stance put on them before it ("have to", "want to", "thinking of") and a verdict of excess
/// after it ("too much", "a bit too often"). A rewrite about the act leaves both out and asks
/// about the act itself: "Don't you have to pay her back first?" is about paying her back,
/// not about having to; "Aren't you on that phone too much?" is about being on the phone.
enum PresumptiveWording {
  /// The act after a stance put on the person ("have to pay her back" → "pay her back",
  /// "thinking of lending him money" → "lending him money"), or nil when none opens the words.
  static func actAfterStance(_ tokens: [Token]) -> ArraySlice<Token>? {
    let words = tokens.map(\.lowercased)
    guard let stance = stances.first(where: { words.starts(with: $0) }),
      stance.count < tokens.count, tokens[stance.count].isWord
    else { return nil }
    return tokens[stance.count...]
  }

  /// The words without any verdict of excess in them.
  static func withoutExcess(_ tokens: [Token]) -> [Token] {
    let words = tokens.map(\.lowercased)
    var result: [Token] = []
    var index = 0
    while index < tokens.count {
      if let excess = excesses.first(where: { words[index...].starts(with: $0) }) {
        index += excess.count
        continue
      }
      result.append(tokens[index])
      index += 1
    }
    return result
  }

  /// Stances put on the person before the act, as the words open the predicate.
  private static let stances: [[String]] = [
    ["have", "to"], ["having", "to"], ["has", "to"], ["got", "to"], ["need", "to"],
    ["needing", "to"], ["want", "to"], ["wanting", "to"], ["thinking", "of"],
    ["thinking", "about"], ["planning", "to"], ["planning", "on"], ["trying", "to"],
    ["supposed", "to"], ["meant", "to"], ["going", "to"],
  ]

  /// Verdicts of excess, longest first: the asker's measure, which the person may not share.
  private static let excesses: [[String]] = [
    ["a", "bit", "too", "much"], ["a", "bit", "too", "often"], ["way", "too", "much"],
    ["way", "too", "often"], ["far", "too", "much"], ["far", "too", "often"], ["too", "much"],
    ["too", "often"], ["so", "much"], ["so", "often"], ["too", "long"], ["all", "the", "time"],
  ]
}
