/// A reason or story told with a pronoun for its subject ("they went up before covid too"),
/// given back where what it points at is no longer beside it: with its referent, or not at all.
extension ReflectionWriter {
  /// The text with a leading "they" or "it" put back as the subject of the line it was told
  /// after (the reason a story backs, the claim a reason backs): "they went up before covid
  /// too" after "rents went up 40 percent" → "rents went up before covid too". The text as it
  /// is when its subject is no such pronoun; nil when the line told after names no subject
  /// the pronoun agrees with.
  static func withReferent(_ text: String, toldAfter host: String?) -> String? {
    var tokens = Tokenizer.tokenize(text)
    guard let first = tokens.first, let number = pointingSubjects[first.lowercased] else {
      return text
    }
    // "it's hard to say", "it is what it is": an "it" that points at nothing needs no referent.
    if number == .singular, tokens.count > 1, dummyFollowers.contains(tokens[1].lowercased) {
      return text
    }
    guard let host, let clause = ClauseParser.parse(host) else { return nil }
    // "they miss the chats" after "remote work hurts junior developers": a pronoun the subject
    // does not agree with points at what the line says it acts on.
    // "you should sell the van": after a modal the rest opens on its verb, and "it costs too
    // much" points at what that verb acts on ("the van"), never at "sell the van".
    var object = clause.rest
    if case .modal = clause.verb, let verb = object.first,
      !Lexicon.verbReadings(of: verb.lowercased).isEmpty
    {
      object.removeFirst()
    }
    guard
      var referent = [clause.subject, object].first(where: {
        agrees($0.filter(\.isWord), with: number)
      })
    else { return nil }
    referent[0].hasSpaceBefore = false
    // "my rent" told by them is "your rent" given back, as the rest of the line is.
    tokens.replaceSubrange(0..<1, with: referent)
    return tokens.joinedText
  }

  /// Whether a short noun phrase can stand for a pronoun of the number: "rents" for "they",
  /// never a pronoun, "there" or a function word.
  private static func agrees(_ phrase: [Token], with number: Number) -> Bool {
    guard let head = phrase.last?.lowercased,
      (1...referentWordLimit).contains(phrase.count),
      phrase.allSatisfy({ pointingSubjects[$0.lowercased] == nil }),
      FunctionWords.subjectPronouns[head] == nil, head != "there",
      !FunctionWords.isFunctionWord(head),
      // "up 40 percent" after "rents went" is no noun phrase: it opens on a particle.
      let first = phrase.first?.lowercased,
      !FunctionWords.isFunctionWord(first) || phraseOpeners.contains(first)
    else { return false }
    return (head.hasSuffix("s") && !head.hasSuffix("ss")) == (number == .plural)
  }

  /// The grammatical number of a pronoun that needs a referent.
  private enum Number { case singular, plural }

  /// Subjects that point back at something said before them.
  private static let pointingSubjects: [String: Number] = [
    "they": .plural, "it": .singular, "these": .plural, "those": .plural,
  ]

  /// Words after which "it" points at nothing ("it's hard to say", "it seems").
  private static let dummyFollowers: Set<String> = ["seems", "feels", "looks", "depends"]

  /// Function words a noun phrase may open on: "the rents", "their kids".
  private static let phraseOpeners: Set<String> = [
    "the", "a", "an", "my", "your", "our", "their", "his", "her", "these", "those", "some",
    "most", "many", "all",
  ]

  /// The most words a subject put back in a pronoun's place has.
  private static let referentWordLimit = 5
}

extension ReflectionWriter {
  /// A reason with its referent put back (`withReferent`), told after the claim; nil when
  /// its pronoun points at nothing the claim names.
  static func referred(_ reason: BeliefMap.Reason, claim: String?) -> BeliefMap.Reason? {
    guard let text = withReferent(reason.text, toldAfter: claim) else { return nil }
    var reason = reason
    reason.text = text
    return reason
  }

  /// The stories and evidence told on the map, each with its referent put back: those told
  /// for a reason after that reason, the rest after the claim.
  static func toldWithReferents(of map: BeliefMap) -> [String] {
    let forReasons = map.reasonsByWeight.flatMap { reason in
      (reason.examples + reason.evidence).compactMap { withReferent($0, toldAfter: reason.text) }
    }
    return forReasons + map.examples.compactMap { withReferent($0, toldAfter: map.claim) }
  }
}
