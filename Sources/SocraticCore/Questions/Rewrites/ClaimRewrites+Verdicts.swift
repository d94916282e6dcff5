// Rewrites of a claim put to the person that says what its subject is or how it looks: the
// verdict the asker passes is left out and the subject asked about, or the quality that
// carries the issue kept and asked about by what would settle it.
extension QuestionRewriter {
  /// "What makes crypto look like a scam to you?", "What makes taxes look too high to you?",
  /// "What makes you sure?". `isView` says whether the claim is one the person is asked to take
  /// a view on (`ClaimShapes`).
  static func looking(_ clause: Clause, isView: Bool) -> [Token]? {
    guard case .be(.present) = clause.verb, !clause.isNegated, clause.afterAuxiliary.isEmpty,
      let first = clause.rest.first
    else { return nil }
    let subject = subject(of: clause)
    guard let head = subject.first else { return nil }
    let isPronoun = subject.count == 1
    if isPronoun, ["there", "here"].contains(head.lowercased) { return nil }
    let rest = clause.rest
    if isAnticipatoryIt(clause) {
      return nil  // "Is it wise to ban TikTok?": "it" stands for what follows.
    }
    let word = first.lowercased
    // "here to stay" is no state a thing can look in; nor is a passive with its agent or an
    // infinitive ("caused by immigration", "allowed to raise the rent").
    if ["here", "there"].contains(word) { return nil }
    if rest.count > 1, ["by", "to"].contains(rest[1].lowercased),
      !Lexicon.classes(of: word).contains(.adjective),
      Lexicon.verbReadings(of: word).contains(where: { $0.form == .pastParticiple })
    {
      return nil
    }
    if ["all", "both", "each"].contains(word), rest.count > 1,
      !FunctionWords.beginsNounPhrase(rest[1])
    {
      return nil  // "Are politicians all corrupt?": a quantifier of the subject.
    }
    if FunctionWords.prepositions.contains(word) || isProgressive(rest) { return nil }
    if FunctionWords.isVerbAdverb(word), !DegreeWords.intensifiers.contains(word) { return nil }
    if isPronoun, head.lowercased == "you" {
      // "Aren't you worried about AI taking your job?", "Are you happy with your job?": how
      // the person feels about it, not what makes them feel as the question presumes.
      if rest.count > 2, ["about", "of", "with", "for", "by"].contains(rest[1].lowercased),
        Lexicon.classes(of: word).contains(.adjective)
          || Lexicon.verbReadings(of: word).contains(where: { $0.form == .pastParticiple })
      {
        return phrase("How do you feel about") + rest[2...]
      }
      // "Are you too lazy to do the laundry?", "Aren't you ashamed to be seen with him?": the
      // charge or the feeling the asker guesses is left out, the act asked about.
      let charged = rest.drop { DegreeWords.intensifiers.contains($0.lowercased) }
      if let charge = charged.first?.lowercased, isChargeOrState(charge),
        charged.dropFirst().first?.lowercased == "to", charged.count > 2,
        let act = gerundAct(charged.dropFirst(2))
      {
        return phrase("How do you feel about") + act
      }
      // "Aren't you a bit jealous that she earns more?": the feeling is the asker's guess,
      // what it is about is the topic: "How do you feel about her earning more?".
      if let clause = clauseAfterFeeling(charged) {
        return clause.flatMap(gerundPhrase).map { phrase("How do you feel about") + $0 }
      }
      return phrase("What makes you") + rest
    }
    return judging(clause, subject: subject, isView: isView)
  }

  /// The clause a feeling put on the person is about: "jealous | that she earns more",
  /// "embarrassed | your brother still lives at home"; .some(nil) when the feeling is about a
  /// clause that cannot be read, nil when the words are no feeling about a clause.
  private static func clauseAfterFeeling(_ words: ArraySlice<Token>) -> Clause?? {
    guard let feeling = words.first?.lowercased, words.count > 2,
      !FunctionWords.isFunctionWord(feeling),
      Lexicon.classes(of: feeling).contains(.adjective)
        || Lexicon.verbReadings(of: feeling).contains(where: { $0.form == .pastParticiple })
    else { return nil }
    var clause = words.dropFirst()
    if clause.first?.lowercased == "that" { clause = clause.dropFirst() }
    guard let first = clause.first,
      FunctionWords.subjectPronouns[first.lowercased] != nil
        || FunctionWords.beginsNounPhrase(first) || first.text.first?.isUppercase == true
    else { return nil }
    return .some(ClauseParser.parse(Array(clause.prefix { $0.isWord || $0.text.hasPrefix("'") })))
  }

