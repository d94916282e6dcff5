/// Whether a question builds on what the other side said last: it takes up a word of theirs
/// that is neither one of the belief's own nor one that every question is made of ("You said
/// the supply is fixed: who fixed it?"), in any form of its root or another word for the same
/// thing, or it
/// points back at it ("How do you know that?", "What did you mean when you said it?").
///
/// Listening shows in questions that follow the answer, not a list: the scorecards count how
/// often a question did, and the drill's persona answers such a question about what it said.
enum FollowUp {
  /// Whether the question builds on the line said before it.
  /// - Parameters:
  ///   - previous: what the other side said last (the persona's reply, their line in partner).
  ///   - belief: the belief under discussion, whose words every line shares and which say
  ///     nothing of following up.
  static func buildsOn(_ question: String, previous: String, belief: String?) -> Bool {
    let tokens = Tokenizer.tokenize(question)
    if pointsBack(tokens) || quotes(tokens, from: previous) { return true }
    let ignoring = belief.map { TopicWords($0).lemmas } ?? []
    let heard = TopicWords(previous, ignoring: ignoring, isQuestion: true).lemmas
    // A word of the belief in another form ("corruption" of "corrupt") is the belief's too.
    let asked = TopicWords(tokens, ignoring: ignoring, isQuestion: true).lemmas.filter { lemma in
      !ignoring.contains { ReflectionFit.sharesRoot($0, lemma) }
    }
    return asked.contains { takesUp($0, from: heard) }
  }

  /// Whether a question says again a run of the reply's own words, at least `quotedRun` long
  /// and not all function words ("every town should give spare land" — then which land?"):
  /// it takes up what was said, though every word of the run is the belief's too.
  static func quotes(_ tokens: [Token], from previous: String) -> Bool {
    let asked = tokens.filter(\.isWord).map(\.lowercased)
    let heard = Tokenizer.tokenize(previous).filter(\.isWord).map(\.lowercased)
    guard asked.count >= quotedRun, heard.count >= quotedRun else { return false }
    let runs = Set(
      (0...(heard.count - quotedRun)).map { heard[$0..<$0 + quotedRun].joined(separator: " ") })
    return (0...(asked.count - quotedRun)).contains { start in
      let run = asked[start..<start + quotedRun]
      return !run.allSatisfy(FunctionWords.isFunctionWord)
        && runs.contains(run.joined(separator: " "))
    }
  }

  /// How many words in a row a question must share with the reply to quote it.
  static let quotedRun = 3

  /// Whether a word of the question takes up one of the reply's: the same lemma, one of its
  /// root ("wasteful" of "wastes"), or another word for the same thing ("stores" of "shops").
  private static func takesUp(_ lemma: String, from heard: Set<String>) -> Bool {
    SameThingWords.isAmong(lemma, heard) || heard.contains { ReflectionFit.sharesRoot($0, lemma) }
  }

  /// Whether a question points back at what was just said: it ends on a word that stands for
  /// it ("Why is that?", "How do you know this?") or says so ("you said", "you mentioned").
  static func pointsBack(_ tokens: [Token]) -> Bool {
    if opensOnStandIn(tokens) { return true }
    let words = tokens.filter(\.isWord)
    if let last = words.last?.lowercased, standIns.contains(last) { return true }
    return words.indices.contains { index in
      backReferences.contains {
        $0.mayStart(with: words[index].lowercased) && !$0.matchEnds(in: words, from: index).isEmpty
      }
        || (index + 1 < words.count
          && isStandInSubject(
            words[index], before: words[index + 1], after: index > 0 ? words[index - 1] : nil))
    }
  }

  /// Whether a sentence opens, after a word that only leads in ("ok but", "so"), on "that" or
  /// "this" and an auxiliary or a verb ("thats not really evidence", "ok, that would mean …",
  /// "surely that means …"): its subject is what was just said.
  private static func opensOnStandIn(_ tokens: [Token]) -> Bool {
    var isSentenceStart = true
    for (index, token) in tokens.enumerated() {
      let word = token.lowercased
      if !token.isWord {
        isSentenceStart = isSentenceStart || sentenceBreaks.contains(token.text)
        continue
      }
      defer { isSentenceStart = isSentenceStart && leadIns.contains(word) }
      guard isSentenceStart else { continue }
      if word == "thats" { return true }
      // "that would mean …", and "that means …", whose verb may be a noun as well.
      if ["that", "this"].contains(word), index + 1 < tokens.count,
        FunctionWords.auxiliary(tokens[index + 1].lowercased) != nil
          || Lexicon.verbReadings(of: tokens[index + 1].lowercased).contains(where: {
            $0.form == .thirdSingular
          })
      {
        return true
      }
    }
    return false
  }

  /// Punctuation after which a new sentence, or a new clause of talk, starts.
  private static let sentenceBreaks: Set<String> = [".", "!", "?", ",", ";", ":", "-"]

  /// Words that only lead into what a sentence says: "ok but that's …", "so this means …",
  /// "surely that means …".
  private static let leadIns: Set<String> = [
    "ok", "okay", "but", "so", "and", "well", "yeah", "right", "hmm", "sure", "hang", "on",
    "surely", "then", "tbh", "hm", "honestly",
  ]

  /// Whether "that" or "this" stands for what was said as the subject of a verb ("Where have
  /// you seen that happen?", "How would that work?"), not as a word that opens a clause or a
  /// noun phrase.
  private static func isStandInSubject(_ word: Token, before next: Token, after previous: Token?)
    -> Bool
  {
    guard ["that", "this"].contains(word.lowercased) else { return false }
    // After an auxiliary, before a verb, it is the subject of a question ("How would that
    // work?", "Does this mean …?"), though the verb can be a noun too.
    if let previous, FunctionWords.auxiliary(previous.lowercased) != nil,
      Lexicon.classes(of: next.lowercased).contains(.verb)
    {
      return true
    }
    let classes = Lexicon.classes(of: next.lowercased)
    return classes.contains(.verb) && classes.isDisjoint(with: [.noun, .adjective])
  }

  /// Words that stand for what was just said when they end a question.
  private static let standIns: Set<String> = ["that", "this", "it", "so", "those", "them"]

  /// Phrases that name what was just said.
  private static let backReferences = [
    PhrasePattern("you (just|already|also)? (said|say|mentioned|mention|told me)"),
    PhrasePattern("(that|this) (reason|example|point|argument|idea|part|bit|claim)"),
  ]
}
