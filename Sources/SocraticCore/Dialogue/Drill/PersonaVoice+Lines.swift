extension PersonaVoice {
  /// The persona's voice.
  /// - Parameters:
  ///   - persona: the persona as logged: its belief, claim, inverted claim and reasons.
  ///   - replies: what the pack's belief says when questioned.
  ///   - terms: the key terms of the belief.
  ///   - keywords: the keywords of its pack: a question about them asks about its subject,
  ///     not about something it has not thought of.
  ///   - counters: what those who disagree say: the reasons of its pack's beliefs on the other
  ///     side, nearest its own first.
  ///   - subject: what the belief is about, as its story names it (the pack's title).
  ///   - kindred: what others on its side say: the reasons and replies of its pack's other
  ///     beliefs on its side, nearest its own first.
  init(
    persona: SessionEvent.Persona, replies: [String], terms: [String], keywords: [String] = [],
    counters: [String] = [], subject: String? = nil, kindred: [KindredBelief] = []
  ) {
    let isPersonal = Self.speaksOfItself(persona.belief)
    let claim = isPersonal ? nil : persona.claim
    let beliefWords = TopicWords(persona.belief).lemmas
    func spoken(_ text: String, _ source: Source) -> Line {
      Line(text: text, source: source, topic: TopicWords(text, ignoring: beliefWords).lemmas)
    }
    let reasons = persona.reasons.map { spoken($0, .reason) }
    // A reply that says what would change its mind ("I'd change my mind if …") is kept for
    // that question, never given as evidence.
    let changing = replies.filter(Self.saysWhatWouldChangeMind)
    let answers = replies.filter { !Self.saysWhatWouldChangeMind($0) }.map { spoken($0, .reply) }
    var lines = reasons + answers
    lines += Self.changeOfMindLines(
      packLines: changing, reason: persona.reasons.first, belief: persona.belief
    ).map {
      spoken($0, .changeOfMind)
    }
    // What others on its side say, for a question about a thing its own lines do not speak of.
    // Each speaks of what its belief names as well ("Deepfakes will …" for "Fake videos …").
    lines += kindred.flatMap { other in
      let named = TopicWords(other.text, ignoring: beliefWords).lemmas
      return other.lines.filter { !Self.saysWhatWouldChangeMind($0) }.map {
        var line = spoken($0, .kindred)
        line.topic.formUnion(named)
        return line
      }
    }
    lines += Self.knowsLittleLines.map { Line(text: $0, source: .knowsLittle) }
    // How it grants a word of its own goes too far, found again in what it said.
    lines += (Self.quantifierGrants.values.sorted() + [Self.wordKept]).map {
      Line(text: $0, source: .grant)
    }
    // A belief about itself is meant in its own words: "my country", never the "your country"
    // the engine's claim says back to it.
    let ownWords = BeliefReader.casingFirstWord(
      BeliefReader.trimmed(Tokenizer.tokenize(persona.belief))
    ).joinedText
    let ownClaim = claim ?? (ownWords.hasPrefix("i ") ? "I" + ownWords.dropFirst() : ownWords)
    lines.append(Line(text: "I mean it plainly: \(ownClaim).", source: .meaning))
    var meanings: [String: Reply] = [:]
    for term in Self.definable(terms, in: persona.belief) {
      let meaning = Self.meaning(of: term)
      meanings[DrillDialogue.key(of: term)] = meaning
      lines.append(Line(text: meaning.text, source: .meaning))
    }
    // The other side in its own reasons, from the pack; never the engine's negation of the
    // belief, which reads as a different claim. A counter that leans on its own belief ("they
    // put pressure on …", of sanctions) would name something else here: it is left out, as
    // is one in its speaker's first person ("the people I know …"), no one else's to say.
    let standalone = counters.filter {
      !Self.leansOnWhatCameBefore($0) && !Self.speaksAsItsSpeaker($0)
    }
    let otherSide =
      standalone.isEmpty
      ? reasons.prefix(1).map { Self.doubting(as: "they") + Self.runOn($0.text) }
      : standalone.map(Self.runOn)
    lines += otherSide.map {
      Line(text: Self.othersOpening + " it's not that simple: " + $0, source: .others)
    }
    // What hangs on it and why it matters are said of its own belief, so no two personas
    // say them alike.
    lines.append(Line(text: Self.consequenceLine(of: claim), source: .consequence))
    // What it would guess of a change it has not thought through: no more than it knows.
    lines += reasons.map { reason in
      Line(
        text: "I can't say for sure what would happen then. What I do know is that "
          + Self.runOn(reason.text),
        source: .guess)
    }
    lines.append(Line(text: Self.stakeLine(of: claim), source: .stake))
    // What it takes for granted is what its reasons state: once it has given them as reasons,
    // it can own them as assumptions.
    lines += reasons.map { reason in
      Line(
        text: "I suppose I take it for granted that " + Self.runOn(reason.text), source: .assumption
      )
    }
    lines.append(
      Line(
        text:
          "I suppose I take it for granted that things will go on the way they have been going.",
        source: .assumption))
    lines += [
      Line(
        text: claim.map { "Short answer: I still think \($0)." }
          ?? "Short answer: I still think so.",
        source: .shortAnswer),
      Line(text: "Yes or no won't cover it, but I stand by what I said.", source: .shortAnswer),
      Line(text: "In a word: I'm sticking with it.", source: .shortAnswer),
    ]
    // Each persona digs in with its own line first, so two drills do not open the same way.
    // The short ones take turns; the one that restates the belief, longer, comes after them,
    // and the last defences after that, once the belief has been restated.
    let short = Self.shortDefences
    let first = (persona.belief.utf8.reduce(0) { $0 &* 31 &+ Int($1) } & Int.max) % short.count
    lines += (short[first...] + short[..<first] + [Self.restated(claim)] + Self.lastDefences).map {
      Line(text: $0, source: .defence)
    }
    lines.append(Line(text: Self.protest, source: .protest))
    lines += Self.unreadyLines.map { Line(text: $0, source: .unready) }
    // Its stock lines for an exception and for its story, in its own order too.
    func turned(_ stock: [String]) -> [String] {
      let start = first % stock.count
      return Array(stock[start...] + stock[..<start])
    }
    lines += turned(Self.exceptionGrants).map { Line(text: $0, source: .exception) }
    lines += turned(Self.originStories).map { Line(text: $0, source: .origin) }
    lines += ([Self.noFurtherStory] + Self.noStoryLines + Self.noneKnownLines).map {
      Line(text: $0, source: .noStory)
    }
    self.lines = lines
    self.meanings = meanings
    self.evidence = Self.pair(reasons, with: answers)
    self.ownClaim = ownClaim
    self.beliefWords = beliefWords
    self.subjectWords = TopicWords(keywords.joined(separator: ", ")).lemmas
    self.spokenOf = (reasons + answers).reduce(into: []) { $0.formUnion($1.topic) }
    self.subject = subject
    self.traces = lines.map { LineTrace($0.text) }
  }

  /// What a leading question gets: short and firm, never a reason, which a question that
  /// pushes has not earned.
  /// Never a flat "No", which would deny what may be a checkable fact.
  static let shortDefences = [
    "I've heard that before, and I'm not convinced.",
    "I can see why you'd put it that way, but it isn't how it looks from where I stand.",
    "That's not how I see it, and you won't talk me into it.",
    "I've thought about this more than you'd guess, and I'm staying put.",
  ]

  /// What a leading question pushed it to call something, handed back as the asker's word:
  /// "“Risky” is your word, not mine. ", worded otherwise once said this drill of any word.
  static func disowned(_ quality: String, saidSentences: Set<String>) -> String {
    unsaid(disowningFrames, filling: quality, saidSentences: saidSentences)
      + " "
  }

  /// How it hands back a word it was pushed to call something, `{}` standing for the word.
  static let disowningFrames = [
    "\u{201C}{}\u{201D} is your word, not mine.", "I wouldn't call it \u{201C}{}\u{201D} myself.",
    "\u{201C}{}\u{201D} isn't how I'd put it.",
  ]

  /// Its firm lines once the short ones and the belief restated are said: still no reason.
  static let lastDefences = [
    "We'll have to disagree on that one.",
    "Maybe, but it would take more than that to move me.",
  ]

  /// What it says to a leading question that puts a view or a motive on it.
  static let protest = "You're putting words in my mouth. I stand by what I said."

  /// Its defence after the short ones: the belief, restated, before `lastDefences`.
  private static func restated(_ claim: String?) -> String {
    (claim.map { "I still think \($0)." } ?? "I still think so.")
      + " Nothing you've said changes that."
  }

  /// What it says to a question about something it has no line on.
  private static let unreadyLines = [
    "Hm. I haven't really thought about that.",
    "Hm. That's something I haven't really looked into.",
    "Honestly? I haven't really thought about that, and I don't have an answer ready.",
  ]

  /// The key terms worth defining: not absolutes ("all", "never"), which a reason answers
  /// better, nor names written with a capital inside the belief ("Trump").
  private static func definable(_ terms: [String], in belief: String) -> [String] {
    let tokens = Tokenizer.tokenize(belief)
    let names = Set(tokens.dropFirst().filter(\.isCapitalized).map(\.lowercased))
    return terms.filter { !KeyTermFinder.isAbsolute($0) && !names.contains($0.lowercased()) }
  }

  /// What it means by a word of its belief: the definition it has for it, else that it means
  /// nothing technical by it (what it has in mind follows: `covered(_:by:said:)`).
  static func meaning(of term: String) -> Reply {
    let quoted = "\u{201C}\(term)\u{201D}"
    guard let definition = PersonaDefinitions.definition(of: term) else {
      return Reply(text: "I don't mean anything technical by \(quoted).")
    }
    return Reply(text: "By \(quoted) I mean \(definition).")
  }

  /// The reasons a persona gives when its pack lists none: the reason its belief states, and
  /// what anyone holding a belief might say for it.
  static func reasons(for belief: String) -> [String] {
    var reasons: [String] = []
    let firstSentence = SentenceSplitter.sentences(in: Tokenizer.tokenize(belief)).first ?? []
    if let stated = ReasonSplitter.split(firstSentence).reason {
      switch ReasonSplitter.content(of: BeliefReader.trimmed(stated)) {
      case .clause(let tokens): reasons.append(Self.sentence(tokens))
      case .thing(let tokens): reasons.append("Look at " + tokens.joinedText + ".")
      case nil: break
      }
    }
    reasons += stockReasons
    return reasons
  }

  /// Whether a belief speaks of the one who holds it ("I", "my"): the engine's claim puts that
  /// in the second person, as said back to them, so the persona does not repeat it.
  static func speaksOfItself(_ belief: String) -> Bool {
    Tokenizer.tokenize(belief).contains {
      ["i", "me", "my", "mine", "myself"].contains($0.lowercased)
    }
  }

  /// Tokens as a sentence: the first letter capitalised, a full stop at the end.
  private static func sentence(_ tokens: [Token]) -> String {
    let text = tokens.joinedText
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }
}

