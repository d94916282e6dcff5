/// The arc's questions about what the person just told, with what they told named short: the
/// person of their story ("your neighbour"), the thing they put first ("that experiment"),
/// never the whole claim pasted into a frame ("What does that tell you about whether …?" came
/// in every session and read as a machine). Each family has several wordings; which is offered
/// first depends on the belief, so a session on another belief hears other words.
extension ExploreArc {
  /// Ways of asking what something that happened to someone of theirs showed them; `{who}` is
  /// that person, named as they named them ("your neighbour"), `{seeing}` their view, named
  /// ("the way you see the war", "your view that rents are too high"): "shape the way you see
  /// this?" met "shape it how?".
  static let tellingWordingsWithSomeone = [
    "What stays with you most from what happened with {who}?",
    // "How did that change …" presumed it did.
    "What part, if any, did what happened with {who} play in {seeing}?",
  ]

  /// Ways of asking what an event of their own showed them, no one else named; `{told}` is the
  /// event in their words: "What did you take away from that?" met "from what?".
  static let tellingWordingsOfAnEvent = [
    "You said {told}. What part, if any, did that play in {seeing}?",
    "You said {told}. What stays with you most from that?",
  ]

  /// Ways of asking what a part of their life that is no event shows them ("I run a bakery"),
  /// `{told}` named in their words: "that part of your life" alone met "which part?".
  static let tellingWordingsOfTheirLife = [
    "You said {told}. How does that bear on {seeing}?",
    // "What does that show you that others might miss?" praised what it had not heard.
    "You said {told}. How has that shaped {seeing}, if at all?",
  ]

  /// Ways of asking about a part of their life given as why they hold the view ("i drive
  /// for a living"): what part it played in the view was answered by giving it, so what it is
  /// like is asked.
  static let tellingWordingsOfTheirReason = ["You said {told}. What is that like for you?"]

  /// Their view named for a question about a story: by what it is about when it says what a
  /// thing is ("the way you see the war in the east"), else as a whole when short ("your view
  /// that schools should ban phones"); nil when neither can be named.
  var namedSeeing: String? {
    let tokens = Tokenizer.tokenize(belief.claim)
    if let clause = ClauseParser.parse(tokens), case .be = clause.verb {
      let words = clause.subject.filter(\.isWord)
      if (1...Self.subjectWordLimit).contains(words.count),
        !Self.pronounSubjects.contains(words[0].lowercased),
        let named = ReflectionWriter.secondPersonPhrase(words.joinedText)
      {
        let isName = words[0].text.first?.isUppercase == true && words[0].lowercased != "i"
        return "the way you see "
          + (isName ? named : named.prefix(1).lowercased() + named.dropFirst())
      }
    }
    return namedClaim.map { "your view that \($0)" }
  }

  /// How many words what they told may have to be named in a question about it.
  static let toldWordLimit = 16

  /// How many words a belief's subject may have to be named in a question.
  static let subjectWordLimit = 5

  /// Subjects that name nothing on their own.
  static let pronounSubjects: Set<String> = [
    "it", "this", "that", "they", "there", "i", "we", "you", "he", "she", "everyone",
    "everybody", "nobody", "people", "things", "everything", "what",
  ]

  /// Ways of asking for more reasons after one, without the claim pasted in again.
  static let moreReasonWordings = [
    "Apart from that, what else leads you to see it this way?",
    "Besides that, what else makes you think so?",
    "What else brings you to this view, apart from that?",
  ]

  /// Ways of asking for the story of the belief (deep canvassing's "tell me about a time").
  static let storyWordings = [
    "When did you first come to see it this way?",
    "What happened that first made you see it this way?",
    "What was the moment this first came home to you?",
  ]

  /// How the thing they put first is asked about; `{first}` is it, in their words.
  static let rankedWordings = [
    "What is it about {first} that weighs most for you?",
    "What makes {first} count for more than the rest, for you?",
  ]

  /// The wordings in the order this belief offers them: the same belief hears the same words
  /// (a resumed session asks what it would have asked), another belief starts elsewhere.
  func varied(_ wordings: [String]) -> [String] {
    guard !wordings.isEmpty else { return [] }
    // A fixed hash of the claim's letters: Swift's own `hashValue` differs from run to run.
    let seed = belief.claim.lowercased().unicodeScalars.reduce(UInt64(5381)) {
      $0 &* 33 &+ UInt64($1.value)
    }
    return Self.rotated(wordings, by: seed)
  }

  /// The wordings from the one `seed` picks, then round from the first.
  static func rotated(_ wordings: [String], by seed: UInt64) -> [String] {
    guard !wordings.isEmpty else { return [] }
    let start = Int(seed % UInt64(wordings.count))
    return Array(wordings[start...] + wordings[..<start])
  }

