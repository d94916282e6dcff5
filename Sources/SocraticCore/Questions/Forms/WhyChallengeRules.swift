/// Why-questions that blame by how they are built rather than by their words, found by where
/// the asker, the listener and a clause stand:
/// - the asker's burden: the asker ("I", "we") is the subject, singled out as the one who does
///   it ("Why should I always be the one who cooks?", "Why am I the one paying?"): a grievance;
/// - a rival put before the asker: a comparison whose other side is the asker ("Why do you care
///   more about the car than about me?", "How come she matters more than us?"): an accusation;
/// - a counter-fact: what the listener would do, against a when- or if-clause stating a plain
///   fact of the world ("Why would you drive when there's a bus?", "… when you could just
///   walk?"): a point made, not a question.
enum WhyChallengeRules {
  /// The problem of a why-question of one of these shapes, or nil.
  static func problem(in reading: QuestionReading) -> QuestionProblem? {
    guard case .questionWord(let index) = reading.opener,
      let start = reasonAsked(reading.words, questionWordAt: index, end: reading.core.upperBound)
    else { return nil }
    if let burden = askerBurden(reading, from: start) {
      return .complaint(reading.tokens[index..<burden].joinedText)
    }
    if let omission = omission(reading.words, from: start, end: reading.core.upperBound) {
      return .omission(reading.tokens[index..<omission.act].joinedText)
    }
    if let act = neverDoneForAsker(reading.words, from: start, end: reading.core.upperBound) {
      return .omission(reading.tokens[index..<act].joinedText)
    }
    if let rival = rivalOverAsker(reading, from: start) {
      return .complaint(reading.tokens[rival].joinedText)
    }
    if deniedStake(in: reading) { return .rhetorical }
    return counterFact(reading, from: start) ? .rhetorical : nil
  }

  /// Whether a why-question denies the listener a stake in what it asks about ("why do you
  /// care so much, you're not the one without a phone", "why does it bother you, it's not your
  /// house"): the why asks nothing, it makes the point that the matter is none of theirs.
  static func deniedStake(in reading: QuestionReading) -> Bool {
    let words = TokenPatternWords(reading.words)
    return reading.words.indices.contains { start in
      stakeDenialStarts.contains(reading.words[start])
        && stakeDenials.contains { $0.matches(words, at: start) }
    }
  }

  /// Denials of the listener's stake: "you're not the one who …", "it's not your money".
  private static let stakeDenials = [
    "(you|youre|ur) ('re|are)? not (even)? the one", "(it|its) ('s|is)? not (even)? your",
  ].map(TokenPattern.init)

  /// The words a denial of the listener's stake opens with.
  private static let stakeDenialStarts: Set<String> = ["you", "youre", "ur", "it", "its"]

  /// Where the words after "why" (or "how come") start, or nil when the question asks no reason.
  static func reasonAsked(_ words: [String], questionWordAt index: Int, end: Int) -> Int? {
    if words[index] == "why" { return index + 1 }
    let comes = index + 1 < end && words[index] == "how" && words[index + 1] == "come"
    return comes ? index + 2 : nil
  }

  /// The helper and the act of "why didn't you ring", "why haven't you rung", "why did you not
  /// ring", "how come you didn't ring": a negated past or perfect put to the listener, which
  /// asks them to account for what they failed to do ("Why don't you like it?" asks the reason
  /// for a state, and is left alone). The act is where the words after the negation start.
  static func omission(_ words: [String], from start: Int, end: Int) -> (
    helper: FunctionWords.Auxiliary, act: Int
  )? {
    guard start + 1 < end else { return nil }
    // "how come you didn't" puts the subject first.
    let (subject, helperAt) = words[start] == "you" ? (start, start + 1) : (start + 1, start)
    guard words[subject] == "you", let helper = FunctionWords.auxiliary(words[helperAt]),
      omittingHelpers.contains(helper.positive)
    else { return nil }
    var act = start + 2
    if !helper.isNegated {
      guard act < end, words[act] == "not" else { return nil }
      act += 1
    }
    // "Why didn't you pick a six?" asks about a choice among options, which is theirs to make.
    if act < end, choosingVerbs.contains(words[act]) { return nil }
    // "how come you didn't stay the week" asks gently about their own choice; only what they
    // left undone for someone ("how come you didn't ring me", "… tell your sister") is held
    // against them.
    if subject == start, !words[act..<min(end, act + personReach)].contains(where: isPerson) {
      return nil
    }
    return (helper, act)
  }

  /// Where the act starts in "how come you never told me …", "why you never rang us": a past
  /// act the listener never did for the asker is held against them as "didn't" is. Of a
  /// choice of their own ("How come you never moved abroad?") it asks, and is left alone.
  static func neverDoneForAsker(_ words: [String], from start: Int, end: Int) -> Int? {
    guard start + 3 < end, words[start] == "you", words[start + 1] == "never" else { return nil }
    let verb = words[start + 2]
    let isPast = Lexicon.verbReadings(of: verb).contains { $0.form == .past }
    let object = words[start + 3] == "to" && start + 4 < end ? words[start + 4] : words[start + 3]
    return isPast && askerObjects.contains(object) ? start + 2 : nil
  }

  /// Verbs of choosing among options: not doing one is a choice, not a duty left undone.
  private static let choosingVerbs: Set<String> = [
    "pick", "picked", "choose", "chosen", "select", "selected", "rate", "rated", "opt",
    "opted", "prefer", "preferred",
  ]

