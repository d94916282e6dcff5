// Rewrites of a yes/no claim no rule of its own fits, asked about without presuming the answer
// and without wrapping the question in "To what extent".
extension QuestionRewriter {
  /// A yes/no question asked openly: about the person, by its verb (`aboutThePerson`);
  /// about anything else, by its shape (`settling`): "Does social media harm teenagers?" →
  /// "What effect do you think social media has on teenagers?".
  /// - Parameters:
  ///   - positive: the question without negation, from its auxiliary on.
  ///   - isLeading: whether the claim is the asker's view, whose "my" is made general
  ///     (`AskerWords`): "Doesn't my vote count for nothing?" asks about votes like theirs.
  static func askingOpenly(_ positive: [Token], isLeading: Bool = false) -> [Token]? {
    guard positive.count > 2 else { return nil }
    if positive[1].lowercased == "you" {
      let predicate = positive[2...].drop {
        FunctionWords.isVerbAdverb($0.lowercased) || $0.lowercased == "not"
      }
      return aboutThePerson(Array(predicate))
    }
    guard var statement = Proposition.reversed(positive) else { return nil }
    if isLeading { statement = AskerWords.generalizing(statement) }
    while let last = statement.last, last.kind == .punctuation { statement.removeLast() }
    // The subject the auxiliary was put after must read as one ("nuclear the obvious | is
    // answer" would not read as English); "do" is taken into the verb and leaves none to check.
    let auxiliary = positive[0].lowercased
    if let moved = statement.indices.dropFirst().first(where: {
      statement[$0].lowercased == auxiliary
    }), !isNounPhrase(Array(statement[..<moved])) {
      return nil
    }
    return settling(statement, isView: isLeading)
  }

  /// The claim asked about openly by its shape (`ClaimShapes`), or nil when its subject is
  /// people unnamed ("anyone") or no shape fits; a claim too long to read after "whether"
  /// loses the words that only say the question is asked now ("still", "these days"), which
  /// the claim holds or not without.
  /// - Parameters:
  ///   - isView: whether the person is asked for their view of the claim, not for a fact
  ///     about one particular thing.
  ///   - isDenied: whether the asker denied the claim ("the tram isn't late"), which is then
  ///     asked both ways (`ClaimShapes.body(for:statement:isView:isDenied:)`).
  static func settling(_ statement: [Token], isView: Bool, isDenied: Bool = false) -> [Token]? {
    // "Is anyone going to reply?" asks what others will do, which nobody weighs up.
    if let subject = statement.first?.lowercased, unknownPeople.contains(subject) { return nil }
    if guessesWhatItIs(statement) { return nil }
    if blamesDoneAct(statement.map(\.lowercased)) { return nil }
    // "Isn't that a bit of a cop out?": weighing whether it is one asks them to judge by the
    // asker's verdict, which a rewrite must leave out.
    if LoadedJudgements.hasVerdictPhrase(statement.map(\.lowercased)) { return nil }
    // "… the bus is late because the driver stopped for a chat": the reason is the asker's
    // answer; what the person thinks is behind it is the question.
    if let because = statement.firstIndex(where: { $0.lowercased == "because" }), because > 2 {
      return phrase("Why do you think") + statement[..<because]
    }
    let frame = ClaimShapes.viewFrame
    guard frame.count + statement.count > PresumptionCheck.maximumWhetherWords else {
      return ClaimShapes.body(
        for: ClauseParser.parse(statement), statement: statement, isView: isView,
        isDenied: isDenied)
    }
    let words = statement.map(\.lowercased)
    var kept: [Token] = []
    var index = 0
    while index < statement.count {
      if let time = nowPhrases.first(where: { words[index...].starts(with: $0) }) {
        index += time.count
        continue
      }
      kept.append(statement[index])
      index += 1
    }
    return ClaimShapes.body(
      for: ClauseParser.parse(kept), statement: kept, isView: isView, isDenied: isDenied)
  }

  /// Particles after a verb of weighing that bring in what was weighed: "thought about",
  /// "thought through", "considered of".
  private static let weighedTopicParticles: Set<String> = ["about", "of", "through", "over"]

  /// Whether words blame someone for what is done: "you should've rung first", "she ought to
  /// have asked". No open wording of their own words takes the blame back.
  static func blamesDoneAct(_ words: [String]) -> Bool {
    words.indices.contains { index in
      let joined = ["should've", "shouldve", "shoulda"].contains(words[index])
      let verb = index + (joined ? 1 : 2)
      guard verb < words.count else { return false }
      return
        (joined
        || (obligations.contains(words[index]) && ["have", "'ve", "of"].contains(words[index + 1])))
        && isParticiple(words[verb])
    }
  }