  /// A question that restates the belief while it is short enough to hear in one breath; a
  /// longer one is pointed at ("What leads you to think that kids spend too much time on
  /// phones and it's ruining their attention?" reads as a form filled in).
  /// - Parameters:
  ///   - wording: the question with `{claim}` or `{inverted}` in it.
  ///   - short: the question without the belief in it.
  func restating(_ wording: String, or short: String) -> String {
    let slot = wording.contains("{inverted}") ? belief.inverted : belief.claim
    guard slot.split(separator: " ").count <= Self.restatedWordLimit else { return short }
    return wording.replacing("{claim}", with: belief.claim).replacing(
      "{inverted}", with: belief.inverted)
  }

  /// The belief, when it is short enough to name in a question.
  var namedClaim: String? {
    belief.claim.split(separator: " ").count <= Self.restatedWordLimit ? belief.claim : nil
  }

  /// How many words a belief may have to be restated in a question.
  static let restatedWordLimit = 9

  /// The questions about something they told, pointing back at it by who it happened to, or
  /// as an event of theirs named in their words, or as a part of their life; a wording whose
  /// slot has nothing to name is not asked. After a loss or a hurt, what stays with them comes first.
  /// - Parameter event: whether what they told happened (is in the past).
  func tellingWordings(of told: String, event: Bool) -> [String] {
    // "everyone at work calls it the january tax": a name is an aside, nothing they lived.
    guard !QuestionSlot.isNaming(told) else { return [] }
    // "my mum cried when it closed": a hurt is met as a loss is, by what stays with them.
    let loss = AnswerFollowUp.tellsALoss(told) || Self.tellsAHurt(told)
    // "ive had 3 fines this year" told as why they hold the view: what part it played in the
    // view was answered by giving it ("well obviously").
    let givenForTheView = givenAsTheReason(told)
    func filled(_ wordings: [String], _ slot: String, _ value: String) -> [String] {
      let ordered = loss ? wordings : varied(wordings)
      return ordered.compactMap { wording in
        let text = wording.replacing(slot, with: value)
        guard text.contains("{seeing}") else { return text }
        guard !givenForTheView else { return nil }
        return namedSeeing.map { text.replacing("{seeing}", with: $0) }
      }
    }
    // "my cousin is a banker": nothing happened with her to ask about; "its my mum really. she
    // was shaken up for weeks" tells it in a later sentence.
    let sentences = SentenceSplitter.sentences(
      in: Tokenizer.tokenize(String(told.prefix(AnswerFollowUp.readLimit)))
    ).map { Array($0).joinedText }
    let happened = event || sentences.contains(where: AnswerFollowUp.tellsAnEvent)
    if happened, let who = Self.personOfTheEvent(in: sentences) {
      return filled(Self.tellingWordingsWithSomeone, "{who}", who)
    }
    // "that" with nothing named met "take away from what?": the event is named, or not asked.
    // "everyone I know lost money" is no clause the slot takes whole; as the reflection gives
    // it back ("everyone you know lost money") it still names what they told.
    let given = ReflectionWriter.given(told).map(Self.withDroppedSubject).flatMap {
      $0.split(separator: " ").count <= Self.toldWordLimit && !QuestionSlot.isFragment($0)
        && QuestionSlot.readsPlainly($0) ? $0 : nil
    }
    // "You said you manage." gave back a verb with nothing it is about.
    // "you didn't get the question", "you're plenty sure son": the talk, a rating or a word
    // of address is nothing they told about their view.
    guard let named = QuestionSlot.quotedClause(told) ?? given, QuestionSlot.saysWhat(named),
      QuestionSlot.isPastable(told), QuestionSlot.isPastable(named)
    else { return [] }
    // "he's her dad", "the one on our road catches loads": a fact given as the reason is
    // about someone or something else; what it is like for them asks after a feeling it never
    // held.
    // "you're 61": an age is who they are, nothing they live through to say what it is like.
    if !event, givenForTheView, !Self.isAboutThem(named) || Self.tellsAnAge(named) { return [] }
    return filled(
      event
        ? Self.tellingWordingsOfAnEvent
        : givenForTheView ? Self.tellingWordingsOfTheirReason : Self.tellingWordingsOfTheirLife,
      "{told}", lastText.map { ReflectionWriter.settingAmountRight(named, in: $0) } ?? named)
  }

  /// Whether a clause given back in the second person is about them: its subject is "you" or
  /// theirs ("your commute", "your son"), not someone or something else.
  static func isAboutThem(_ clause: String) -> Bool {
    guard let first = Tokenizer.tokenize(clause).first(where: \.isWord)?.lowercased else {
      return false
    }
    return first == "your" || AnswerFollowUp.isAboutThemselves(Substring(first))
  }

  /// Whether something they told was given as why they hold the view: in answer to what
  /// leads them to it, or filed as one of their reasons.
  func givenAsTheReason(_ told: String) -> Bool {
    [.reasons, .moreReasons].contains(answered) || isFiledAsReason(told)
  }

