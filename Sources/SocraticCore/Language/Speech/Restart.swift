/// Stutters and restarts of speech, read as what the speaker went on to say.
///
/// - A stutter is a word said again after a cut-off start of it, written with hyphens:
///   "wh-what", "What-what", "I-I", "and-and" → "what", "What", "I", "and". Words that are
///   made by doubling ("so-so", "no-no", "bye-bye") are words, not stutters.
/// - A restart is words cut off with a dash ("I want- I wanted", "Is-- can you", "what
///   would- what would"): the dash is written on the last word said and a space follows it.
///   The speaker starts again either from a word said before (the words from there to the
///   dash go) or with new words (the cut-off start of the clause goes, when it is short or the
///   speaker begins a question anew with a capital: a long one is more likely a clause a
///   writer set off with a dash).
enum Restart {
  /// Words made by doubling a word, which are not stutters.
  static let reduplicatives: Set<String> = [
    "so-so", "no-no", "bye-bye", "yo-yo", "tut-tut", "hush-hush", "pooh-pooh", "goody-goody",
    "choo-choo", "tom-tom", "can-can", "dum-dum", "go-go", "night-night", "knock-knock",
    "buddy-buddy", "boo-boo", "chop-chop", "tsk-tsk", "ha-ha", "bling-bling", "pom-pom",
    "mahi-mahi", "bora-bora", "baden-baden", "walla-walla", "cous-cous", "ylang-ylang",
    "chin-chin", "pee-pee", "poo-poo", "pow-wow", "never-never",
  ]

  /// How many words a cut-off start may have when the speaker starts again with new words.
  private static let longestCutOff = 2

  /// The sentence with its stutters and restarts read as what followed them.
  static func resolving(_ sentence: [Token]) -> [Token] {
    var tokens = sentence.map(resolvingStutter)
    var index = 1
    while index < tokens.count {
      guard let after = restartEnd(in: tokens, dashAt: index) else {
        index += 1
        continue
      }
      let clauseStart =
        tokens[..<(index - 1)].lastIndex(where: { isClauseBoundary($0) }).map { $0 + 1 } ?? 0
      let next = tokens[after].lowercased
      // "So what stopped you over the last-- How long have you been out?": a question begun
      // anew with a capital drops all that was cut off.
      let beginsAnew =
        tokens[after].isCapitalized
        && (FunctionWords.questionWords.contains(next) || FunctionWords.auxiliary(next) != nil)
      let cut: Int?
      if let repeated = tokens[clauseStart..<index].lastIndex(where: { $0.lowercased == next }) {
        cut = repeated
      } else if beginsAnew || tokens[clauseStart..<index].filter(\.isWord).count <= longestCutOff {
        cut = clauseStart
      } else {
        cut = nil
      }
      guard let cut else {
        index = after
        continue
      }
      var resumed = tokens[after]
      resumed.hasSpaceBefore = tokens[cut].hasSpaceBefore
      resumed.hasLineBreakBefore = tokens[cut].hasLineBreakBefore
      if tokens[cut].isCapitalized, !resumed.isCapitalized, cut == 0 {
        resumed = resumed.replacingText(with: CaseStyle.capitalizingFirst(resumed.text))
        resumed.hasSpaceBefore = tokens[cut].hasSpaceBefore
      }
      tokens.replaceSubrange(cut...after, with: [resumed])
      index = cut + 1
    }
    return tokens
  }

  /// A word written with its cut-off starts before it, as the word: "wh-what" → "what".
  static func resolvingStutter(_ token: Token) -> Token {
    // Bytes, not `String.contains`, which goes through Foundation here.
    guard token.kind == .word, token.text.utf8.contains(UInt8(ascii: "-")) else { return token }
    let parts = token.lowercased.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count > 1, let last = parts.last, !last.isEmpty,
      parts.dropLast().allSatisfy({ !$0.isEmpty && last.hasPrefix($0) }),
      !reduplicatives.contains(token.lowercased)
    else { return token }
    let written = token.text.split(separator: "-", omittingEmptySubsequences: false)
    var text = String(written.last ?? "")
    if token.isCapitalized { text = CaseStyle.capitalizingFirst(text) }
    return token.replacingText(with: text)
  }

  /// The index of the word the speaker starts again with, when the token at `index` opens
  /// the dashes of a restart; nil otherwise.
  private static func restartEnd(in tokens: [Token], dashAt index: Int) -> Int? {
    guard isDash(tokens[index]), !tokens[index].hasSpaceBefore, tokens[index - 1].kind == .word
    else { return nil }
    var after = index + 1
    while after < tokens.count, isDash(tokens[after]), !tokens[after].hasSpaceBefore {
      after += 1
    }
    guard after < tokens.count, tokens[after].hasSpaceBefore, tokens[after].kind == .word else {
      return nil
    }
    return after
  }

  private static func isDash(_ token: Token) -> Bool {
    token.kind == .punctuation && ["-", "--", "\u{2013}", "\u{2014}"].contains(token.text)
  }

  private static func isClauseBoundary(_ token: Token) -> Bool {
    token.kind == .punctuation && [",", ";", ":", "\"", "\u{201C}"].contains(token.text)
  }
}
