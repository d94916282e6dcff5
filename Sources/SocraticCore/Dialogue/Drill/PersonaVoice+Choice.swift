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
    if let senses = question.sensesOffered { return senseChoice(senses) }
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
    // "stopped completely, or just slowed down a bit?": two points on a scale, which no one
    // has both of in mind. Both must say how far: "partly the cost, or the hassle?" offers
    // two things.
    if PersonaQuestion.isDegree(first) && PersonaQuestion.isDegree(second) {
      return "Somewhere between the two, if I'm honest."
    }
    return "I have both in mind."
  }

  /// Which of the senses of its word it means: of two, the one its own words speak of ("More
  /// the first: stop them where they are."), else both; of a longer list ("big budget, lots
  /// of troops, nukes?"), the one its words speak of ("Mostly lots of troops."), else all;
  /// never that it means nothing technical by it, which answers none of them.
  private func senseChoice(_ senses: [[String]]) -> String? {
    guard senses.allSatisfy(PersonaQuestion.isWholeSense) else { return nil }
    let own = senses.indices.filter { isOwn(senses[$0]) }
    guard own.count == 1, let chosen = own.first else {
      return senses.count == 2 ? "Both, really." : "All of those, really."
    }
    let sense = senses[chosen].joined(separator: " ")
    guard senses.count == 2 else { return "Mostly " + sense + "." }
    return (chosen == 0 ? "More the first: " : "More the second: ") + sense + "."
  }

  /// Whether an option speaks of what the persona's belief and lines speak of.
  private func isOwn(_ option: [String]) -> Bool {
    !Set(option.map(TopicWords.lemma(of:))).isDisjoint(with: spokenOf.union(beliefWords))
  }

  /// What a word means, after a choice between its senses: what it has in mind, without its
  /// plain "nothing technical", which the choice has said better.
  func meaningAfterChoice(_ meant: Reply, of term: String) -> String {
    let plain = Self.meaning(of: term).text
    guard PersonaDefinitions.definition(of: term) == nil, meant.text.hasPrefix(plain) else {
      return meant.text
    }
    return String(meant.text.dropFirst(plain.count)).trimmingCharacters(in: .whitespaces)
  }
}

extension PersonaQuestion {
  /// Whether an option says how far or how much ("stopped completely", "slowed down a bit"):
  /// it and the other are points on one scale, not two things.
  /// A small amount counts only after "a" ("trimmed a bit"), never as a size ("the little
  /// corner shops").
  static func isDegree(_ option: [String]) -> Bool {
    option.contains(where: DegreeWords.extent.contains)
      || zip(option, option.dropFirst()).contains { $0 == "a" && smallAmounts.contains($1) }
  }

  /// Words that say how much only after "a": "a bit", "a little".
  private static let smallAmounts: Set<String> = ["bit", "little"]

  /// Options that offer nothing in particular: "or something else?".
  static let vagueOptions: Set<String> = [
    "something else", "anything else", "other stuff", "other things", "something", "more",
    "what", "both", "neither", "whatever",
  ]

  /// Words around an option that say nothing of which it is.
  private static let optionFillers: Set<String> = [
    "only", "too", "also", "just", "as", "well", "or", "the", "a", "an", "like", "you", "mean",
  ]

  /// Words that open the senses offered after a term ("as in", "do you mean", "like"), and
  /// the chat between ("by 'fair' tho, like …"), which is no sense of it.
  private static let senseOpeners: Set<String> = [
    "as", "in", "do", "you", "u", "mean", "like", "so", "is", "it", "that", "i", "e", "ie",
    "tho", "though", "then", "exactly", "actually", "here",
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
    let first = Self.optionWords(words[(like + 1)..<or])
    let second = Self.optionWords(words[(or + 1)...])
    // The "a" of "a bit" adds no length of its own.
    let length = { (option: [String]) in option.filter { $0 != "a" }.count }
    guard (1...3).contains(length(first)), (1...3).contains(length(second)) else { return nil }
    return (first, second)
  }

  /// An option's words without its fillers, though "a" stays before an amount ("a bit").
  private static func optionWords(_ words: ArraySlice<String>) -> [String] {
    words.indices.filter { index in
      let next = words.index(after: index)
      return !optionFillers.contains(words[index])
        || words[index] == "a" && next < words.endIndex && smallAmounts.contains(words[next])
    }.map { words[$0] }
  }

  /// The senses of the word asked about offered right after it, as words in lowercase, two
  /// or more: "stop them where they are now" and "push them back out" in "What do you mean by
  /// stop Russia - stop them where they are now, or push them back out?"; "big budget", "lots
  /// of troops" and "nukes" in "What do you mean by a strong military — big budget, lots of
  /// troops, nukes?" (a word or two may follow the term before a dash or a colon). Nil when
  /// none are offered, or when the options are examples after "like" (`offered`).
  var sensesOffered: [[String]]? {
    guard offered == nil, let term = termAsked else { return nil }
    let termWords = DrillDialogue.key(of: term).split(separator: " ").map(String.init)
    let marks = tokens.filter { $0.isWord || Self.optionBreaks.contains($0.text) }
    let lowered = marks.map(\.lowercased)
    guard !termWords.isEmpty,
      let start = lowered.indices.first(where: { lowered[$0...].starts(with: termWords) })
    else { return nil }
    var rest = marks[(start + termWords.count)...]
    // A noun the term goes with ("strong military — …") comes before the dash that opens them.
    if let dash = rest.prefix(3).firstIndex(where: { Self.listOpeners.contains($0.text) }) {
      rest = rest[(dash + 1)...]
    }
    rest = rest.drop { !$0.isWord || Self.senseOpeners.contains($0.lowercased) }
    var senses: [[String]] = [[]]
    for token in rest {
      if token.isWord, token.lowercased != "or" {
        senses[senses.count - 1].append(token.lowercased)
      } else if !senses[senses.count - 1].isEmpty {
        senses.append([])
      }
    }
    // The term asked again with a question word ("punish who, the state or everyone") asks
    // which; it is no sense of its own.
    senses.removeAll { sense in
      sense.isEmpty
        || sense.allSatisfy { termWords.contains($0) || Self.questionWords.contains($0) }
    }
    // A half that says the word again after a case ("is taking a job after office corrupt")
    // puts the case to the word, no sense of it: no half is named back as what it means. One
    // that opens with the word ("protect them from hawks") spells a sense out.
    let named = termWords.filter { !FunctionWords.isFunctionWord($0) }
    guard !senses.contains(where: { $0.dropFirst().contains(where: named.contains) }) else {
      return nil
    }
    // Two senses are told apart by "or" (a comma alone may be a pause inside one), a longer
    // list by commas; a second "or" is no list of senses.
    let ors = rest.filter { $0.lowercased == "or" }.count
    guard ors <= 1, (2...4).contains(senses.count), senses.count > 2 || ors == 1,
      senses.allSatisfy({ (1...8).contains($0.count) })
    else { return nil }
    return senses
  }

  /// Marks that part one sense from the next (with "or", a word): a comma, a slash, a dash, a
  /// colon, a semicolon.
  private static let optionBreaks: Set<String> = [",", "/", "\u{2014}", "\u{2013}", "-", ":", ";"]

  /// Marks after the term that open its senses: a dash or a colon.
  private static let listOpeners: Set<String> = ["\u{2014}", "\u{2013}", "-", ":"]
}
