/// What a drill's persona reads in a question before it answers: the critic's form and kind,
/// what the question is about beyond the belief itself, the term a clarification asks about,
/// what it aims at beyond its kind, and whether it takes up the persona's last reply.
struct PersonaQuestion: Sendable {
  /// What a question asks for that no kind says.
  enum Aim: Sendable, Equatable {
    /// How the persona itself came to the belief: "How did you come to believe this?", "Have
    /// you used these tools yourself?".
    case origin
    /// The other side of something the belief speaks of: "What about the jobs AI will create?".
    case counterPoint
    /// What would come of a change: "What happens to teamwork if everyone stays at home?".
    case hypothesis
    /// Which of its reasons weighs most: "Which of those matters most to you?".
    case weighing
    /// A case or an instance of what it said: "Which war are you thinking of?", "Can you name
    /// one?".
    case example
    /// Where something it said comes from: "Where did you hear that?".
    case source
    /// More of something it said, as lived: "What does that look like day to day?", "How did
    /// people there actually use it?".
    case detail
    /// A closed question about whether there is any exception: "Was there ever a war worth
    /// fighting?", "Would you ever vote for them?".
    case exception
  }

  /// Open, closed, leading, reflection or statement, as the critic read it.
  var form: QuestionForm
  /// The kind of a question; nil for a reflection or a statement.
  var kind: QuestionKind?
  /// What it is about that the belief is not, and that no question is made of: "Sweden" and
  /// "tax" in "How has Sweden's tax worked out?", nothing in "What evidence do you have?".
  var topic: Set<String>
  /// The things among `topic`: nouns and names, not an adjective before a noun ("old" in "an
  /// old panic"), nor what is only a verb or an adjective ("own").
  var things: Set<String>
  /// The names among `things`: written with a capital after the first word ("Denmark").
  var names: Set<String>
  /// The words a clarification asks the meaning of, as typed: "fair" in "What do you mean by
  /// fair?"; nil when it names none.
  var termAsked: String?
  /// What it asks for beyond its kind, read by its own words; nil for most questions.
  var aim: Aim?
  /// Whether it takes up what the persona said last ("How do you know that?").
  var followsUp: Bool
  /// Whether a reflection gives back another side as well ("… even if the price swings"): the
  /// persona grants it rather than agreeing with the whole.
  var givesOtherSide: Bool
  /// How a closed question about the persona itself is answered yes ("Yes, I have"); nil for
  /// a closed question about anything else, and for every other form.
  var ownAnswer: String?
  /// Its words in lowercase (`DrillDialogue.key(of:)`).
  var key: String

  /// - Parameters:
  ///   - text: the question exactly as typed.
  ///   - belief: the persona's belief.
  ///   - beliefWords: the lemmas of the belief (`PersonaVoice.beliefWords`): they say nothing
  ///     of what a question is about.
  ///   - lastReply: what the persona said last, if anything.
  init(
    _ text: String, form: QuestionForm, kind: QuestionKind?, belief: String,
    beliefWords: Set<String>, lastReply: String?
  ) {
    let tokens = Tokenizer.tokenize(text)
    // A question that opens with a question word asks for more than yes or no, whatever
    // the critic's form: "Which animals have been brought back?" is answered as open.
    let opensWithQuestionWord = tokens.first.map { Self.questionWords.contains($0.lowercased) }
    self.form = form == .closed && opensWithQuestionWord == true ? .open : form
    let form = self.form
    // Some questions ask for one thing in shapes the critic files under another kind ("What
    // evidence would convince you …?" asks what would change its mind; "Can you give me an
    // example?" asks for evidence): the persona answers what they ask for.
    // What a question asks for is read by its own cues before the critic's kind: the critic
    // files "How might someone in the West Bank see this?" under clarification.
    let cued = Self.kindCues.first { cue, _ in Self.says(cue, in: tokens) }
    self.kind = form == .open ? cued?.kind ?? kind : kind
    aim =
      [.open, .closed].contains(form)
      ? Self.aimCues.first { Self.says($0.cue, in: tokens) }?.aim : nil
    key = DrillDialogue.key(of: text)
    topic = TopicWords(tokens, ignoring: beliefWords, isQuestion: true).lemmas
    things = Self.things(in: tokens, among: topic)
    names = Set(
      tokens.dropFirst().filter { $0.isWord && $0.isCapitalized }.map {
        TopicWords.lemma(of: $0.lowercased)
      }
    ).intersection(things)
    termAsked = form == .open && self.kind == .clarification ? Self.term(askedIn: tokens) : nil
    followsUp =
      lastReply.map { FollowUp.buildsOn(text, previous: $0, belief: belief) } ?? false
    givesOtherSide =
      form == .reflection && Self.otherSideCues.contains { Self.says($0, in: tokens) }
    ownAnswer = form == .closed ? Self.ownAnswer(in: tokens) : nil
  }

