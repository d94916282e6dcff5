/// What a turn says that is no view of theirs: a reason that gives none, something said to or
/// asked of the listener, moving on to something else.
extension TheirWords {
  /// Whether a reason the answer reader found gives none: how sure they are ("probably 60,
  /// maybe less"), brushing off how they are ("I'm alright", "it's ok"), or something asked of
  /// the listener ("take a coat with you"). None is why they hold a view.
  static func isNoReason(_ text: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    let words = tokens.filter(\.isWord)
    if isRemark(words.map(\.lowercased), hasNumber: tokens.contains { $0.kind == .number }) {
      return true
    }
    return PartnerCueMatcher.brushOff.matchEnd(atStartOf: words) == words.count
      || isAskedOfTheListener(words)
  }

  /// Whether a clause is said to the listener of the listener: it opens, after its tags, on
  /// "you" or "your" ("you need a holiday"), or on a verb in its bare form, asking something
  /// of them ("sit down", "give your old mum a ring").
  static func isSaidToTheListener(_ clause: [Token]) -> Bool {
    guard let first = clause.first(where: \.isWord)?.lowercased else { return false }
    if ["you", "your", "u", "ur", "ya", "yer"].contains(first) { return true }
    return isAskedOfTheListener(clause)
  }

  /// Whether a clause opens on a verb in its bare form, followed by a pronoun, a determiner or
  /// a particle as its object or its adverb: something asked of the listener ("sit down",
  /// "take a coat with you", "ring your brother"), not a subject ("people need jobs", "rent
  /// went up") nor a time ("last year my manager …").
  static func isAskedOfTheListener(_ clause: [Token]) -> Bool {
    let words = Array(
      clause.filter(\.isWord).map(\.lowercased).drop { beforeARequest.contains($0) })
    guard let first = words.first, words.count > 1 else { return false }
    let next = words[1]
    return FunctionWords.auxiliary(first) == nil && !FunctionWords.isFunctionWord(first)
      && Lexicon.verbReadings(of: first).contains { $0.form == .base }
      && FunctionWords.auxiliary(next) == nil
      && (FunctionWords.isFunctionWord(next) || particles.contains(next))
      && !Lexicon.verbReadings(of: next).contains { $0.form != .base }
  }

  /// Words that follow a verb asked of someone as its adverb: "sit down", "go home".
  static let particles: Set<String> = [
    "here", "there", "back", "home", "over", "round", "around", "in", "out", "up", "down", "on",
    "off", "away",
  ]

  /// Words said before asking something of the listener: "and ring your brother", "oh just
  /// sit down".
  static let beforeARequest: Set<String> = [
    "and", "so", "then", "just", "please", "oh", "aw", "now", "go", "on", "anyway",
  ]

  /// Whether they let the talk go by moving on to something else, every sentence of theirs
  /// brushing it off (`PartnerCues.brushingOff`) or bringing something else up: offering
  /// something at hand ("ugh whatever. do you want another glass", `offering`), or asking about
  /// something else after a word that closes the topic ("anyway, is the game on?"). Not asking
  /// their view: the talk winds down with a warm close.
  static func movesOnToSomethingElse(_ typed: [Token]) -> Bool {
    let sentences = SentenceSplitter.sentences(in: typed).map { $0.filter(\.isWord) }
      .filter { !$0.isEmpty }
    guard let last = sentences.last else { return false }
    // "nah it was nice actually. anyway, drinks friday?": a last word that closes the topic
    // and brings up something else winds the talk up, whatever came before it.
    if asksAboutSomethingElse(Array(last.drop { interjections.contains($0.lowercased) })) {
      return true
    }
    // "Whatever." alone brushes it off and may be said in a huff: it is no leaving without
    // something else brought up.
    var movesOn = false
    for sentence in sentences {
      let words = Array(sentence.drop { interjections.contains($0.lowercased) })
      guard !words.isEmpty else { continue }
      if PartnerCueMatcher.offering.matches(words)
        || PartnerCueMatcher.offeringBare.matchEnd(atStartOf: words) != nil
        || asksAboutSomethingElse(words)
      {
        movesOn = true
      } else if PartnerCueMatcher.brushingOff.matchEnd(atStartOf: words) != words.count {
        return false
      }
    }
    return movesOn
  }

  /// How "don't" is typed, as its clitic or whole.
  private static let negativeDo: Set<String> = ["don't", "dont", "do", "dnt"]

  /// The subjects a question puts after its auxiliary: "don't you …", "do we …".
  private static let askedSubjects: Set<String> = [
    "you", "u", "ya", "we", "they", "he", "she", "it", "i", "your", "the", "that", "this",
  ]

  /// "anyway, is the game on?": a word that closes the topic, then a question a yes or no
  /// answers that does not ask what they think of the topic, or a plan to meet ("anyway,
  /// lunch tomorrow?").
  private static func asksAboutSomethingElse(_ words: [Token]) -> Bool {
    guard let first = words.first, PartnerCues.changingTopic.contains(first.lowercased),
      let next = words.dropFirst().first
    else { return false }
    if PartnerCueMatcher.meetingUp.matchEnd(atStartOf: Array(words.dropFirst())) != nil {
      return true
    }
    guard FunctionWords.auxiliary(next.lowercased) != nil else { return false }
    // "anyway dont get all deep on me": a "don't" before no subject tells the listener
    // something, and asks nothing ("anyway don't you work sundays?" asks).
    if negativeDo.contains(next.lowercased),
      !words.dropFirst(2).prefix(2).contains(where: { askedSubjects.contains($0.lowercased) })
    {
      return false
    }
    return !PartnerCueMatcher.askingAboutTheTopic.matches(Array(words.dropFirst()))
      && !PartnerCueMatcher.askingTheListener.matches(Array(words.dropFirst()))
  }

  /// Whether a sentence only sets what was said against what the listener said ("that's
  /// different"): no belief of its own.
  static func isOnlyAComparison(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord)
    return !words.isEmpty
      && PartnerCueMatcher.comparisonRemark.matchEnd(atStartOf: words) == words.count
  }
}
