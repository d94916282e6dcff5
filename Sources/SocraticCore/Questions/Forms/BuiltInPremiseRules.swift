/// Premises built into a question by its structure rather than by a loaded word:
/// - a clause set against the act that states a negative or sweeping fact about someone, in a
///   why- or how-question ("How did she get the job when she hardly ever shows up?", "Why do
///   you stay while he never lifts a finger?"): the asker's verdict is given as a given, so the
///   question makes a point;
/// - a view put in the person's mouth with a belittling adverb before its predicate ("When did
///   you decide that cycling was basically suicide?"): the extreme is the asker's, not theirs.
///
/// A time clause about the person's own experience still asks ("How did you cope when you
/// couldn't sleep?"), and so does a plain "not" after "when": only a word that sweeps or
/// belittles ("barely", "never", "even") states the fact.
enum BuiltInPremiseRules {
  /// The clause that builds the premise in ("when he barely turns up"), or nil.
  static func premiseClause(in reading: QuestionReading) -> Range<Int>? {
    guard case .questionWord(let index) = reading.opener,
      let actor = actAgainstFact(reading, at: index)
    else { return nil }
    let words = reading.words
    let end = reading.core.upperBound
    guard index + 3 < end else { return nil }
    // "How did you keep going when nobody believed in you?": a past clause about the person's
    // own act sets a time; one about someone else's outcome ("How did Marco pass when he
    // barely opened a book?") judges it.
    let judgesOther = otherPeople.contains(actor) || isNamed(reading, at: index + 2)
    for opener in (index + 3)..<end where clauseOpeners.contains(words[opener]) {
      // "How did the team react when …": how someone took it is asked, not set against it.
      guard !asksResponse(words[(index + 1)..<opener]) else { return nil }
      // "even though", "even when": the "even" concedes, it is part of the opener.
      guard opener + 1 < end, !clauseOpeners.contains(words[opener + 1]) else { continue }
      let subject = words[opener + 1]
      guard premiseSubjects.contains(subject) || isNamed(reading, at: opener + 1) else {
        continue
      }
      let reach = min(end, opener + 2 + factReach)
      let clause = (opener + 1)..<reach
      let concedes = concessives.contains(words[opener])
      let states = clause.contains { position in
        let word = words[position]
        if sweepingFacts.contains(word) { return true }
        if word == "even" {
          return !(position + 1 < end && clauseOpeners.contains(words[position + 1]))
        }
        return concedes && (word == "not" || word.hasSuffix("n't") || word == "no")
      }
      if states, concedes || judgesOther || !isPast(clause, in: words) { return opener..<end }
    }
    return nil
  }

  /// The belittling word before the predicate of a view put in the person's mouth ("basically"
  /// in "you decided cheese was basically murder"), or nil.
  static func scornedPredicate(in reading: QuestionReading) -> Int? {
    let words = reading.words
    let end = reading.core.upperBound
    guard let you = reading.core.first(where: { words[$0] == "you" }) else { return nil }
    let verbs = (you + 1)..<min(end, you + 3)
    guard let view = verbs.first(where: { viewVerbs.contains(words[$0]) }) else { return nil }
    let clause = (view + 1)..<min(end, view + 1 + predicateReach)
    for copula in clause where copulas.contains(words[copula]) {
      let adverb = copula + 1
      guard adverb + 1 < end, belittlingAdverbs.contains(words[adverb]) else { continue }
      let predicate = words[adverb + 1]
      let classes = Lexicon.classes(of: Lexicon.singular(of: predicate) ?? predicate)
      let namesThing =
        FunctionWords.determiners.contains(predicate)
        || (classes.contains(.noun) && !classes.contains(.adjective)
          && !FunctionWords.isFunctionWord(predicate))
      if namesThing { return adverb }
    }
    return nil
  }

  /// The subject of a question-word question that asks why an act was done, or how it came
  /// about or could be ("How did he get …", "How can you trust …"); nil when it asks how things
  /// go then ("How do things change when nobody is watching?") or how the asker or the person
  /// would go about it ("How can I help when …", "How would you explain it when …").
  private static func actAgainstFact(_ reading: QuestionReading, at index: Int) -> String? {
    let words = reading.words
    guard index + 2 < reading.core.upperBound, reasonWords.contains(words[index]) else {
      return nil
    }
    if words[index] == "why" || words[index + 1] == "come" { return words[index + 2] }
    guard weighedActs.contains(words[index + 1]) else { return nil }
    let subject = words[index + 2]
    if subject == "i" || subject == "we" { return nil }
    if subject == "you", !["can", "could"].contains(words[index + 1]) { return nil }
    return subject
  }

