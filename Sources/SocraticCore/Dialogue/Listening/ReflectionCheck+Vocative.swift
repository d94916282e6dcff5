/// The listener called by name or by a fond word ("hen", "son", "pal", "mike") at either end
/// of what is given back: no word of what the person says, and left off, so a reflection
/// never says "… every spring hen" or "so ben nobody cared". Which words call the listener is
/// read by `Vocative` and `PartnerCues.listenerNames`, shared with partner.
extension ReflectionCheck {
  /// The tokens without a word calling the listener that opens them before a comma ("son,
  /// …", "mike, …") or closes them ("… hen", "…, mike").
  static func withoutVocatives(_ tokens: [Token]) -> [Token] {
    var tokens = tokens
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    if let start = closingVocativeStart(in: tokens) {
      tokens.removeSubrange(start...)
      while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    }
    if opensOnVocative(tokens) {
      tokens.removeFirst(2)
      if !tokens.isEmpty { tokens[0].hasSpaceBefore = false }
    }
    return tokens
  }

  /// Where a closing word calling the listener starts, with the comma before it: after a
  /// comma, or after a whole clause (`Vocative.nameStart(atEndOf:)`). A fond word after an
  /// adjective that a determiner opens ("their eldest son", "a wee hen") is the noun of the
  /// clause.
  private static func closingVocativeStart(in tokens: [Token]) -> Int? {
    // "… after the gig saturday": a day or a month says when, and calls no one.
    guard tokens.count > 3, let last = tokens.last, last.isWord,
      !whenNames.contains(last.lowercased)
    else { return nil }
    let at = tokens.count - 1
    let isCalling = PartnerCues.listenerNames.contains(last.lowercased)
    if tokens[at - 1].text == ",",
      isCalling && !FunctionWords.isFunctionWord(tokens[at - 2].lowercased)
        || Vocative.isSetApartName(at: at, in: tokens)
    {
      return at - 1
    }
    guard tokens[at - 1].isWord, Vocative.nameStart(atEndOf: tokens) == at else { return nil }
    let previous = tokens[at - 1].lowercased
    let earlier = tokens[at - 2].lowercased
    // "every april hen": a month or a name after "every" says when, and the word after it
    // calls the listener.
    let classes = Lexicon.classes(of: previous)
    let describesIt =
      classes.contains(.adjective) && !classes.contains(.properSense)
      && !timeDeterminers.contains(earlier)
      && (FunctionWords.determiners.contains(earlier)
        || FunctionWords.possessives.contains(earlier))
    return describesIt ? nil : at
  }

  /// Days and months, which close a clause saying when, never calling the listener.
  static let whenNames = TimeWords.weekdays.union(TimeWords.monthsButMay)

  /// Determiners that open a phrase saying when: "every august", "last spring".
  private static let timeDeterminers: Set<String> = ["every", "each", "last", "next", "this"]

  /// Whether the tokens open on a word calling the listener and a comma: "son, they never
  /// listen", "gary, it's rigged". "Love, it's all that matters" takes the word up with "it".
  private static func opensOnVocative(_ tokens: [Token]) -> Bool {
    guard tokens.count > 3, tokens[1].text == ",", tokens[0].isWord else { return false }
    if PartnerCues.listenerNames.contains(tokens[0].lowercased) {
      return !tokens.dropFirst(2).contains { ["it", "its", "it's"].contains($0.lowercased) }
    }
    return Vocative.isSetApartName(at: 0, in: tokens)
  }
}
