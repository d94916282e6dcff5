/// The claim softened in a few words: a word of the claim set aside and a milder one put in
/// its place ("not pointless then. just badly organised", "ok not a scam exactly, more a
/// gamble", "less greedy, more lazy"). The milder claim is where they stand from then on.
struct SoftenedClaim: Equatable, Sendable {
  /// The words of the claim they set aside, as they said them: "pointless".
  var setAside: String
  /// What they put in its place, in the second person: "badly organised".
  var meant: String
  /// The claim with the words set aside replaced by what they meant: "homework is badly
  /// organised for primary kids"; nil when the claim does not hold those words as said.
  var claim: String?

  /// How many characters of an answer are read for it.
  static let readLimit = 600

  /// The most words either side may have: a longer side is a clause of its own.
  static let sideWordLimit = 5

  /// The softening in an answer, read from its parts between marks: a part that opens on
  /// `setAsideWords` and holds a content word of the claim, and the next part, which opens on
  /// `softeners`. Nil when there is none, or either side holds a verb of its own.
  static func read(_ line: String, claim: String?) -> SoftenedClaim? {
    guard let claim, !claim.isEmpty else { return nil }
    let tokens = Shorthand.expanded(
      Tokenizer.tokenize(TypedTextLimit.prefix(of: line, characters: readLimit)))
    let parts = tokens.split { $0.kind == .punctuation }.map {
      Array($0.filter(\.isWord))
    }
    let claimStems = BeliefMap.stems(of: claim)
    for index in parts.indices.dropLast() {
      let part = Array(parts[index].drop { openers.contains($0.lowercased) })
      guard let first = part.first, setAsideWords.contains(first.lowercased) else { continue }
      let said = Array(
        part.dropFirst().reversed().drop { afterSetAside.contains($0.lowercased) }
          .reversed())
      let next = parts[index + 1]
      guard let marker = softeners.matchEnd(atStartOf: next) else { continue }
      let meant = Array(next[marker...])
      guard (1...sideWordLimit).contains(said.count), (1...sideWordLimit).contains(meant.count),
        ClauseParser.finiteVerbIndex(in: said) == nil,
        ClauseParser.finiteVerbIndex(in: meant) == nil,
        !BeliefMap.stems(of: said.joinedText).isDisjoint(with: claimStems)
      else { continue }
      let setAsideText = said.map(\.lowercased).joined(separator: " ")
      let meantText = meant.map(\.lowercased).map { secondPerson[$0] ?? $0 }
        .joined(separator: " ")
      return SoftenedClaim(
        setAside: setAsideText, meant: meantText,
        claim: replacing(setAsideText, with: meantText, in: claim))
    }
    return nil
  }

  /// The line that gives it back: the claim as it now stands, or what was set aside and what
  /// they put in its place.
  var reflection: String {
    if let claim { return "So you'd now say \(claim), not \(setAside)." }
    return "So not \(setAside), \(meant)."
  }

  /// The claim with the words set aside, whole words, replaced; nil when it does not hold
  /// them.
  private static func replacing(_ setAside: String, with meant: String, in claim: String)
    -> String?
  {
    let words = claim.split(separator: " ").map(String.init)
    let aside = setAside.split(separator: " ").map(String.init)
    guard
      let start = words.indices.first(where: { index in
        index + aside.count <= words.count
          && words[index..<index + aside.count].map { $0.lowercased() } == aside
      })
    else { return nil }
    return (words[..<start] + [meant] + words[(start + aside.count)...]).joined(separator: " ")
  }

  /// Words that may open the part that sets the claim's word aside: "ok not …", "so its not …".
  static let openers: Set<String> = [
    "ok", "okay", "fine", "fair", "well", "so", "yeah", "alright", "hmm", "maybe", "then",
    "it", "its", "it's", "'s", "is", "they", "they're", "theyre", "'re", "are", "he", "she", "he's",
    "she's", "i", "guess", "suppose", "mean", "mate", "ah", "oh",
  ]

  /// Words that set the claim's word aside: "not pointless", "less greedy".
  static let setAsideWords: Set<String> = ["not", "less"]

  /// Words that trail what was set aside and are no part of it: "not pointless then".
  static let afterSetAside: Set<String> = [
    "then", "exactly", "really", "as", "such", "per", "se", "though", "tho", "maybe",
    "i", "guess", "suppose",
  ]

  /// Phrases that open what they put in the claim's place: "just badly organised", "more a
  /// gamble", "its just overpriced".
  static let softeners = PartnerCueMatcher([
    "(it 's|its|it is|they 're|theyre|they are)? (just|more|only|rather|mostly|more like|kind of|kinda|sort of|but|but just|but more)"
  ])

  /// The person's words for their own, as given back.
  private static let secondPerson: [String: String] = [
    "my": "your", "our": "your", "myself": "yourself", "mine": "yours", "i": "you", "me": "you",
  ]
}