  /// Whether a clause's first verb is in the past: "nobody believed", "it was", "he never
  /// said"; "he barely turns up", "they have never seen it" are not.
  private static func isPast(_ clause: Range<Int>, in words: [String]) -> Bool {
    for position in clause.dropFirst() {
      let word = words[position]
      if let auxiliary = FunctionWords.auxiliary(word) { return auxiliary.tense == .past }
      let forms = Lexicon.verbReadings(of: word).map(\.form)
      if forms.contains(.thirdSingular) || forms.contains(.base) { return false }
      if forms.contains(.past) { return true }
    }
    return false
  }

  /// Whether the words of a main clause ask how someone took something or what they think
  /// ("did you feel", "do you think"): the clause after it sets a time, not a premise.
  private static func asksResponse(_ words: ArraySlice<String>) -> Bool {
    words.contains { responseVerbs.contains($0) || CritiqueVocabulary.opinionVerbs[$0] != nil }
  }

  /// Whether a word is a name: capitalised, not the first word of the question.
  private static func isNamed(_ reading: QuestionReading, at index: Int) -> Bool {
    index > reading.core.lowerBound && reading.tokens[index].text.first?.isUppercase == true
      && reading.words[index] != "i"
  }

  /// People other than the listener and the asker, as the subject of the act.
  private static let otherPeople: Set<String> = ["he", "she", "they"]
  /// Auxiliaries of an act done or weighed, after "how".
  private static let weighedActs: Set<String> = [
    "did", "could", "can", "would", "should", "was", "has", "had",
  ]
  /// Question words that ask for a reason or a way.
  private static let reasonWords: Set<String> = ["why", "how"]
  /// Words that open a clause set against the act: a time, or a concession.
  private static let clauseOpeners: Set<String> = [
    "when", "while", "whilst", "whereas", "although", "though", "considering",
  ]
  /// Openers that concede: a plain "not" after them states a fact ("although he never …").
  private static let concessives: Set<String> = [
    "while", "whilst", "whereas", "although", "though", "considering",
  ]
  /// Subjects of a fact about someone, or about how things are.
  private static let premiseSubjects: Set<String> = [
    "he", "she", "they", "you", "it", "there", "nobody", "no-one", "nothing", "everyone",
    "everybody",
    "his", "her", "their", "your", "the", "that", "this", "those", "these",
  ]
  /// Words that make a clause state a sweeping or belittling fact rather than set a time.
  private static let sweepingFacts: Set<String> = [
    "barely", "hardly", "scarcely", "never", "rarely", "seldom", "always", "constantly",
    "nothing", "nobody", "none", "no-one",
  ]
  /// How many words of the clause the fact's word may stand within.
  private static let factReach = 4

  /// Verbs of how the person took or handled something.
  private static let responseVerbs: Set<String> = [
    "feel", "felt", "cope", "coped", "handle", "handled", "react", "reacted", "deal", "dealt",
    "manage", "managed", "respond", "responded", "know", "knew", "see", "saw",
  ]

  /// Verbs that put a view in the person's mouth: "you decided", "you think".
  private static let viewVerbs: Set<String> = [
    "decide", "decided", "think", "thought", "believe", "believed", "reckon", "realise",
    "realised", "realize", "realized", "conclude", "concluded", "figure", "figured", "say",
    "said", "feel", "felt", "start", "started", "become", "became",
  ]
  /// Forms of "be" that join a predicate to its subject.
  private static let copulas: Set<String> = ["is", "was", "'s", "are", "were", "be", "'re"]
  /// Adverbs that belittle or stretch a predicate: "basically murder", "literally theft".
  private static let belittlingAdverbs: Set<String> = [
    "basically", "literally", "practically", "essentially", "simply", "merely", "just",
  ]
  /// How many words after the view verb its predicate may start within.
  private static let predicateReach = 6
}
