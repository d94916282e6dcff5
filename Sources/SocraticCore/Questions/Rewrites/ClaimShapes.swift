/// The open question a yes/no claim is asked as, by what kind of claim it is, so that each
/// fault gets a shape that fits it rather than one frame wrapped round every claim:
/// - a quality, by its degree: "Is nuclear power safe?" → "How safe do you think nuclear power
///   is?";
/// - a worth, by what it is worth to them: "Is the gym worth forty pounds?" → "What is the gym
///   worth to you?";
/// - an effect, by what it does: "Does the ring road cut traffic?" → "What effect do you think
///   the ring road has on traffic?";
/// - a view, by the person's view of it: "Do you reckon the referee was bought?" → "What's your
///   view on whether the referee was bought?".
///
/// A fact about one particular thing asked for plainly ("Is the party still on?", "Does your
/// sister still live in Leeds?", "Is she pregnant?") has no open wording that keeps what it
/// asks, and gets none: no degree, worth or effect is asked of a subject pointed at ("she",
/// "your brother", "this place") unless the person is asked their view of it.
enum ClaimShapes {
  /// The open question's words without "?", or nil when no shape fits.
  /// - Parameters:
  ///   - clause: the claim as a clause, positive.
  ///   - statement: the claim as a statement, without its end mark.
  ///   - isView: whether the claim is one the person is asked to take a view on: the asker's
  ///     own view put to them, or a claim asked with a frame of opinion ("do you think …").
  ///   - isDenied: whether the asker denied the claim ("you know the tram isn't late,
  ///     right?"): its degree, worth or effect ("How late …") would ask of the very thing
  ///     denied, so only the view of whether it holds, which asks both ways, fits.
  static func body(
    for clause: Clause?, statement: [Token], isView: Bool, isDenied: Bool = false
  ) -> [Token]? {
    if let clause, !clause.isNegated, !isDenied, namesSomething(clause.subject),
      isView || !isPointedAt(clause.subject)
    {
      if let body = quality(clause) ?? worth(clause) ?? effect(clause) { return body }
    }
    let isOpinion =
      clause.map {
        !isParticular($0.subject) || (isVerdictOnIssue($0) && !isSomeonesOwn($0.subject))
      } ?? false
    return isView || isOpinion ? viewFrame + statement : nil
  }

  /// Whether a claim passes a verdict on what it is about, which is a matter of view however
  /// particular the thing: "Was the lockdown a mistake?", "Was the strike justified?". "Was the
  /// train late?" and "Is your dad a teacher?" ask a fact; "Was your op a success?" is theirs
  /// to tell, however it is judged.
  private static func isVerdictOnIssue(_ clause: Clause) -> Bool {
    (clause.afterAuxiliary + clause.rest).contains {
      let word = $0.lowercased
      return verdictWords.contains(word) || CritiqueVocabulary.justnessWords.contains(word)
        || QuestionRewriter.issueQualities.contains(word) || LoadedJudgements.isLoaded(word)
        || LoadedJudgements.dismissiveWords.contains(word)
    }
  }

  /// Words that judge a plan, a policy or an event as a whole: "a mistake", "a success", "a
  /// waste", "necessary".
  private static let verdictWords: Set<String> = [
    "mistake", "success", "failure", "waste", "necessary", "unnecessary", "unjustified",
    "wrong", "worthwhile", "overdue", "overkill", "extreme", "excessive",
  ]

  /// "How safe do you think nuclear power is": a copula with one adjective after it, degree
  /// words aside ("a bit", "too", "any"); a comparative ("greener") or an adjective with no
  /// degree ("open") has none to ask, and the marked end of a scale is asked by the other
  /// ("dangerous" → "How safe").
  private static func quality(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, let copula = presentOrPast(clause.auxiliary) else { return nil }
    let quality = (clause.afterAuxiliary + clause.rest).filter {
      !degreeWords.contains($0.lowercased)
    }
    guard quality.count == 1, let word = quality.first?.lowercased,
      Lexicon.classes(of: word).contains(.adjective), !Comparatives.isComparative(word),
      !AdjectiveGrades.absolute.contains(word),
      !Lexicon.verbReadings(of: word).contains(where: {
        [.pastParticiple, .presentParticiple].contains($0.form)
      })
    else { return nil }
    let asked = AdjectiveGrades.unmarkedPole[word].map { Token($0) } ?? quality[0]
    return [Token("How"), asked] + QuestionRewriter.phrase("do you think") + clause.subject
      + [Token(copula)]
  }

