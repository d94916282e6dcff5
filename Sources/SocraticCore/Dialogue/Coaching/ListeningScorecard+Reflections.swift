/// How the scorecard and the coaching find the reflection a line gives: one reading, so that a
/// line is labelled and counted alike.
extension ListeningScorecard {
  /// How many reflections a line holds, by the one reading that coaching labels it with: one
  /// for a line labelled a reflection; one for a question that opens with a reflection of
  /// what they said ("so you stopped trusting them after vietnam. what was that like?"), which
  /// the MITI codes as one and the coaching credits as one; none for a statement.
  /// - Parameters:
  ///   - form: the form the coaching gave the line.
  ///   - previous: what the other side said last, when known.
  public static func reflections(in text: String, form: QuestionForm?, after previous: String?)
    -> Int
  {
    switch form {
    case .reflection: return 1
    case .statement: return 0
    case .open, .closed, .leading, nil:
      return opensWithAReflection(text, after: previous) ? 1 : 0
    }
  }

  /// Whether a line opens with a sentence that gives back what they said before its question
  /// (`openingReflection(_:after:)`).
  /// - Parameter previous: what the other side said last, when known.
  static func opensWithAReflection(_ text: String, after previous: String? = nil) -> Bool {
    openingReflection(text, after: previous) != nil
  }

  /// The depth of the sentence a line opens with when it gives back what they said before its
  /// question, or nil when it gives nothing back: a statement, not a question, whose subject is
  /// the other person ("so you …", "you've …"), that opens with a frame of giving back ("sounds
  /// like …"), or that the critic reads as a reflection of what they last said ("that sounds
  /// really stressful.", "youre worried about the money."), as it reads a line that asks
  /// nothing, with their last line as `after`. A counterpoint ("but you …", "ok but …") gives
  /// nothing back, whether it opens or closes the sentence ("that's all your savings though."),
  /// nor does the speaker's own say ("i do mind you though."), nor a question asked without
  /// its mark ("what made you think so. was it …"), nor a complaint about their answer ("you
  /// already said that."), nor a reassurance
  /// (`isReassurance(_:ledIn:after:)`), nor advice or an offer (`ListenerSteer`).
  /// - Parameter previous: what the other side said last, when known.
  static func openingReflection(_ text: String, after previous: String?) -> ReflectionDepth? {
    let sentences = clauses(of: Tokenizer.tokenize(text))
    guard sentences.count > 1, let first = sentences.first,
      first.last?.text != "?"
    else { return nil }
    let words = Array(
      first.filter(\.isWord).map(\.lowercased)
        .drop { reflectionLeadIns.contains($0) })
    guard let opening = words.first, !counterpoints.contains(opening),
      !opensAQuestion(words),
      let closing = words.last, !counterpoints.contains(closing), !setsAPointAgainst(words)
    else { return nil }
    let heard = previous.map { Tokenizer.tokenize($0).map(\.lowercased) }
    let depth = { ReflectionDepthRules.depth(of: first.map(\.lowercased), after: heard) }
    if ReflectionCues.isTentativeReflection(words) { return depth() }
    let ledIn = words.count < first.filter(\.isWord).count
    if isReassurance(first, ledIn: ledIn, after: previous) { return nil }
    if speakersOwn.contains(opening) { return nil }
    // "last year my sister got one.", "funny, mum said the same.": news of the speaker's own,
    // with no word of theirs about the other side, gives nothing of theirs back.
    if !questionOpenings.contains(opening), words.contains(where: speakersOwnWords.contains),
      !words.contains(where: FunctionWords.secondPersonWords.contains)
    {
      return nil
    }
    // "you already said that bit tbh.": a word about their answer, no giving back of it.
    if ReplyComplaint.findsFault(first) { return nil }
    // "you could just ring the school. what do you think?": advice or an offer steers them.
    if ListenerSteer.kind(of: first.map(\.lowercased)) != nil { return nil }
    if opening == "you" && words.count > 2 { return depth() }
    if UtteranceReader.reading(of: first.map(\.lowercased), after: heard) == .reflection {
      return depth()
    }
    // "youre worried about the money. what are you gonna do?": the sentence read as the critic
    // reads a line that asks nothing, against what they said last.
    guard let previous,
      let critique = try? QuestionCritic().critique(first.joinedText, after: previous),
      critique.form == .reflection
    else { return nil }
    return critique.depth ?? depth()
  }