extension String {
  /// The text without a full stop at its end, to go inside a longer sentence.
  var withoutFullStop: String {
    hasSuffix(".") ? String(dropLast()) : self
  }
}

/// What the persona draws on for each form and kind of question, and says once it is used up.
extension PersonaVoice {
  /// What the persona says when it has said all it has for a kind of question.
  static func usedUp(form: QuestionForm, kind: QuestionKind?) -> String {
    switch form {
    case .leading: return "You keep pushing, and I keep my view."
    case .closed: return "Same short answer as before: I stand by it."
    case .reflection: return "Yes, that's it. That's how I see it."
    case .statement: return "You're telling me, not asking me. I see it my way."
    case .open: break
    }
    switch kind ?? .clarification {
    case .evidence: return "Those are my reasons; I don't have better ones to give you."
    case .assumptions: return "I've told you what I take for granted; I don't see anything else."
    case .viewpoints:
      return "I've said how others see it; I still think they're missing something."
    case .inversion: return "I've told you what would change my mind, and I haven't seen it yet."
    case .clarification: return "I've put it as plainly as I can."
    case .implications: return "I've said where I think it leads."
    case .meta: return "I've said why it matters to me."
    }
  }

  /// Every line `usedUp(form:kind:)` says.
  static let usedUpLines: Set<String> = Set(
    QuestionForm.allCases.flatMap { form in
      QuestionKind.allCases.map { usedUp(form: form, kind: $0) }
    })