  /// Whether a pattern matches anywhere in a question.
  private static func says(_ cue: PhrasePattern, in tokens: [Token]) -> Bool {
    tokens.indices.contains {
      cue.mayStart(with: tokens[$0].lowercased) && !cue.matchEnds(in: tokens, from: $0).isEmpty
    }
  }

  /// The nouns and names among a question's topic words.
  private static func things(in tokens: [Token], among topic: Set<String>) -> Set<String> {
    let words = tokens.filter(\.isWord)
    var things: Set<String> = []
    for (index, word) in words.enumerated() {
      let lemma = TopicWords.lemma(of: word.lowercased)
      guard topic.contains(lemma) else { continue }
      let classes = Lexicon.classes(of: lemma)
      guard classes.isEmpty || classes.contains(.noun) else { continue }
      if classes.contains(.adjective), index + 1 < words.count,
        !FunctionWords.isFunctionWord(words[index + 1].lowercased),
        Lexicon.classes(of: TopicWords.lemma(of: words[index + 1].lowercased)).contains(.noun)
      {
        continue
      }
      things.insert(lemma)
    }
    return things
  }

  // MARK: - The term asked about

  /// The words a clarification asks the meaning of: after "mean by", "define", "count as",
  /// "when you say" (or between quotation marks), up to three words, without a leading article.
  static func term(askedIn tokens: [Token]) -> String? {
    if let quoted = quotedWords(in: tokens) { return quoted }
    for start in tokens.indices {
      for pattern in termMarkers where pattern.mayStart(with: tokens[start].lowercased) {
        guard let end = pattern.matchEnds(in: tokens, from: start).first else { continue }
        if let term = termWords(tokens, from: end) { return term }
      }
    }
    let words = tokens.filter(\.isWord)
    // "What does fair mean (to you)?"
    if let does = words.firstIndex(where: { ["does", "did"].contains($0.lowercased) }),
      does > 0, words[does - 1].lowercased == "what",
      let mean = words[does...].firstIndex(where: { $0.lowercased == "mean" }), mean > does + 1,
      mean - does <= 4
    {
      return words[(does + 1)..<mean].filter { !articles.contains($0.lowercased) }.map(\.text)
        .joined(separator: " ")
    }
    return nil
  }

  /// Words between a pair of quotation marks, if the question has them.
  private static func quotedWords(in tokens: [Token]) -> String? {
    guard let open = tokens.firstIndex(where: { openingQuotes.contains($0.text) }),
      let close = tokens[(open + 1)...].firstIndex(where: { closingQuotes.contains($0.text) }),
      close > open + 1
    else { return nil }
    return tokens[(open + 1)..<close].joinedText
  }

  /// The words of a term starting at `start`: up to three, stopping at punctuation or at a word
  /// that goes on with the question ("to you", "exactly", "here").
  private static func termWords(_ tokens: [Token], from start: Int) -> String? {
    var index = start
    while index < tokens.count, articles.contains(tokens[index].lowercased) { index += 1 }
    var term: [Token] = []
    while index < tokens.count, term.count < 3, tokens[index].isWord,
      !termEnds.contains(tokens[index].lowercased)
    {
      term.append(tokens[index])
      index += 1
    }
    return term.isEmpty ? nil : term.map(\.text).joined(separator: " ")
  }

  /// What comes before the term a clarification asks about.
  private static let termMarkers = [
    PhrasePattern("(mean|meant) by (the word|the term)?"),
    PhrasePattern("(define|defining|definition of)"),
    PhrasePattern("(count|counts) as"),
    PhrasePattern("(when|if) you (say|said|call)"),
    PhrasePattern("(example|examples) of"),
  ]

  /// Words that end a term: the question goes on after it.
  private static let termEnds: Set<String> = [
    "to", "exactly", "here", "there", "when", "in", "that", "is", "are", "mean", "means",
    "really", "precisely", "for", "you", "your", "and", "or", "do", "does", "did",
  ]

  private static let articles: Set<String> = ["the", "a", "an", "this", "that", "your"]
  /// The words that open a question asking for more than yes or no.
  private static let questionWords: Set<String> = [
    "what", "which", "who", "whom", "whose", "where", "when", "why", "how",
  ]
  private static let openingQuotes: Set<String> = ["\"", "\u{201C}", "'", "\u{2018}"]
  private static let closingQuotes: Set<String> = ["\"", "\u{201D}", "'", "\u{2019}"]

