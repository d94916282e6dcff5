/// Folds a partner session's logged events into the belief map of what the other person said:
/// the one place where partner's map is built, live, on resuming, and for a past session's
/// summary and export (old logs included: what they said is read again).
///
/// One map for the whole conversation: its claim is the first belief they stated, and what
/// they say about any belief later goes on it, as a conversation drifts.
struct PartnerMapFold: Sendable, Equatable {
  /// The map so far.
  private(set) var map = BeliefMap()
  /// What they said, in order: a line said again is recognised.
  private(set) var theirWords: [String] = []
  /// The words of each line as the answer reader compares them, kept once.
  private(set) var theirRepeatWords: [Set<String>] = []

  /// Brings an event into the map.
  /// - Parameters:
  ///   - read: what they said, read as answer moves, when the caller read it already;
  ///     otherwise it is read here.
  ///   - repeatWords: its words as `AnswerMoveReader.repeatWords(of:)` gives them, likewise.
  ///   - laughs: whether it is said with a laugh (`TheirWords.isSaidWithALaugh(_:)`),
  ///     likewise.
  ///   - typed: what they said as `TheirWords.typedTokens(of:)` reads it, likewise.
  mutating func apply(
    _ event: SessionEvent.Payload, read: ReadAnswer? = nil, repeatWords: Set<String>? = nil,
    laughs: Bool? = nil, typed: [Token]? = nil
  ) {
    switch event {
    case .theySaid(let value):
      if map.claim == nil { map.claim = value.claim }
      let read = read ?? AnswerMoveReader.read(value.text, earlierWords: theirRepeatWords)
      let typed = typed ?? TheirWords.typedTokens(of: value.text)
      let isBanter = laughs ?? TheirWords.isSaidWithALaugh(typed)
      map.correct(by: value.text)
      // "that's what the papers say, not me": what they disown comes off the map.
      map.disown(by: value.text)
      // "anyway my mind's made up": closing the question is no reason, story or source; nor is
      // what they say they are not saying ("I'm not saying ban them all").
      let words = typed.filter(\.isWord)
      let closes =
        PartnerCueMatcher.closingTheQuestion.matches(words)
        || PartnerCueMatcher.disclaimer.matchEnd(atStartOf: words) != nil
      // "I'll let you get on, the dog wants walking": why they go is no reason for the claim;
      // nor is what they tell of their life (`PartnerDisclosure`) evidence on it.
      let lowered: [String] = words.map { $0.lowercased }
      let takesLeave: Bool = PartnerCueMatcher.leaving.matches(words)
      let isLeaving: Bool = TheirWords.isLeaving(lowered)
      let discloses: Bool = PartnerDisclosure.read(words) != nil
      // "go on then, but bring biscuits": the terms of a yes are no reason either.
      // "not like anyone listens to me anyway": a grumble let off is no reason either.
      let isAside =
        takesLeave || isLeaving || discloses || TheirWords.acceptsAnOffer(typed)
        || PartnerCueMatcher.grievance.matches(words)
      var kept: ReadAnswer = read
      if isBanter || closes || isAside { kept = Self.banter(read) }
      // "I'm not budging": their mind made up, never what would change it.
      if closes { kept.wouldChangeMind = [] }
      kept = Self.withoutTheClaim(Self.ownFeelings(kept, saying: typed), claim: map.claim)
      // "maybe you'd like to do my shifts while you're at it": mockery grants nothing.
      if PartnerCueMatcher.sarcasm.matches(words) {
        kept.doubts = []
      } else if PartnerReflection.grantedPoint(in: typed, by: [.concedingToTheListener]) != nil {
        kept = Self.granted(kept, saying: value.text)
      }
      // "im 80% sure": how sure they are, first and latest, as a number.
      if let rating = TheirWords.statedRating(in: typed) {
        if map.confidenceBefore == nil { map.confidenceBefore = rating }
        map.confidence = rating
      }
      map.record(Self.theirs(Self.sure(kept), saying: value.text), saying: value.text)
      if !isBanter { map.recordShift(in: value.text) }
      theirWords.append(value.text)
      theirRepeatWords.append(repeatWords ?? AnswerMoveReader.repeatWords(of: value.text))
    case .note(let value):
      map.notes.append(BeliefMap.Note(text: value.text, category: value.category))
    default:
      break
    }
  }

  /// What of a turn the map is sure of: a "maybe" said with a feeling or a blockage ("idk
  /// maybe I'm just tired of everything") is about themselves, not a doubt about the claim.
  static func sure(_ read: ReadAnswer) -> ReadAnswer {
    var read = read
    if read.blockage != nil || !read.feelings.isEmpty { read.doubts = [] }
    return read
  }

