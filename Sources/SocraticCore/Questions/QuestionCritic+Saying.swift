// A text that asks nothing: the reflection or statement it is, and what to ask instead.
extension QuestionCritic {
  /// A text that asks nothing: a reflection, with its depth, or a statement, with what to say
  /// instead.
  static func critique(saying text: String, sentences: [[Token]], after: String?)
    -> QuestionCritique
  {
    let words = sentences.joined().map(\.lowercased)
    let heard = after.map { Tokenizer.tokenize($0).map(\.lowercased) }
    var reading = UtteranceReader.reading(of: words, after: heard)
    // "parties are a waste of money tbh": a chat hedge that owns the line as the speaker's
    // view ("tbh", "imo") makes it theirs, not the other person's, when nothing in it gives
    // back or names a feeling ("sounds exhausting tbh" does); speech normalising has dropped
    // it from the words.
    if reading == .reflection, UtteranceReader.Evidence(of: words).reflecting == 0,
      !words.contains(where: ReflectionDepthRules.namesFeelingOrValue),
      Tokenizer.tokenize(text).contains(where: ownsView)
    {
      reading = .statement(.opinion)
    }
    // "lol ok": a laugh with the acknowledgement waves away what they said; speech normalising
    // has dropped the laugh from the words.
    if reading == .statement(.listeningSound),
      Tokenizer.tokenize(text).contains(where: { UtteranceReader.laughs.contains($0.lowercased) })
    {
      reading = .statement(.dismissal)
    }
    // "Yeah, right.", "and your nan said the earth was flat too": a retort, or their view put
    // beside one nobody holds, read on the words as typed, since normalising speech drops the
    // "yeah" and the "and".
    let typed = Tokenizer.tokenize(text).map(\.lowercased)
    if DismissiveRetort.isRetort(typed)
      || ([.reflection, .statement(.opinion)].contains(reading)
        && DismissiveRetort.isLikening(typed))
    {
      reading = .statement(.dismissal)
    }
    // "idk", "Priya.": nothing of theirs to give back, whatever they said; read as a reflection
    // or as the speaker's view only for want of a better reading.
    if [.reflection, .statement(.opinion), .statement(.answer)].contains(reading),
      let kind = NothingOfTheirs.kind(of: sentences)
    {
      reading = .statement(kind)
    }
    switch reading {
    case .reflection:
      // "I remember, you rang me from the station. That must have been awful.": the speaker's
      // own memory is theirs to tell; what gives back is judged alone. "I bet the house feels
      // empty" is no memory: its "I" only guesses at how their lot feels.
      let givingBack = sentences.filter { sentence in
        !sentence.contains { ownWords.contains($0.lowercased) }
          || EmpathicGuess.guesses(sentence.map(\.lowercased))
      }
      let judged =
        givingBack.isEmpty || givingBack.count == sentences.count
        ? words : givingBack.joined().map(\.lowercased)
      // A claim to know what they keep back goes past whatever they said, known or not.
      let overreach =
        ReflectionOverreach.mindReading(in: judged, heard: heard ?? []).map(
          ReflectionOverreach.mindReading)
        ?? heard.flatMap { ReflectionOverreach.of(judged, heard: $0) }
      // "darts", with nothing of theirs known, names a topic and gives back nothing said of it.
      let bare = heard == nil && OneWordReflection.isOneWord(words)
      return QuestionCritique(
        question: text, form: .reflection, kind: nil,
        depth: ReflectionDepthRules.depth(of: words, after: heard),
        problems: overreach.map { [$0.explanation] }
          ?? (bare ? [OneWordReflection.explanation] : []),
        suggestion: overreach.flatMap(askingInstead))
    case .statement(let kind):
      return QuestionCritique(
        question: text, form: .statement, kind: nil, problems: [kind.explanation],
        suggestion: kind.suggestion
          ?? StatementRewrites.suggestion(for: kind, sentences: sentences, after: after)
          ?? (SharedFeeling.isShared(words) ? nil : kind.fallbackQuestion))
    }
  }

  /// Whether a token is a chat hedge that marks what it goes with as the speaker's view.
  private static func ownsView(_ token: Token) -> Bool {
    viewHedges.contains(token.lowercased)
  }

  /// The chat hedges that mark an opinion: "tbh", "imo".
  private static let viewHedges = Set(ChatHedges.table.filter(\.marksOpinion).map(\.word))

  /// The speaker's words of themselves: a sentence with one tells of them, not of the listener.
  private static let ownWords: Set<String> = ["i", "me", "my", "i'm", "i've", "myself"]

  /// What to ask instead of a reflection that sets a condition of its own: "What would it mean
  /// for you if someone worked hard and still struggled?"; nil for another overreach, or when
  /// the question would not be open.
  static func askingInstead(_ overreach: ReflectionOverreach) -> String? {
    guard case .condition(let words) = overreach else { return nil }
    let body = Tokenizer.tokenize("What would it mean for you if " + words)
    return isOpen(body: body, lookingUpNames: false)
      ? Clause.respaced(body).joinedText + "?" : nil
  }
}
