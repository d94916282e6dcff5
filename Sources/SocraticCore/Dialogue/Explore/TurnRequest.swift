/// What an answer asks of the conversation itself, besides what it says about the belief: to
/// stop, to be heard right, to be asked about something, to be helped with a choice; or a moment
/// a facilitator stays with: a question about themselves, a confession, guilt. The next move
/// takes it up before anything along the arc.
enum TurnRequest: Sendable, Equatable {
  /// "ok im done", "done", "enough": the session closes, as for /quit.
  case stop
  /// "thats not what i said", "that's not really the point": an apology and a re-ask; asked
  /// what matters in what they said instead when they `restated` it.
  case correction(restated: Bool)
  /// "not angry, more uneasy": what they meant in place of what was said, taken up in their
  /// words.
  case contrast(said: String, meant: String)
  /// "why do you keep asking how things fit?": the next question is of another family.
  case complaint
  /// "i kinda want you to ask me about the money thing", "did you hear the bit about my
  /// nephew": asked about it, in their words.
  case askAbout(String?)
  /// "so what do i do about marisol": the choice handed back to them.
  case advice(String?)
  /// "am i a hypocrite?": what makes them ask it of themselves.
  case selfQuestion
  /// "i feel guilty", "i never told him i was sorry": stayed with.
  case guilt
  /// "so im part of it", "i use it myself": how it sits with their view.
  case confession
  /// "wait what? i wasnt done", said to a close: the session goes on.
  case protest
  /// "you skipped the part where i said maybe not all", "you skipped him": owned, and the talk
  /// goes back to what they named (`part`, in their words), or to the person they named.
  case passedOver(part: String?, name: String?)
  /// "i'd rather not talk about that": that one question declined, never the session; let be,
  /// and a question of another family.
  case declined
  /// "you asked that": owned as the tool's ("I did."), and a question of another family.
  case repeatedQuestion
  /// "i kinda already answered that", "just said": owned as asked again, and a question of
  /// another family.
  case answeredAlready
  /// "huh, never thought of it like that", "oh. that's a good point actually": something they
  /// see now, said and nothing more; what it opens up is asked.
  case insight

