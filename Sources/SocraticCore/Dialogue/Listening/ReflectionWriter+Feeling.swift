/// A feeling given back: named under a story, in the sentence that names it, or alone.
extension ReflectionWriter {
  /// A feeling given back in the sentence that names it; only the feeling when that sentence
  /// would not read, which adds to their words (complex) when they showed it without naming it.
  static func feeling(_ answer: ReadAnswer) -> Reflection {
    let feelings = listed(Array(answer.feelings.prefix(2)))
    // "i yelled at her and felt awful after", "felt like a bad person": the feeling under the
    // story or the judgement is named, not the scene given back.
    if let words = answer.feelingWords, let named = FeelingStory.underneath(words, answer.feelings)
    {
      let frame = named == .past ? "it left you feeling" : "you're feeling"
      return Reflection(text: "It sounds like \(frame) \(feelings).", depth: .complex)
    }
    if let words = answer.feelingWords.map(ownClauses),
      let clauses = givenClauses(words, keepingFrames: true)
    {
      let text =
        clauses.rest.map {
          feelingWithCause(clauses.first, $0, naming: answer.feelings)
        } ?? clauses.first
      let speaksOfThem = Tokenizer.tokenize(text).contains {
        ["you", "your", "you're"].contains($0.lowercased)
      }
      // "when i stop feeling guilty about it": a clause that hangs on a "when" or an "if" is
      // no sentence after "It sounds like"; the feeling is named alone.
      let hangs = text.split(separator: " ").first.map {
        FunctionWords.subordinators.contains($0.lowercased())
      }
      // "honestly it drives me up the wall": an "it" alone in the line given back points at
      // nothing the listener hears; the feeling is named alone. An "it" that points ahead
      // ("it annoys you that …", "… when they park there"), or with more said beside it, stays.
      let words = text.lowercased().split(separator: " ").map(String.init)
      let pointsAtNothing =
        clauses.rest == nil && words.first == "it" && withReferent(text, toldAfter: nil) == nil
        && words.dropFirst().allSatisfy { !AnswerCues.feelingClauseOpeners.contains($0) }
        // "it broke my heart a bit": the feeling named alone would overstate it.
        && words.allSatisfy { !Downtoners.words.contains($0) }
      if speaksOfThem, hangs != true, !pointsAtNothing,
        text.split(separator: " ").count <= quoteWordLimit
      {
        return Reflection(text: "It sounds like \(text).", depth: .simple)
      }
    }
    return Reflection(text: "It sounds like you're feeling \(feelings).", depth: .complex)
  }

  /// A feeling and what they said caused it, as one sentence: "im so disappointed, he never
  /// rang" → "you're so disappointed that he never rang"; a clause of their own after it ("i'm
  /// angry, i think it's wrong") is set off by a dash, one that opens on its own joint ("…,
  /// because …", "…, and …") keeps its comma. Never two sentences spliced with a comma.
  static func feelingWithCause(_ feeling: String, _ cause: String, naming feelings: [String])
    -> String
  {
    let causeWords = Tokenizer.tokenize(cause).filter(\.isWord).map(\.lowercased)
    guard let opening = causeWords.first,
      !FunctionWords.coordinators.contains(opening),
      !FunctionWords.subordinators.contains(opening),
      AnswerMoveReader.finiteVerbIndex(in: Tokenizer.tokenize(cause)) != nil
    else { return feeling + ", " + cause }
    let lowered = feeling.lowercased()
    let endsOnFeeling = feelings.contains { lowered.hasSuffix(" " + $0) }
    // "you're angry, you think it's wrong": a second view of their own is no cause.
    return endsOnFeeling && !["you", "we"].contains(opening)
      ? feeling + " that " + cause : feeling + " \u{2014} " + cause
  }

  /// Feeling words from the first clause that speaks of the person: "theres four of us on the
  /// rota and it drives me mad" gives back what drives them mad, never the head count set
  /// before it; a reason after it ("… because nobody checks") stays. A clause whose subject
  /// points back ("the council shut the library and it does my head in") keeps what it points
  /// at.
  static func ownClauses(_ words: String) -> String {
    let pieces = clauses(of: Tokenizer.tokenize(words))
    guard
      let first = pieces.firstIndex(where: { piece in
        piece.contains { ownWords.contains($0.lowercased) }
      }), first > 0
    else { return words }
    let kept = Array(pieces[first...].joined()).drop {
      FunctionWords.coordinators.contains($0.lowercased)
    }
    guard let subject = kept.first, !QuestionCritic.backReferences.contains(subject.lowercased)
    else {
      return words
    }
    return kept.joinedText
  }

  /// Words by which a clause speaks of the person: "im" as typed, without its apostrophe.
  private static let ownWords = FunctionWords.speakerWords.union(["im"])

  /// A concession said beside a feeling they named, with the feeling first: "maybe i just
  /// hate admitting it. im embarrassed" is never given back as the concession alone. The
  /// reflection as it is when they named none, or when it opens otherwise than "So you".
  static func naming(_ feelings: [String], before reflection: Reflection) -> Reflection {
    let opening = "So you"
    guard !feelings.isEmpty, reflection.text.hasPrefix(opening),
      !feelings.contains(where: reflection.text.contains)
    else { return reflection }
    let text =
      "It sounds like you're feeling \(listed(Array(feelings.prefix(2)))), and you"
      + reflection.text.dropFirst(opening.count)
    guard text.split(separator: " ").count <= wordLimit else { return reflection }
    return Reflection(text: text, depth: .complex)
  }
}
