/// Removes the frames and hedges a person wraps a belief in, keeping the belief itself.
///
/// - Opinion frames at the start that a clause must follow: "I think (that)", "I really
///   believe", "I feel like", "I'm sure", "It's obvious that", "The truth is", "Everyone knows".
///   A frame is removed only when a whole clause follows it, so "I believe in God" and "I feel
///   sad" stay as they are.
/// - Negative frames: "I don't think X" and "I doubt X" believe the negation of X; the caller
///   is told (`isNegated`) so it can negate what is left.
/// - Stance words and phrases at the start, with or without a comma: "Honestly", "In my
///   opinion", "To be fair", "Obviously", "Of course", "Let's face it".
/// - The same after a comma at the end ("…, I think.") or between commas in the middle
///   ("Crypto, in my view, is a scam").
/// - Stance adverbs right before or after the finite verb: "Crypto is obviously a scam" →
///   "Crypto is a scam" ("clearly" after the verb's object stays: "AI cannot think clearly").
public enum FrameRemover {
  /// What is left of a sentence without its frames.
  public struct Result: Sendable, Equatable {
    /// The tokens of the belief itself.
    public var tokens: [Token]
    /// Whether a negative frame was removed: the speaker believes the negation of `tokens`.
    public var isNegated: Bool
  }

  /// The sentence without its frames and hedges.
  public static func removingFrames(from tokens: [Token]) -> Result {
    var tokens = tokens
    var isNegated = false
    var changed = true
    while changed {
      changed = false
      if let end = disclaimerEnd(in: tokens) {
        tokens.removeSubrange(0..<end)
        changed = true
      }
      if let (end, negates) = leadingFrameEnd(in: tokens) {
        tokens.removeSubrange(0..<end)
        isNegated = isNegated != negates
        changed = true
      }
      if let range = trailingOrInnerFrame(in: tokens) {
        tokens.removeSubrange(range)
        changed = true
      }
    }
    tokens = removingStanceAdverbs(from: tokens)
    if let first = tokens.first, first.hasSpaceBefore { tokens[0].hasSpaceBefore = false }
    return Result(tokens: tokens, isNegated: isNegated)
  }

  /// The text without its frames, and whether a negative frame was removed.
  public static func removingFrames(from text: String) -> (text: String, isNegated: Bool) {
    let result = removingFrames(from: Tokenizer.tokenize(text))
    return (result.tokens.joinedText, result.isNegated)
  }

  private enum Follower {
    /// A whole clause must follow.
    case clause
    /// A whole clause must follow, and the speaker believes its negation.
    case negatedClause
    /// Anything may follow.
    case anything
  }

  /// When a person says they think so, before "I think": "Sometimes I think X", "Lately, I
  /// feel like X". The belief is X all the same.
  private static let timesOfThinking =
    "(sometimes|lately|recently|increasingly|often|nowadays|now|more and more|at times|"
    + "deep down|these days|more and more often)? ,? "

  /// A word that carries the talk on before a stance phrase ("so let's be honest, …", "and to
  /// be fair, …"): it goes with the phrase, and is no part of the belief.
  private static let discourseOpener = "(so|and|but)? "

