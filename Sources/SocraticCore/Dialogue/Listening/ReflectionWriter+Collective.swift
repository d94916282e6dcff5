/// An "us" said beside the speaker's own "I", as who something was, is them and others
/// together: "maybe I didn't want to admit it was us" given back as "… it was you" lays
/// on them alone what they share.
extension ReflectionWriter {
  /// The tokens with such an "us" said as "all of us", which turned to the second person stays
  /// many: "… it was all of you".
  static func keepingUsMany(_ tokens: [Token]) -> [Token] {
    let words = tokens.map(\.lowercased)
    // "it was us", "that's us": who they are, said of them together. "my boss told us" or "i
    // want us to talk" says nothing of the kind.
    guard words.contains(where: singularSelf.contains),
      let at = words.firstIndex(of: "us"), at > 0,
      FunctionWords.auxiliary(words[at - 1])?.kind == .be,
      at + 1 == words.count || !manyAlready.contains(words[at + 1])
    else { return tokens }
    var us = tokens[at]
    us.hasSpaceBefore = true
    let many = [Token("all", hasSpaceBefore: tokens[at].hasSpaceBefore), Token("of"), us]
    return Array(tokens[..<at]) + many + tokens[(at + 1)...]
  }

  /// Words for the speaker alone.
  private static let singularSelf = FunctionWords.speakerWords

  /// Words after "us" that already say how many ("us both", "us all").
  private static let manyAlready: Set<String> = ["all", "both", "two", "three"]
}