  /// What of a turn said with a laugh, or that closes the question ("I've made my mind up"),
  /// goes on the map: a joke ("the only fan at the rally was his own mum haha", "lol jk") is no
  /// story they saw, reason or source they lean on; what it shows of them (a feeling, a doubt)
  /// stays.
  static func banter(_ read: ReadAnswer) -> ReadAnswer {
    var read = read
    read.examples = []
    read.reasons = []
    read.sources = []
    read.moves.removeAll { [.example, .reason, .source].contains($0) }
    return read
  }

  /// A turn that grants the listener a point ("fair point about the buses", "ok i'll grant
  /// you the car park's handy"): the point is granted, as they typed it, never a reason of
  /// theirs. What they still hold after it ("that's true about the parking, but the lanes
  /// kill the shops because nobody can unload") stays theirs, with its reasons, and is no
  /// part of the grant.
  static func granted(_ read: ReadAnswer, saying text: String) -> ReadAnswer {
    var read = read
    let typed = Tokenizer.tokenize(text)
    let held = read.stand.flatMap { heldPart(Tokenizer.tokenize($0), of: typed) }
    let heldText = held.map { typed[$0].joinedText.lowercased() }
    read.reasons = read.reasons.filter { heldText?.contains($0.lowercased()) == true }
    if read.reasons.isEmpty { read.moves.removeAll { $0 == .reason } }
    read.grants = true
    if !read.moves.contains(.concession) { read.moves.append(.concession) }
    let grant = held.map { withoutTheTurn(typed[..<$0.lowerBound]).joinedText } ?? text
    read.doubts = [TypedForms.trimmed(grant)]
    return read
  }

  /// Where in the typed tokens the words they still hold (`ReadAnswer.stand`) lie, when they
  /// come after the grant.
  private static func heldPart(_ stand: [Token], of typed: [Token]) -> Range<Int>? {
    let said = stand.map(\.lowercased)
    guard !said.isEmpty, said.count < typed.count else { return nil }
    return (1...(typed.count - said.count)).lazy.map { $0..<($0 + said.count) }
      .first { typed[$0].map(\.lowercased) == said }
  }

  /// The words of a grant without the turn that leads on to what they still hold: "that's
  /// true about the parking, but" → "that's true about the parking".
  private static func withoutTheTurn(_ tokens: ArraySlice<Token>) -> [Token] {
    var kept = Array(tokens)
    while let last = kept.last,
      !last.isWord || ContrastReader.turningWords.contains(last.lowercased)
    {
      kept.removeLast()
    }
    return kept
  }

  /// What of a turn is their own: the people a charge at the listener mocks ("you sound like
  /// your professors, 'the economists say'") are not where their view comes from.
  static func theirs(_ read: ReadAnswer, saying text: String) -> ReadAnswer {
    guard !read.sources.isEmpty else { return read }
    let words = Shorthand.expanded(Tokenizer.tokenize(text)).filter(\.isWord)
    guard PartnerCueMatcher.hostile.matches(words) else { return read }
    var read = read
    read.sources = []
    return read
  }

  /// The map of a whole logged session.
  static func map(of events: [SessionEvent]) -> BeliefMap {
    var fold = PartnerMapFold()
    for event in events { fold.apply(event.payload) }
    return fold.map
  }
}

