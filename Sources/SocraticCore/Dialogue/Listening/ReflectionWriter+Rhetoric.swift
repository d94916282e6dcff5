/// A question the person asks to make a point, typed with or without its question mark, is
/// never given back as a statement ("who'd even do the testing" is no view of theirs as it
/// stands). Its point is given back only where a frame of the table says what it is: "who'd
/// even check it" doubts anyone would.
extension ReflectionWriter {
  /// A frame of a question asked to make a point: the words that open it, the words
  /// between them and what it asks after that may be left out ("even"), and how its point is
  /// given back, `{}` standing for the rest of their words.
  struct RhetoricalFrame: Sendable {
    var opening: [[String]]
    var point: String
    /// The form of the verb the rest opens on ("do the testing", "goes in there"); nil when it
    /// opens on anything.
    var verbForm: VerbForm?
    /// Verbs the rest may not open on: "who says it has to be …" doubts the claim, not that
    /// anyone says it.
    var refused: Set<String> = []
  }

  /// The frames of questions asked to make a point, and the point each makes.
  static let rhetoricalFrames: [RhetoricalFrame] = [
    RhetoricalFrame(
      opening: [["who"], ["'d", "would"]], point: "you doubt anyone would {}", verbForm: .base),
    RhetoricalFrame(
      opening: [["who"], ["'s", "is"], ["going", "gonna"], ["to"]],
      point: "you doubt anyone is going to {}", verbForm: .base),
    RhetoricalFrame(
      opening: [["who"], ["can", "could"]], point: "you doubt anyone can {}", verbForm: .base),
    RhetoricalFrame(
      opening: [["what"], ["'s", "is"], ["the"], ["point"], ["of", "in"]],
      point: "you don't see the point of {}", verbForm: nil),
    RhetoricalFrame(
      opening: [["why"], ["would", "'d"], ["anyone", "anybody"]],
      point: "you can't see why anyone would {}", verbForm: .base),
    // "where else do the kids go": there is nowhere else, as they see it. Only "do" leaves a
    // plain verb behind: "where else does the bus go" and "where else can they park" would
    // lose their verb's form.
    RhetoricalFrame(
      opening: [["where"], ["else"], ["do"]], point: "there's nowhere else {}", verbForm: nil),
    // "who actually goes in there anymore": they doubt anyone does.
    RhetoricalFrame(
      opening: [["who"]], point: "you doubt anyone {}", verbForm: .thirdSingular,
      refused: ["says", "knows", "thinks", "said"]),
  ]

  /// Words between a question word and its verb that only stress it, left out of its point:
  /// "who'd even check it", "where else", "who actually goes". The belief map reads questions
  /// by them too (`BeliefMap.asksOutright`).
  static let questionStress: Set<String> = [
    "else", "even", "actually", "ever", "really", "honestly", "exactly", "tf",
  ]

  /// The point of a question asked to make one, in the second person ("who'd even check the
  /// readings" → "you doubt anyone would check the readings"); nil when no frame gives one or
  /// the rest would not read.
  static func rhetoricalPoint(_ text: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(withoutClosingHedges(text))).filter {
      !chatFillers.contains($0.lowercased) && !ReflectionCheck.isQuoteMark($0)
    }
    let start = tokens.prefix { !$0.isWord || hedges.contains($0.lowercased) }.count
    let words = tokens[start...].map(\.lowercased)
    for frame in rhetoricalFrames {
      guard words.count > frame.opening.count,
        zip(frame.opening, words).allSatisfy({ $0.contains($1) })
      else { continue }
      let rest = Array(tokens[(start + frame.opening.count)...])
        .drop { questionStress.contains($0.lowercased) }
      guard let first = rest.first(where: \.isWord)?.lowercased,
        takes(first, as: frame.verbForm), !frame.refused.contains(first),
        rest.count(where: \.isWord) <= quoteWordLimit,
        let phrase = secondPersonPhrase(Array(rest).joinedText),
        !ReflectionCheck.leavesFirstPerson(Tokenizer.tokenize(phrase))
      else { return nil }
      return frame.point.replacing("{}", with: lowercasedFirst(phrase))
    }
    return nil
  }

  /// Whether the rest of a question can open on a word: any word when no form is asked for,
  /// else a verb of that form.
  private static func takes(_ word: String, as form: VerbForm?) -> Bool {
    switch form {
    case nil: true
    case .base?:
      Lexicon.verbReadings(of: word).contains(where: { $0.form == .base })
        || Lexicon.isVerb(word) && Lexicon.singular(of: word) == nil
    case let form?: Lexicon.verbReadings(of: word).contains(where: { $0.form == form })
    }
  }
}
