/// Reads a confidence from what a person typed: a whole number from 0 to 100, with or without a
/// percent sign ("80", "80%", " 80 % "), and with the hedges people say a number with ("80 i
/// guess", "like 70", "60 like i said", "maybe 55 percent").
public enum ConfidenceRating {
  /// The rating, or a message saying what is expected.
  public static func read(_ text: String) -> Result<Int, ConfidenceProblem> {
    // A rating, hedges and all, is a short line; a long answer is not read word by word for one.
    guard text.utf8.count <= longestRating else { return .failure(.notANumber) }
    let text = spokenAsDigits(text)
    let plain = number(in: text)
    if case .failure(.notANumber) = plain, let hedged = hedgedNumber(in: text) {
      return number(in: hedged)
    }
    return plain
  }

  /// A rating asked for at a prompt, when they may say more than the number: the rating a
  /// line holds as its one number from 0 to 100 that counts nothing ("70. i told you already",
  /// "60 maybe. mostly the thing about her dad", "90 easy", but not "married 24 years"), or
  /// the first of several that opens the line ("95. maybe 100 on a bad day"), or the rating
  /// offered back ("Still 70?") when they keep it ("yes", "still the same").
  public static func read(_ text: String, offered: Int?) -> Result<Int, ConfidenceProblem> {
    let plain = read(text)
    guard case .failure(.notANumber) = plain else { return plain }
    let words = withoutHedgePhrases(
      text.lowercased().split { $0.isWhitespace || ",.!?;:…".contains($0) })
    if let offered, words.contains(where: { keepings.contains(String($0)) }),
      words.allSatisfy({ keepings.contains(String($0)) || hedges.contains(String($0)) })
    {
      return .success(offered)
    }
    return heldRating(in: text).map { .success($0) } ?? plain
  }

  /// The rating a line holds among other words: its one number that may be a rating
  /// (`ratingNumbers(in:besides:)`); of several, the one a later sentence settles on by taking
  /// the first back ("I'd say 70. No, 65."), the one not denied ("65, as I said. Not 70."), or
  /// the first when the line opens with it ("95.
  /// maybe 100 on a bad day", "60 say. the bus is at 5") or its first sentence is only it and
  /// hedges ("Still 100. Maybe 95 on …"); nil otherwise.
  static func heldRating(in text: String, besides belief: String = "") -> Int? {
    let ratings = ratingNumbers(in: text, besides: belief)
    if ratings.count == 1 { return ratings[0] }
    // "I'd come down to seventy. No, sixty-five.": a later sentence that takes the rating
    // back gives the one they settle on, however the first was said.
    // "Sixty-five, as I said. Not seventy.": a number they deny is not theirs.
    let denied = deniedNumbers(in: text)
    if ratings.count > 1,
      let retaken = laterRetakenRating(in: text, among: ratings.filter { !denied.contains($0) })
    {
      return retaken
    }
    let kept = ratings.filter { !denied.contains($0) }
    if ratings.count > 1, kept.count == 1 { return kept[0] }
    // "money wise about 30. but overall... can i say 70? yeah 70": the last number they say
    // they settle on is theirs, whatever part another one rated.
    if ratings.count > 1, let settled = settledRating(in: text, among: kept) { return settled }
    // "Still 100. Maybe 95 on whether he lied, but …": a first sentence that is a rating and
    // its hedges says where they stand; what follows qualifies it.
    if ratings.count > 1,
      let end = text.firstIndex(where: { ".!?;".contains($0) }),
      let first = hedgedNumber(in: String(text[..<end])).flatMap({ Int($0) }), first <= 100
    {
      return first
    }
    let first = Tokenizer.tokenize(spokenAsDigits(text)).first
    guard ratings.count > 1, first?.kind == .number, first.flatMap({ Int($0.text) }) == ratings[0]
    else { return nil }
    return ratings[0]
  }

  /// The rating the last sentence after the first that takes a rating back gives, when it is
  /// one of `ratings`: "70. no, 65", "I would come down to 70. No, 65. If …".
  private static func laterRetakenRating(in text: String, among ratings: [Int]) -> Int? {
    // "80, no wait make that 75": a comma breaks off a rating taken back as a stop does.
    let ends = text.indices.filter { ".!?;,".contains(text[$0]) }
    return ends.reversed().lazy.compactMap { retakenRating(in: text, after: $0) }
      .first { ratings.contains($0) }
  }