  /// The sentences of a line; a line of one sentence whose question follows a comma, a
  /// semicolon or a dash ("so the list is the real block, what would shorten it?") is parted
  /// there, as if its reflection had its own full stop.
  private static func clauses(of tokens: [Token]) -> [[Token]] {
    let sentences = SentenceSplitter.sentences(in: tokens)
    // "if the list is long, what …": a condition before the question gives nothing back.
    guard sentences.count == 1,
      let opening = tokens.filter(\.isWord).map(\.lowercased).first(where: {
        !reflectionLeadIns.contains($0)
      }),
      !FunctionWords.subordinators.contains(opening), opening != "when",
      let turn = tokens.indices.dropLast().first(where: { at in
        clauseBreaks.contains(tokens[at].text) && tokens[at + 1].isWord
          && questionOpenings.contains(tokens[at + 1].lowercased)
      }), turn > 0
    else { return sentences }
    return [Array(tokens[..<turn]), Array(tokens[(turn + 1)...])]
  }

  /// Marks after which a question may follow a reflection in one sentence.
  private static let clauseBreaks: Set<String> = [",", ";", "\u{2014}", "\u{2013}", "-"]

  /// Words that open or close a counterpoint or a denial, not a reflection: "but you do 90
  /// minutes each way", "that's all your savings though", "no i know you didn't".
  private static let counterpoints: Set<String> = [
    "but", "yet", "except", "although", "though", "tho", "no", "nah",
  ]

  /// Whether a sentence quotes their words only to turn on a point of the speaker's own: "you
  /// just said it was cheap, but a tent costs hundreds" sets a gotcha up; "you want to go, but
  /// you're dreading the drive" and "you love singing, but it's exhausting" give back both
  /// sides of them, as they report nothing said.
  private static func setsAPointAgainst(_ words: [String]) -> Bool {
    guard
      let turn = words.dropFirst().firstIndex(where: ReflectionWriter.contrasts.contains),
      words[..<turn].contains(where: TheirWords.reportingVerbs.contains)
    else { return false }
    let after = words[(turn + 1)...].prefix(contrastSubjectReach)
    return !after.isEmpty && !after.contains(where: FunctionWords.secondPersonWords.contains)
  }

  /// How many words after a contrast its clause names whom it is about within: "but at the
  /// same time you …" is still about them.
  private static let contrastSubjectReach = 5

  /// Whether a sentence opens a question asked without its mark, which gives nothing back
  /// ("what made you think so. was it …"): a question word not followed by a subject ("what I
  /// hear is …", "what you're saying is …") nor, after "how", by what it exclaims ("how hard
  /// that must have been").
  private static func opensAQuestion(_ words: [String]) -> Bool {
    guard let first = words.first, questionOpenings.contains(first) else { return false }
    guard words.count > 1 else { return true }
    let next = words[1]
    if FunctionWords.subjectPronouns[next] != nil { return false }
    return !(first == "how" && Lexicon.classes(of: next).contains(.adjective))
  }

  /// Words that open a question: the question words, and "whats", "hows" typed fast.
  private static let questionOpenings = FunctionWords.questionWords.union(["whats", "hows"])

  /// Words that open the speaker's own say, which gives nothing of theirs back: "i do mind you
  /// though.", "we love having you."; a frame of giving back ("i get the sense …") is read
  /// before them.
  private static let speakersOwn: Set<String> = [
    "i", "i'm", "im", "i've", "ive", "i'd", "id", "i'll", "ill", "me", "we", "we're", "my", "our",
  ]

  /// Words by which a speaker speaks of themselves and their own, anywhere in a sentence.
  private static let speakersOwnWords: Set<String> = speakersOwn.union([
    "mine", "us", "myself", "ourselves",
  ])

  /// Words said before the reflection itself: "so", "ok", "yeah".
  static let reflectionLeadIns: Set<String> = ["so", "ok", "okay", "yeah", "right", "and"]
}
