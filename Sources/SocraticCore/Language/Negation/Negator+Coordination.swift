extension Negator {
  // MARK: - Coordinated predicates

  /// A clause whose rest joins a second verb group with "and" ("Zoos are cruel and should all
  /// close"), as its two conjuncts: the first with the rest up to the "and", the second as a
  /// clause of its own with the same subject; nil when the rest joins no verb group (nouns
  /// "sport and entertainment", or a lexical verb's objects, which one "do not" covers).
  static func coordinatedPredicate(in clause: Clause) -> (first: Clause, second: Clause)? {
    guard !clause.subject.isEmpty else { return nil }
    let rest = clause.rest
    let end = clauseBoundaryIgnoringCommaBeforeAnd(in: rest)
    guard
      let and = rest.indices.first(where: { index in
        index > 0 && index < end && rest[index].lowercased == "and"
          && (opensVerbGroup(after: index, in: rest, subject: clause.subject)
            || clause.auxiliary != nil && opensDeniedBareVerb(after: index, in: rest))
      })
    else { return nil }
    guard let first = clause.cut(before: and) else { return nil }
    var conjunct = Array(rest[(and + 1)...].drop { $0.text == "," })
    // "will come and not stay": a "not" of the second predicate is under the first's auxiliary.
    if conjunct.first?.lowercased == "not", let auxiliary = clause.auxiliary {
      conjunct.insert(clause.expandedClitic(auxiliary), at: 0)
    }
    let secondTokens = clause.subject + conjunct
    guard let second = ClauseParser.parse(Array(secondTokens)),
      second.subject.map(\.lowercased) == clause.subject.map(\.lowercased)
    else { return nil }
    return (first, second)
  }

  /// Whether a clause's rest joins a second verb group with "and" or "or" ("… are not cruel or
  /// should not all close"): asked about, such a clause is asked whole.
  static func joinsPredicates(_ clause: Clause) -> Bool {
    let rest = clause.rest
    let end = clauseBoundaryIgnoringCommaBeforeAnd(in: rest)
    return rest.indices.contains { index in
      index > 0 && index < end && ["and", "or"].contains(rest[index].lowercased)
        && opensVerbGroup(after: index, in: rest, subject: clause.subject)
    }
  }

  /// The contradiction of a clause with two coordinated predicates: each denied, joined by
  /// "or", since "A and B" is false exactly when one of them is ("zoos are not cruel or should
  /// not all close"). Nil when denying turns the subject ("all zoos" → "not all zoos"), which
  /// then scopes over both.
  static func contradictionOfCoordination(_ first: Clause, _ second: Clause) -> Clause? {
    var result = singleContradiction(of: first)
    let denied = singleContradiction(of: second)
    guard denied.subject == second.subject, result.subject == first.subject else { return nil }
    let predicate = denied.declarative.dropFirst(denied.lead.count + denied.subject.count)
    guard !predicate.isEmpty else { return nil }
    result.rest += [Token("or")] + predicate
    return result
  }

  /// A clause whose rest joins a second clause of another subject with "and" ("ready meals
  /// are a rip off and everyone should learn to cook"), as its two clauses; nil when no "and"
  /// in the verb's own clause opens one.
  static func coordinatedClauses(in clause: Clause) -> (first: Clause, second: Clause)? {
    guard !clause.subject.isEmpty else { return nil }
    let rest = clause.rest
    guard
      let (and, second) = joinedClause(
        in: rest, after: ["and"], subject: clause.subject, sharesModal: hasModal(clause))
    else { return nil }
    return clause.cut(before: and).map { ($0, second) }
  }

  /// Whether a clause's rest joins a clause of another subject with "and" or "or" ("… are not
  /// a rip off or not everyone should learn"): asked about, such a clause is asked whole.
  static func joinsClauses(_ clause: Clause) -> Bool {
    joinedClause(
      in: clause.rest, after: ["and", "or"], subject: clause.subject,
      sharesModal: hasModal(clause)) != nil
  }

  /// Whether a clause's verb group opens with a modal ("should", "must", "will").
  private static func hasModal(_ clause: Clause) -> Bool {
    clause.auxiliary.flatMap { FunctionWords.auxiliary($0.lowercased) }?.kind == .modal
  }

  /// The first clause of its own subject, other than `subject`, that one of `joiners` opens in
  /// the verb's own clause of `rest`, with where the joiner stands.
  private static func joinedClause(
    in rest: [Token], after joiners: Set<String>, subject: [Token], sharesModal: Bool
  ) -> (Int, Clause)? {
    let end = clauseBoundaryIgnoringCommaBeforeAnd(in: rest)
    for index in rest.indices where index > 0 && index < end {
      guard joiners.contains(rest[index].lowercased),
        !continuesPredicate(after: index, in: rest, subject: subject, sharesModal: sharesModal)
      else { continue }
      let after = Array(rest[(index + 1)...].drop { $0.text == "," })
      guard let second = ClauseParser.parse(after), second.lead.isEmpty,
        second.subject.first?.text == after.first?.text,
        second.subject.map(\.lowercased) != subject.map(\.lowercased), !isAside(second)
      else { continue }
      return (index, second)
    }
    return nil
  }

  /// Whether the word after "and" at `index` is a second verb of the predicate, after a noun
  /// it could be read as the subject of a clause of its own: a verb that agrees with the
  /// subject and can be no noun ("… families and bring neighbours together"), one a particle
  /// or an object's determiner follows ("… big firms and shuts out small ones", "… and feeds
  /// their kids"), or, unless an auxiliary follows it as a subject's verb would, one under the
  /// modal of the first ("… should report mould and demand repairs") or whose noun reading,
  /// singular and countable, could not open a subject bare ("… tax landlords and build homes":
  /// no "build" is a subject without "a" or "the"). One "not" then covers both verbs.
  private static func continuesPredicate(
    after index: Int, in rest: [Token], subject: [Token], sharesModal: Bool
  ) -> Bool {
    let words = rest[(index + 1)...].prefix { $0.isWord }.map(\.lowercased)
    guard let verb = words.first, !FunctionWords.isFunctionWord(verb) else { return false }
    let next = words.count > 1 ? words[1] : ""
    let canBeNoun = Lexicon.classes(of: verb).contains(.noun) || Lexicon.singular(of: verb) != nil
    let opensObject =
      FunctionWords.bareParticles.contains(next) || FunctionWords.determiners.contains(next)
      || FunctionWords.possessives.contains(next)
    let sharesVerbGroup =
      (sharesModal || Lexicon.number(ofNoun: verb) != .plural && !isUsuallyUncountable(verb))
      && !words.dropFirst().prefix(2).contains { FunctionWords.auxiliary($0) != nil }
    guard !canBeNoun || opensObject || sharesVerbGroup else { return false }
    let head = subject.last?.lowercased ?? ""
    let isPlural =
      Lexicon.singular(of: head) != nil || ["we", "they", "you", "i"].contains(head)
    let agreeing: VerbForm = isPlural ? .base : .thirdSingular
    return Lexicon.verbReadings(of: verb).contains { $0.form == agreeing || $0.form == .past }
  }

  /// Whether a joined clause only comments on the one before it ("… and everyone knows it",
  /// "and nobody will admit that"): a verb of knowing or saying whose object points back.
  private static func isAside(_ clause: Clause) -> Bool {
    let object = clause.rest.filter(\.isWord).map(\.lowercased)
    guard let verb = clause.lexicalVerb?.lowercased, object.count == 1 else { return false }
    return ["it", "that", "this", "so"].contains(object[0])
      && Lexicon.verbReadings(of: verb).contains { asideVerbs.contains($0.base) }
  }

  /// Verbs of knowing or saying by which a clause comments on the one before it.
  private static let asideVerbs: Set<String> = [
    "know", "admit", "say", "see", "agree", "deny", "realise", "realize", "think", "believe",
    "accept", "feel", "get",
  ]

  /// The contradiction of two clauses joined by "and": each denied, joined by "or", since "A
  /// and B" is false exactly when one of them is ("ready meals are not a rip off or not
  /// everyone should learn to cook").
  static func contradictionOfClauses(_ first: Clause, _ second: Clause) -> Clause {
    var result = singleContradiction(of: first)
    result.rest += [Token("or")] + contradiction(of: second).declarative
    return result
  }

  /// Whether the word after "and" at `index` opens a finite verb group, after any adverbs
  /// ("also", "only"): an auxiliary or a modal ("should", "can", "is", "do not"); or, after a
  /// complement that is no noun ("cruel and"), a verb that agrees with the subject ("harms"
  /// after "social media", "deserve" after "teachers", "hurt"); never a noun joined to a noun
  /// ("sport and entertainment").
  private static func opensVerbGroup(after index: Int, in rest: [Token], subject: [Token])
    -> Bool
  {
    let tokens = rest[(index + 1)...].drop { $0.text == "," }
    let words = tokens.prefix { $0.isWord }.map(\.lowercased)
    guard let at = words.firstIndex(where: { !FunctionWords.verbAdverbs.contains($0) }) else {
      return false
    }
    let verb = words[at]
    if verb == "do" || verb == "does" || verb == "did" {
      return at + 1 < words.count && ["not", "n't"].contains(words[at + 1])
    }
    if FunctionWords.auxiliary(verb) != nil { return true }
    let before = rest[index - 1].lowercased
    guard rest[index - 1].isWord, !FunctionWords.isFunctionWord(verb),
      !Lexicon.classes(of: before).contains(.noun), Lexicon.singular(of: before) == nil
    else { return false }
    let head = subject.last?.lowercased ?? ""
    let isPlural =
      Lexicon.singular(of: head) != nil || ["we", "they", "you", "i"].contains(head)
    let agreeing: VerbForm = isPlural ? .base : .thirdSingular
    return Lexicon.verbReadings(of: verb).contains { $0.form == agreeing || $0.form == .past }
  }

  /// Whether "not" and a verb's base form follow "and" at `index`: a second predicate under
  /// the first's auxiliary ("will come and not stay").
  private static func opensDeniedBareVerb(after index: Int, in rest: [Token]) -> Bool {
    let words = rest[(index + 1)...].prefix(2).map(\.lowercased)
    return words.count == 2 && words[0] == "not"
      && Lexicon.verbReadings(of: words[1]).contains { $0.form == .base }
  }

  /// Where the verb's own clause ends, a comma just before "and" aside ("is overdue, and can
  /// only lead to benefits").
  private static func clauseBoundaryIgnoringCommaBeforeAnd(in rest: [Token]) -> Int {
    var end = clauseBoundary(in: rest)
    while end + 1 < rest.count, rest[end].text == ",",
      ["and", "or"].contains(rest[end + 1].lowercased)
    {
      end += 1 + clauseBoundary(in: Array(rest[(end + 1)...]))
    }
    return end
  }
}

extension Clause {
  /// The clause with its rest cut before a word that joins another to it (and a comma before
  /// that word); nil when no word of the rest is left.
  fileprivate func cut(before join: Int) -> Clause? {
    var kept = Array(rest[..<join])
    if kept.last?.text == "," { kept.removeLast() }
    guard kept.contains(where: \.isWord) else { return nil }
    var first = self
    first.rest = kept
    return first
  }
}
