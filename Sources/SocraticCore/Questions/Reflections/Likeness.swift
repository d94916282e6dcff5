/// A likeness offered for what a thing is to the person: "it's like the shed is the one place
/// that's yours", "selling the van feels a bit like giving up the trade".
enum Likeness {
  /// Whether a line offers a likeness to the listener: it likens (`offered(in:)`) and, when
  /// their line is known, speaks of them ("…that's yours") or of what they said (a word of
  /// `heard`): after "the bus was late again", "remote work feels more like freedom" is the
  /// speaker's own view. With no line of theirs to go by, a likeness is taken as offered.
  static func offered(in words: [String], heard: [String]?) -> Bool {
    guard offered(in: words) else { return false }
    guard let heard else { return true }
    if words.contains(where: FunctionWords.secondPersonWords.contains) { return true }
    let theirs = Set(heard.filter { !FunctionWords.isFunctionWord($0) })
    return words.contains { theirs.contains($0) && !FunctionWords.isFunctionWord($0) }
  }

  /// Whether a line, in lowercase words, opens with "it's like" or says something "feels
  /// like" another, and names what: "what that feels like." likens nothing.
  static func offered(in words: [String]) -> Bool {
    if let opening = openings.first(where: { words.starts(with: $0) }) {
      return namesSomething(words.dropFirst(opening.count))
    }
    return words.indices.contains { index in
      guard words[index] == "feels" else { return false }
      let rest = words[(index + 1)...]
      guard let hedge = ([[]] + hedges).first(where: { rest.starts(with: $0 + ["like"]) })
      else { return false }
      return namesSomething(rest.dropFirst(hedge.count + 1))
    }
  }

  /// How much a likeness offered counts for a reflection: as much as a frame that says it
  /// gives back ("it sounds like").
  static let weight = 4

  /// Whether what follows the likeness starts with a word.
  private static func namesSomething(_ rest: ArraySlice<String>) -> Bool {
    rest.first?.first?.isLetter == true
  }

  /// Openings that liken what follows to what they said.
  private static let openings: [[String]] = [
    ["it", "'s", "like"], ["it", "'s", "almost", "like"], ["it", "'s", "kind", "of", "like"],
    ["it", "'s", "as", "if"],
  ]

  /// Softenings between the verb and "like": "a bit", "kind of", "almost".
  private static let hedges: [[String]] = [
    ["a", "bit"], ["kind", "of"], ["sort", "of"], ["almost"], ["a", "little"], ["more"],
  ]
}
