/// Rewrites of a view put in the person's mouth ("So you're saying …?", "So you think …?"):
/// the accusation is the asker's, so a rewrite never hands it back to be weighed ("What would
/// tell you whether eating meat makes me a bad person?"). It keeps the topic and asks what is
/// behind it:
/// - a charge against the asker ("… I'm a bad dad") names no topic but the asker: "What did
///   you mean by that?" (not advice to the asker or "we": "… we should let Russia win?"); when
///   it names a thing ("… I never help with the bins"), "What did you mean about the bins?";
/// - what something makes of the asker ("eating meat makes me a bad person"), or a verdict on
///   what is the asker's ("my mates are a bad influence"): "How do you see eating meat?",
///   "How do you see my mates?";
/// - what should happen ("we should let your mum choose", "the house should go to you"), as
///   an act to think about: "What do you think about letting your mum choose?", never "What
///   makes you feel …", which hands them the view;
/// - one thing said to matter more than another ("your job matters more than this family"):
///   "How do you weigh your job against this family?";
/// - anything else said of someone or something of the asker's ("my mum can't stay more than
///   two nights"): "What did you mean about my mum?".
enum PutWordsRewrites {
  static func body(for clause: Clause) -> [Token]? {
    // "buying a big car makes me a bad person": what makes the asker so is the topic, found
    // by its words, however the clause was parsed.
    let words = clause.declarative.filter(\.isWord)
    if let make = words.indices.first(where: {
      makeForms.contains(words[$0].lowercased) && $0 + 1 < words.count
        && askerPronouns.contains(words[$0 + 1].lowercased)
    }), make > 0 {
      let topic = Array(words[..<make])
      guard topic.contains(where: { !FunctionWords.isFunctionWord($0.lowercased) }) else {
        return nil
      }
      return QuestionRewriter.phrase("How do you see") + topic
    }
    let subject = clause.subject.map(\.lowercased)
    guard let head = subject.first else { return nil }
    if subject == ["i"], !isModal(clause.verb) {
      // "I never help with the bins": what the charge is about, when it names a thing; what
      // "be" says the asker is ("a lousy brother") is the charge itself.
      let about =
        isBe(clause.verb)
        ? nil : thingNamed(in: clause.rest).map { QuestionRewriter.phrase("about") + $0 }
      return QuestionRewriter.phrase("What did you mean")
        + (about ?? QuestionRewriter.phrase("by that"))
    }
    guard QuestionRewriter.isNounPhrase(clause.subject),
      clause.subject.allSatisfy(\.isWord)
    else { return nil }
    // "we should let your mum choose", "Grandma's house should go to you": what they think
    // should happen is asked about as an act, never as a view they hold ("What makes you feel
    // we should …").
    if let act = obligedAct(clause) {
      return QuestionRewriter.phrase("What do you think about") + act
    }
    let rest = clause.rest.map(\.lowercased)
    if case .lexical(let base, _) = clause.verb {
      if weighingVerbs.contains(base), rest.starts(with: ["more", "than"]) {
        return weighed(clause.subject, against: clause.rest)
      }
    }
    if case .be = clause.verb {
      if rest.count > 2, rest[0] == "more", rest.contains("than") {
        return weighed(clause.subject, against: clause.rest)
      }
      if subject.count > 1, askerPossessives.contains(head) {
        return QuestionRewriter.phrase("How do you see") + clause.subject
      }
    }
    // "my mum can't stay more than two nights": what they said of someone of the asker's is
    // asked about, as a charge against the asker is ("What did you mean about my mum?").
    if subject.count > 1, askerPossessives.contains(head) {
      return QuestionRewriter.phrase("What did you mean about") + clause.subject
    }
    return nil
  }

  /// The act an obligation modal says should happen, as a gerund phrase: "we should let your
  /// mum choose" → "letting your mum choose", "I should quit my job" → "me quitting my job",
  /// "the house should go to you" → "the house going to you"; nil for any other clause.
  private static func obligedAct(_ clause: Clause) -> [Token]? {
    guard case .modal(let modal) = clause.verb, FunctionWords.obligationModals.contains(modal)
    else { return nil }
    var rest = clause.rest[...]
    let verb = clause.lexicalVerb ?? rest.popFirst()
    guard let verb, let base = QuestionRewriter.baseForm(verb.lowercased),
      base == verb.lowercased, let gerund = QuestionRewriter.gerund(of: base)
    else { return nil }
    let subject = clause.subject.map(\.lowercased)
    // The person and "we" are who asks; anyone else is who acts ("me quitting").
    let actor =
      subject == ["we"] || subject == ["you"] ? [] : QuestionRewriter.objectForm(clause.subject)
    let not = clause.isNegated ? [Token("not")] : []
    return actor + not + [Token(gerund)] + rest
  }

  /// "How do you weigh your job against this family?": one thing said to matter more than
  /// another is weighed against it, with no verdict on which matters; nil when what follows
  /// "than" is no noun phrase.
  private static func weighed(_ subject: [Token], against rest: [Token]) -> [Token]? {
    guard let than = rest.firstIndex(where: { $0.lowercased == "than" }) else { return nil }
    let other = Array(rest[(than + 1)...].prefix(while: \.isWord))
    guard !other.isEmpty, QuestionRewriter.isNounPhrase(other) else { return nil }
    return QuestionRewriter.phrase("How do you weigh") + subject + [Token("against")] + other
  }

  /// The thing a charge against the asker is about: the first noun phrase after the verb that
  /// opens with a definite determiner or a possessive ("with the laundry" → "the laundry"), up
  /// to the next function word; nil when there is none.
  private static func thingNamed(in rest: [Token]) -> [Token]? {
    guard
      let start = rest.firstIndex(where: {
        let word = $0.lowercased
        return FunctionWords.determiners.contains(word) && !indefinites.contains(word)
          || FunctionWords.possessives.contains(word)
      })
    else { return nil }
    var end = start + 1
    while end < rest.count, rest[end].isWord, !FunctionWords.isFunctionWord(rest[end].lowercased) {
      end += 1
    }
    let thing = Array(rest[start..<end])
    guard thing.count > 1, thing.count <= 4, QuestionRewriter.isNounPhrase(thing) else {
      return nil
    }
    return thing
  }

  private static func isModal(_ verb: FiniteVerb) -> Bool {
    if case .modal = verb { true } else { false }
  }

  private static func isBe(_ verb: FiniteVerb) -> Bool {
    if case .be = verb { true } else { false }
  }

  /// Determiners that name no thing in particular: "a present" is no topic.
  private static let indefinites: Set<String> = ["a", "an", "any", "some", "another"]

  private static let makeForms: Set<String> = ["make", "makes", "made", "making"]

  /// Words by which the asker speaks of themselves.
  private static let askerPronouns: Set<String> = ["i", "me", "we", "us"]
  private static let askerPossessives: Set<String> = ["my", "our"]
  /// Verbs that weigh one thing against another: "matters more than", "counts more than".
  private static let weighingVerbs: Set<String> = ["matter", "count"]
}