  /// What the answer asks, the weightiest first; nil when it asks nothing of these.
  static func read(_ line: String) -> TurnRequest? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(readLimit))))
    let words = tokens.filter(\.isWord)
    guard !words.isEmpty else { return nil }
    // A stop is the whole answer ("ok im done") or its last sentence ("idk. im done"): "I'm
    // done with the news" tells of something.
    let last = SentenceSplitter.sentences(in: tokens).last?.filter(\.isWord) ?? words
    // "i should stop, the kids need picking up": a clause of its own that stops.
    let clauses = tokens.split { [",", ";", "-", "—"].contains($0.text) }.map {
      $0.filter(\.isWord)
    }
    if ([words, last] + clauses).contains(where: {
      !$0.isEmpty && Matchers.stop.matchEnd(atStartOf: $0) == $0.count
    })
      || Matchers.leaving.matches(words)
    {
      return .stop
    }
    if clauses.contains(where: {
      !$0.isEmpty && Matchers.declines.matchEnd(atStartOf: $0) == $0.count
    }) {
      return .declined
    }
    if let end = matchEnd(of: Matchers.passedOver, in: words) {
      return .passedOver(part: passedPart(after: end, in: words), name: name(in: tokens))
    }
    if let contrast = contrast(in: tokens) ?? refocus(in: tokens) { return contrast }
    // "you asked that", "i kinda already said": the whole answer, nothing said in its place;
    // "you asked me that already, i said the kids": that it was asked is a sentence or clause
    // of its own, whatever follows ("i just said the buses" corrects what was heard).
    let sentences = SentenceSplitter.sentences(in: tokens).map { $0.filter(\.isWord) }
    for (matcher, request, pieces) in [
      (Matchers.repeatedQuestion, TurnRequest.repeatedQuestion, [words] + sentences + clauses),
      (Matchers.answeredAlready, .answeredAlready, [words]),
    ] {
      for piece in pieces {
        if let end = matchEnd(of: matcher, in: piece),
          piece[end...].allSatisfy({ topicFillers.contains($0.lowercased) })
        {
          return request
        }
      }
    }
    // "huh, never thought of it like that": the insight and nothing of its own after it
    // ("fair point, some juniors do fine" says what it grants, and is reflected).
    if let end = matchEnd(of: Matchers.insight, in: words),
      words[end...].allSatisfy({
        topicFillers.contains($0.lowercased) || FunctionWords.isFunctionWord($0.lowercased)
      }),
      QuestionWording.contentWords(of: words.joinedText).count <= insightContentLimit
    {
      return .insight
    }
    if Matchers.correction.matches(words) {
      return .correction(restated: restatement(in: line) != nil)
    }
    if Matchers.complaint.matches(words) { return .complaint }
    if let end = matchEnd(of: Matchers.askAbout, in: words) ?? matchEnd(of: Matchers.bid, in: words)
    {
      return .askAbout(topic(after: end, in: words))
    }
    if let end = matchEnd(of: Matchers.advice, in: words) {
      return .advice(topic(after: end, in: words))
    }
    if Matchers.selfQuestion.matches(words) { return .selfQuestion }
    if Matchers.guilt.matches(words) { return .guilt }
    if Matchers.confession.matches(words) { return .confession }
    return nil
  }

  /// What a correction says in its place ("thats not what i said. the tests are the problem",
  /// "i just said, my son"): the words after the phrase that corrects, to the end; nil when
  /// none follows.
  static func restatement(in line: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(readLimit))))
    let wordIndices = tokens.indices.filter { tokens[$0].isWord }
    let words = wordIndices.map { tokens[$0] }
    // "this is about my son not me": whom it is about, said inside the correction.
    if let start = matchStart(of: Matchers.correction, in: words),
      matchEnd(of: Matchers.correction, in: words) == words.count,
      let tail = (start + 1..<words.count).first(where: {
        Matchers.notMeTail.matchEnd(atStartOf: Array(words[$0...])) == words.count - $0
      })
    {
      return replacement(in: Array(tokens[wordIndices[start]..<wordIndices[tail]]))
    }
    guard let end = matchEnd(of: Matchers.correction, in: words),
      end < wordIndices.count,
      // "you got it backwards lol" says nothing in its place.
      wordIndices[end...].contains(where: {
        !topicFillers.contains(tokens[$0].lowercased)
          && !ReflectionWriter.chatFillers.contains(tokens[$0].lowercased)
      })
    else { return nil }
    return replacement(in: Array(tokens[wordIndices[end]...]))
  }

  /// "not angry, more uneasy", "no not the scooters, the pavement riding": what was said and
  /// what they meant, each of at most `contrastWordLimit` words, when the answer opens so.
  static func contrast(in tokens: [Token]) -> TurnRequest? {
    let opening = tokens.drop { $0.isWord && contrastOpeners.contains($0.lowercased) }
      .drop { $0.kind == .punctuation }
    guard opening.first?.lowercased == "not",
      let comma = opening.firstIndex(where: { [",", "-", "—"].contains($0.text) })
    else { return nil }
    let said = opening[opening.index(after: opening.startIndex)..<comma].filter(\.isWord)
    let rest = opening[opening.index(after: comma)...].prefix { $0.kind != .punctuation }
      .filter(\.isWord).drop { contrastMarkers.contains($0.lowercased) }
    // "not really, it just takes time" denies, it names nothing: what was said must be named
    // by a noun or an adjective, and what they meant must be no clause of its own.
    let saidTags = ClauseScanner(tokens: said).tags
    let restTags = ClauseScanner(tokens: Array(rest)).tags
    // A verb right after a subject ("i just think its fine") makes a clause.
    let isClause = restTags.indices.contains { index in
      [.finiteVerb, .auxiliary].contains(restTags[index])
        && restTags[..<index].last(where: { $0 != .adverb }).map {
          [.pronoun, .noun, .properNoun].contains($0)
        } == true
    }
    // "not losing my memory, i guess": a hedge after the comma names nothing meant instead.
    guard (1...contrastWordLimit).contains(said.count),
      (1...contrastWordLimit).contains(rest.count), !isClause,
      !rest.allSatisfy({ ReflectionWriter.hedges.contains($0.lowercased) }),
      !said.contains(where: { contrastHedges.contains($0.lowercased) }),
      saidTags.contains(where: { [.noun, .properNoun, .adjective, .pastParticiple].contains($0) })
    else { return nil }
    return .contrast(
      said: said.map(\.lowercased).map { secondPerson[$0] ?? $0 }.joined(separator: " "),
      meant: rest.map(\.lowercased).map { secondPerson[$0] ?? $0 }.joined(separator: " "))
  }

  /// A part of the talk set aside for what it is really about, in the clause after it ("dont
  /// really wanna talk about the money side, its more about my sister"): a contrast of what
  /// they mean with what they set aside, which the talk follows. Nil when either side is no
  /// short phrase (a clause, or more than `contrastWordLimit` words).
  static func refocus(in tokens: [Token]) -> TurnRequest? {
    let clauses = tokens.split { [",", ";", "-", "—", "."].contains($0.text) }.map {
      Array($0.filter(\.isWord))
    }
    for (index, clause) in clauses.enumerated().dropLast() {
      guard let end = matchEnd(of: Matchers.partSetAside, in: clause),
        let opener = Matchers.refocusOpener.matchEnd(atStartOf: clauses[index + 1])
      else { continue }
      let said = Array(clause[end...])
      let meant = Array(clauses[index + 1][opener...])
      guard
        [said, meant].allSatisfy({
          (1...contrastWordLimit).contains($0.count) && ClauseParser.finiteVerbIndex(in: $0) == nil
        })
      else { return nil }
      return .contrast(
        said: said.map(\.lowercased).map { secondPerson[$0] ?? $0 }.joined(separator: " "),
        meant: meant.map(\.lowercased).map { secondPerson[$0] ?? $0 }.joined(separator: " "))
    }
    return nil
  }

  /// The most words each side of a contrast may have.
  static let contrastWordLimit = 4

  /// Words that may open a contrast before its "not".
  static let contrastOpeners: Set<String> = ["no", "nah", "nope", "well", "hmm", "erm", "ok"]

  /// Words after "not" that deny or hedge rather than name what was said: "not sure, …".
  static let contrastHedges: Set<String> = [
    "sure", "really", "quite", "exactly", "necessarily", "always", "yet", "much", "all", "at",
    "that", "this", "me", "anymore", "totally", "entirely", "completely", "everyone", "everything",
    "everybody", "now", "today", "so", "too", "even", "just", "only", "certain",
  ]

  /// Words that mark what they meant in a contrast and are no part of it.
  static let contrastMarkers: Set<String> = [
    "more", "just", "rather", "but", "really", "actually", "it", "'s", "its", "like", "mostly",
    "i", "'d", "say",
  ]

  /// Whether a line said at the closing rating protests the close ("wait, I wasn't done").
  static func isProtest(_ line: String) -> Bool {
    let words = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(readLimit))))
      .filter(\.isWord)
    return Matchers.protest.matches(words)
  }

  /// How many characters of an answer are read for what it asks.
  static let readLimit = 600

  /// Whether an answer says they see something now they had not ("never thought of it like
  /// that", "fair point actually"): a word of puzzlement with it ("huh, …") is no confusion.
  static func isInsight(_ line: String) -> Bool {
    isInsight(
      Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(readLimit)))).filter(\.isWord))
  }

  private static func isInsight(_ words: [Token]) -> Bool {
    Matchers.insight.matches(words)
  }

  /// The most content words an insight may have, its own phrase's among them, and still be
  /// nothing more: with more, it says what it sees, and that is reflected.
  static let insightContentLimit = 5

  /// What they say was passed over, when they say it after "the part where i said": the rest
  /// of the words, up to the sentence's end; nil when they name it by a pronoun or not at all.
  static func passedPart(after end: Int, in words: [Token]) -> String? {
    let rest = Array(words[end...])
    guard let lead = Matchers.passedOverLeads.matchEnd(atStartOf: rest), lead < rest.count
    else { return nil }
    return Array(rest[lead...]).joinedText
  }

  /// A person they name in the answer: one of their people after "what about" ("what about my
  /// mom" → "your mom"), or a capitalised word inside a sentence ("what about Dave though"),
  /// never the first word nor "I".
  static func name(in tokens: [Token]) -> String? {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    for index in words.indices.dropFirst(2)
    where words[index - 2] == "what" && words[index - 1] == "about"
      && index + 1 < words.count && AnswerFollowUp.relatives.contains(words[index + 1])
      && ["my", "our"].contains(words[index])
    {
      return "your " + words[index + 1]
    }
    for sentence in SentenceSplitter.sentences(in: tokens) {
      let words = sentence.filter(\.isWord)
      if let named = words.dropFirst().first(where: {
        $0.text.first?.isUppercase == true && !["i", "i'm", "i'd", "i've"].contains($0.lowercased)
      }) {
        return named.text
      }
    }
    return nil
  }

  /// The most words a thing they ask about may have to be named in a question.
  static let topicWordLimit = 5

  /// Where the first match of a table ends in the words.
  private static func matchStart(of matcher: PartnerCueMatcher, in words: [Token]) -> Int? {
    words.indices.first {
      matcher.mayStart(with: words[$0].lowercased)
        && matcher.matchEnd(atStartOf: Array(words[$0...])) != nil
    }
  }

  private static func matchEnd(of matcher: PartnerCueMatcher, in words: [Token]) -> Int? {
    // Only where a phrase of the table can start are the words from there copied and matched.
    for start in words.indices where matcher.mayStart(with: words[start].lowercased) {
      if let end = matcher.matchEnd(atStartOf: Array(words[start...])) { return start + end }
    }
    return nil
  }

  /// What they ask about, named as a question can name it ("the money thing", "your mom",
  /// "him"): the words after the cue up to the end, without fillers, in the second person; nil
  /// when nothing or too much follows, or a clause does.
  static func topic(after end: Int, in words: [Token]) -> String? {
    let named = words[end...].map(\.lowercased).filter { !topicFillers.contains($0) }
    guard !named.isEmpty, named.count <= topicWordLimit,
      !named.contains(where: { topicStops.contains($0) })
    else { return nil }
    return named.map { secondPerson[$0] ?? $0 }.joined(separator: " ")
  }

  /// Words that end what can be named: a clause or a second thought follows.
  static let topicStops: Set<String> = [
    "i", "'m", "is", "'s", "are", "was", "were", "because", "but", "and", "if", "so", "when",
    "that", "you", "me", "it",
  ]

  /// Words dropped from what they ask about.
  static let topicFillers: Set<String> = [
    "actually", "too", "lol", "please", "then", "now", "honestly", "tbh", "really", "haha",
    "though", "tho", "lmao", "mate", "bro", "ffs", "smh", "again",
  ]

  /// The person's words for their own, as a question names them.
  static let secondPerson: [String: String] = [
    "my": "your", "our": "your", "myself": "yourself", "mine": "yours",
  ]

  /// The tables, compiled once.
  private enum Matchers {
    static let stop = PartnerCueMatcher(TurnCues.stops)
    static let declines = PartnerCueMatcher(TurnCues.declines)
    static let leaving = PartnerCueMatcher(LeaveTakingCues.phrases)
    static let correction = PartnerCueMatcher(
      AnswerCues.misheard + TurnCues.corrections + TurnCues.questionObjections)
    static let notMeTail = PartnerCueMatcher([AnswerCues.notMeTail])
    static let complaint = PartnerCueMatcher(TurnCues.questionComplaints)
    static let bid = PartnerCueMatcher(TurnCues.heardBids)
    static let askAbout = PartnerCueMatcher(TurnCues.askAbout)
    static let partSetAside = PartnerCueMatcher(TurnCues.partsSetAside)
    static let refocusOpener = PartnerCueMatcher(TurnCues.refocusOpeners)
    static let advice = PartnerCueMatcher(TurnCues.advice)
    static let selfQuestion = PartnerCueMatcher(TurnCues.selfQuestions)
    static let guilt = PartnerCueMatcher(TurnCues.guilt)
    static let confession = PartnerCueMatcher(TurnCues.confessions)
    static let protest = PartnerCueMatcher(TurnCues.protests)
    static let passedOver = PartnerCueMatcher(TurnCues.passedOver)
    static let passedOverLeads = PartnerCueMatcher(TurnCues.passedOverLeads)
    static let repeatedQuestion = PartnerCueMatcher(TurnCues.repeatedQuestions)
    static let answeredAlready = PartnerCueMatcher(TurnCues.answeredAlready)
    static let insight = PartnerCueMatcher(TurnCues.insights)
  }
}
