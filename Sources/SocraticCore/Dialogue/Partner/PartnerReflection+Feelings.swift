/// What partner gives back of a feeling they name, a worry they answer themselves, and a
/// blockage they name in themselves.
extension PartnerReflection {
  /// A feeling they name, in the part of their words that names it: "It sounds like you're
  /// scared you put too much in." A feeling said with its verb ("I worry I'm a bad mom") keeps
  /// it, which a frame remover would drop.
  static func feeling(_ words: TheirWords) -> String? {
    if let worry = answeredWorry(words) { return "It sounds like you worry about \(worry)." }
    guard let clause = PartnerClauses.carrying(PartnerCueMatcher.feeling, in: words) else {
      return nil
    }
    // "sometimes i feel left out": the feeling is theirs whatever adverb opens it.
    let own = clause.drop { feelingOpeners.contains($0.lowercased) }
    let opening = own.prefix(2).map(\.lowercased)
    let named: String?
    if opening.first == "i", let verb = opening.last, feelingVerbs.contains(verb),
      let rest = PartnerClauses.secondPerson(Array(own.dropFirst(2)))
    {
      named = "you \(verb) \(rest)"
    } else {
      named = PartnerClauses.secondPerson(clause)
    }
    guard let named else { return nil }
    // "nobody tells you the real cost, that's what gets me": a feeling that points back is
    // said with what it points at.
    guard PartnerClauses.pointsBack(clause),
      let said = PartnerClauses.of(words).first(where: { other in
        other != clause && PartnerClauses.carriesMeaning(other)
          && !PartnerCueMatcher.feeling.matches(other.filter(\.isWord))
      }).flatMap({ PartnerClauses.secondPerson($0) })
    else { return "It sounds like \(named)." }
    return "It sounds like \(named): \(said)."
  }

  /// Someone they miss (`PartnerCues.missingSomeone`), given back as missed, under whatever
  /// they put it down as: "it's silly but every time i use his old mug i think of him" → "It
  /// sounds like you really miss him."
  static func missing(_ words: TheirWords) -> String? {
    let tokens = words.wordTokens
    guard let span = PartnerCueMatcher.missingSomeone.spans(in: tokens).first else { return nil }
    let said = tokens[span].map(\.lowercased)
    guard let index = said.firstIndex(where: { missedWords.contains($0) || KinWords.isKin($0) })
    else { return nil }
    let who = index > 0 && said[index - 1] == "my" ? "your " + said[index] : said[index]
    return "It sounds like you really miss \(who)."
  }

  /// The pronouns someone missed is named by.
  private static let missedWords: Set<String> = ["him", "her", "them"]

  /// Words that can open a feeling of theirs before its "I": "sometimes i feel …".
  private static let feelingOpeners: Set<String> = [
    "sometimes", "honestly", "just", "really", "also", "and", "but", "so", "like", "tbh", "still",
  ]

  /// What they worry about when they ask it and answer it themselves: "You want to know what I
  /// worry about? My pension." → "your pension"; nil otherwise.
  static func answeredWorry(_ words: TheirWords) -> String? {
    guard
      let asked = words.sentences.firstIndex(where: { sentence in
        let spoken = sentence.filter(\.isWord)
        return spoken.last?.lowercased == "about"
          && PartnerCueMatcher.worryAsked.matches(spoken)
      }),
      asked + 1 < words.sentences.count
    else { return nil }
    let answer = words.sentences[asked + 1]
    guard (1...answerWordLimit).contains(answer.count(where: \.isWord)),
      ClauseParser.finiteVerbIndex(in: answer) == nil
    else { return nil }
    return FirstPersonReflector.reflect(answer).joinedText.lowercased()
  }

  /// The most words of a worry they name after asking what it is: "My pension."
  private static let answerWordLimit = 4

  /// Verbs that name a feeling about what follows them: "I worry …", "I feel left out …".
  private static let feelingVerbs: Set<String> = [
    "worry", "fear", "wonder", "wish", "hate", "miss", "feel",
  ]

  /// A blockage they name in themselves, given back as something they wonder about when they
  /// hedged it ("maybe I'm just …"), as it is otherwise ("part of me just wants …").
  static func blockage(_ words: TheirWords) -> String? {
    guard
      let clause = PartnerClauses.carrying(PartnerCueMatcher.blockageOrFeeling, in: words)
        .map({ PartnerClauses.dropping(PartnerCueMatcher.notKnowing, atStartOf: $0) })
    else { return nil }
    let hedged = clause.first.map { ["maybe", "perhaps"].contains($0.lowercased) } ?? false
    guard let given = PartnerClauses.secondPerson(clause) else { return nil }
    return hedged
      ? "It sounds like you wonder whether \(given)."
      : "It sounds like \(given), and that's an honest thing to say."
  }
}
