/// A point half granted: "maybe my dad was right all along", "fair enough, you've got me
/// there".
extension PersonaQuestion {
  /// Whether a line opens by granting a point (`BeliefMap.grantingWords`, past chat) and never
  /// turns from it ("but", "yet"): a grant to welcome, no view to disown.
  var halfGrants: Bool {
    let said = words.filter(\.isWord).map(\.lowercased).drop { ChatWords.lead.contains($0) }
    guard let first = said.first, BeliefMap.grantingWords.contains(first) else { return false }
    return said.allSatisfy { !ContrastReader.turningWords.contains($0) }
  }
}