  private static let leadingFrames: [(PhrasePattern, Follower)] = [
    (
      PhrasePattern(
        timesOfThinking
          + "i (really|honestly|truly|strongly|firmly|genuinely|personally|sincerely|do|just|still|"
          + "actually|definitely|kind of|sort of|kinda|sorta|also|now|totally|absolutely|"
          + "seriously|deeply|always|have always|'ve always|have come to|'ve come to|"
          + "have to|would|'d)* "
          + "(think|believe|feel|guess|suppose|reckon|suspect|know|bet|imagine|assume|expect|"
          + "figure|maintain|contend|argue|sense|worry|fear|hold|say|'d say|would say|'d argue|"
          + "would argue|have to say|must say|have a feeling|'ve a feeling|have the feeling|"
          + "'ve been thinking|have been thinking|'ve been feeling|have been feeling|"
          + "'m thinking|am thinking|'m starting to think|am starting to think|"
          + "'m beginning to think|am beginning to think|'ve started to think|"
          + "have started to think|"
          + "get the feeling|get the sense|have no doubt|'ve no doubt|thought|felt|believed|said|"
          + "suspected|realized|realised|learned|learnt|found|am of the opinion|"
          + "'m of the opinion|can tell you|can say|would add) "
          + "(that|like|as if)?"), .clause
    ),
    (
      PhrasePattern(
        timesOfThinking
          + "i ('m|am) (pretty|fairly|quite|absolutely|completely|totally|really|so|very|100%|now|"
          + "more and more|increasingly|firmly|deeply|just)* "
          + "(sure|certain|convinced|positive|confident|afraid|persuaded|of the opinion|"
          + "of the view) (that)?"), .clause
    ),
    (
      PhrasePattern(
        timesOfThinking + "i (really|honestly|just|personally|simply|genuinely)* "
          + "(don't|do not|dont|didn't|did not|can't|cannot|can not) "
          + "(really|honestly|actually|seriously)* "
          + "(think|believe|feel|reckon|suppose|imagine|expect|buy|accept|see how|agree) "
          + "(that|like)?"), .negatedClause
    ),
    (
      PhrasePattern("i (really|seriously|strongly|highly|very much)* doubt (that|whether|if)?"),
      .negatedClause
    ),
    (PhrasePattern("i ('m|am) not (at all)? (convinced|persuaded) (that)?"), .negatedClause),
    (
      PhrasePattern(
        "(in|to|from) (my|our) (humble|honest|personal|professional|own)* "
          + "(opinion|view|experience|mind|book|eyes|estimation|judgment|judgement|"
          + "understanding|perspective|point of view) ,?"), .anything
    ),
    (
      PhrasePattern("(if you ask me|as far as i 'm concerned|as far as i am concerned) ,?"),
      .anything
    ),
    (
      // "I'm not sure, but …", "I could be wrong, but …": a hedge before the belief.
      PhrasePattern(
        "(i 'm not|i am not) (100%|completely|totally|entirely)? (sure|certain) ,? but"),
      .anything
    ),
    (
      PhrasePattern(
        "(i could be wrong|i might be wrong|i may be wrong|maybe i 'm wrong|"
          + "correct me if i 'm wrong) ,? but"),
      .anything
    ),
    (
      PhrasePattern(
        discourseOpener + "(to be|to put it|let me be|i have to be|i 'll be|i will be) "
          + "(perfectly|completely|totally|brutally|very|quite|really)* "
          + "(honest|frank|fair|clear|blunt|candid|truthful|bluntly|simply|plainly) "
          + "(with you)? ,?"), .anything
    ),
    (
      PhrasePattern(
        discourseOpener
          + "(honestly|frankly|personally|obviously|clearly|evidently|undoubtedly|surely|"
          + "certainly|admittedly|basically|essentially|realistically|seriously|truthfully|plainly|"
          + "naturally|" + ChatHedges.opinionAlternatives
          + "|of course|no doubt|without a doubt|without question|"
          + "needless to say|for me|to me|as i see it|the way i see it|from where i stand|"
          + "in all honesty|in truth|i mean|like i said|as i said|quite frankly|quite honestly|"
          + "quite simply|simply put|put simply|let 's be honest|let us be honest|lets be honest|"
          + "let 's face it|let us face it|lets face it|let 's be real|lets be real|look|listen|well|ok|okay|yes|yeah|actually|"
          + "in short|in a word|bottom line|at the end of the day|all things considered|"
          + "when all is said and done|to me at least|for what it 's worth|"
          // Second thoughts: they mark the thought as just had, and are no part of it.
          + "come to think of it|now i think (about|of) it|now that i think (about|of) it|"
          + "thinking about it|now you mention it|now that you mention it) ,?"), .anything
    ),
    (
      PhrasePattern(
        "(the|my|our) (honest|simple|plain|sad|hard|uncomfortable|real)? "
          + "(truth|fact|reality|bottom line|thing|point) (of the matter)? is (that)? ,?"),
      .clause
    ),
    (
      PhrasePattern(
        "(it|this|that) ('s|is|was|seems|becomes|has become|'s become) "
          + "(pretty|very|quite|so|really|perfectly|abundantly|painfully|increasingly|totally|"
          + "absolutely|just|becoming|getting|now|more than|all too|blindingly|crystal)* "
          + "(obvious|clear|evident|true|undeniable|apparent|plain|certain|self-evident|"
          + "a fact|no secret|no surprise|a given|common knowledge|common sense|a truth|"
          + "beyond doubt|beyond question|indisputable|unquestionable) "
          + "(to me|to everyone|to anyone|to anybody|to most people)? that"), .clause
    ),
    (
      PhrasePattern(
        "it (seems|appears|looks|feels|strikes me) (to me)? (that|like|as if|as though)?"),
      .clause
    ),
    (
      PhrasePattern(
        "(it|this) ('s|is) my (honest|firm|strong)? "
          + "(view|opinion|belief|feeling|sense|conviction|impression|position) that"), .clause
    ),
    (
      PhrasePattern(
        "my (honest|firm|strong|personal|gut)? "
          + "(view|opinion|belief|feeling|sense|take|position|conviction|impression|guess|"
          + "hunch|instinct|understanding) (is|has always been|'s) (that)?"), .clause
    ),
    (
      PhrasePattern(
        "(everyone|everybody|we all|anyone|any fool|most people|we both|all of us|people) "
          + "(know|knows|knew|can see|can tell|agrees|agree|understands|understand) (that)?"),
      .clause
    ),
    (
      PhrasePattern(
        "there ('s|is|can be) (no|little) (doubt|question|denying|disputing) "
          + "(that|about it ,|in my mind that)?"), .clause
    ),
    (PhrasePattern("(what|all) i ('m|am) (saying|trying to say) is (that)? ,?"), .clause),
  ]