  /// What a question says that asks for one kind of answer whatever its shape, and that kind.
  private static let kindCues: [(cue: PhrasePattern, kind: QuestionKind)] = [
    (PhrasePattern("change your (mind|view|opinion|position|thinking)"), .inversion),
    (PhrasePattern("make you (doubt|reconsider|rethink)"), .inversion),
    (PhrasePattern("(you|us) (think|look) again"), .inversion),
    (PhrasePattern("(would|could|will) it take"), .inversion),
    (PhrasePattern("(would|will) (need|have) to (happen|be true|change|come out)"), .inversion),
    (PhrasePattern("for you to (think|believe|accept|feel|say|admit|decide)"), .inversion),
    (PhrasePattern("what (would|could|might) make you"), .inversion),
    (PhrasePattern("(would|could|might|will) (convince|persuade) you"), .inversion),
    (PhrasePattern("(an|one|some) (example|instance)"), .evidence),
    (PhrasePattern("for (example|instance)"), .evidence),
    (PhrasePattern("(what|which|any|some) (examples|instances)"), .evidence),
    (PhrasePattern("what (follows|would follow)"), .implications),
    (PhrasePattern("who (gains|benefits|loses|wins|pays)"), .implications),
    (
      PhrasePattern("where (does|would|will) (it|that|this) (belief|view|idea)? lead"),
      .implications
    ),
    (PhrasePattern("(taking|take|took|taken) for granted"), .assumptions),
    (
      PhrasePattern("(what|are|were) (are|do|did)? you (assuming|assume|presuming|presume)"),
      .assumptions
    ),
    (
      PhrasePattern("what (happens|would happen|will happen|happened) (if|when|once)"),
      .implications
    ),
    (
      PhrasePattern("(what|how) (would|will|could) (that|it|this)? change (for|if|when)"),
      .implications
    ),
    (
      PhrasePattern("what (does|would|will|could) (it|that|this) (mean for|lead to|do to)"),
      .implications
    ),
    (
      PhrasePattern("what (are|would be|will be) the (consequences|implications|effects)"),
      .implications
    ),
    (
      PhrasePattern(
        "how (might|would|could|will|do|does) (someone|somebody|people|others|they|critics|opponents|a critic|an opponent|the other side)"
      ), .viewpoints
    ),
    (
      PhrasePattern(
        "(someone|somebody|people|those|anyone|others) who (disagree|disagrees|oppose|opposes|sees it differently|see it differently)"
      ), .viewpoints
    ),
    (
      PhrasePattern(
        "(point of view|perspective|in their shoes|through the eyes of|the other side)"),
      .viewpoints
    ),
    // "How do you see it?" asks for its own view; "How would a shop owner see this?" for another's.
    (PhrasePattern("(do|did|would|could|will) you (see|view)"), .clarification),
    (
      PhrasePattern(
        "(see|view|look at|feel about|react to|think of|say about) (it|this|that|your view|your claim|your belief|the idea|the ban)"
      ), .viewpoints
    ),
    (PhrasePattern("how (do|can|could) you (know|tell|be sure)"), .evidence),
    (PhrasePattern("what makes you (think|say|believe|so sure)"), .evidence),
  ]