  /// Auxiliaries that, negated, say a thing was left undone: "didn't", "haven't", "couldn't",
  /// "weren't".
  private static let omittingHelpers: Set<String> = [
    "did", "had", "have", "has", "could", "was", "were",
  ]

  /// The end of "why should I always" or "why am I the one": the asker as the subject of the
  /// first clause, with a word that singles them out within a few words of it.
  private static func askerBurden(_ reading: QuestionReading, from start: Int) -> Int? {
    let words = reading.words
    let end = reading.core.upperBound
    guard
      let subject = (start..<min(end, start + subjectReach)).first(where: {
        askerSubjects.contains(words[$0])
      })
    else { return nil }
    for position in (subject + 1)..<min(end, subject + singlingReach) {
      if let singling = singlingOut.first(where: {
        words[position...].prefix($0.count).elementsEqual($0)
      }) {
        return position + singling.count
      }
    }
    return nil
  }

  /// The comparison that ends with the asker: "more about the car than about me", "more than
  /// us"; nil when "than" does not lead to the asker.
  private static func rivalOverAsker(_ reading: QuestionReading, from start: Int) -> Range<Int>? {
    let words = reading.words
    let end = reading.core.upperBound
    guard let than = (start..<end).first(where: { words[$0] == "than" }) else { return nil }
    var asker = than + 1
    while asker < end, comparedThrough.contains(words[asker]) { asker += 1 }
    guard asker < end, askerObjects.contains(words[asker]) else { return nil }
    let reach = max(start, than - comparativeReach)
    let comparative = (reach..<than).first { Comparatives.isComparative(words[$0]) } ?? than
    return comparative..<(asker + 1)
  }

  /// Whether the question weighs what the listener would do against a plain fact: "why would
  /// you …" and a when- or if-clause about the world ("there's", "it's") or about what the
  /// listener could do instead ("you could just").
  private static func counterFact(_ reading: QuestionReading, from start: Int) -> Bool {
    let words = reading.words
    let end = reading.core.upperBound
    guard start + 1 < end, hypotheticals.contains(words[start]),
      actors.contains(words[start + 1])
    else { return false }
    for position in (start + 2)..<end where factOpeners.contains(words[position]) {
      let rest = words[(position + 1)..<end]
      if let first = rest.first, worldSubjects.contains(first) { return true }
      // "when all our friends are here": a noun phrase said to be so, not an event ("when
      // the election comes" times the act).
      if let first = rest.first,
        FunctionWords.determiners.contains(first) || FunctionWords.possessives.contains(first)
          || quantifiers.contains(first),
        rest.prefix(stateReach).contains(where: statives.contains)
      {
        return true
      }
      if rest.starts(with: ["you"]), let verb = rest.dropFirst().first,
        insteadModals.contains(verb)
      {
        return true
      }
    }
    return false
  }

  /// How many words after "why" the asker may stand as the subject: "why is it always me".
  private static let subjectReach = 4
  /// How many words after the asker a word may single them out: "I always have to be the one".
  private static let singlingReach = 7
  /// How many words before "than" its comparative may stand: "more time with him than me".
  private static let comparativeReach = 6

  /// The asker as the subject of a clause.
  private static let askerSubjects: Set<String> = ["i", "we", "me"]
  /// The asker as what is compared.
  private static let askerObjects: Set<String> = ["me", "us", "i", "we", "mine", "ours"]
  /// How many words after the act's start may name whom it was left undone for: "ring | me",
  /// "tell your sister".
  private static let personReach = 4

  /// Whether a word names a person an act can be owed to: the asker, "him", "her", "them", or
  /// kin ("your sister").
  private static func isPerson(_ word: String) -> Bool {
    askerObjects.contains(word) || ["him", "her", "them"].contains(word) || KinWords.isKin(word)
  }
  /// Words between "than" and the asker: "than about me", "than with us".
  private static let comparedThrough: Set<String> = ["about", "with", "for", "to", "on", "of"]

  /// Words that single the asker out as the one who does it.
  private static let singlingOut: [[String]] = [
    ["always"], ["the", "one"], ["the", "only", "one"], ["the", "only", "person"],
  ]

  /// Who would do the act weighed against a fact: the listener, or the two of them ("why
  /// would we move when all our friends are here?").
  private static let actors: Set<String> = ["you", "we"]
  /// Words that open a noun phrase of everyone or no one: "when everyone knows", "when all …".
  private static let quantifiers: Set<String> = [
    "all", "everyone", "everybody", "nobody", "none", "both",
  ]
  /// Verbs that say how things are rather than what happens: a fact, not a time.
  private static let statives: Set<String> = [
    "is", "are", "was", "were", "'s", "'re", "has", "have", "had", "costs", "knows", "know",
  ]
  /// How many words of the clause its verb of state may be within.
  private static let stateReach = 5

  /// Verbs of what the listener would or should do.
  private static let hypotheticals: Set<String> = ["would", "'d", "should", "did"]
  /// Words that open a clause set against the act.
  private static let factOpeners: Set<String> = ["when", "if", "although", "though"]
  /// Subjects of a plain fact of the world.
  private static let worldSubjects: Set<String> = [
    "there", "it", "it's", "that", "this", "they", "he", "she", "we",
  ]
  /// Modals of what the listener could do instead: "when you could just walk".
  private static let insteadModals: Set<String> = ["could", "can", "already", "have", "'ve"]
}
