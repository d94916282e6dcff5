/// The persona's answers about people: a story of one person from a reason about a group it
/// knows of, and a yes or no about how something went for it personally.
extension PersonaVoice {
  /// A story of one person, told from the first reason or reply (not said yet before said)
  /// whose subject is a group of people it can point to ("The nurses I work with …"): "One
  /// person comes to mind, one of the nurses I work with. They …". Nil when no line has one.
  func personStory(said: Set<String>) -> String? {
    let own = lines.filter { [.reason, .reply].contains($0.source) }
    let ordered = own.filter { !said.contains($0.text) } + own.filter { said.contains($0.text) }
    return ordered.lazy.compactMap { Self.personStory(from: $0.text) }.first
  }

  /// A line about a group of people told as the story of one of them: the line's subject named
  /// as the group, its predicate kept whole after "They", which agrees with the plural verb it
  /// had. Only a group it can point to: a subject opened by "the", a possessive or a
  /// demonstrative, with a noun of people ("My colleagues", "The people I grew up with"); never
  /// a bare plural ("Strangers") or a quantified one ("Most people"), which name nobody.
  /// A subject the parser cannot part from its predicate ("The best musicians I grew up with
  /// practised …") is kept whole: "one of those I meant when I said that …".
  static func personStory(from text: String) -> String? {
    let tokens = Tokenizer.tokenize(text)
    let opening = tokens.prefix(6).filter(\.isWord).map(\.lowercased)
    guard let opener = opening.first, groupOpeners.contains(opener),
      opening.dropFirst().contains(where: namesPeople)
    else { return nil }
    if let clause = ClauseParser.parse(tokens), clause.lead.isEmpty,
      clause.subject.first?.lowercased == opener, clause.subject.count >= 2,
      clause.subject.count < tokens.count,
      clause.subject.contains(where: { namesPeople($0.lowercased) }),
      !clause.subject.dropFirst().contains(where: { relativeSubjects.contains($0.lowercased) }),
      tokens.prefix(clause.subject.count).map(\.text) == clause.subject.map(\.text)
    {
      var predicate = Array(tokens.dropFirst(clause.subject.count))
      while let last = predicate.last, last.kind == .punctuation { predicate.removeLast() }
      if predicate.first?.isWord == true {
        let group = runOn(clause.subject.joinedText)
        return "One person comes to mind, one of \(group). They \(predicate.joinedText)."
      }
    }
    if let verb = mainVerb(afterRelativeIn: tokens) {
      var predicate = Array(tokens[verb...])
      while let last = predicate.last, last.kind == .punctuation { predicate.removeLast() }
      let group = runOn(tokens[..<verb].joinedText)
      return "One person comes to mind, one of \(group). They \(predicate.joinedText)."
    }
    return "One person comes to mind, one of those I meant when I said that "
      + runOn(text.hasSuffix(".") ? text : text + ".")
  }

  /// Where the line's own verb is when its group's name holds a relative clause with a subject
  /// of its own ("the people I know | worked harder", "the musicians I grew up with |
  /// practised"): the first word with a verb reading after the relative clause's verb and its
  /// particles. Nil when the line has no such clause or no verb after it.
  private static func mainVerb(afterRelativeIn tokens: [Token]) -> Int? {
    let words = tokens.map(\.lowercased)
    guard
      let pronoun = words.prefix(6).indices.dropFirst(2).first(where: {
        relativeSubjects.contains(words[$0]) && namesPeople(words[$0 - 1])
      }),
      pronoun + 2 < words.count, !Lexicon.verbReadings(of: words[pronoun + 1]).isEmpty
    else { return nil }
    var index = pronoun + 2
    while index < words.count, tokens[index].isWord, FunctionWords.isFunctionWord(words[index]) {
      index += 1
    }
    guard index < words.count, tokens[index].isWord,
      Lexicon.verbReadings(of: words[index]).contains(where: { [.past, .base].contains($0.form) })
    else { return nil }
    return index
  }

  /// Subjects of a relative clause inside a group's name ("the musicians I grew up with"):
  /// its verb is no verb of the line, so the line is kept whole.
  private static let relativeSubjects: Set<String> = ["i", "we", "you", "they", "he", "she"]

  /// Words that open a subject naming a group someone can point to.
  private static let groupOpeners: Set<String> = [
    "the", "my", "our", "these", "those", "his", "her", "their",
  ]

  /// Whether a word is a plural noun of people: one of `peopleNouns`, or the plural of an
  /// agent noun, by its ending ("musicians", "gardeners", "scientists", "investors").
  static func namesPeople(_ word: String) -> Bool {
    if peopleNouns.contains(word) { return true }
    guard let singular = Lexicon.singular(of: word), singular != word,
      Lexicon.classes(of: singular).contains(.noun)
    else { return false }
    return agentEndings.contains { singular.hasSuffix($0) && singular.count > $0.count + 2 }
  }

  /// The endings of nouns that name who does something.
  private static let agentEndings = ["er", "or", "ist", "ian"]