  /// Whether a word is a past participle: "asked", "been", "rung" ("have a laptop" is owning).
  private static func isParticiple(_ word: String) -> Bool {
    Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple || $0.form == .past }
  }

  /// Modals of what someone ought to do: with "have", blame for what was done.
  private static let obligations: Set<String> = ["should", "ought", "must", "shouldn't"]

  /// Subjects that stand for people not named: what they will do is no claim to weigh up.
  /// A sweep ("nobody wants …", "everyone knows …") is a claim, and is weighed.
  private static let unknownPeople: Set<String> = ["anyone", "anybody", "someone", "somebody"]

  /// Words that only say a claim is asked about now.
  private static let nowPhrases: [[String]] = [
    ["these", "days"], ["nowadays"], ["still"], ["any", "more"], ["anymore"], ["right", "now"],
    ["at", "the", "moment"], ["at", "all"], ["today"],
  ]

  /// A claim about the person ("you …") asked about by its verb (`PersonVerbShapes`): "How do
  /// you feel about the council?", "How would you feel if we moved?", "What do you remember
  /// about the flood?", "How do you see the mayor?", "How do you feel about voting for her?",
  /// "How do you feel about your booster?".
  /// - Parameter predicate: the verb, as written, and what follows it.
  static func aboutThePerson(_ predicate: [Token]) -> [Token]? {
    // "have to pay her back too much": the act alone (`PresumptiveWording`).
    if let act = PresumptiveWording.actAfterStance(predicate) { return aboutThePerson(Array(act)) }
    let predicate = PresumptiveWording.withoutExcess(predicate)
    guard let first = predicate.first else { return nil }
    let word = first.lowercased
    // "like" is a preposition too, which `baseForm` reads no verb in; "been" is "be".
    guard
      let base = word == "been" || word == "be"
        ? "be"
        : baseForm(word) ?? participleBase(word)
          ?? (PersonVerbShapes.shapes[word] == nil ? nil : word)
    else { return nil }
    // "yet" and "ever" belong to the yes/no question: "Have you quit yet?".
    let object = predicate.dropFirst().filter { !yesNoAdverbs.contains($0.lowercased) }
    // "feel guilty about the dog": the feeling is theirs to name, asked by what it is about.
    if base == "feel" { return feltAbout(Array(object)) }
    // "wanna" is written as one word: no rewrite can take its verb apart.
    if let next = object.first, !next.hasSpaceBefore, next.kind == .word { return nil }
    // "know that …" opens a clause; "know that?" names something.
    // "wearing that to the wedding": a "that" with no verb after it points at a thing.
    let opener =
      object.count > 1 && !isPointingThat(Array(object)) ? object.first?.lowercased : nil
    let opensClause = opener.map(clauseOpeners.contains) ?? object.isEmpty
    switch PersonVerbShapes.shapes[base] {
    case .feeling?:
      if opener == "if" { return phrase("How would you feel") + object }
      return opensClause ? nil : phrase("How do you feel about") + object
    case .knowing?:
      if opensClause { return nil }
      // "know red meat causes cancer": a claim the asker holds, asked about as an open one.
      if let verb = ClauseParser.finiteVerbIndex(in: Array(object)), verb > 0,
        !FunctionWords.questionWords.contains(object[object.startIndex].lowercased)
      {
        return phrase("What have you heard about whether") + object
      }
      return phrase("What do you") + [Token(base), Token("about")] + object
    case .viewing?:
      return opensClause ? nil : viewed(Array(object)).map { phrase("How do you see") + $0 }
    case .weighing?:
      // "thought about how much it will cost": what was weighed, asked about whole.
      if let particle = object.first?.lowercased, weighedTopicParticles.contains(particle),
        object.count > 1
      {
        return phrase("What are your thoughts on") + object.dropFirst()
      }
      return viewed(Array(object), inClause: true).map { phrase("How do you see") + $0 }
    case nil:
      // "going to quit your job" is about quitting it; "go to church" is about going.
      if word == "going", object.first?.lowercased == "to", object.count > 1,
        baseForm(object[1].lowercased) == object[1].lowercased
      {
        return aboutThePerson(Array(object.dropFirst()))
      }
      // "Have you had your booster?": how the person feels about it, done or not.
      if PersonVerbShapes.lightVerbs.contains(base), isDefiniteNounPhrase(Array(object)) {
        return phrase("How do you feel about") + object
      }
      // "been to the clinic" is "going to the clinic".
      let isGoing = word == "been" && object.first?.lowercased == "to"
      // "care that Mum does it all" asks how the person feels about what the clause says.
      if opener == "that" || opener.map(FunctionWords.subordinators.contains) == true {
        return caringVerbs.contains(base) ? situation(Array(object.dropFirst())) : nil
      }
      guard let gerund = isGoing ? "going" : base == "be" ? "being" : gerund(of: base) else {
        return nil
      }
      return phrase("How do you feel about") + [Token(gerund)] + object
    }
  }

  /// Whether an object opens with a "that" that points at a thing rather than opening a
  /// clause: no finite verb follows it ("that to the wedding", not "that it costs too much").
  private static func isPointingThat(_ object: [Token]) -> Bool {
    object.first?.lowercased == "that"
      && ClauseParser.finiteVerbIndex(in: Array(object.dropFirst())) == nil
  }

  /// What a view is of: a noun phrase object whole, or, for a verb that weighs a claim, the
  /// subject of the clause after it ("that your diet is the problem" → "your diet"); nil for
  /// a pronoun, which names nothing a question could keep.
  private static func viewed(_ object: [Token], inClause: Bool = false) -> [Token]? {
    var topic = object
    if inClause {
      if topic.first?.lowercased == "that" { topic.removeFirst() }
      if let verb = topic.firstIndex(where: {
        $0.kind == .word && FunctionWords.auxiliary($0.lowercased) != nil
      }) ?? ClauseParser.finiteVerbIndex(in: topic) {
        topic = Array(topic[..<verb])
      } else if topic.count < object.count {
        return nil
      }
    }
    guard let first = topic.first?.lowercased, topic.allSatisfy(\.isWord),
      !(topic.count == 1 && FunctionWords.subjectPronouns[first] != nil),
      !FunctionWords.questionWords.contains(first)
    else { return nil }
    return objectForm(topic)
  }

  /// Whether words are a definite noun phrase alone: "your booster", "the report".
  private static func isDefiniteNounPhrase(_ words: [Token]) -> Bool {
    guard words.count > 1, let first = words.first?.lowercased,
      first == "the" || FunctionWords.possessives.contains(first)
    else { return false }
    return words.dropFirst().allSatisfy {
      $0.isWord && !FunctionWords.isFunctionWord($0.lowercased)
    }
  }

  /// Adverbs that belong to the yes/no question or to the complaint in it ("Did you vote for
  /// them again?"), not to the act a rewrite asks about.
  private static let yesNoAdverbs: Set<String> = ["yet", "ever", "already", "again"]

  /// Verbs of caring whose clause is the situation asked about: "care that …", "mind that …".
  private static let caringVerbs: Set<String> = ["care", "mind", "worry", "notice", "see"]

  /// "How do you feel about Mum doing everything alone?" for "Mum is doing everything alone":
  /// the clause's subject with its verb as a gerund; nil when it does not parse.
  private static func situation(_ words: [Token]) -> [Token]? {
    guard let clause = ClauseParser.parse(words), !clause.isNegated, !clause.subject.isEmpty,
      clause.subject.count <= 4
    else { return nil }
    var act: [Token]
    switch clause.verb {
    case .be:
      if let first = clause.rest.first, first.lowercased.hasSuffix("ing") {
        act = clause.rest
      } else {
        act = [Token("being")] + clause.rest
      }
    case .lexical:
      guard let verb = clause.lexicalVerb, let base = baseForm(verb.lowercased),
        let gerund = gerund(of: base)
      else { return nil }
      act = [Token(gerund)] + clause.rest
    default:
      return nil
    }
    return phrase("How do you feel about") + objectForm(clause.subject) + act
  }

  /// The base of a past participle after "have": "given" → "give".
  private static func participleBase(_ word: String) -> String? {
    Lexicon.verbReadings(of: word).first { $0.form == .pastParticiple }?.base
  }

  /// Words that open a clause or an infinitive after a verb, which "about" cannot take:
  /// "know that …", "like to …".
  private static let clauseOpeners: Set<String> = ["that", "to", "if", "whether"]

  /// A claim about the person put in a clause ("you've read it", "you voted for her", "you're
  /// still with her", "you're smoking", "you'd mind if …"), asked about by its verb.
  static func aboutThePerson(_ clause: Clause) -> [Token]? {
    switch clause.verb {
    case .lexical:
      guard let verb = clause.lexicalVerb else { return nil }
      return aboutThePerson([verb] + clause.rest)
    case .perfect:
      return aboutThePerson(clause.rest)
    case .be:
      let rest = clause.rest
      if let first = rest.first?.lowercased, first.hasSuffix("ing"), baseForm(first) != nil {
        return aboutThePerson(rest)  // "Are you smoking?" asks about smoking.
      }
      return aboutThePerson([Token("be")] + rest)
    case .modal(let modal):
      // "Would you mind if we …?", "Would you like some help?": a feeling the person might
      // have. Other modals ask what they would or could do, which other rules ask about.
      guard modal == "would", let verb = clause.rest.first?.lowercased,
        PersonVerbShapes.shapes[verb] == .feeling
      else { return nil }
      let object = Array(clause.rest.dropFirst())
      guard let opener = object.first?.lowercased else { return nil }
      if opener == "if" { return phrase("How would you feel") + object }
      // "Would you like to see more rules?" → "How would you feel about seeing more rules?":
      // an infinitive cannot follow "about", its -ing form can.
      if opener == "to", object.count > 2, let gerund = gerund(of: object[1].lowercased) {
        return phrase("How would you feel about") + [Token(gerund)] + object.dropFirst(2)
      }
      return clauseOpeners.contains(opener) ? nil : phrase("How would you feel about") + object
    }
  }
}