extension BeliefMap {
  /// The map as the end of a partner session shows it, under "What they said": the other
  /// person's reasons (with what backed each), the stories and sources they told, the doubts
  /// they voiced, what would change their mind, the feelings they named and what was noted,
  /// each in their words as typed. Empty parts are left out.
  /// - Parameter shown: the texts of notes a summary lists already.
  public func theirDigest(excludingNotes shown: Set<String> = []) -> [DigestSection] {
    var sections: [DigestSection] = []
    func add(_ heading: String, _ items: [String]) {
      if !items.isEmpty { sections.append(DigestSection(heading: heading, items: items)) }
    }
    // Only their own latest view of the claim, and what moved them: never a leave-taking.
    add(
      Self.whereTheyGotTo, [standingView, whatMovedThem].compactMap { $0 }.map(Self.quotedTheirs))
    add(
      "Their reasons",
      theirReasons
        .map { reason in
          // Who they are is no backing; a source is shown where it comes from.
          let backing = (reason.examples + reason.evidence).filter { !Self.tellsWhoTheyAre($0) }
            .prefix(2).map(Self.quotedTheirs)
          // A thing they gave as a reason reads with its connective: "because of FTX".
          let text =
            reason.text.lowercased().hasPrefix("of ") ? "because " + reason.text : reason.text
          return Self.quotedTheirs(text)
            + (backing.isEmpty ? "" : " (" + backing.joined(separator: "; ") + ")")
        })
    add("Reasons they set aside", withdrawn.map(Self.quotedTheirs))
    add(
      "What they've seen",
      examples.compactMap(Self.item).filter(Self.statesWhole).prefix(3).map(Self.quotedTheirs))
    add("Where it comes from", sources.compactMap(Self.item).prefix(3).map(Self.quotedTheirs))
    add(
      "What they granted",
      grantedAsTyped.compactMap(Self.item).filter {
        !Self.isNoConcession($0) && !Self.leansOnTheLineBefore($0) && !Self.onlyRates($0)
      }
      .map(Self.quotedTheirs))
    // "what would change my mind?" said back to the question names no condition.
    add(
      "What would change their mind",
      wouldChangeMind.compactMap(Self.item).filter { !TheirWords.isNoReason($0) }
        .map(Self.quotedTheirs))
    add(
      "Feelings they named", namedFeelings.isEmpty ? [] : [ReflectionWriter.listed(namedFeelings)])
    add(
      "Noted",
      notes.filter { !shown.contains($0.text) }.map { note in
        (note.category.map { $0.rawValue + ": " } ?? "") + Self.quotedTheirs(note.text)
      })
    add("Where they're coming from", aboutThem.prefix(3).map(Self.quotedTheirs))
    return Self.withoutRepeats(sections)
  }

  /// The heading of where they ended up.
  static let whereTheyGotTo = "Where they got to"

  /// The reasons of theirs the summary lists: each one that stands alone as a reason and
  /// leans on no line before it ("still am if I'm honest", "what would you do then").
  var theirReasons: [Reason] {
    reasons.filter {
      ReflectionWriter.standsAlone($0.text) && !TheirWords.isNoReason($0.text)
        && !Self.leansOnTheLineBefore($0.text)
    }
  }

  /// What of their words is an item of the map: a clause (a subject and a verb) or a phrase
  /// of at least two words that carry meaning, without the name they call the listener that
  /// opens it ("love, that …"); nil for a lone word such as "not".
  static func item(_ text: String) -> String? {
    let tokens = Tokenizer.tokenize(text)
    var start = tokens.startIndex
    if let first = tokens.first, PartnerCues.listenerNames.contains(first.lowercased),
      tokens.dropFirst().first?.text == ","
    {
      start += 2
    }
    let kept = Array(tokens[start...])
    let contentWords = kept.filter(\.isWord).count { token in
      !FunctionWords.isFunctionWord(token.lowercased)
    }
    guard contentWords >= 2 || ClauseParser.parse(Shorthand.expanded(kept)) != nil else {
      return nil
    }
    return start == tokens.startIndex ? text : kept.joinedText
  }

  /// Whether what the reader took for a point granted grants nothing: a wish of theirs ("I
  /// only hope the young ones get a chance"), or something asked of the listener ("keep it
  /// from your dad").
  static func isNoConcession(_ text: String) -> Bool {
    let words = Shorthand.expanded(Tokenizer.tokenize(text)).filter(\.isWord)
    return PartnerCueMatcher.wishing.matchEnd(atStartOf: words) != nil
      || PartnerCueMatcher.keepingItQuiet.matches(words)
      || TheirWords.isAskedOfTheListener(words)
  }

  /// Whether words say how sure they are and grant nothing in so many words: "70 percent
  /// sure" is a confidence, never a point granted; "70 percent, i'll give you the frame's
  /// decent" grants one.
  static func onlyRates(_ text: String) -> Bool {
    let typed = TheirWords.typedTokens(of: text)
    return TheirWords.statedRating(in: typed) != nil
      && PartnerReflection.grantedPoint(in: typed, by: [.concedingToTheListener, .granting]) == nil
  }

  /// The most words of theirs an item quotes.
  private static let theirQuoteWordLimit = 14

  /// Their words as typed, in quotation marks, cut short with an ellipsis: said by someone
  /// else, they are never turned to "you".
  static func quotedTheirs(_ text: String) -> String {
    if let whole = wholeQuote(text) { return whole }
    let clean = TypedForms.trimmed(text)
    let words = clean.split(separator: " ")
    let isCut = words.count > theirQuoteWordLimit
    return inQuotes(
      isCut ? words.prefix(theirQuoteWordLimit).joined(separator: " ") : clean, cut: isCut)
  }
}