  /// Someone of theirs named in the sentence that tells what happened, or in the one before
  /// when it tells it of "he" or "she" ("its my mum really. she was shaken up for weeks"); a
  /// person named beside it ("i came here in 2019. i send money home to my mum") is not
  /// whom it happened with.
  static func personOfTheEvent(in sentences: [String]) -> String? {
    for (index, sentence) in sentences.enumerated() where AnswerFollowUp.tellsAnEvent(sentence) {
      if let who = AnswerFollowUp.relativeIn(sentence) { return who }
      let pointsBack = Tokenizer.tokenize(sentence).contains {
        storyPeople.contains($0.lowercased)
      }
      if pointsBack, index > 0, let who = AnswerFollowUp.relativeIn(sentences[index - 1]) {
        return who
      }
    }
    return nil
  }

  /// The question about what an answer put first, named in their words ("mostly that
  /// experiment" → "that experiment"); nil when it ranks nothing it names short.
  func rankedQuestion(in answer: String?) -> String? {
    guard let answer, let first = Self.rankedPhrase(in: answer) else { return nil }
    return varied(Self.rankedWordings).lazy.map { $0.replacing("{first}", with: first) }.first
  }

  /// What an answer puts above the rest, as a short noun phrase in the second person: "the main
  /// thing is the fairness of it really" → "the fairness of it"; "mostly my kids, tbh" → "your
  /// kids". Nil when the words after the cue are a clause, or longer than a name.
  static func rankedPhrase(in answer: String) -> String? {
    // "mostly the same love, …": what they call the listener names nothing they put first.
    let tokens = AnswerMoveReader.withoutListenerNames(
      Shorthand.expanded(Tokenizer.tokenize(String(answer.prefix(AnswerFollowUp.readLimit)))))
    for start in tokens.indices {
      guard let length = rankingLeads.matchEnd(atStartOf: Array(tokens[start...])) else {
        continue
      }
      var phrase = Array(tokens[(start + length)...].prefix { $0.kind != .punctuation })
      while let last = phrase.last, closingFillers.contains(last.lowercased) {
        phrase.removeLast()
      }
      // "it's mostly fine": a thing put first is named by a noun phrase, opened by a
      // determiner; "that nobody checks" is a clause, no name.
      let tags = ClauseScanner(tokens: phrase).tags
      guard (2...rankedPhraseLimit).contains(phrase.count),
        phraseOpeners.contains(phrase[0].lowercased),
        tags.allSatisfy({ ![.finiteVerb, .auxiliary].contains($0) }),
        !QuestionPlan.nouns(in: phrase.joinedText).isEmpty,
        let named = ReflectionWriter.secondPersonPhrase(phrase.joinedText)
      else { return nil }
      let isName = phrase[0].text.first?.isUppercase == true && phrase[0].lowercased != "i"
      return isName ? named : named.prefix(1).lowercased() + named.dropFirst()
    }
    return nil
  }

  /// What they make of how someone they quoted sees it ("my brother says the same thing"),
  /// that person named as one of theirs ("your brother"); nil when the answer reports no one
  /// of theirs, or they turned against the one it reports ("he's wrong", "i disagree"): a
  /// view they reject is never weighed as one to listen to; nor when they sided with it ("she
  /// has a point"), which says what they make of it.
  func voucherQuestion(in answer: ReadAnswer) -> String? {
    // A view the map filed from the answer ("my brother … and he thinks …"), read with no
    // side taken, is asked about too, in the first wording.
    let told =
      answer.views.map { ($0, varied(Self.voucherWordings)) }
      + viewsToldLast.map { ($0, [Self.voucherWordings[0]]) }
    // "she's probably right about the petrol": what they make of it is said already.
    let judged = Self.turnsAgainstSomeone(lastText) || Self.sidesWithSomeone(lastText)
    for (view, wordings) in told where view.stance != .disagrees && !judged {
      // "my son would", "dad", "my brother literally": only the person is named, as theirs;
      // a pronoun or a name names no one the question can make theirs.
      guard let who = AnswerFollowUp.ownPersonNamed(view.who),
        !map.views.contains(where: {
          $0.stance == .disagrees && AnswerFollowUp.ownPersonNamed($0.who) == who
        })
      else { continue }
      return wordings.first.map { $0.replacing("{who}", with: who) }
    }
    return nil
  }

  /// Ways of asking what they make of someone they quoted, presuming neither that the person
  /// is an authority nor that they side with them; `{who}` is that person.
  static let voucherWordings = [
    "What do you make of how {who} sees it?",
    "Where do you and {who} see it the same way, and where not?",
  ]

  /// The words that put what follows them above the rest: "the main thing is", "mostly".
  static let rankingLeads = PartnerCueMatcher([
    "(the|my) (main|biggest|real|big|number one|first) (thing|reason|one|part|issue|point) (is|was|'s)",
    "(mostly|mainly|above all|most of all|more than anything)",
  ])

  /// How many words a thing put first may have to be named back short.
  static let rankedPhraseLimit = 6

  /// Words that close a phrase and are no part of it: "the fairness of it really".
  static let closingFillers: Set<String> = [
    "really", "tbh", "honestly", "though", "tho", "i", "think", "guess", "probably", "anyway",
  ]

  /// The words that open a noun phrase naming what they put first: "the cost", "my kids".
  static let phraseOpeners: Set<String> = [
    "the", "my", "our", "that", "this", "those", "these", "his", "her", "their", "its",
  ]
}
