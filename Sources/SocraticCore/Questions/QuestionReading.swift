/// One sentence of a question taken apart for the critic's rules: where the question proper
/// starts and ends, how it opens, and what stands around it.
///
///     So, if taxes rose, would people leave, right?
///     |mk| |---lead----| |------core-------||-tag-|
///
/// - Discourse markers before it ("So", "OK", "Honestly", "Basically") are skipped, and so is
///   a command with "be" before a comma ("Be honest, …").
/// - A leading adverbial clause ends at a comma, colon, semicolon or dash that is followed by
///   a question opener ("If taxes rose, would people leave?"), and so does a lead-in with a
///   question word and no verb ("What about your sister, is she any help?"). It is kept as
///   the `lead`.
/// - A tag at the end asks for agreement: a comma and one word ("right", "agreed"), an
///   auxiliary and a pronoun ("isn't it", "do you"), or "don't you think" and the like; or
///   "right" or "correct" after a statement with no comma.
struct QuestionReading {
  /// How the question proper opens.
  enum Opener: Equatable {
    /// A question word, at the index of the word: "What …", "To what extent …" (the index of
    /// "what"), "How come …".
    case questionWord(at: Int)
    /// An auxiliary or modal asking for yes or no: "Is …", "Don't you …", "Can …".
    case auxiliary(at: Int)
    /// A word that presumes the answer, at its index: "Surely …", "Of course …".
    case presumption(at: Int, length: Int)
    /// A request to talk: "Tell me …", "Can you explain …", "I wonder why …". `embedded` is the
    /// index after "whether" or "if" when it asks only whether something is so ("Can you tell
    /// me whether …"), nil when it is open.
    case request(at: Int, embedded: Int?)
    /// Words in the order of a statement: "Crypto is a scam?", "You think AI is dangerous?".
    /// `clause` is the statement parsed, kept so that it is parsed only once; nil for a
    /// negated command ("Don't trust banks?").
    case statement(at: Int, clause: Clause?)
    /// No verb at all: "Crypto?", "Your evidence?".
    case fragment(at: Int)
    /// Nothing but a tag: "Right?".
    case none
  }

  /// The sentence without its final punctuation and enclosing quotes, as written; see
  /// `inSentenceCase()`.
  private(set) var tokens: [Token]
  /// Each token's `lowercased`.
  let words: [String]
  /// Which of the critic's word lists each word is on.
  let classes: [CritiqueWordClasses]
  /// Whether the sentence ends with a question mark.
  let hasQuestionMark: Bool
  /// The adverbial before the question proper, with the comma that ends it; empty when none.
  let lead: Range<Int>
  /// The question proper: no markers, no lead, no tag.
  let core: Range<Int>
  /// The tag with the comma before it ("…, right"), or nil.
  let tag: Range<Int>?
  /// A tag that asks the listener's view, with the comma before it ("…, do you reckon"), or
  /// nil: no part of the question proper, and no push to agree (`viewTagStart`).
  let viewTag: Range<Int>?
  /// How the core opens.
  let opener: Opener

