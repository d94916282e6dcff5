/// Slips of fast typing in the words a sentence is read by: "shoudl" → "should", "teh" →
/// "the", "becuase" → "because".
///
/// Only a word the lexicon does not know is corrected, and only to a word of `correctable`
/// (function words and the verbs and words beliefs are most often stated with) that is one
/// slip away from it: one letter added, dropped or changed, or two adjacent letters swapped.
/// A real word is never corrected, nor a capitalised word after the first (a name: "Theil"),
/// nor one with several corrections, nor a word after a possessive or a word for someone
/// close ("our jake", "my son dave"): there a word the lexicon does not know is a name. Short words are many slips from each other: a word under
/// four letters is corrected only for a swap ("teh"), so that "ftx" never becomes "fix".
enum TypoCorrector {
  /// The words worth correcting to.
  static let correctable: [String] = """
    about above across actually after again against all almost also although always among \
    another anyone anything anyway are around because become becomes been before behind being \
    believe believes better between both bring brings cannot cause caused causes change \
    changed changes could country definitely deserve deserves destroy destroyed destroying \
    different does doing done during each either else enough especially even ever every \
    everybody everyone everything evidence example false feel feels from future give gives \
    going good government happen happened happening happens have having help helps honestly \
    important into just know knows literally little make makes many matter matters maybe mean \
    means might money more most much must need needs never nobody nothing obviously only other \
    others people person probably problem problems really reason regulate regulated regulation \
    right said same says seem seems should since some someone something still stupid such \
    support than that their them themselves then there these they thing things think thinks \
    this those though thought through together too toward towards under understand until very \
    vote voted voters voting want wanted wants was were what whatever when where whether which \
    while who whole whose why will with without work works world would wrong years your \
    the and
    """.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") })
    .map { String(decoding: $0, as: UTF8.self) }

  /// The sentence with its slips corrected.
  static func correcting(_ sentence: [Token]) -> [Token] {
    var tokens = sentence
    for index in tokens.indices {
      let token = tokens[index]
      guard token.kind == .word, token.text.utf8.count >= 3,
        index == 0 || !token.isCapitalized, !token.hasFixedCase,
        !isNamePlace(after: tokens[..<index]),
        token.lowercased == Token.normalized(token.text),
        token.lowercased.utf8.allSatisfy({ (0x61...0x7A).contains($0) }),
        let correction = correction(of: token.lowercased)
      else { continue }
      var corrected = token.replacingText(with: CaseStyle.matching(token, correction))
      corrected.lowercased = correction
      tokens[index] = corrected
    }
    return withHaveAfterModals(tokens)
  }

  /// Whether the word after `before` stands where a name does: after a possessive ("our
  /// jake") or a word for one person close ("my son dave", "me nan jean"); never after a
  /// group ("my kids shoudl").
  private static func isNamePlace(after before: ArraySlice<Token>) -> Bool {
    guard let previous = before.last(where: \.isWord)?.lowercased else { return false }
    return nameLeads.contains(previous) || KinWords.isKin(previous)
      || KinWords.others.contains(previous)
  }

  /// Possessives a name follows: "our jake". "her" is left out, as it is as often an object
  /// before a slip ("tell her abuot it"), "its", which is "it's" typed, and "whose", which
  /// asks.
  static let nameLeads = FunctionWords.possessives.subtracting(["her", "its", "whose"])

  /// "Of" written for the "'ve" it sounds like after a modal, and the "'ve" itself, written out:
  /// "should of cut", "should've cut", "shouldve cut" → "should have cut" (a verb group the
  /// rules read whole: "should not have cut"); not "could of course".
  /// - Parameter written: the spellings written out; `Shorthand` writes out only the slip
  ///   "of", so that words given back keep a "should've" as typed.
  static func withHaveAfterModals(
    _ sentence: [Token], written: Set<String> = ["of", "'ve"]
  ) -> [Token] {
    var tokens = sentence
    for index in tokens.indices.dropFirst() where written.contains(tokens[index].lowercased) {
      guard perfectModals.contains(tokens[index - 1].lowercased),
        index + 1 < tokens.count, tokens[index + 1].lowercased != "course"
      else { continue }
      tokens[index] = tokens[index].replacingText(with: "have")
      tokens[index].hasSpaceBefore = true
    }
    return tokens
  }

  /// The modals that take "have" for what had been ("should have", "could've"): after them
  /// "of" is a slip for "have", and "shouldve" is the modal with its "'ve" typed on.
  static let perfectModals: Set<String> = [
    "should", "could", "would", "must", "might",
  ]

  /// The one word of `correctable` a word is a slip away from, or nil.
  static func correction(of word: String) -> String? {
    // Most words are known: that is looked up first, before any slip is tried.
    guard !correctableWords.contains(word), !FunctionWords.isFunctionWord(word),
      !Lexicon.isKnown(word)
    else { return nil }
    let length = word.utf8.count
    let candidates =
      (byLength[length - 1] ?? []) + (byLength[length] ?? [])
      + (byLength[length + 1] ?? [])
    var found: String?
    for candidate in candidates where isSlip(word, of: candidate) {
      guard found == nil else { return nil }
      found = candidate
    }
    return found
  }

  private static let correctableWords = Set(correctable)

  private static let byLength: [Int: [String]] = Dictionary(grouping: correctable) {
    $0.utf8.count
  }

  /// Whether a written word is one slip from a word: any slip between words of four letters or
  /// more, only a swap of two letters otherwise.
  static func isSlip(_ written: String, of word: String) -> Bool {
    guard FrameRemover.isOneSlipAway(written, word) else { return false }
    if written.utf8.count >= 4, word.utf8.count >= 4 { return true }
    guard written.utf8.count == word.utf8.count else { return false }
    let a = Array(written.utf8)
    let b = Array(word.utf8)
    let differences = a.indices.filter { a[$0] != b[$0] }
    return differences.count == 2 && differences[1] == differences[0] + 1
  }
}
