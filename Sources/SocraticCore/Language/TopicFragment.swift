/// A belief stated as a topic and a comment on it: "AI regulation? total waste of time." →
/// "AI regulation is a total waste of time"; "Remote work? it's the future." → "remote work is
/// the future".
///
/// The topic is a short phrase with no verb, asked with a question mark; the comment follows
/// it as the next sentence. A comment with no verb of its own is said of the topic with "is"
/// or "are" (as the topic's head noun is singular or plural), and "a" or "an" before a
/// singular countable noun; a comment that is a clause about "it", "that" or "they" is said of
/// the topic in that pronoun's place.
enum TopicFragment {
  /// The most words a topic may have.
  private static let longestTopic = 6

  /// Pronouns a comment can refer to the topic with.
  private static let pronouns: Set<String> = ["it", "that", "this", "they", "those"]

  /// The clitics of "be" after such a pronoun, as the word they stand for.
  private static let fullForms: [String: String] = ["'s": "is", "'re": "are"]

  /// The statement the topic and its comment make, or nil when they are not a topic and a
  /// comment. Both are sentences without their closing punctuation.
  static func statement(topic: [Token], comment: [Token]) -> [Token]? {
    guard !topic.isEmpty, topic.count <= longestTopic, topic.allSatisfy(\.isWord),
      let commentFirst = comment.first, comment.contains(where: \.isWord),
      isNounPhrase(topic)
    else { return nil }
    var subject = topic
    subject[0].hasSpaceBefore = false
    let verb = ClauseParser.finiteVerbIndex(in: comment)
    if verb == 0, !describes(commentFirst) {
      // "Crypto? sucks.": the comment's verb is said of the topic.
      guard
        Lexicon.verbReadings(of: commentFirst.lowercased).contains(where: {
          $0.form == .thirdSingular
        })
      else { return nil }
      var rest = comment
      rest[0].hasSpaceBefore = true
      return subject + rest
    }
    if let verb, verb > 0 {
      guard pronouns.contains(commentFirst.lowercased) else { return nil }
      var rest = Array(comment.dropFirst())
      if let full = fullForms[rest[0].lowercased] {
        rest[0] = Token(full)
      }
      rest[0].hasSpaceBefore = true
      return subject + rest
    }
    var predicate = comment
    predicate[0].hasSpaceBefore = true
    let be = Token(isPlural(topic) ? "are" : "is")
    if let article = article(before: predicate) {
      predicate[0].hasSpaceBefore = true
      return subject + [be, article] + predicate
    }
    return subject + [be] + predicate
  }

  /// Whether a topic has no verb, but for a plural noun at its end that could be read as one
  /// ("Self-checkout machines").
  private static func isNounPhrase(_ topic: [Token]) -> Bool {
    guard let verb = ClauseParser.finiteVerbIndex(in: topic) else { return true }
    return verb == topic.count - 1 && Lexicon.singular(of: topic[verb].lowercased) != nil
      && !topic.contains { FunctionWords.auxiliary($0.lowercased) != nil }
  }

  /// Whether a word says what something is like rather than what it does: an adjective or a
  /// past participle ("overrated", "rigged").
  private static func describes(_ token: Token) -> Bool {
    let word = token.lowercased
    return Lexicon.classes(of: word).contains(.adjective)
      || Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
  }

  /// Whether the topic's head noun (its last word) is plural.
  private static func isPlural(_ topic: [Token]) -> Bool {
    guard let head = topic.last else { return false }
    return head.kind == .word && Lexicon.number(ofNoun: head.lowercased) == .plural
      && Lexicon.singular(of: head.lowercased) != nil
  }

  /// "a" or "an" when the comment is a singular countable noun phrase without a determiner
  /// ("total waste of time", "scam"); nil for a plural, an uncountable noun, an adjective
  /// ("overrated") or a phrase that has its determiner.
  private static func article(before predicate: [Token]) -> Token? {
    guard let first = predicate.first, first.kind == .word,
      !FunctionWords.determiners.contains(first.lowercased),
      !FunctionWords.possessives.contains(first.lowercased),
      !FunctionWords.isFunctionWord(first.lowercased)
    else { return nil }
    let headIndex =
      (predicate.firstIndex { FunctionWords.prepositions.contains($0.lowercased) }
        ?? predicate.count) - 1
    guard headIndex >= 0 else { return nil }
    let head = predicate[headIndex].lowercased
    let classes = Lexicon.classes(of: head)
    // "a waste of time", "a joke": a noun with "of" after it is counted, whatever it
    // usually is ("total garbage" is not).
    let isCounted =
      headIndex + 1 < predicate.count && predicate[headIndex + 1].lowercased == "of"
      || (!classes.contains(.uncountable) && !Negator.isUsuallyUncountable(head))
    guard classes.contains(.noun), isCounted, Lexicon.singular(of: head) == nil else {
      return nil
    }
    // A noun alone that is an adjective too ("evil", "fine") is read as the adjective.
    if headIndex == 0, classes.contains(.adjective) { return nil }
    return Token(IndefiniteArticle.article(before: first))
  }
}