  /// The last of `ratings` a line says it settles on: "call it 70", "i'd say 70", "more like
  /// 70", "yeah 70", "70 overall".
  private static func settledRating(in text: String, among ratings: [Int]) -> Int? {
    let words = Tokenizer.tokenize(spokenAsDigits(text)).filter(\.isWord).map(\.lowercased)
    return words.indices.reversed().lazy.compactMap { index -> Int? in
      guard let value = Int(words[index]), ratings.contains(value) else { return nil }
      let said = Array(words[..<index])
      let unfilled = Array(said.reversed().drop(while: settlingFillers.contains).reversed())
      let after = words[(index + 1)...]
      let isSettled =
        settlingLeads.contains { lead in
          said.suffix(lead.count) == lead[...] || unfilled.suffix(lead.count) == lead[...]
        }
        || settlingTails.contains { Array(after.prefix($0.count)) == $0 }
      return isSettled ? value : nil
    }.first
  }

  /// Words before a rating that say it is the one they settle on: "call it 70", "i'd say 70",
  /// "more like 70", "yeah 70", "overall 70".
  static let settlingLeads: [[String]] = [
    ["call", "it"], ["make", "it"], ["go", "with"], ["more", "like"], ["i", "say"],
    ["i", "'d", "say"], ["id", "say"], ["i", "would", "say"], ["yeah"], ["yep"], ["yes"],
    ["overall"], ["so"], ["all", "in", "all"], ["on", "balance"], ["altogether"],
  ]

  /// Words after a rating that say it is the one they settle on: "70 overall", "70 all in all".
  static let settlingTails: [[String]] = [
    ["overall"], ["all", "in", "all"], ["altogether"], ["all", "told"], ["on", "balance"],
  ]

  /// Words between a settling lead and its rating: "call it about 70".
  static let settlingFillers: Set<String> = ["about", "around", "roughly", "maybe", "like"]

  /// The numbers a line denies: "not 70", "wasn't 80", "never 100".
  static func deniedNumbers(in text: String) -> Set<Int> {
    let tokens = Tokenizer.tokenize(spokenAsDigits(text)).filter(\.isWord)
    return Set(
      tokens.indices.compactMap { index in
        guard tokens[index].kind == .number, index > 0,
          RatingCorrection.denials.contains(tokens[index - 1].lowercased)
        else { return nil }
        return Int(tokens[index].text)
      })
  }

  /// "100. well 95 cause nothin is 100": the number a sentence after the first gives when it
  /// opens by taking the first one back, or when it is only a number, hedged or bare, that
  /// revises it ("50. maybe 45. this is wearing me out", "80. maybe less. 70"; "95. maybe 100
  /// on a bad day" qualifies it).
  private static func retakenRating(in text: String, after end: String.Index) -> Int? {
    let next = Tokenizer.tokenize(spokenAsDigits(String(text[end...]))).filter(\.isWord)
    guard let opener = next.first?.lowercased else { return nil }
    // "80... maybe less. 70": a later sentence that is only a number settles on it; after a
    // comma ("60, 70") it is the top of a range.
    if next.count == 1, next[0].kind == .number, text[end] != "," {
      return Int(next[0].text).flatMap { $0 <= 100 ? $0 : nil }
    }
    if revisions.contains(opener) {
      let sentence = text[text.index(after: end)...].prefix { !".!?;".contains($0) }
      return hedgedNumber(in: String(sentence)).flatMap { Int($0) }.flatMap {
        $0 <= 100 ? $0 : nil
      }
    }
    guard retractions.contains(opener),
      let second = next.dropFirst().prefix(4).first(where: { $0.kind == .number }),
      let value = Int(second.text), value <= 100
    else { return nil }
    return value
  }

  /// Words that open a later sentence revising a rating when only a number follows them:
  /// "maybe 45", "probably 60 now".
  static let revisions: Set<String> = ["maybe", "probably", "prob", "prolly", "perhaps"]

  /// The most bytes a line given as a rating has ("about seventy-five out of 100 i guess, maybe
  /// a bit less honestly" is well inside it).
  static let longestRating = 160

