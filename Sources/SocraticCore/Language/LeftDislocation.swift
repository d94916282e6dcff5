/// A subject said first and taken up again by a pronoun after a comma: "the noise from next
/// door, it keeps me up", "my kids, they never listen". Folded, the pronoun gives way to what
/// it stands for: "the noise from next door keeps me up". A "they" that takes up one person
/// ("the estate agent, they keep ringing") leaves its verb to agree with them: "the estate agent
/// keeps ringing"; one that takes up a group keeps the plural the person used ("the staff, they
/// are lovely", "my in-laws, they never visit").
public enum LeftDislocation {
  /// The sentence with its dislocated subject put in place of the pronoun that takes it up;
  /// nil when it has none. The subject is a short noun phrase with no verb of its own, opening
  /// on an article, a demonstrative or a possessive, and not a time ("the other day, they cut
  /// my hours" is when, not who); the pronoun is followed by its verb, perhaps after adverbs.
  /// A focusing adverb before the subject ("mainly the commute, it's an hour each way") singles
  /// it out and is left out.
  public static func folded(_ tokens: [Token]) -> [Token]? {
    guard let comma = tokens.firstIndex(where: { $0.text == "," }), comma > 0,
      comma + 2 < tokens.count
    else { return nil }
    var subject = Array(tokens[..<comma])
    if let first = subject.first, singlingAdverbs.contains(first.lowercased) {
      subject.removeFirst()
      if !subject.isEmpty { subject[0].hasSpaceBefore = first.hasSpaceBefore }
    }
    guard let opening = subject.first?.lowercased, openings.contains(opening),
      subject.allSatisfy(\.isWord), (2...subjectWordLimit).contains(subject.count),
      !namesTime(subject), ClauseParser.finiteVerbIndex(in: subject) == nil,
      resumptivePronouns.contains(tokens[comma + 1].lowercased)
    else { return nil }
    var rest = Array(tokens[(comma + 2)...])
    guard let verb = ClauseParser.finiteVerbIndex(in: [tokens[comma + 1]] + rest), verb > 0,
      rest.prefix(verb - 1).allSatisfy({
        FunctionWords.isVerbAdverb($0.lowercased) || FunctionWords.negators.contains($0.lowercased)
      })
    else { return nil }
    // "the rent, it's far too high", "the boiler, it's been playing up": the clitic is written
    // out after a noun, as "has" before a participle of the perfect.
    if let full = clitics[rest[0].lowercased] {
      let next = rest.count > 1 ? rest[1].lowercased : ""
      rest[0] = rest[0].replacingText(
        with: ClauseScanner.britishParticiples.contains(next) ? full.perfect : full.plain)
      rest[0].hasSpaceBefore = true
    }
    if tokens[comma + 1].lowercased == "they", namesOnePerson(subject) {
      rest[verb - 1] = rest[verb - 1].replacingText(with: singular(of: rest[verb - 1].lowercased))
    }
    return subject + rest
  }

  /// Whether a subject is one, by how its verb would agree: "the receptionist", "my sister's
  /// fella". A group ("the couple downstairs", "the staff") or more than one ("my in-laws") is
  /// not.
  private static func namesOnePerson(_ subject: [Token]) -> Bool {
    ClauseScanner(tokens: subject).agreement(of: subject.indices) == .thirdSingular
  }

  /// A verb said after "they" in the form a singular subject takes: "have" → "has", "are" →
  /// "is", "keep" → "keeps"; a past or a modal ("had", "would", "cut") is as it was.
  private static func singular(of verb: String) -> String {
    if let form = FunctionWords.thirdSingular(ofAuxiliary: verb) { return form }
    let isPresent =
      Lexicon.isVerb(verb) && FunctionWords.auxiliary(verb) == nil
      && Lexicon.past(of: verb) != verb
    return isPresent ? Lexicon.thirdPersonSingular(of: verb) : verb
  }

  /// Whether a subject's head names a time.
  private static func namesTime(_ subject: [Token]) -> Bool {
    guard let word = head(of: subject)?.lowercased else { return false }
    return TimeWords.nouns.contains(Lexicon.singular(of: word) ?? word)
  }

  /// A subject's head: its last word before any preposition ("owner" in "the owner of the
  /// shops").
  private static func head(of subject: [Token]) -> Token? {
    subject.prefix { !FunctionWords.prepositions.contains($0.lowercased) }.last
  }

  /// Words a dislocated subject opens on: articles, demonstratives and possessives, not
  /// quantifiers ("some days, it's fine" is no subject taken up).
  private static let openings = FunctionWords.articles.union(FunctionWords.demonstratives)
    .union(FunctionWords.possessives)

  /// Adverbs that single out the subject said first ("mostly the bus, …"); "all" counts it.
  private static let singlingAdverbs = ReasonSplitter.focusingAdverbs.subtracting(
    FunctionWords.determiners)

  /// Pronouns that take up a subject said before them.
  private static let resumptivePronouns: Set<String> = ["it", "they", "he", "she"]

  /// Clitics after a pronoun, written out to follow a noun: plainly, and before a participle
  /// of the perfect ("'s been" is "has been").
  private static let clitics: [String: (plain: String, perfect: String)] = [
    "'s": ("is", "has"), "'re": ("are", "are"), "'d": ("would", "had"), "'ll": ("will", "will"),
    "'ve": ("have", "have"),
  ]

  /// The most words a dislocated subject has.
  private static let subjectWordLimit = 7
}
