// Insults no word list holds: nouns that call people names, people judged "so" something.
extension QuestionFormRules {
  /// The index of a noun that calls people names though no list holds it: a noun for a bad,
  /// foolish or unpleasant person after a determiner ("that crook", "such a hypocrite", "Is he
  /// a liar?"), or an animal noun said of people at the end of a question about what they are
  /// ("Are landlords parasites?", "Why are bankers such leeches?"). Literal questions stay
  /// questions: "Is that a bear?" asks about a thing, "Are whales fish?" about animals.
  static func nameCallingNoun(in reading: QuestionReading) -> Int? {
    let words = reading.words
    let core = reading.core
    let last = core.last(where: { reading.tokens[$0].kind == .word })
    var lastSeen: WordClasses?
    for index in core.dropFirst() where reading.classes[index - 1].contains(.nameCallingDeterminer)
    {
      guard reading.tokens[index].kind == .word, !FunctionWords.isFunctionWord(words[index]),
        !isHedge(words, before: index)
      else { continue }
      let classes = nounClasses(words[index])
      if classes.contains(.callsNames) { return index }
      if index == last { lastSeen = classes }
    }
    // What people are said to be: "Are landlords parasites?", "Why is he such a rat?".
    var be = core.lowerBound
    if be < core.upperBound, words[be] == "why" { be += 1 }
    // "Are you upset about the tree being cut down?": a particle at the end is no noun.
    guard be + 2 < core.upperBound, FunctionWords.auxiliary(words[be])?.kind == .be,
      let last, last > be + 1, !FunctionWords.isFunctionWord(words[last])
    else { return nil }
    let lastClasses = lastSeen ?? nounClasses(words[last])
    guard !lastClasses.isDisjoint(with: [.callsNames, .animal]) else { return nil }
    if lastClasses.contains(.callsNames) { return last }
    let subject = ((be + 1)..<last).filter {
      !reading.classes[$0].contains(.nameCallingDeterminer)
    }.map { words[$0] }
    let isPeople = subject.contains { word in
      ["he", "she", "they", "you", "we"].contains(word)
        || !CritiqueWordClasses.of(word).isDisjoint(with: [.group, .personNoun])
        || Lexicon.number(ofNoun: word) == .plural
    }
    return isPeople && !subject.contains { nounClasses($0).contains(.someAnimal) } ? last : nil
  }

  /// The lexicon's classes of a noun, read from its singular when it is a plural the lexicon
  /// marks nothing for: one lookup for most words.
  private static func nounClasses(_ word: String) -> WordClasses {
    let classes = Lexicon.classes(of: word)
    guard word.hasSuffix("s"), classes.isDisjoint(with: [.callsNames, .animal, .someAnimal]),
      let singular = Lexicon.singular(of: word)
    else { return classes }
    return Lexicon.classes(of: singular)
  }

  /// Whether "of" before a word only hedges it ("kind of nags at you", "sort of a pain"):
  /// what follows is a verb or a softened word, not a name called.
  private static func isHedge(_ words: [String], before index: Int) -> Bool {
    index >= 2 && words[index - 1] == "of" && ["kind", "sort"].contains(words[index - 2])
  }

  /// Words before a noun that name what someone is: "a", "that", "such", "utter" …
  static let nameCallingDeterminers: Set<String> = [
    "a", "an", "that", "those", "these", "this", "such", "total", "complete", "utter",
    "absolute", "real", "bunch", "of",
  ]

  /// The index of the adjective in "Why are crypto people so arrogant?", "How is he so
  /// lazy?", "Why are you so obsessed with crypto?", "Why do cyclists have to be so smug?",
  /// "Why are you so against the plan?": a question about why someone is "so" something judges
  /// them before asking. Only people (a group, a pronoun; "you" when it is about something) and
  /// plain adjectives, or a word that judges character whoever it is said of: "Why are prices
  /// so high?" and "Why are you so sure?" ask, they do not judge.
  static func judgedPersonAdjective(in reading: QuestionReading) -> Int? {
    guard case .questionWord(var index) = reading.opener,
      ["why", "how"].contains(reading.words[index]), index + 3 < reading.core.upperBound
    else { return nil }
    // "How come you're so against it?" asks as "why are you so …" does, with the subject
    // before its verb.
    let isHowCome = reading.words[index + 1] == "come"
    if isHowCome { index += 1 }
    guard index + 3 < reading.core.upperBound,
      let auxiliary = FunctionWords.auxiliary(reading.words[index + (isHowCome ? 2 : 1)])
    else { return nil }
    let end = min(reading.core.upperBound, index + 8)
    guard let so = ((index + 3)..<end).first(where: { reading.words[$0] == "so" }),
      so + 1 < reading.core.upperBound
    else { return nil }
    // "Why do cyclists have to be so smug?": the subject stands before "have to be".
    let mustBe =
      so - 3 >= index + 2 && ["have", "has", "got"].contains(reading.words[max(so - 3, 0)])
      && reading.words[(so - 2)..<so].elementsEqual(["to", "be"])
    guard auxiliary.kind == .be || mustBe else { return nil }
    var subject =
      isHowCome ? (index + 1)..<(index + 2) : (index + 2)..<(mustBe ? so - 3 : so)
    // "why are you being so precious about …": "being" is the verb's, not the subject's.
    if subject.count > 1, reading.words[subject.upperBound - 1] == "being" {
      subject = subject.lowerBound..<(subject.upperBound - 1)
    }
    let adjective = reading.words[so + 1]
    if characterJudgements.contains(adjective) { return so + 1 }
    // "Why are you so obsessed with crypto?" judges the person too; "Why are you so sure?"
    // asks for reasons.
    if subject.count == 1, reading.words[subject.lowerBound] == "you" {
      if stances.contains(adjective) { return so + 2 < reading.core.upperBound ? so + 1 : nil }
      let hasTopic =
        so + 3 < reading.core.upperBound
        && ["about", "with", "on", "over", "towards", "toward", "of"].contains(
          reading.words[so + 2])
      return hasTopic && Lexicon.classes(of: adjective).contains(.adjective) ? so + 1 : nil
    }
    let isPeople = subject.contains {
      ["they", "he", "she"].contains(reading.words[$0])
        || reading.isWord($0, [.group, .personNoun])
    }
    guard isPeople, Lexicon.classes(of: adjective).contains(.adjective),
      Lexicon.verbReadings(of: adjective).isEmpty
    else { return nil }
    return so + 1
  }

  /// Taking a side as something one is "so": "so against the plan", "so anti-car".
  static let stances: Set<String> = ["against", "anti", "pro"]

  /// Adjectives that judge someone's character, whoever they are said of: "so selfish", "so
  /// smug".
  private static let characterJudgements: Set<String> = [
    "selfish", "insufferable", "gullible", "arrogant", "smug", "greedy", "lazy", "entitled",
    "hypocritical", "self-righteous", "spoiled", "spoilt", "whiny", "preachy", "annoying",
    "obnoxious", "ignorant", "naive", "stubborn", "petty", "dishonest", "cowardly", "heartless",
    "judgmental", "judgemental", "condescending", "clueless", "brainwashed", "paranoid",
    "hysterical", "dramatic", "sensitive", "fragile", "stingy", "cheap", "useless", "fake",
    "rude", "cruel", "mean", "nasty", "toxic",
  ]
}