  /// Plural nouns of people with no agent ending: a line with one in its subject speaks of
  /// people, one of whom a story can be about.
  private static let peopleNouns: Set<String> = [
    "people", "persons", "folks", "friends", "neighbours", "neighbors", "colleagues",
    "workers", "parents", "kids", "children", "students", "pupils", "teachers", "families",
    "relatives", "cousins", "voters", "users", "owners", "drivers", "riders", "investors",
    "managers", "employees", "employers", "doctors", "nurses", "farmers", "politicians",
    "leaders", "founders", "athletes", "players", "artists", "buyers", "customers",
    "shopkeepers", "residents", "citizens", "patients", "adults", "teenagers", "men", "women",
    "researchers", "engineers", "lawmakers", "officials", "soldiers", "refugees", "migrants",
    "immigrants", "traders", "savers", "bosses", "staff", "classmates", "mates",
  ]
}

extension PersonaQuestion {
  /// How a yes or no about how something went for the persona itself is answered, when what
  /// went is the question's subject, not "you": "Has hard work paid off for you personally?"
  /// → "Yes, it has" or "No, it hasn't". Asked of what its belief speaks of, it agrees unless
  /// its belief denies it. Nil for any other question.
  static func personalAnswer(in tokens: [Token], beliefWords: Set<String>, belief: String)
    -> OwnAnswer?
  {
    // Only what its belief speaks of has an answer from its belief ("Has practice paid off?"
    // to one who holds that practice matters); of anything else, it gives its short answer.
    guard let subject = personalSubject(in: tokens),
      !Set(subject.map(TopicWords.lemma(of:))).isDisjoint(with: beliefWords)
    else { return nil }
    let asked = tokens.first { $0.isWord }?.lowercased ?? "has"
    // The pronoun agrees with the auxiliary as asked: "has" → "it", "have" → "they".
    let plural =
      asked == "have" || (asked == "had" && Lexicon.number(ofNoun: subject.last ?? "") == .plural)
    let pronoun = plural ? "they" : "it"
    return OwnAnswer(
      yes: "Yes, \(pronoun) \(asked)", no: "No, \(pronoun) \(asked)n't", agrees: !denies(belief))
  }

  /// What a yes or no about the persona's own life asks went well for it, in lowercase words:
  /// "hard work" in "Has hard work paid off for you personally?" (up to its participle); nil
  /// for a question of another shape.
  static func personalSubject(in tokens: [Token]) -> [String]? {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard let asked = words.first, ["has", "have", "had"].contains(asked), words.count > 3,
      words[1] != "you",
      zip(words, words.dropFirst()).contains(where: { personalMarks.contains([$0, $1]) })
        || words.contains("personally")
    else { return nil }
    let subject = words.dropFirst().prefix { word in
      !Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
    }
    guard (1...4).contains(subject.count), subject.count < words.count - 1,
      !subject.contains(where: { ["you", "i", "me"].contains($0) })
    else { return nil }
    return Array(subject)
  }

  /// An open wording of a yes or no about the persona's own life, for the coach to offer:
  /// "How has hard work played out in your own life?", "What experience have you had with
  /// crypto?"; nil for any other question, or one that names nothing to ask about.
  var openWording: String? {
    guard ownAnswer != nil else { return nil }
    let tokens = Tokenizer.tokenize(key)
    if let subject = Self.personalSubject(in: tokens) {
      return "How has \(subject.joined(separator: " ")) played out in your own life?"
    }
    guard let thing = thingPhrase else { return nil }
    return "What experience have you had with \(thing)?"
  }

  /// Whether a belief denies what it speaks of ("Cryptocurrencies have no intrinsic value"):
  /// it has a negator.
  static func denies(_ belief: String) -> Bool {
    Tokenizer.tokenize(belief).contains { token in
      WordClass.negation.contains(token.lowercased)
        || ["no", "nothing", "nobody", "none", "never"].contains(token.lowercased)
    }
  }

  /// Words that make a question about the persona's own life ("for you", "in your life").
  private static let personalMarks: Set<[String]> = [
    ["for", "you"], ["to", "you"], ["your", "life"], ["your", "own"],
  ]

}

extension PersonaVoice {
  /// Whether a line tells of someone the persona knows ("My neighbour broke her wrist …", "My
  /// boss lost …"): one person of its life after "my" (`KinWords`), never a pet, nor a group
  /// such as "my kids", among whom it lives its own life.
  static func tellsOfSomeoneKnown(_ text: String) -> Bool {
    let words = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased)
    return zip(words, words.dropFirst()).contains { first, second in
      first == "my" && (KinWords.isKin(second) || KinWords.others.contains(second))
        && !KinWords.pets.contains(second)
    }
  }

  /// What in a question asks about people it knows, not about itself.
  static let othersCues = [
    "someone you", "somebody you", "anyone you", "anybody you", "people you", "your family",
    "your friends", "a friend", "you know", "you met", "you knew",
  ]
}