  /// "What is the gym worth to you": what the subject is worth, the asker's price left out.
  private static func worth(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, let copula = presentOrPast(clause.auxiliary),
      clause.rest.first?.lowercased == "worth", clause.rest.count > 1
    else { return nil }
    return [Token("What"), Token(copula)] + clause.subject
      + QuestionRewriter.phrase("worth to you")
  }

  /// "What effect do you think the ring road has on traffic": a verb of effect
  /// (`effectVerbs`) in the present with a short noun phrase for object. A plural verb after
  /// a subject that is no plural ("the council cut the budget") is a past act, not an effect;
  /// an object that opens on a preposition ("help with the rent") is no thing acted on.
  private static func effect(_ clause: Clause) -> [Token]? {
    guard case .lexical(let base, let tense) = clause.verb, effectVerbs.contains(base),
      clause.afterAuxiliary.isEmpty, (1...objectWordLimit).contains(clause.rest.count),
      clause.rest.allSatisfy(\.isWord), ClauseParser.finiteVerbIndex(in: clause.rest) == nil,
      !FunctionWords.prepositions.contains(clause.rest[0].lowercased)
    else { return nil }
    let has: String
    switch tense {
    case .thirdSingular: has = "has"
    case .plural:
      guard let head = clause.subject.last?.lowercased, Lexicon.singular(of: head) != nil else {
        return nil
      }
      has = "have"
    case .past, .imperative: return nil
    }
    return QuestionRewriter.phrase("What effect do you think") + clause.subject
      + [Token(has), Token("on")] + clause.rest
  }

  /// The positive "is", "are", "was" or "were" of a copula as written, or nil for another
  /// form ("'d be").
  private static func presentOrPast(_ auxiliary: Token?) -> String? {
    guard let positive = auxiliary.flatMap({ FunctionWords.auxiliary($0.lowercased)?.positive }),
      ["is", "are", "was", "were"].contains(positive)
    else { return nil }
    return positive
  }

  /// Whether a subject names something a question could keep: not "it" or "that" alone.
  private static func namesSomething(_ subject: [Token]) -> Bool {
    !subject.isEmpty
      && !(subject.count == 1
        && QuestionRewriter.vagueSubjects.contains(subject[0].lowercased))
  }

  /// Whether a subject is one particular thing or person ("the party", "your sister", "he"),
  /// not a kind or a field ("vaccines", "social media", "most landlords").
  private static func isParticular(_ subject: [Token]) -> Bool {
    subject.first?.lowercased == "the" || isPointedAt(subject)
  }

  /// Whether a subject points at one thing or person, or at people or things the asker has in
  /// mind, without naming a kind: a personal or indefinite pronoun, a possessive or a
  /// demonstrative ("she", "your brother", "this place", "everybody", "something"), or a
  /// quantifier over a group of theirs ("all your mates", "most of my class"). Only a
  /// quantifier over a bare kind ("most landlords") counts a kind, and points at no one.
  private static func isPointedAt(_ subject: [Token]) -> Bool {
    guard let first = subject.first?.lowercased else { return true }
    if QuestionRewriter.vagueSubjects.contains(first) || FunctionWords.possessives.contains(first)
      || FunctionWords.personalPronouns.contains(first)
      || (FunctionWords.subjectPronouns[first] != nil && subject.count == 1)
    {
      return true
    }
    return FunctionWords.determiners.contains(first)
      && subject.dropFirst().contains {
        FunctionWords.possessives.contains($0.lowercased)
          || FunctionWords.prepositions.contains($0.lowercased)
      }
  }

  /// Whether a subject is someone's own matter, pointed at and named ("your op", "she"): a
  /// verdict on it is theirs to tell, not a view to weigh. "It" alone names nothing of theirs
  /// ("Was it a mistake?").
  private static func isSomeonesOwn(_ subject: [Token]) -> Bool {
    isPointedAt(subject) && namesSomething(subject)
  }

  /// "What's your view on whether": a claim asked about as the person's view of it.
  static let viewFrame = Tokenizer.tokenize("What's your view on whether")

  /// Words that only say how far a quality goes: "a bit", "too", "any", "really".
  private static let degreeWords = DegreeWords.intensifiers.union(
    ["a", "bit", "little", "any", "basically", "kind", "sort", "of"])

  /// Verbs whose claim is what one thing does to another: "harm", "cut", "help".
  private static let effectVerbs: Set<String> = [
    "harm", "hurt", "help", "damage", "affect", "improve", "cut", "reduce", "raise", "increase",
    "ruin", "benefit", "boost", "worsen", "spoil", "change",
  ]

  /// The most words the object of a verb of effect may have.
  private static let objectWordLimit = 4
}