  /// A claim that the subject is something, asked about without presuming it: "How do you see
  /// crypto?" when what it is said to be is a judgement ("a scam", "overhyped", "just a fad",
  /// "a total mess", a label such as "gamblers"; `LoadedJudgements`), which is left out;
  /// otherwise by the claim's shape ("How safe do you think nuclear power is?"), which keeps the
  /// quality, when the claim is asked as a view (`isView`) or its subject is no one particular
  /// thing ("Is that your cat?" asks a fact, and gets none).
  static func judging(_ clause: Clause, subject: [Token], isView: Bool) -> [Token]? {
    // What the judgement is of or against ("a threat to Taiwan", "rigged against small
    // investors") is topic too: only a judgement that stands alone, of a subject that names
    // something, is left out.
    let content = clause.rest.filter {
      $0.kind == .word && !FunctionWords.isFunctionWord($0.lowercased)
        && !DegreeWords.intensifiers.contains($0.lowercased)
    }
    // A quality that carries the issue (`issueQualities`) is no verdict: without it the
    // question would lose its point ("How do you see AI?" for "Isn't AI dangerous?").
    let carriesIssue = content.contains { issueQualities.contains($0.lowercased) }
    let standsAlone =
      !content.isEmpty && !carriesIssue
      && (isVerdict(clause, subject: subject)
        || content.allSatisfy { !keyTerms.terms(in: [$0]).isEmpty })
      && !(subject.count == 1 && vagueSubjects.contains(subject[0].lowercased))
    if !standsAlone {
      return whether(clause, isView: isView)
    }
    return seeing(subject)
  }

  /// "Is Dogecoin just a joke?", "Wasn't the launch a total disaster?", "Are landlords
  /// leeches?": a verdict on the subject, in any tense, is left out and the subject asked about.
  static func leavingVerdictOut(_ clause: Clause) -> [Token]? {
    guard case .be = clause.verb, !clause.isNegated else { return nil }
    let subject = subject(of: clause)
    guard !subject.isEmpty, !(subject.count == 1 && vagueSubjects.contains(subject[0].lowercased)),
      isVerdict(clause, subject: subject)
    else { return nil }
    return seeing(subject)
  }

  /// Whether what the subject is said to be is a verdict with nothing else in it: a dismissive
  /// or extreme word, a loaded word or a charge, or a bare label on a group
  /// (`LoadedJudgements`), with no preposition bringing in more of the topic.
  private static func isVerdict(_ clause: Clause, subject: [Token]) -> Bool {
    // "just" may stand after the verb ("is just a fad") or open what follows it.
    let words = (clause.afterAuxiliary + clause.rest).map(\.lowercased)
    if LoadedJudgements.opensWithVerdictPhrase(words) { return true }
    // "Is fast fashion ever ok?", "Is hotdesking ok?": after "ever", or of an act, "ok"
    // judges whether the thing can be right.
    let rest = clause.rest.map(\.lowercased)
    if clause.afterAuxiliary.contains(where: { verdictAdverbs.contains($0.lowercased) })
      || namesAnAct(subject),
      CheckInRules.wellbeing.contains(where: { rest.starts(with: $0) })
    {
      return true
    }
    guard let first = clause.rest.first?.lowercased,
      !words.contains(where: FunctionWords.prepositions.contains)
    else { return false }
    // "Is ChatGPT making students lazy?" says what the subject does, not what it is.
    let isNounOrAdjective = !Lexicon.classes(of: first).isDisjoint(with: [.noun, .adjective])
    if Lexicon.verbReadings(of: first).contains(where: {
      $0.form == .presentParticiple || ($0.form == .pastParticiple && !isNounOrAdjective)
    }) {
      return false
    }
    return words.contains(where: LoadedJudgements.dismissiveWords.contains)
      || words.contains { LoadedJudgements.isLoaded($0) || chargeWords.contains($0) }
      || LoadedJudgements.isBareLabel(clause.rest, subject: subject)
  }

  /// Words that charge a person's conduct, which a rewrite leaves out.
  static let chargeWords: Set<String> = [
    "selfish", "hypocritical", "rude", "irresponsible", "lazy", "reckless", "cruel", "greedy",
    "arrogant", "childish", "immature", "wasteful", "petty", "disrespectful", "unfair",
    "dishonest", "cowardly", "shameful", "pathetic", "insensitive", "naive",
  ]

  /// "How do you see crypto?" for a claim about a thing: the question asks for the person's
  /// view of what the claim is about, and leaves out what the asker made of it. A subject
  /// that names nothing ("it", "that") gets none: the person could not tell what it asks about.
  static func seeing(_ subject: [Token]) -> [Token]? {
    guard !subject.isEmpty,
      !(subject.count == 1 && vagueSubjects.contains(subject[0].lowercased))
    else { return nil }
    return phrase("How do you see") + objectForm(subject)
  }

  /// Qualities that are the question itself, not the asker's verdict on it: whether a thing
  /// is safe, harmful, lawful or true is what the person is asked to weigh.
  static let issueQualities: Set<String> = [
    "dangerous", "risky", "unsafe", "safe", "harmful", "toxic", "addictive", "illegal",
    "legal", "healthy", "unhealthy", "true", "false", "accurate", "doctored", "fake",
  ]
}
