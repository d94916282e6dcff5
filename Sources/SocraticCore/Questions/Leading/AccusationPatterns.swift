/// Questions that accuse instead of asking: a why-, when- or who-question that takes a habit,
/// a failing, a feeling or a change of the person's for granted ("Why are you always late?",
/// "Why can't you ever tidy up?", "Why do you hate them so much?", "When did you stop
/// trusting them?"), or a jab about someone close to them or about who does the work ("Why does your
/// boss keep getting away with it?", "Who do you think does all the cooking around here?").
///
/// Each entry is a `TokenPattern` read at the question word, with the shape of what it
/// accuses; `AccusationRewrites` asks about the same topic without the charge. A new rule is
/// one entry.
enum AccusationPatterns {
  /// What a question accuses the person of; the words after the match are the act or state.
  enum Shape: Sendable, Equatable {
    /// A habit held against the person: "Why are you still …", "Why do you keep …".
    case habit
    /// Something the person is said never to do: "Why can't you ever …".
    case failing
    /// A feeling presumed and judged: "Why do you hate X so much?".
    case feeling
    /// Someone close to the person said to keep at something: "Why does your boss keep …".
    case someoneClose
    /// A jab put as a question about who does the work: "Who do you think does all …".
    case whoDoesIt
    /// A change presupposed: "When did you stop trusting …".
    case presupposedChange
  }

  /// The patterns, each with its shape.
  static let entries: [(pattern: TokenPattern, shape: Shape)] =
    habits.map { (TokenPattern($0), .habit) }
    + failings.map { (TokenPattern($0), .failing) }
    + feelings.map { (TokenPattern($0), .feeling) }
    + someoneClose.map { (TokenPattern($0), .someoneClose) }
    + whoDoesIt.map { (TokenPattern($0), .whoDoesIt) }
    + changes.map { (TokenPattern($0), .presupposedChange) }

  /// A habit or state said of the person with a presumptive adverb.
  private static let habits = [
    "why (are|'re|were) you (always|still|forever|constantly|continually)",
    "why (do|did) you (keep|still|constantly|forever|continually)",
  ]

  /// Something the person is said never to manage.
  private static let failings = [
    "why (can't|cannot|won't|couldn't|wouldn't|don't|didn't) you (ever|just|once)",
    "why (can't|cannot|won't|couldn't) you _{1,6} (properly|right|for once)",
  ]

  /// A feeling presumed, and judged too strong.
  private static let feelings = [
    "why (do|does|did) you (hate|despise|loathe|resent|distrust|mistrust|dislike|fear) _{1,6} so much"
  ]

  /// Someone close to the person, said to keep doing something.
  private static let someoneClose = [
    "why (do|does|did|is|are) (your|my|our) _? " + closePeople
      + " (keep|keeps|still|always|constantly|never)"
  ]

  /// People close to the person whom a jab can be about.
  private static let closePeople =
    "(boss|manager|brother|sister|mum|mom|mother|dad|father|husband|wife|partner|friend|"
    + "friends|son|daughter|kids|parents|colleague|colleagues|boyfriend|girlfriend|family|team)"

  /// "Who (do you think) does all the … (around here)?": only the asker, it says.
  private static let whoDoesIt = [
    "who do you think _ _{0,3} (all|around here)",
    "who _ _{0,5} around here",
    "who do you think _ _{0,4} every (day|week|night|time|morning|weekend)",
  ]

  /// A change of mind or habit taken for granted.
  private static let changes = [
    "when (did|do) you (stop|quit) " + attitudes
  ]

  /// Gerunds of holding a view or caring, whose end "When did you stop …" presupposes ("When
  /// did you start …" can be asked in good faith: it is left alone).
  private static let attitudes =
    "(believing|trusting|caring|listening|loving|respecting|hating|doubting|falling|buying|"
    + "distrusting|ignoring|thinking|supporting|defending)"

  /// Words that charge how the act is done rather than name it, left out of a rewrite: "load
  /// the dishwasher properly", "tidy up for once".
  static let chargingTails: [[String]] = [
    ["properly"], ["right"], ["for", "once"], ["so", "much"], ["all", "the", "time"],
    ["every", "time"], ["anymore"], ["any", "more"], ["around", "here"], ["ever"],
  ]
}

/// Finds an accusation (`AccusationPatterns`) at a question's question word.
enum AccusationRules {
  /// An accusation found: its shape and the words it spans among the reading's tokens.
  struct Match: Equatable {
    var shape: AccusationPatterns.Shape
    var range: Range<Int>
  }

  /// The first accusation at the question word, or nil.
  static func match(in reading: QuestionReading) -> Match? {
    guard case .questionWord(let index) = reading.opener else { return nil }
    let word = reading.words[index]
    guard ["why", "who", "when"].contains(word) else { return nil }
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    for (pattern, shape) in AccusationPatterns.entries where pattern.mayStart(with: word) {
      if let end = pattern.matchEnds(in: words, from: index).first, end > index {
        return Match(shape: shape, range: index..<end)
      }
    }
    return nil
  }

  /// The problem an accusation gives the question: what it takes for granted, as written.
  static func problem(_ match: Match, in reading: QuestionReading) -> QuestionProblem {
    switch match.shape {
    case .whoDoesIt: .rhetorical
    default:
      .presumedAct(reading.tokens[(match.range.lowerBound + 1)..<match.range.upperBound].joinedText)
    }
  }
}