  private static let trailingFrames: [PhrasePattern] = [
    PhrasePattern(
      "(i think|i believe|i guess|i suppose|i reckon|i feel|i 'd say|i would say|i suspect|"
        + "i fear|i 'm afraid|i am afraid|i 'm sure|i am sure|i 'm convinced|i would argue|"
        + "in my opinion|in my view|in my experience|in my humble opinion|to me|for me|"
        + "honestly|frankly|to be honest|to be fair|if you ask me|obviously|of course|imo|imho|"
        + "tbh|for sure|personally|at least to me|at least in my opinion|no doubt|"
        + "as far as i 'm concerned|as far as i can tell|as far as i can see|i 'd argue|"
        + "i 'm pretty sure|i am pretty sure|let 's be honest|let 's face it|really|clearly|"
        // Asseverations: they insist on the belief and add nothing to it.
        + "mark my words|full stop|period|end of story|end of discussion|simple as that|"
        + "trust me|believe me|i swear|i promise|no question|no doubt about it|hands down|"
        + "for real|no joke|no kidding|and that 's that|and that 's final|plain and simple|"
        + "pure and simple|simple as|it 's that simple|and that 's a fact|no two ways about it|"
        + "no ifs or buts|come to think of it|now i think about it|thinking about it)")
  ]

  /// Where a leading frame ends (past a comma after it), and whether it is negative.
  static func leadingFrameEnd(in tokens: [Token]) -> (Int, Bool)? {
    guard let first = tokens.first, frameStarts.contains(first.lowercased) else { return nil }
    let spelled = withFrameVerbSpelled(tokens)
    for (pattern, follower) in leadingFrames where pattern.mayStart(with: first.lowercased) {
      for end in pattern.matchEnds(in: spelled, from: 0) where end > 0 && end < tokens.count {
        var remainderStart = end
        if tokens[end].text == "," || tokens[end].text == ":" { remainderStart += 1 }
        guard remainderStart < tokens.count else { continue }
        let remainder = Array(tokens[remainderStart...])
        switch follower {
        case .anything:
          guard remainder.contains(where: \.isWord) else { continue }
          return (remainderStart, false)
        case .clause, .negatedClause:
          guard let verb = ClauseParser.finiteVerbIndex(in: remainder), verb > 0 else { continue }
          return (remainderStart, follower == .negatedClause)
        }
      }
    }
    return nil
  }

  /// Disclaimers a person puts before "but" to soften what follows: "I'm not saying X, but",
  /// "Call me old-fashioned, but", "No offence, but", "Don't get me wrong, but". The belief is
  /// what follows "but".
  private static let disclaimers: [PhrasePattern] = [
    PhrasePattern("(i 'm|i am) not (saying|suggesting|claiming|trying to say)"),
    PhrasePattern("(call me|no offence|no offense|not to be|i hate to say|i hate to admit)"),
    PhrasePattern("(don't|do not) get me wrong"),
    PhrasePattern("with (all)? (due)? respect"),
    PhrasePattern("(maybe|perhaps) i ('m|am)"),
    // Each starts with a word, so a sentence is tried only against those it could match.
    PhrasePattern("(i know|i realise|i realize) (this|it) (sounds|may sound|might sound)"),
    PhrasePattern("(this|it) (sounds|may sound|might sound)"),
  ]

  /// Where a disclaimer ends: just after the first "but" that a clause follows.
  private static func disclaimerEnd(in tokens: [Token]) -> Int? {
    guard let first = tokens.first?.lowercased else { return nil }
    for pattern in disclaimers where pattern.mayStart(with: first) {
      guard let end = pattern.matchEnds(in: tokens, from: 0).first, end > 0,
        let but = tokens[end...].firstIndex(where: { $0.lowercased == "but" }),
        but + 1 < tokens.count,
        let verb = ClauseParser.finiteVerbIndex(in: Array(tokens[(but + 1)...])), verb > 0
      else { continue }
      return but + 1
    }
    return nil
  }

  /// Every word a leading frame can start with.
  private static let frameStarts: Set<String> = leadingFrames.reduce(into: []) {
    $0.formUnion($1.0.firstWords)
  }

  /// A frame after a comma at the end ("…, I think") or between two commas in the middle, with
  /// the comma before it.
  private static func trailingOrInnerFrame(in tokens: [Token]) -> Range<Int>? {
    for comma in tokens.indices where tokens[comma].text == "," && comma > 0 {
      for pattern in trailingFrames {
        for end in pattern.matchEnds(in: tokens, from: comma + 1) where end > comma + 1 {
          let isAtEnd = tokens[end...].allSatisfy { $0.kind == .punctuation }
          if isAtEnd { return comma..<end }
          if tokens[end].text == "," { return comma..<(end + 1) }
        }
      }
    }
    return nil
  }
}
