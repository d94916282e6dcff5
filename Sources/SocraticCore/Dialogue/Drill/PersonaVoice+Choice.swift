/// The persona's choice among what a clarification offers: the examples after "like"
/// ("like licenses or something else?"), or two senses of the word asked about ("What do you
/// mean by stop Russia - stop them where they are, or push them back out?").
extension PersonaVoice {
  /// Which of the examples a clarification offers it takes ("like licenses or something
  /// else?"), as a whole sentence that opens its answer: the one its own words speak of, else
  /// the first beside a vague other ("Yes, I have licenses in mind."), else both when the
  /// second is offered as well ("… or small ones too?"); nil when none is offered, or when an
  /// option is no whole phrase ("people talking to"), which it cannot say back.
  func choice(among question: PersonaQuestion) -> String? {
    if let (first, second) = question.sensesOffered {
      return senseChoice(first, second)
    }
    guard let (first, second) = question.offered,
      PersonaQuestion.isWholePhrase(first), PersonaQuestion.isWholePhrase(second)
    else { return nil }
    let secondIsVague = PersonaQuestion.vagueOptions.contains(second.joined(separator: " "))
    if secondIsVague || (isOwn(first) && !isOwn(second)) {
      return "Yes, I have " + first.joined(separator: " ") + " in mind."
    }
    if isOwn(second) && !isOwn(first) {
      return "Mainly I have " + second.joined(separator: " ") + " in mind."
    }
    return "I have both in mind."
  }

  /// Which of two senses of its word it means: the one its own words speak of ("More the
  /// first: stop them where they are."), else both; never its word's everyday sense, which
  /// answers neither.
  private func senseChoice(_ first: [String], _ second: [String]) -> String? {
    guard PersonaQuestion.isWholeSense(first), PersonaQuestion.isWholeSense(second) else {
      return nil
    }
    if isOwn(first) && !isOwn(second) {
      return "More the first: " + first.joined(separator: " ") + "."
    }
    if isOwn(second) && !isOwn(first) {
      return "More the second: " + second.joined(separator: " ") + "."
    }
    return "Both, really."
  }

  /// Whether an option speaks of what the persona's belief and lines speak of.
  private func isOwn(_ option: [String]) -> Bool {
    !Set(option.map(TopicWords.lemma(of:))).isDisjoint(with: spokenOf.union(beliefWords))
  }

  /// What a word means, after a choice between its senses: what it has in mind, without its
  /// everyday sense, which the choice has said better.
  func meaningAfterChoice(_ meant: Reply, of term: String) -> String {
    let everyday = Self.meaning(of: term).text
    guard PersonaDefinitions.definition(of: term) == nil, meant.text.hasPrefix(everyday) else {
      return meant.text
    }
    return String(meant.text.dropFirst(everyday.count)).trimmingCharacters(in: .whitespaces)
  }
}

extension PersonaQuestion {
  /// Options that offer nothing in particular: "or something else?".
  static let vagueOptions: Set<String> = [
    "something else", "anything else", "other stuff", "other things", "something", "more",
    "what", "both", "neither", "whatever",
  ]

  /// Words around an option that say nothing of which it is.
  private static let optionFillers: Set<String> = [
    "only", "too", "also", "just", "as", "well", "or", "the", "a", "an", "like", "you", "mean",
  ]

  /// Words that open the senses offered after a term ("as in", "do you mean", "like").
  private static let senseOpeners: Set<String> = [
    "as", "in", "do", "you", "u", "mean", "like", "so", "is", "it", "that", "i", "e", "ie",
  ]

  /// Whether an option's words make a phrase that can be said back whole: it ends in no
  /// function word ("people talking to" ends in one) but a verb's particle ("push them back
  /// out"), and opens with no question word ("like what or …"); a question word inside it
  /// opens a clause ("where they are now").
  static func isWholePhrase(_ option: [String]) -> Bool {
    guard let first = option.first, let last = option.last else { return false }
    let endsWhole = !FunctionWords.isFunctionWord(last) || closingParticles.contains(last)
    return endsWhole && !questionWords.contains(first)
  }

  /// Whether a sense offered runs whole to the end of the question: it opens with no question
  /// word and ends in no word that needs another after it ("the", "of", "and"); a clause
  /// may end in its verb or a pronoun ("change what they do", "stop them").
  static func isWholeSense(_ option: [String]) -> Bool {
    guard let first = option.first, let last = option.last else { return false }
    return !questionWords.contains(first) && !needsMore.contains(last)
  }

  /// Words that cannot end a phrase: determiners, possessives, prepositions that are no
  /// verb's particle, coordinators and subordinators.
  private static let needsMore: Set<String> = FunctionWords.determiners
    .union(FunctionWords.possessives)
    .union(FunctionWords.prepositions.subtracting(closingParticles))
    .union(FunctionWords.coordinators).union(FunctionWords.subordinators)

  /// Particles that end a phrasal verb, and so a whole phrase: "up" in "put the rent up".
  private static let closingParticles: Set<String> = [
    "up", "out", "off", "down", "back", "away", "over", "around", "about",
  ]

  /// The two examples a question offers after "like", as words in lowercase: "licenses" and
  /// "something else" in "… like licenses or something else?"; nil when it offers none.
  var offered: ([String], [String])? {
    let words = key.split(separator: " ").map(String.init)
    guard let like = words.lastIndex(of: "like"),
      let or = words[like...].firstIndex(of: "or")
    else { return nil }
    let first = words[(like + 1)..<or].filter { !Self.optionFillers.contains($0) }
    let second = words[(or + 1)...].filter { !Self.optionFillers.contains($0) }
    guard (1...3).contains(first.count), (1...3).contains(second.count) else { return nil }
    return (Array(first), Array(second))
  }

  /// Two senses of the word asked about, offered right after it, as words in lowercase: "stop
  /// them where they are now" and "push them back out" in "What do you mean by stop Russia -
  /// stop them where they are now, or push them back out?"; nil when none are offered, or
  /// when the options are examples after "like" (`offered`).
  var sensesOffered: ([String], [String])? {
    guard offered == nil, let term = termAsked else { return nil }
    let words = key.split(separator: " ").map(String.init)
    let termWords = DrillDialogue.key(of: term).split(separator: " ").map(String.init)
    guard !termWords.isEmpty,
      let start = words.indices.first(where: {
        words[$0...].starts(with: termWords)
      })
    else { return nil }
    let after = words[(start + termWords.count)...].drop { Self.senseOpeners.contains($0) }
    guard let or = after.firstIndex(of: "or"), after.filter({ $0 == "or" }).count == 1 else {
      return nil
    }
    let first = Array(after[..<or])
    let second = Array(after[(or + 1)...])
    guard (1...8).contains(first.count), (1...8).contains(second.count) else { return nil }
    return (first, second)
  }
}