  init(_ sentence: [Token]) {
    let tokens = BeliefReader.trimmed(sentence)
    let words = tokens.map(\.lowercased)
    let classes = words.map(CritiqueWordClasses.of)
    self.tokens = tokens
    self.words = words
    self.classes = classes
    let lastWord = sentence.lastIndex(where: \.isWord) ?? -1
    let isAsked = sentence[(lastWord + 1)...].contains { $0.hasQuestionMark }
    hasQuestionMark = isAsked

    var end = tokens.count
    var start = Self.skippingMarkers(words, classes, from: 0, end: end)
    var tag: Range<Int>? = nil
    if let tagStart = Self.tagStart(tokens, words, classes, start: start, end: end) {
      tag = tagStart..<end
      end = tagStart
    }
    var viewTag: Range<Int>? = nil
    if tag == nil, let viewTagStart = Self.viewTagStart(tokens, words, start: start, end: end) {
      viewTag = viewTagStart..<end
      end = viewTagStart
    }
    var opener = Self.opener(tokens, words, classes, at: start, end: end, isAsked: isAsked)
    var lead = 0..<0
    if Self.mayHaveLead(opener, words, at: start) {
      for separator in start..<end where Self.isSeparator(tokens[separator]) {
        let next = Self.skippingMarkers(words, classes, from: separator + 1, end: end)
        let candidate = Self.opener(
          tokens, words, classes, at: next, end: end, isAsked: isAsked)
        // "So we have two ways to go, anything else?": an inviting fragment asks too.
        let invites = SingleFactCues.invitingFragments.contains {
          words[next..<end].starts(with: $0)
        }
        guard Self.asks(candidate) || invites else { continue }
        lead = start..<(separator + 1)
        start = next
        opener = candidate
        break
      }
    }
    self.tag = tag
    self.viewTag = viewTag
    self.lead = lead
    self.core = start..<end
    self.opener = opener
  }

  /// Whether the sentence asks something: it ends with "?", opens like a question or a
  /// request, or ends with a tag.
  var isQuestion: Bool {
    hasQuestionMark || tag != nil || viewTag != nil || opensLikeQuestion
  }

  /// Whether the sentence ends with an auxiliary and a pronoun that turn a statement into a
  /// question ("…, are we", "… isn't it"), which asks with or without a question mark; "…, you
  /// know" and "…, right" said without one do not.
  var endsWithAuxiliaryTag: Bool {
    guard let tag, tag.count >= 2 else { return false }
    let last = words[tag.upperBound - 1]
    let auxiliary = words[tag.upperBound - 2]
    return FunctionWords.subjectPronouns[last] != nil && !Self.demonstratives.contains(last)
      && FunctionWords.auxiliary(auxiliary) != nil
  }

  /// Pronouns that point rather than name a subject: "…, is that" trails off into a check
  /// ("is that right"), it does not tag the statement.
  static let demonstratives: Set<String> = ["that", "this", "there", "these", "those"]

  /// Whether the sentence opens like a question or a request: "Is …", "What …", "Tell me …".
  ///
  /// Said without "?", a question word before its subject opens a clause, not a question
  /// ("What I'm hearing is …", "When you quit, …"), as a relative pronoun after a comma does
  /// ("…, which most people call denial"), a question word before a pause exclaims ("What,
  /// …"), and an auxiliary with no subject after it, or after a subject and a pause ("The
  /// reason, is …"), carries on a sentence ("Might get easier."); a question puts its
  /// auxiliary first ("What do you …", "Might you …").
  var opensLikeQuestion: Bool {
    switch opener {
    case .questionWord(let index):
      // "…, which means it's safe": after a lead, a relative pronoun carries the sentence on.
      if !lead.isEmpty, Self.relativePronouns.contains(words[index]) { return false }
      // "What, I-- there are a lot of people …": a question word before a pause exclaims.
      // After a word given back ("busier how, like …") it asks all the same.
      if index == core.lowerBound, index + 1 < tokens.count,
        Self.pauses.contains(tokens[index + 1].text)
      {
        return false
      }
      return !Self.opensFreeRelative(words, questionWordAt: index, end: core.upperBound)
    case .auxiliary(let index):
      // "The reason I'm asking, Rick, is …": after a subject and a pause, the verb goes on
      // with a statement; a question's lead sets a scene ("If taxes rose, would …").
      if let first = lead.first.map({ words[$0] }),
        !FunctionWords.prepositions.contains(first), !FunctionWords.subordinators.contains(first)
      {
        return false
      }
      if Self.bids(words[index...]) { return false }
      return index + 1 >= core.upperBound || !Self.isElliptical(words, auxiliaryAt: index)
    case .request(let index, let embedded):
      // "I'm wondering if he knows" muses aloud; "Tell me whether …" and "I wonder why …" ask.
      guard embedded == nil else {
        return !Self.musingFrames.contains { words[index...].starts(with: $0) }
      }
      // "I'd like to ask you a few things" announces questions to come, said without "?".
      guard words[index] == "i", let ask = words[index..<core.upperBound].firstIndex(of: "ask")
      else { return true }
      return classes[(ask + 1)..<core.upperBound].contains { $0.contains(.questionWord) }
    case .presumption, .statement, .fragment, .none: return false
    }
  }

