// What a topic frame asks about, taken from the clause: a quality as a matter of degree, an act
// as an -ing phrase.
extension TopicFrames {
  /// "realistic is a four-day week for a small bakery", for "How … ?": a plain adjective said
  /// of the subject, asked as a matter of degree; nil for a comparison, a charge or a verdict.
  static func degree(of clause: Clause) -> [Token]? {
    guard case .be = clause.verb, !clause.isNegated, clause.afterAuxiliary.isEmpty,
      let auxiliary = clause.auxiliary, let adjective = clause.rest.first,
      clause.rest.allSatisfy(\.isWord)
    else { return nil }
    let word = adjective.lowercased
    let classes = Lexicon.classes(of: word)
    // "fair" is a noun too; right after "is", with no determiner, it is the adjective.
    guard classes.contains(.adjective), !FunctionWords.isFunctionWord(word),
      !AskerJudgement.isComparative(word), !QuestionRewriter.chargeWords.contains(word),
      !LoadedJudgements.isLoaded(word), !LoadedJudgements.dismissiveWords.contains(word),
      !Lexicon.verbReadings(of: word).contains(where: {
        $0.form == .pastParticiple || $0.form == .presentParticiple
      })
    else { return nil }
    let tail = clause.rest.dropFirst()
    guard !tail.isEmpty, !["here", "there"].contains(word) else { return nil }
    // "for a small bakery", "that teachers earn less": what the quality is for, or of.
    if let next = tail.first?.lowercased, !["for", "to", "that", "in", "at", "on"].contains(next) {
      return nil
    }
    let isAnticipatory = QuestionRewriter.isAnticipatoryIt(clause)
    guard
      isAnticipatory
        || (isThing(clause.subject.map(\.lowercased)) && tail.first?.lowercased != "that")
    else { return nil }
    let form = auxiliary.lowercased == "'s" ? "is" : auxiliary.lowercased
    let verb = Token(FunctionWords.auxiliary(form)?.positive ?? form)
    return [adjective] + [verb] + clause.subject + tail
  }

  /// The act a clause is about, as an -ing phrase without the words of a complaint: "are
  /// going camping again this summer" → "going camping this summer", "will drive to Leeds" →
  /// "driving to Leeds", "are going to buy a van" → "buying a van".
  static func act(of clause: Clause) -> [Token]? {
    var rest = clause.rest[...]
    switch clause.verb {
    case .be:
      // "are going to buy a van" is about buying it, as "are buying a van" is.
      if rest.count > 2, rest[rest.startIndex].lowercased == "going",
        rest[rest.startIndex + 1].lowercased == "to",
        !FunctionWords.beginsNounPhrase(rest[rest.startIndex + 2])
      {
        rest = rest.dropFirst(2)
      } else if !QuestionRewriter.isProgressive(Array(rest)) {
        return nil
      }
    case .modal(let modal):
      guard futureModals.contains(modal) else { return nil }
    case .lexical(_, .plural), .lexical(_, .past):
      if let verb = clause.lexicalVerb { rest = [verb] + rest }
    default:
      return nil
    }
    guard let verb = rest.first, let base = QuestionRewriter.baseForm(verb.lowercased),
      !FunctionWords.isFunctionWord(base) || base == "do" || base == "have",
      let gerund = verb.lowercased.hasSuffix("ing") && base != verb.lowercased
        ? verb.lowercased : QuestionRewriter.gerund(of: base)
    else { return nil }
    let tail = TimeExtent.removing(
      from: rest.dropFirst().prefix { $0.isWord || $0.text == "'s" }.filter {
        !complaintWords.contains($0.lowercased)
      })
    return [Token(gerund)] + tail
  }

  /// Modals that say what will happen: a plan.
  private static let futureModals: Set<String> = ["will", "'ll", "shall"]
}
