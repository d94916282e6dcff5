/// A grant that names no content of its own ("ok fair thats a decent point"): the concession is
/// still the moment, so it is given back as the point it is about ("about the buses"), or as
/// the clause of theirs that carries what they now see ("i only ever worked nights"), and
/// never traded for a side fact said beside it. "So you'll grant that one." names nothing and
/// reads as point-scoring: when nothing says what was granted, no line is said at all.
extension ReflectionWriter {
  /// What to do with a grant in words that names nothing it grants: `.given` "So you'll grant
  /// the point about the buses." when they say what it is about, or the clause that carries
  /// most (`carried`); `.unsaid` when nothing names what they grant and they said more than
  /// the grant (the question comes alone, never a side fact); nil when a doubt of theirs says
  /// what they grant (`concession` gives it back), when they only hedge or waver, or when the
  /// grant is all they said (the question that follows asks what they grant).
  static func bareGrant(_ answer: ReadAnswer, saying line: String?) -> BareGrantReflection? {
    guard answer.grants, !answer.isWavering, let line,
      firstGivenDoubt(answer, where: ReflectionCheck.isWholeClause) == nil
    else { return nil }
    let read = TypedTextLimit.prefix(of: line, characters: AnswerMoveReader.readLimit)
    let sentences = SentenceSplitter.sentences(in: Shorthand.expanded(Tokenizer.tokenize(read)))
    if let topic = sentences.lazy.compactMap(grantTopic).first {
      return .given(
        Reflection(text: "So you'll grant the point about \(topic).", depth: .complex))
    }
    if let carried = carried(in: line) {
      return .given(Reflection(text: "So \(carried).", depth: .complex))
    }
    return sentences.count > 1 ? .unsaid : nil
  }

  /// What a grant says it is about, in the second person: "good point about the buses tbh" →
  /// "the buses"; nil when the sentence holds no grant about something, or the topic would not
  /// read as a short phrase.
  private static func grantTopic(_ sentence: [Token]) -> String? {
    guard
      let end = sentence.indices.lazy.compactMap({
        grantedAbout.matchEnds(in: sentence, from: $0).first
      })
      .first
    else { return nil }
    let topic = Array(sentence[end...].prefix { $0.isWord })
    let kept = Array(topic.reversed().drop { grantTopicClosers.contains($0.lowercased) }.reversed())
    guard (1...topicWordLimit).contains(kept.count) else { return nil }
    return secondPersonPhrase(kept.joinedText)
  }

  /// Words that grant a point and then say what it is about: "a good point about", "you're
  /// right about", "fair about".
  private static let grantedAbout = PhrasePattern(
    "(point|points|right|fair|argument|true) (there)? about")

  /// Words that close a grant without being part of what it is about: "… about the buses tbh".
  private static let grantTopicClosers: Set<String> = [
    "lol", "tbh", "tho", "though", "honestly", "haha", "really", "then", "there", "i", "guess",
    "suppose", "ngl", "too", "actually",
  ]

  /// The most words of what a grant is about.
  private static let topicWordLimit = 6
}

/// How a grant that names nothing is met: with a reflection, or with none at all.
enum BareGrantReflection {
  /// The reflection that names what they grant.
  case given(Reflection)
  /// No reflection: nothing says what they grant, and the question comes alone.
  case unsaid
}