  /// What a question says that aims at the persona's own story or at the other side, and that
  /// aim.
  private static let aimCues: [(cue: PhrasePattern, aim: Aim)] = [
    (
      PhrasePattern(
        "where (did|do|does|would) (you|that|this|it|the idea|the claim) (first)? (learn|hear|read|get|find|see|come)"
      ),
      .source
    ),
    (PhrasePattern("what (is|was|are|were) your (source|sources)"), .source),
    (PhrasePattern("(come|comes|came) from"), .source),
    (PhrasePattern("(end|ended) up (thinking|believing|seeing)"), .origin),
    (PhrasePattern("(come|came) (around|round) to"), .origin),
    (PhrasePattern("that (first)? made you (think|believe|feel|decide)"), .origin),
    (
      PhrasePattern(
        "how (did|do) you (first)? (come|get|arrive|become) (to|at|into|interested|involved)"),
      .origin
    ),
    (PhrasePattern("(do|did) you (work|live|use|try)"), .origin),
    (
      PhrasePattern("what (first)? (got|led|brought|drew|turned) you (to|into|onto|on to)"), .origin
    ),
    (PhrasePattern("what made you (first)? (think|believe|decide|start)"), .origin),
    (
      PhrasePattern("(when|where|why) did you (first)? (start|begin|come|get|learn|hear|pick)"),
      .origin
    ),
    (PhrasePattern("your own (experience|experiences|life|story)"), .origin),
    (
      PhrasePattern("have you ever (seen|been|had|kept|held|owned|bought|sold|sent|lost|voted)"),
      .origin
    ),
    (
      PhrasePattern(
        "(have|did) you (ever)? (used|use|tried|try|met|meet|lived|live|worked|work|experienced)"
      ), .origin
    ),
    (
      PhrasePattern("what (first)? (got|made|left) you (worried|interested|thinking|started|sure)"),
      .origin
    ),
    (PhrasePattern("(what|who) (first)? (convinced|persuaded) you"), .origin),
    (PhrasePattern("(what|who) was it that (first)? (convinced|persuaded|got) you"), .origin),
    (PhrasePattern("(an|one|some|any) (example|examples|instance|case)"), .example),
    (PhrasePattern("(example|examples|instance) of"), .example),
    (PhrasePattern("(are|were) you thinking (of|about)"), .example),
    (PhrasePattern("(can|could) you (name|point to)"), .example),
    (PhrasePattern("day to day"), .detail),
    (PhrasePattern("in (practice|real life|your own life|your life)"), .detail),
    (PhrasePattern("(look|looks|looked) like (for|in|to|at|day|when)"), .detail),
    (PhrasePattern("what do you know about"), .detail),
    (PhrasePattern("(play|plays|played) out"), .detail),
    (PhrasePattern("(did|do|does) (people|they|anyone|someone) (there)? actually"), .detail),
    (PhrasePattern("(ever|at all)"), .exception),
    (PhrasePattern("(is|was|are|were) there (any|a single)"), .exception),
    (PhrasePattern("(matters|matter|counts|count|weighs|weigh) (the)? most"), .weighing),
    (PhrasePattern("(most important|strongest|biggest|main|best|heaviest) reason"), .weighing),
    (
      PhrasePattern("which (one|reason|of those|of these|of them) (is|matters|counts|weighs)"),
      .weighing
    ),
    (PhrasePattern("(what|how) about"), .counterPoint),
    (PhrasePattern("but (what|how) (if|about)"), .counterPoint),
    (PhrasePattern("(happen|happens|happened) (to|if|when|once)"), .hypothesis),
    (PhrasePattern("what if"), .hypothesis),
    (PhrasePattern("(would|will|could|might) happen"), .hypothesis),
    (PhrasePattern("(follow|follows) (if|when|once)"), .hypothesis),
  ]

  /// What in a reflection gives back a second side beside the belief.
  private static let otherSideCues = [
    PhrasePattern("(even|although|though|but|yet|while)"),
    PhrasePattern("(not sure|unsure|don't know|do not know)"),
  ]

  /// How a closed question about the persona's own life is answered yes, by the auxiliary
  /// that asks it: "Did you vote …?" → "Yes, I did".
  private static let ownAnswers: [String: String] = [
    "have": "Yes, I have", "has": "Yes, I have", "did": "Yes, I did", "do": "Yes, I do",
  ]

  /// Verbs that ask for a view, not about the persona's life: "Do you think …?", "Did you
  /// agree …?" ask what it believes.
  private static let viewVerbs: Set<String> = [
    "think", "thought", "believe", "believed", "feel", "felt", "agree", "agreed", "mean",
    "meant", "say", "said", "expect", "expected", "suppose", "reckon", "accept", "admit",
    "consider", "realise", "realize", "understand", "trust", "want", "like", "care", "worry",
    "see", "know", "doubt", "wonder", "imagine", "find",
  ]

  /// Words between "you" and the verb that change nothing: "Have you ever …?".
  private static let ownAnswerFillers: Set<String> = [
    "ever", "also", "really", "actually", "yourself", "personally", "still",
  ]

  /// The yes to a closed question about the persona's own life ("Did you ever vote for …?",
  /// "Have you lived near …?", "Is anyone in your family …?"), nil for one that asks its view.
  private static func ownAnswer(in tokens: [Token]) -> String? {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    if let your = words.firstIndex(of: "your"), your + 1 < words.count,
      familyWords.contains(words[your + 1])
    {
      return "Yes, some of them"
    }
    guard let asked = words.first.flatMap({ ownAnswers[$0] }), words.count > 2,
      words[1] == "you"
    else { return nil }
    let verb = words.dropFirst(2).first { !ownAnswerFillers.contains($0) }
    return verb.map { viewVerbs.contains($0) ? nil : asked } ?? nil
  }

  /// The people of the persona's own life a question may ask about.
  private static let familyWords: Set<String> = [
    "family", "friends", "parents", "kids", "children", "neighbours", "neighbors", "colleagues",
  ]
}
