/// An amount a person sets right as they speak: "£12, no, £14", "3 or 4 a week … actually more
/// like 10", "well £6.50 i think it was", "£14 not 12". What they said last is what they
/// meant; every line the tool writes from their words gives that amount, never the first.
///
/// One reader for reflections (`ReflectionWriter.settingAmountRight`) and the belief map
/// (`BeliefMap.settingAmountsRight`). The typed line is never changed.
public struct AmountCorrection: Sendable, Equatable {
  /// The amount first said, as typed without the punctuation around it: "£12", "12".
  public var said: String
  /// The amount they set it to, with the currency sign of the one it replaces when it was
  /// said without one ("£12, no, 14" → "£14").
  public var meant: String

  /// The correction a line makes, or nil: a correcting word ("actually", "i mean", "no",
  /// "sorry", "well"), then only words that soften it ("it's more like"), then an amount,
  /// after an amount said before it; or an amount, "not", and the amount it replaces ("£14 not
  /// 12").
  public init?(in line: String) {
    let words = line.split(whereSeparator: \.isWhitespace).map { Self.core(of: $0.lowercased()) }
    if let found = Self.afterMarker(in: words) ?? Self.beforeNot(in: words) {
      self = found
    } else {
      return nil
    }
  }

  private init(said: String, meant: String) {
    self.said = said
    let sign = said.prefix(while: { Self.currencySigns.contains($0) })
    self.meant = meant.first.map(Self.currencySigns.contains) == true ? meant : sign + meant
  }

  /// The text with the first amount that is the one first said put as they set it ("for
  /// £12" → "for £14"); the text as it was when it holds no such amount or holds the one
  /// they meant already.
  public func applied(to text: String) -> String {
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard !words.contains(where: { Self.sameAmount(Self.core(of: $0.lowercased()), meant) }),
      let index = words.firstIndex(where: { Self.sameAmount(Self.core(of: $0.lowercased()), said) })
    else { return text }
    // "4 or 5", "4 to 5": a range is one amount.
    var end = index
    while end + 2 < words.count, Self.joiners.contains(words[end + 1].lowercased()),
      Self.isAmount(Self.core(of: words[end + 2].lowercased()))
    {
      end += 2
    }
    let opening = String(
      words[index].prefix(while: { $0.isPunctuation && !Self.currencySigns.contains($0) }))
    let closing = String(words[end].reversed().prefix(while: \.isPunctuation).reversed())
    words.replaceSubrange(index...end, with: [opening + meant + closing])
    return words.joined(separator: " ")
  }

  /// "well £12 … no, £14": the correcting word, fillers, then the amount meant, with an
  /// amount said before the correcting word: the last amount before it is the one replaced.
  private static func afterMarker(in words: [String]) -> AmountCorrection? {
    for index in words.indices where markers.contains(words[index]) {
      // "mrs abbott at no 12": "no" after a preposition is a house number.
      if words[index] == "no", index > 0, beforeAHouseNumber.contains(words[index - 1]) {
        continue
      }
      guard var said = words[..<index].lastIndex(where: isAmount) else { continue }
      // "4 or 5 … actually 8": the range is said from its first amount.
      while said >= 2, joiners.contains(words[said - 1]), isAmount(words[said - 2]) {
        said -= 2
      }
      let after = words[(index + 1)...].prefix(reach)
      guard let found = after.firstIndex(where: isAmount),
        words[(index + 1)..<found].allSatisfy(fillers.contains),
        !sameAmount(words[found], words[said])
      else { continue }
      return AmountCorrection(said: words[said], meant: words[found])
    }
    return nil
  }

  /// "£14 not 12": an amount, "not", and the amount it replaces.
  private static func beforeNot(in words: [String]) -> AmountCorrection? {
    for index in words.indices.dropFirst().dropLast() where words[index] == "not" {
      guard isAmount(words[index - 1]), isAmount(words[index + 1]),
        !sameAmount(words[index - 1], words[index + 1])
      else { continue }
      return AmountCorrection(said: words[index + 1], meant: words[index - 1])
    }
    return nil
  }

  /// Whether two amounts are one, whatever currency sign either was typed with: "£12" is "12".
  private static func sameAmount(_ first: String, _ second: String) -> Bool {
    guard isAmount(first), isAmount(second) else { return false }
    return first.drop(while: currencySigns.contains) == second.drop(while: currencySigns.contains)
  }

  /// A word without the punctuation typed around it, a currency sign kept: "£8!!" → "£8",
  /// "(maybe" → "maybe".
  static func core(of word: String) -> String {
    // Most words are plain ASCII opening and closing on a letter or digit: nothing to take off,
    // and no need to walk their characters.
    let bytes = word.utf8
    if let first = bytes.first, let last = bytes.last, isASCIILetterOrDigit(first),
      isASCIILetterOrDigit(last), bytes.allSatisfy({ $0 < 0x80 })
    {
      return word
    }
    let kept = { (character: Character) in
      !character.isPunctuation || currencySigns.contains(character)
    }
    let start = word.drop(while: { !kept($0) })
    return String(start.reversed().drop(while: { !kept($0) }).reversed())
  }

  /// Whether a byte is an ASCII letter or digit: never punctuation to take off a word.
  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// Whether a word is an amount: digits ("8", "£500", "4-5", "20%") or a number word.
  static func isAmount(_ word: String) -> Bool {
    if numberWords.contains(word) { return true }
    let digits = word.drop(while: currencySigns.contains)
    return digits.first?.isNumber == true
      && digits.allSatisfy { $0.isNumber || "-.,%k".contains($0) }
  }

  /// Words that join two amounts into a range: "4 or 5", "4 to 5".
  private static let joiners: Set<String> = ["or", "to", "-"]

  /// Signs typed before an amount of money.
  private static let currencySigns: Set<Character> = ["£", "$", "€"]

  /// How many words after a correcting word the amount it names may come.
  private static let reach = 5

  /// Words that set right what was just said: "actually more like 8", "i mean 8", "no, £14",
  /// "sorry 14", "well £6.50".
  static let markers: Set<String> = [
    "actually", "actualy", "acc", "mean", "rather", "correction", "scratch", "wait", "no",
    "sorry", "well", "nope", "oops",
  ]

  /// Words after which "no" is short for "number": "at no 12", "opposite no. 4".
  private static let beforeAHouseNumber = FunctionWords.prepositions.union([
    "opposite", "near", "past", "beside", "next",
  ])

  /// Words that may stand between a correcting word and the amount it names.
  static let fillers: Set<String> = [
    "it's", "it\u{2019}s", "its", "it", "is", "was", "that", "that's", "that\u{2019}s", "thats",
    "more", "like", "closer", "to", "nearer", "probably", "prob", "prolly", "about", "around",
    "nearly", "maybe", "no", "make", "well", "at", "least", "i'd", "id", "say", "reckon",
    "honestly", "tbh", "sorry", "actually", "i", "mean", "it'd", "itd", "be",
  ]

  /// Number words that name an amount: the vocabulary's, "half" aside ("one" and "a" say more
  /// than an amount and are not among them).
  static let numberWords = Quantifiers.numberWords.subtracting(["half"])
}
