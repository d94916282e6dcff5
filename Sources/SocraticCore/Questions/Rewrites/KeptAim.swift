/// Whether a rewrite that asks how the person sees a thing keeps what the question asked of
/// it: "How do you see the kids?" of "did the kids learn anything from that lesson?" keeps
/// who it was about and drops what it asked, which the person cannot answer. A rewrite of that
/// shape may leave out one word of the question's own, the verdict it passed ("How do you
/// see the new rota?" of "Is the new rota a disaster?"), not more. Nor may a rewrite ask how
/// they feel about a habit the question asked whether they have.
enum KeptAim {
  /// Whether a rewrite, as tokens without its "?", keeps the aim of the question it rewrites.
  /// - Parameters:
  ///   - body: the rewrite.
  ///   - source: the question's words in lowercase, from its first word to its last.
  static func keeps(_ body: [Token], source: ArraySlice<String>) -> Bool {
    let words = body.filter(\.isWord).map(\.lowercased)
    if words.starts(with: feelingAbout) { return !asksWhetherTheyDo(source) }
    guard words.starts(with: seeing) else { return true }
    let kept = Set(words.map(TopicWords.lemma))
    let dropped = source.filter { word in
      isAim(word) && !kept.contains(TopicWords.lemma(of: word))
    }
    return dropped.count < droppedAim
  }

  /// Whether a question asks whether the person does something as a habit ("do you keep a
  /// spare key?"): how they feel about doing it takes for done what was asked. Asked of an act
  /// once ("have you asked her?"), how they feel about it asks of a step they may take.
  private static func asksWhetherTheyDo(_ source: ArraySlice<String>) -> Bool {
    guard let first = source.first, let auxiliary = FunctionWords.auxiliary(first),
      auxiliary.kind == .do, auxiliary.tense == .present
    else { return false }
    return source.dropFirst().first.map(listener.contains) == true
  }

  /// The person asked, as typed: "you", "u", "ya".
  private static let listener: Set<String> = ["you", "u", "ya"]

  /// The frame of a rewrite that asks how the person feels about an act.
  private static let feelingAbout = ["how", "do", "you", "feel", "about"]

  /// Whether a word of the question says what it asks: a word of content, not a frame of
  /// asking ("think", "agree") nor a word of disbelief ("really", "actually").
  private static func isAim(_ word: String) -> Bool {
    word.first?.isLetter == true && !FunctionWords.isFunctionWord(word)
      && FunctionWords.auxiliary(word) == nil && !askingFrames.contains(word)
      && !CritiqueVocabulary.incredulityWords.contains(word)
      && !CritiqueVocabulary.loadedWords.contains(word)
  }

  /// The frame of a rewrite that asks how a thing is seen.
  private static let seeing = ["how", "do", "you", "see"]

  /// How many of the question's words of content a rewrite that names only a thing may leave
  /// out before it has lost what was asked.
  private static let droppedAim = 2

  /// Words that frame what is asked rather than say it: "do you think", "would you agree".
  private static let askingFrames: Set<String> = [
    "think", "agree", "reckon", "believe", "say", "mean", "know", "feel", "guess", "suppose",
    "honestly", "seriously", "really", "actually", "even", "just", "huh", "eh", "right",
    "bit", "kind", "sort", "little", "pretty", "quite",
  ]
}
