/// An amount the person sets right later in the same answer ("we see 3 or 4 a week … actually
/// more like 10") is given back as they last put it, never as they first did.
extension ReflectionWriter {
  /// The reflection with the amount they set right given as they set it: the first amount in
  /// it, when they said it before a correction ("actually", "i mean", "or rather") that names
  /// another, becomes the amount they named last. Their typed line is never changed.
  static func settingAmountRight(_ text: String, in line: String) -> String {
    let said = line.split(whereSeparator: \.isWhitespace).map { core(of: $0.lowercased()) }
    guard let (marker, corrected) = correction(in: said) else { return text }
    var words = text.split(separator: " ").map(String.init)
    guard let start = words.firstIndex(where: { isAmount(core(of: $0.lowercased())) }),
      said[..<marker].contains(core(of: words[start].lowercased())),
      !words.contains(where: { core(of: $0.lowercased()) == corrected })
    else { return text }
    // "4 or 5", "4 to 5": a range is one amount.
    var end = start
    while end + 2 < words.count, amountJoiners.contains(words[end + 1].lowercased()),
      isAmount(core(of: words[end + 2].lowercased()))
    {
      end += 2
    }
    let closing = String(words[end].reversed().prefix(while: \.isPunctuation).reversed())
    words.replaceSubrange(start...end, with: [corrected + closing])
    return words.joined(separator: " ")
  }

  /// Where in the words a correction of an amount begins, and the amount it names: a
  /// correcting word, then only words that soften it ("it's more like"), then the amount,
  /// after an amount said before it.
  private static func correction(in said: [String]) -> (Int, String)? {
    for index in said.indices where amountCorrections.contains(said[index]) {
      guard said[..<index].contains(where: isAmount) else { continue }
      let after = said[(index + 1)...].prefix(correctionReach)
      guard let found = after.firstIndex(where: isAmount),
        said[(index + 1)..<found].allSatisfy(correctionFillers.contains)
      else { continue }
      return (index, said[found])
    }
    return nil
  }

  /// A word without the punctuation typed around it: "8," → "8", "(maybe" → "maybe".
  private static func core(of word: String) -> String {
    String(word.drop(while: \.isPunctuation).reversed().drop(while: \.isPunctuation).reversed())
  }

  /// Whether a word is an amount: digits ("8", "£500", "4-5", "20%") or a number word.
  private static func isAmount(_ word: String) -> Bool {
    if numberWords.contains(word) { return true }
    let digits = word.drop(while: { "£$€".contains($0) })
    return digits.first?.isNumber == true
      && digits.allSatisfy { $0.isNumber || "-.,%k".contains($0) }
  }

  /// How many words after a correcting word the amount it names may come.
  private static let correctionReach = 5

  /// Words that set right what was just said: "actually more like 8", "i mean 8".
  static let amountCorrections: Set<String> = [
    "actually", "actualy", "acc", "mean", "rather", "correction", "scratch", "wait", "well", "no",
    "sorry",
  ]

  /// Words that may stand between a correcting word and the amount it names.
  static let correctionFillers: Set<String> = [
    "it's", "it\u{2019}s", "its", "it", "is", "was", "that", "that's", "that\u{2019}s", "thats",
    "more", "like", "closer", "to", "nearer", "probably", "prob", "prolly", "about", "around",
    "nearly", "maybe", "no", "make", "well", "at", "least", "i'd", "id", "say", "reckon",
    "honestly", "tbh",
  ]

  /// Words that join two amounts into a range: "4 or 5", "4 to 5".
  static let amountJoiners: Set<String> = ["or", "to", "-"]

  /// Number words, "one" and "a" aside, which say more than an amount.
  static let numberWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen",
  ]
}