  /// Whether words opening with an auxiliary bid the person well or tell them to do
  /// something rather than ask: "Have a good shift", "Have fun", "Do your best"; "Have a lot of
  /// people said so?" asks.
  private static func bids(_ words: ArraySlice<String>) -> Bool {
    guard let opening = biddingOpeners.first(where: { words.starts(with: $0) }) else {
      return false
    }
    return words.dropFirst(opening.count).first.map { !amountNouns.contains($0) } ?? true
  }

  /// How a bidding opens with an auxiliary: "have a …", "have fun", "do your …".
  private static let biddingOpeners: [[String]] = [
    ["have", "a"], ["have", "an"], ["have", "fun"], ["have", "yourself"], ["do", "your"],
  ]

  /// Nouns of amount after "have a", which then asks: "have a lot of …", "have a few …".
  private static let amountNouns: Set<String> = ["lot", "few", "couple", "number", "bunch"]

  /// Frames that, before "if" and said without "?", think aloud rather than ask.
  private static let musingFrames: [[String]] = [
    ["i", "'m", "wondering"], ["i", "am", "wondering"], ["i", "'m", "just", "wondering"],
  ]

  /// Marks of a pause after a word.
  private static let pauses: Set<String> = [",", "-", "--", "\u{2013}", "\u{2014}"]

  /// Question words that also open a relative clause.
  private static let relativePronouns: Set<String> = ["which", "who", "whom", "whose"]

  /// Pronouns whose place right after a question word makes it open a clause.
  static let clauseSubjects: Set<String> = ["i", "you", "we", "he", "she", "they"]

  /// Whether a question word, said without "?", opens a clause rather than a question: its
  /// subject follows it, or the quantity it asks about does ("What you said is …", "How much
  /// you drink is …", "What some people do is …"); a question puts its verb there ("What do
  /// you …", "What makes …").
  private static func opensFreeRelative(_ words: [String], questionWordAt index: Int, end: Int)
    -> Bool
  {
    var next = index + 1
    if words[index] == "how", next < end, quantityWords.contains(words[next]) { next += 1 }
    guard next < end else { return false }
    // "why you never come round": chat drops the auxiliary, and a "never" or "always" after
    // "you" asks, unless "is" goes on to say something of it.
    if words[index] == "why", next + 1 < end, words[next] == "you",
      droppedAuxiliaryAdverbs.contains(words[next + 1]),
      !words[(next + 2)..<end].contains(where: ["is", "was"].contains)
    {
      return false
    }
    return clauseSubjects.contains(words[next]) || clauseDeterminers.contains(words[next])
  }

  /// Adverbs of how often that, after "why you", stand where a question's auxiliary was
  /// dropped: "why you always …", "why you never …"; "why you never came is a mystery" has its
  /// verb.
  private static let droppedAuxiliaryAdverbs: Set<String> = ["never", "always", "still"]

  /// Words after "how" that ask about a quantity: "how much", "how often".
  static let quantityWords: Set<String> = ["much", "many", "often", "long", "far"]

  /// Words that open a subject noun phrase, which after a question word makes it open a clause:
  /// "What the doctor said …", "What most people find …".
  private static let clauseDeterminers: Set<String> = [
    "the", "a", "an", "some", "most", "these", "those", "my", "your", "his", "her", "their",
    "our", "people", "everyone", "everybody", "someone", "somebody",
  ]

  /// The tokens of the core.
  var coreTokens: ArraySlice<Token> { tokens[core] }