  /// Words that keep a rating offered back.
  static let keepings: Set<String> = [
    "yes", "yeah", "yep", "yup", "still", "same", "correct", "right", "unchanged", "y",
  ]

  /// The numbers from 0 to 100 in a line that may be ratings: not counts or measures of
  /// something ("24 years", "60 grand", "80 quid", "£45", "40 mph", "3 kids"), nor a time or place ("in 5", "till 10"), nor how far it
  /// moved ("by 10", "10 points"), nor a number the belief itself holds ("the voting age
  /// should be 16").
  static func ratingNumbers(in text: String, besides belief: String = "") -> [Int] {
    let tokens = Tokenizer.tokenize(spokenAsDigits(text))
    let beliefNumbers = Set(Tokenizer.tokenize(belief).filter { $0.kind == .number }.map(\.text))
    return tokens.indices.compactMap { index in
      guard tokens[index].kind == .number, let value = Int(tokens[index].text), value <= 100,
        !beliefNumbers.contains(tokens[index].text)
      else { return nil }
      let previous = index > 0 ? tokens[index - 1].lowercased : ""
      let next = index + 1 < tokens.count ? tokens[index + 1].lowercased : ""
      let isChange = previous == "by" || changeWords.contains(next)
      // "a half head of highlights at 4": a small number after "at" is a time, unless it is
      // where they put themselves ("I'm at 10", "put it at 8").
      let twoBefore = index > 1 ? tokens[index - 2].lowercased : ""
      let isTime =
        previous == "at" && value <= 12 && !ratingHolders.contains(twoBefore)
        // "ok gtg its nearly 1": the hour told, not how sure.
        || clockLeads.contains(previous) && itIsWords.contains(twoBefore) && value <= 12
      // "put me down for 55": a place word after what puts them there places the rating.
      let isPlace =
        placeWords.contains(previous) && placeHolders[previous]?.contains(twoBefore) != true
        || isTime || moneySigns.contains(previous)
      let counts = countsThings(after: index, in: tokens)
      return isChange || isPlace || counts ? nil : value
    }
  }

  /// Words before a number that make it a time or a place rather than a rating.
  static let placeWords: Set<String> = [
    "in", "for", "till", "til", "until", "after", "within", "since", "aged", "age", "page",
    "room", "platform", "route",
  ]

  /// Words before a place word that make the number after it where they put themselves:
  /// "put me down for 55", "mark me down for 60".
  static let placeHolders: [String: Set<String>] = ["for": ["down"]]

  /// Words that tell the hour after "it's": "it's nearly 1", "it's gone 11".
  static let clockLeads: Set<String> = ["nearly", "almost", "gone", "past", "after"]

  /// "It's" as the hour is told with it, as tokenized: "its", "it 's", "it is".
  static let itIsWords: Set<String> = ["its", "'s", "is"]

  /// Words before "at" that make a small number after it where they put themselves: "I'm at
  /// 10", "put it at 8".
  static let ratingHolders: Set<String> = ["'m", "im", "am", "it", "me", "sitting", "stay"]

  /// Signs before a number that make it a sum of money: "£45", "$30".
  static let moneySigns: Set<String> = ["£", "$", "€", "¥"]

  /// Words after a number that make it a change in confidence rather than the confidence.
  static let changeWords: Set<String> = [
    "points", "point", "pts", "less", "more", "lower", "higher", "down", "up",
  ]

  /// Words said around a rating that leave it a rating: hedges, fillers, and the words of
  /// certainty a high rating is said with ("100 obviously", "definitely 90").
  static let hedges: Set<String> = certainties.union([
    "i", "i'd", "id", "i'm", "im", "guess", "think", "suppose", "say", "like", "about", "around",
    "roughly", "maybe", "probably", "prob", "perhaps", "idk", "hmm", "hm", "um", "uh", "ok",
    "okay", "so", "yeah", "yes", "still", "now", "honestly", "tbh", "lol", "kinda", "pretty",
    "much", "said", "as", "well", "just", "percent", "or", "ish", "somewhere", "at", "least",
    "most", "sure", "confident", "told", "you", "already", "before", "again", "same", "the",
    "actually", "wait", "no", "nah", "more", "oh", "ah", "should", "would", "reckon", "tops",
    "max", "easy", "anyway",
  ])

