/// What a person says before what they hold to soften or excuse saying it: "dont laugh but
/// …", "this'll sound mad but …", "hear me out, …", "hot take: …". It claims nothing; what
/// follows does. One table, read by the belief reader and by partner mode alike.
enum SpokenAside {
  /// Words that make a view sound odd said: "this might sound harsh", "call me naive".
  private static let oddWords =
    "(mad|crazy|weird|stupid|dumb|silly|daft|bad|harsh|mean|odd|strange|controversial|wild|"
    + "nuts|insane|awful|terrible|cold|old fashioned|naive|a cynic|cynical|biased|paranoid)"

  /// The asides, over words with clitics apart ("this 'll", "i 'm"): those that excuse a view
  /// said next and those that soften a criticism ("I'm not being funny but", "no offence but").
  static let phrases = [
    "(please)? (don't|dont|do not) (laugh|judge me|hate me|kill me|get mad|be mad|freak out|"
      + "shoot me|take this the wrong way)",
    "(promise|swear) ((you|u|ya) (won't|wont|will not)|not to) (laugh|judge me|get mad)",
    "(i know)? (this|it|that) ('ll|will|might|may|could|would|is going to|'s going to|"
      + "is gonna|'s gonna|gonna)? (sound|sounds|seem|seems|come out|comes out) (so|really|a bit|"
      + "kinda|kind of|proper|totally)? \(oddWords)",
    "(i 'm|i'm|i am|im)? not being (funny|rude|horrible|nasty|funny like)",
    "(hear me out|bear with me|no offence|no offense|i hate to say it)",
    "(with|with all due) respect", "call me \(oddWords)", "(unpopular|controversial) opinion",
    "hot take", "(i know)? (this|it) (is|'s) (an)? (unpopular|controversial) (opinion|view|one)?",
  ]

  /// An aside, after a laugh or an "okay so" or not, then the pause or the "but" that closes it.
  private static let pattern = TokenPattern(
    "(lol|haha|lmao)? ,? (ok|okay|so|look|right|um)? ,? (ok|okay|so|right|like)? ,? (\(phrases.joined(separator: "|")))"
      + " (,|:|...|\u{2026}|-|\u{2013}|\u{2014})? (but)? ,?")

  /// The aside alone, after a laugh or an "okay so" or not, with a laugh, a "though" or a "but" cut off
  /// by a full stop after it ("ok dont laugh but.").
  private static let alone = TokenPattern(
    "(lol|haha|lmao)? ,? (ok|okay|so|look|right|um)? ,? (ok|okay|so|right|like)? ,? (\(phrases.joined(separator: "|")))"
      + " (lol|haha|tho|though|but)?")

  /// Where the aside that opens a sentence ends, when a clause follows it; nil otherwise.
  static func end(atStartOf sentence: [Token]) -> Int? {
    guard
      let end = pattern.matchEnds(in: sentence, from: 0).filter({ $0 < sentence.count }).max(),
      ClauseParser.finiteVerbIndex(in: Array(sentence[end...])) != nil
    else { return nil }
    return end
  }

  /// The sentence without the aside that opens it ("dont laugh but I think X" → "I think X"),
  /// when a clause follows; as it is otherwise.
  static func dropped(from sentence: [Token]) -> [Token] {
    guard let end = end(atStartOf: sentence) else { return sentence }
    var rest = Array(sentence[end...])
    rest[0].hasSpaceBefore = false
    return rest
  }

  /// Whether a sentence is an aside and nothing more: "ok dont laugh.", "hear me out lol".
  static func isAlone(_ sentence: [Token]) -> Bool {
    var close = sentence.count
    while close > 0, sentence[close - 1].kind == .punctuation { close -= 1 }
    return close > 0 && alone.matchEnds(in: sentence, from: 0).contains(close)
  }
}