  /// The same reading with the first word in lowercase unless it is a name, an acronym or "I"
  /// ("Is crypto …" → "is crypto …", "Bitcoin is …" stays): the case its words would have
  /// inside a rewrite.
  func inSentenceCase() -> QuestionReading {
    var reading = self
    reading.tokens = Self.sentenceCased(tokens)
    return reading
  }

  /// The tokens with the first word in lowercase unless it is a name, an acronym or "I".
  static func sentenceCased(_ tokens: [Token]) -> [Token] {
    guard let first = tokens.first, first.text != "I" else { return tokens }
    // Most questions open with a function word ("Is", "Do", "Why"), which is never a name: it
    // is lowercased at once, as `casingFirstWord` would, without looking it up in the lexicon.
    if first.kind == .word, first.isCapitalized, FunctionWords.isFunctionWord(first.lowercased),
      !first.hasFixedCase
    {
      var result = tokens
      result[0] = first.replacingText(with: CaseStyle.lowercasingFirst(of: first))
      return result
    }
    return BeliefReader.casingFirstWord(tokens)
  }

  /// The tokens of the lead without its final separator.
  var leadTokens: [Token] {
    guard !lead.isEmpty else { return [] }
    return Array(tokens[lead.lowerBound..<(lead.upperBound - 1)])
  }

  /// The core's words.
  var coreWords: ArraySlice<String> { words[core] }

  /// Whether the word at an index is on one of the lists.
  func isWord(_ index: Int, _ classes: CritiqueWordClasses) -> Bool {
    index < words.count && !self.classes[index].isDisjoint(with: classes)
  }

  // MARK: - Markers, tags and leads

  private static func skippingMarkers(
    _ words: [String], _ classes: [CritiqueWordClasses], from start: Int, end: Int
  ) -> Int {
    var index = start
    // "Be honest, you voted for him?": a command to the person before the question is no part
    // of it.
    if index + 2 < end, words[index] == "be",
      let comma = words[(index + 2)..<min(end, index + 5)].firstIndex(where: {
        [",", ":", ";", "—", "–"].contains($0)
      }),
      !words[(index + 1)..<comma].contains(where: { FunctionWords.auxiliary($0) != nil }),
      comma + 1 < end
    {
      index = comma + 1
    }
    while index + 1 < end, classes[index].contains(.discourseMarker) {
      // "So what?", "Like what?" and "Well?" keep their word: a marker needs a question
      // after it.
      if FunctionWords.questionWords.contains(words[index + 1]), index + 2 == end { break }
      index += 1
      if index + 1 < end, words[index] == "," { index += 1 }
    }
    return skippingAside(words, from: index, end: end)
  }

  private static func isSeparator(_ token: Token) -> Bool {
    [",", ":", ";", "—", "–", "-", "…", "..."].contains(token.text)
      && (token.text != "-" || token.hasSpaceBefore)
  }

  /// Whether the question proper may start later, after a lead: the sentence does not open
  /// like a question, or opens with "when" or "where" as a conjunction ("When taxes rise,
  /// who pays?").
  private static func mayHaveLead(_ opener: Opener, _ words: [String], at start: Int) -> Bool {
    switch opener {
    case .statement, .fragment, .presumption: return true
    case .questionWord(let index):
      // "What about your sister, is she any help?": a question word with no verb before the
      // comma leads in to the question proper.
      return index == start
        && (["when", "where"].contains(words[index])
          || (index + 1 < words.count && leadInWords.contains(words[index + 1])))
    case .auxiliary, .request, .none: return false
    }
  }

  /// Words after "what" or "how" that make a lead-in of them: "What about …, …?", "How about
  /// …, …?".
  private static let leadInWords: Set<String> = ["about"]

  private static func asks(_ opener: Opener) -> Bool {
    switch opener {
    case .questionWord, .auxiliary, .request: true
    case .presumption, .statement, .fragment, .none: false
    }
  }
}