  /// What it says hangs on its belief: on a claim about the world, that those who ignore it are
  /// making a mistake; on its own life, what it would be throwing away.
  static func consequenceLine(of claim: String?) -> String {
    guard let claim else { return "If I'm right about this, ignoring it would cost me." }
    return "If I'm right that \(claim), a lot of people are making a mistake by ignoring it."
  }

  /// Why its belief matters to it: on a claim about the world, that people would find it out
  /// too late; on its own life, that the life is its own.
  static func stakeLine(of claim: String?) -> String {
    guard let claim else { return "It matters to me because it's my own life we're talking about." }
    return "It matters to me because I'd hate to see people find out too late that \(claim)."
  }

  /// The sources a question draws on, best first, and the sentence that opens a reason or a
  /// reply in answer to it.
  static func plan(form: QuestionForm, kind: QuestionKind?) -> ([Source], String?) {
    switch form {
    case .leading: return ([.defence], nil)
    case .closed: return ([.shortAnswer], nil)
    case .reflection: return ([.reason, .reply], "Yes, exactly \u{2014} and")
    case .statement: return ([.reason, .reply], "That's your view, not mine.")
    case .open: break
    }
    switch kind ?? .clarification {
    case .evidence: return ([.reason, .reply], nil)
    case .assumptions: return ([.reason, .assumption, .reply], "I wouldn't call it an assumption.")
    case .viewpoints: return ([.reply, .others, .reason], "I know not everyone sees it my way.")
    case .inversion:
      return ([.changeOfMind, .reply, .reason], "It would take a lot to change my mind.")
    case .clarification: return ([.meaning, .reason], "What I mean is simple.")
    case .implications: return ([.reply, .consequence, .reason], "If I'm right, it matters.")
    case .meta: return ([.reason, .stake, .reply], "It matters to me.")
    }
  }
}