  /// Hedges of more than one word, said with a rating: "put it at about 70", "call it 60",
  /// "go with 80", "yes go with it". Their words alone ("it", "with") make no line a rating.
  static let hedgePhrases: [[Substring]] = [
    ["put", "it", "at"], ["put", "it"], ["call", "it"], ["go", "with", "it"], ["go", "with"],
  ]

  /// The words of a line without the hedges of more than one word (`hedgePhrases`).
  static func withoutHedgePhrases(_ words: [Substring]) -> [Substring] {
    var words = words
    for phrase in hedgePhrases {
      while let range = words.firstRange(of: phrase) { words.removeSubrange(range) }
    }
    return words
  }

  /// Words of certainty said with a rating.
  static let certainties: Set<String> = [
    "obviously", "definitely", "defo", "deffo", "clearly", "certainly", "absolutely", "totally",
    "easily", "completely", "fully", "literally", "solid", "firmly",
  ]

  /// Words that open a sentence taking back the rating before it: "100. well 95", "90. no, 85",
  /// "70. alright 65" (the last number said is the one they settle on).
  static let retractions: Set<String> = [
    "well", "actually", "no", "nah", "wait", "ok", "okay", "hmm", "erm", "or", "make", "alright",
    "alrite", "aight", "fine",
  ]

  /// Words between two numbers that make the second a correction of the first.
  static let corrections: Set<String> = ["maybe", "actually", "no", "nah", "wait", "more", "like"]

  /// The number in a line whose other words are all hedges, with its percent sign; of a
  /// number said again differently ("70? maybe 65 idk", "80, no, 75"), the last, which is where
  /// they settled.
  static func hedgedNumber(in text: String) -> String? {
    let said = text.lowercased().split { $0.isWhitespace || ",.!?;:…".contains($0) }
    var words = withoutHedgePhrases(said)
    let isHedgedByPhrase = words.count < said.count
    if let out = words.firstRange(of: ["out", "of", "100"]) { words.removeSubrange(out) }
    let isNumber = { (word: Substring) in
      word.first?.isASCII == true && word.first?.isNumber == true
    }
    let numbers = words.filter(isNumber)
    guard (1...2).contains(numbers.count), let number = numbers.last else { return nil }
    if numbers.count == 2 {
      // "70 or 80" is a range, not a rating; "70? maybe 65" settles on the second.
      guard let first = words.firstIndex(where: isNumber),
        let last = words.lastIndex(where: isNumber),
        words[first..<last].contains(where: { corrections.contains(String($0)) }),
        !words[first..<last].contains("or")
      else { return nil }
    }
    let rest = words.filter { !isNumber($0) }
    guard !rest.isEmpty || isHedgedByPhrase || number.hasSuffix("ish"),
      rest.allSatisfy({ hedges.contains(String($0)) })
    else { return nil }
    return String(number.hasSuffix("ish") ? number.dropLast(3) : number)
  }

  private static func number(in text: String) -> Result<Int, ConfidenceProblem> {
    var digits = Substring(text).trimmingWhitespace
    if digits.hasSuffix("%") { digits = digits.dropLast().trimmingWhitespace }
    guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else {
      return .failure(digits.first == "-" ? .outOfRange(text: String(digits)) : .notANumber)
    }
    guard let value = Int(digits), value <= 100 else {
      return .failure(.outOfRange(text: String(digits)))
    }
    return .success(value)
  }
}

/// Why a confidence could not be read.
public enum ConfidenceProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// It is not a whole number.
  case notANumber
  /// It is a number outside 0–100, as typed.
  case outOfRange(text: String)

  public var description: String {
    switch self {
    case .notANumber:
      "Give your confidence as a whole number from 0 to 100, such as 80 or 80%."
    case .outOfRange(let text):
      "\(text) is not between 0 and 100. Give your confidence as a whole number from 0 to 100, "
        + "such as 80 or 80%."
    }
  }
}

extension Substring {
  /// The text without whitespace at either end.
  var trimmingWhitespace: Substring {
    let start = drop(while: \.isWhitespace)
    var end = start.endIndex
    while end > start.startIndex, start[start.index(before: end)].isWhitespace {
      end = start.index(before: end)
    }
    return start[start.startIndex..<end]
  }
}
