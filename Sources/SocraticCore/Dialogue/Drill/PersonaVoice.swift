/// What a drill's persona says: in the first person, in character, answering the question it
/// was asked, by its form, its kind and its terms.
///
/// It speaks from lines of its own (`PersonaVoice+Lines.swift`; how they are said, in
/// `PersonaVoice+Saying.swift`): the reasons of the pack's belief (or the engine's), the pack's
/// replies, each reason's evidence (the reply that speaks of it), what its key terms mean, and
/// lines made from the belief for each kind of question.
/// A question is answered in this order:
///
/// | question | reply |
/// | --- | --- |
/// | open or closed, about something it never said ("the treaties you mentioned") | "I didn't say anything about the treaties. What I said is that …" |
/// | leading | its own line on what it pushed, not said yet ("Here's how I see it: …"); to a view or a motive put on it ("you're only saying that because …"), "You're putting words in my mouth."; else a short, firm line, after what it was pushed to call something handed back ("“Risky” is your word, not mine. …"); never the asker's words said back, never a flat "No" |
/// | closed, about an exception ("Was there ever …?") | "Maybe at the very edges, but not enough to change my mind: …" |
/// | closed, about itself ("Have you ever …?", "Did you vote …?") | yes with its line of its own life on it, else "No, I haven't." and the reason it goes on; an open second half gets how it came to the belief |
/// | closed | a short answer: the line it names, else "Short answer: I still think …"; about something it has no line on, "Hm. …" |
/// | a reflection | welcomed, in words that change as the drill goes on ("Yes, exactly — and …", "That's right, and …"), then the evidence of the reason reflected, a line it names, or a reason; one that gives back a second side ("… even if …") is granted: "Partly. I'll grant you …" |
/// | a feeling of its own given back ("you sound worn out") | "It's been a lot, honestly." and a line of its own not said yet, unmoved |
/// | a caricature of its view as if given back ("so you're basically saying X then?") | "No, that's not what I'm saying. What I'm saying is that …, because …" (`Caricature`) |
/// | a statement | "That's your view, not mine.", then a reason or a reply |
/// | a case ("Which … are you thinking of?") or a source ("Where did you hear that?") | the evidence of the reason asked about (a case names something), else "Honestly, I can't name one …" / "I couldn't point you to a source", with what it can say |
/// | a story ("Tell me about a time you …", "Can you think of a time …?") | a line of its own life, of someone it knows or a named case, not told yet; else that it has none ("Nothing that happened to me personally.", "No story beyond what I've already said, I'm afraid.") and a reason not said yet: it makes none up |
/// | how it works ("How would that work, step by step?") | for a belief that calls for an act, who would do it first, then its line on what that would bring, and what it hasn't worked out; else its lines not said yet as steps; else that it hasn't worked it out step by step, and what it is sure of (it is shaken) |
/// | whether it trusts someone ("Do you trust them to …?") | "Not blindly, no. …" and what it goes on |
/// | a plain fact of its life ("what do you do for a living?", "how many kids have you got?") | that fact, the same all drill long (`PersonaLife`): "Two, both grown up …" (never shaken) |
/// | a plain thing of its everyday life ("what's in your garden?", "who else lives with you?") | its own line on that thing ("My shed? …"), else "My garden? Nothing special, honestly: much like anyone's." (never shaken) |
/// | its own life ("What does it mean in your own life?") | its line of its own life, else that it follows the matter more than it lives it, and why it matters to it |
/// | more detail ("What does that look like day to day?") | a line not said yet on the same words, else "Hm, I don't actually know the details." (it is shaken) |
/// | how someone named would see it ("How would a nurse who … see this?") | what those who disagree say, said of them ("A nurse who … would probably say …") |
/// | what would change its mind | the pack's line on what would change it ("I'd change my mind if …"), else the kind of evidence that would ("figures or real cases from people with no stake in it"); never its reason said back as undone |
/// | open, its own view, feeling or lot ("how do you feel about it?", "what's the hardest part for you?", "what would you tell someone whose …?") | "From where I stand, …, because …" and a reason not said yet; never that it knows little of a word of the question |
/// | a case of the asker's own, then "how does that fit?" | "That did give me pause, I'll admit. But one case doesn't undo it for me: …" (it is shaken) |
/// | open, "what do you mean by X?" | its definition of X (of a word of X), with an example from its lines; a word of its belief it has none for, "I don't mean anything technical by …" and what it has in mind (a reason not said yet, else the one that uses the word); a word of its lines, that line or another as an example; "I didn't say …" for a word it never used |
/// | open, naming what a line speaks of | that line ("How has Sweden's tax worked out?" → the reply about Sweden); a reason said already, its evidence |
/// | open, evidence for the reason just given ("How do you know that?") | that reason's evidence |
/// | open, which reason weighs most | the first reason it gave: "The one that weighs most with me: …" |
/// | open, "what would happen if …" a change no line speaks of | that it can't say for sure, and what it does know |
/// | open or closed, about the cost of something its belief is not about ("how much would it all cost?") | its line on the cost not said yet; else that it has told all it knows of it; else "Honestly, I don't know what it costs; …" (it is shaken) |
/// | open, "compared to what?" | what its belief names after "than" ("Compared with banks: …") and a reason; with none, "Fair question: I haven't set it beside much else." (it is shaken) |
/// | open, "who …?" that no line of its own answers ("Who checks it?") | "Honestly, I haven't worked out who that would be." and what it does know (it is shaken); never its belief said again |
/// | open, about something it has no line on | "Hm. I haven't really thought about that." (it is shaken) |
/// | any other open question | the lines of its kind, best first (see `plan(form:kind:)`) |
///
/// A gap it admits shakes it once: asked of the same gap again, it holds
/// (`DrillDialogue.gapWords(of:)`).
///
/// No sentence is said twice in a drill (`unrepeated(_:saidSentences:)`), and a line is never
/// said twice while another that answers the question is unsaid: when the
/// lines of a kind are used up, the persona says so ("Those are my reasons; I don't have better
/// ones to give you."), then says any unsaid view of the belief; only then does it say again
/// that it has said all it has.
struct PersonaVoice: Sendable {
  /// Something the persona can say.
  struct Line: Sendable, Equatable {
    var text: String
    var source: Source
    /// What a reason or a reply speaks of beyond the belief (`TopicWords`); empty for others.
    var topic: Set<String> = []
  }

  /// Another belief of its pack on its side, and its reasons and replies.
  struct KindredBelief: Sendable, Equatable {
    var text: String
    var lines: [String]
  }

  /// What the persona says to one question.
  struct Reply: Sendable, Equatable {
    var text: String
    /// Whether it had no answer ready to an open question: that shakes its confidence.
    var isUnready = false
    /// Whether it says it never said what it was asked about ("I didn't say “scam”."): nothing
    /// more is said of it, such as whose measure the word is.
    var disowns = false
  }

  /// Every line, in the order each source is drawn on.
  let lines: [Line]
  /// What it means by each key term of the belief, by the term's words in lowercase
  /// (`DrillDialogue.key(of:)`).
  let meanings: [String: Reply]
  /// Each reason's evidence, by the reason's text: the reply that speaks of it.
  let evidence: [String: Line]
  /// The belief in its own words, for "I didn't say that; what I said is …".
  let ownClaim: String
  /// The lemmas of the belief: what every line of it shares, and what says nothing of what
  /// one question is about.
  let beliefWords: Set<String>
  /// The lemmas of its pack's keywords: the subject it has thought about.
  let subjectWords: Set<String>
  /// What its reasons and replies speak of: things it has thought about.
  let spokenOf: Set<String>
  /// What its belief is about, to name in its story ("AI regulation"), if known.
  let subject: String?
  /// Each line's text with the words that show it in a reply (`lines(in:)`), worked out once
  /// rather than for every reply.
  let traces: [LineTrace]

  /// What to say to a question, given the lines already said: about the thing it names, if it
  /// names one no line of its own speaks of.
  /// - Parameters:
  ///   - facts: what it has said of its own life, which it keeps to.
  ///   - saidSentences: everything it has said, each sentence as its words in lowercase: its
  ///     own words, never handed back as the asker's.
  func reply(
    to question: PersonaQuestion, said: Set<String>, lastReply: String?,
    facts: OwnFacts = OwnFacts(), saidSentences: Set<String> = []
  ) -> Reply {
    // "how many kids have you got?": a plain fact of its life, answered plainly; by its own
    // line on it first ("My son lives abroad …" to "have you got kids?").
    if let fact = PersonaLife.fact(askedIn: question.tokens),
      let answer = PersonaLife.answer(to: question, saidSentences: saidSentences)
    {
      guard let line = ownLifeLine(on: question, about: fact.about) else {
        return Reply(text: answer)
      }
      return Reply(
        text: said.contains(line.text) ? "As I said, " + Self.runOn(line.text) : line.text)
    }
    if let met = conditionMet(question, said: said) { return met }
    if let met = conditionPointedBack(question, lastReply: lastReply) { return met }
    if let reply = viewerReply(question, said: said) { return reply }
    let reply = answer(
      question, said: said, lastReply: lastReply, facts: facts, saidSentences: saidSentences)
    return keptToTopic(question, keptTo(question, reply, said: said), said: said)
  }

  /// A reason or a reply of its own life that speaks of what a question names: that line, not
  /// a made-up fact, answers it.
  /// - Parameter about: the words of the fact asked (`PersonaLife.Fact.about`).
  func ownLifeLine(on question: PersonaQuestion, about: Set<String>) -> Line? {
    // The belief's own words count: "car" is what a line on its car and a belief about cars
    // share.
    let asked = TopicWords(question.tokens).lemmas.subtracting(QuestionFrameWords.lemmas)
      .union(about)
    return lines.first {
      [.reason, .reply].contains($0.source) && Self.speaksOfOwnLife($0.text)
        && !TopicWords($0.text).lemmas.isDisjoint(with: asked)
    }
  }

  /// A reply as it comes from the question's form, kind and aim.
  private func answer(
    _ question: PersonaQuestion, said: Set<String>, lastReply: String?, facts: OwnFacts,
    saidSentences: Set<String>
  ) -> Reply {
    // Something it never said put in its mouth ("the promises you mention") it sets right; a
    // word for something it did say ("options" for its "alternatives") is no such thing.
    let spoken = subjectWords.union(spokenOf).union(Self.attributionWords)
    let unspoken = (question.attributed ?? []).filter { !SameThingWords.isAmong($0, spoken) }
    // What it said as the other side's point ("the reservoir" in what others would say) it
    // owns as theirs; any other word of its own said in this drill ("who would check the
    // rota") counts as said.
    let others = wordsOfOthersSaid(said)
    if [.open, .closed].contains(question.form), !unspoken.isEmpty,
      unspoken.allSatisfy({ SameThingWords.isAmong($0, others) }),
      let reason = firstUnsaid([.reason, .reply], said: said)
        ?? lines.first(where: { $0.source == .reason })
    {
      return Reply(text: Self.othersPoint + Self.runOn(reason.text))
    }
    let ownWords = saidSentences.reduce(into: Set<String>()) {
      $0.formUnion(TopicWords($1).lemmas)
    }
    if [.open, .closed].contains(question.form),
      let thing = question.spokenPhrase(
        naming: unspoken.filter { !SameThingWords.isAmong($0, ownWords) })
    {
      return Reply(text: "I didn't say anything about \(thing). What I said is that \(ownClaim).")
    }
    // How far a word of its own goes, probed, it answers: never a defence or a protest.
    if let probed = probeAnswer(question, said: said) { return probed }
    if let cost = costAnswer(question, said: said) { return cost }
    if let own = ownDoingAnswer(question, said: said, saidSentences: saidSentences) { return own }
    switch question.form {
    case .leading:
      if let reply = pushBack(question, said: said) { return reply }
      // A view put on it ("you're only saying that because …") it refuses as such; a claim
      // about the world gets a short, firm line.
      if question.putsView, let protest = firstUnsaid([.protest], said: said) {
        return Reply(text: protest.text)
      }
      // What it was pushed to call something ("risky") it hands back as the asker's word
      // before its firm line, so the line answers that, not any question; said back bare
      // ("Risky? I've heard that before") the word would read as its own.
      let firm = fromPlan(question, said: said)
      // A word of its own belief, lines or replies ("done" of "has done more good", "obvious"
      // of what it called obvious) is never yours.
      let quality = question.pushedQuality.flatMap {
        usesItself($0, saidSentences: saidSentences) ? nil : $0
      }
      return Reply(
        text: quality.map { Self.disowned($0, saidSentences: saidSentences) + firm } ?? firm)
    case .statement:
      // A point half granted ("maybe my dad was right all along") is welcomed, not disowned.
      let lead = question.halfGrants ? Self.grantWelcomed : nil
      return Reply(text: fromPlan(question, said: said, lead: lead))
    case .closed:
      if let answer = closedAnswer(
        question, said: said, lastReply: lastReply, facts: facts, saidSentences: saidSentences)
      {
        return answer
      }
      if question.aim == .origin {
        return Reply(text: origin(said: said, isClosed: true, about: question.thingPhrase))
      }
      guard let focused = focused(question, said: said, lastReply: lastReply),
        !focused.isUnready
      else {
        // A yes or no about common things ("Does any new harm fall outside the law?") it gives
        // from its belief; about a name it has no line on, even that is beyond it.
        if namesSomethingNew(question, among: question.names) { return unready(said: said) }
        // About a line it has said ("Would they keep that promise?"): it cannot be sure, and
        // says what else it knows, never that line or its belief said again as if it answered.
        if let line = namedLine(question.topic), said.contains(line.text) {
          return notSure(said: said)
        }
        return Reply(text: fromPlan(question, said: said))
      }
      return Reply(text: "Short answer: " + Self.runOn(focused.text))
    case .reflection:
      if question.givesFeeling { return feelingOwned(said: said) }
      let reflected = lastReply.map(lines(in:))?.compactMap { evidence[$0] } ?? []
      let named = namedLine(question.topic).map { [$0] } ?? []
      let lead = reflectionLead(question, said: said, saidSentences: saidSentences)
      // A line that leans on what came before ("talk to them and …") follows only a
      // reflection of the reply it leans on: after any other, "them" would name someone else.
      let tookUpLastReply =
        lastReply.map {
          !TopicWords($0).lemmas.isDisjoint(with: question.content)
        } ?? false
      let follows = { (line: Line) in
        !said.contains(line.text)
          && (!Self.leansOnWhatCameBefore(line.text)
            || (tookUpLastReply && reflected.contains(line)))
      }
      if let line = (reflected + named).first(where: follows) {
        return Reply(text: Self.spoken(line, lead: lead))
      }
      if question.givesOtherSide { return Reply(text: lead + " I still think \(ownClaim).") }
      return Reply(text: fromPlan(question, said: said, lead: lead))
    case .open:
      return openReply(
        question, said: said, lastReply: lastReply, saidSentences: saidSentences, facts: facts)
    }
  }

  /// The words by which a question says the persona said something ("you mentioned"): never
  /// the thing it said.
  static let attributionWords: Set<String> = [
    "mention", "mentioned", "say", "said", "talk", "talked", "raise", "raised", "bring",
    "brought",
  ]

  /// Whether a question names a thing beyond the belief and its subject (with no line of the
  /// persona's about it): a noun or a name (`PersonaQuestion.things`) that its reasons and
  /// replies do not speak of.
  /// - Parameter among: the words to look at, the question's things unless given.
  func namesSomethingNew(_ question: PersonaQuestion, among: Set<String>? = nil) -> Bool {
    !(among ?? question.things).subtracting(subjectWords).isSubset(of: spokenOf)
  }

  /// What it says of a reason it has no more evidence for, asked for more: an admitted gap,
  /// never the reason said again as if it answered.
  static let nothingMore =
    "Honestly, I haven't looked into that any further than what I've told you."

  /// The reason or reply that speaks most of what the question names, if any does; never one
  /// that asks back.
  func namedLine(_ topic: Set<String>) -> Line? {
    guard !topic.isEmpty else { return nil }
    var best: (line: Line, shared: Int)?
    // A line that asks back ("where would they go?") answers nothing it is asked.
    for line in lines where [.reason, .reply].contains(line.source) && !line.text.hasSuffix("?") {
      let shared = line.topic.intersection(topic).count
      if shared > (best?.shared ?? 0) { best = (line, shared) }
    }
    return best?.line
  }

  /// What it means by a word: its definition when the belief uses it (with a line not said
  /// yet that speaks of it as an example), the line it said it in, or that it never said it.
  /// - Parameter asksDetail: whether it asks how the word plays out in practice, beyond what
  ///   it means: its own sense of the word does not answer that.
  func meaning(of term: String, said: Set<String>, asksDetail: Bool = false) -> Reply {
    let words = TopicWords(term).lemmas
    // The line that uses the word is the one that shares most of it: "the same kind of
    // drivers" is in the line about drivers, not the one that only says "the same".
    let least = Self.wordsShared(toSpeakOf: words)
    var spoken: Line?
    var most = least - 1
    for line in lines where [.reason, .reply].contains(line.source) {
      let shared = line.topic.intersection(words).count
      if shared > most { (spoken, most) = (line, shared) }
    }
    if let meaning = meanings[DrillDialogue.key(of: term)] ?? meaningInBelief(term, words) {
      return Reply(text: meaning.text + covered(term, by: spoken, said: said))
    }
    guard !words.isEmpty else { return Reply(text: plainMeaning) }
    // A word it has a sense for is defined, whatever line it used it in, with that line (or
    // another on the same words) as the example: never its own line said back as the meaning.
    if let spoken, let defined = definedWord(in: term) {
      let example = example(of: words, using: spoken, said: said).map { " " + $0 } ?? ""
      return Reply(text: defined + example)
    }
    if let spoken {
      // Said already, it is asked for more than its words: what else it has on them, else the
      // sense it used the word in, from that line; never that it does not know its own word.
      guard !said.contains(spoken.text) else {
        let more = detail(words, said: said, least: least)
        return more.isUnready && !asksDetail ? ownWordMeaning(term, in: spoken, said: said) : more
      }
      return ownWordMeaning(term, in: spoken, said: said)
    }
    return Reply(
      text: "I didn't say \u{201C}\(term)\u{201D}. What I said is that \(ownClaim).", disowns: true)
  }

  /// How many of a term's words a line must share to speak of it: two of a phrase of three or
  /// more ("the same kind of people" is not spoken of by a line that says only "the same"),
  /// else one.
  static func wordsShared(toSpeakOf words: Set<String>) -> Int {
    words.count >= 3 ? 2 : 1
  }

  /// What it means by a word of its belief that is no key term: as a key term is meant.
  private func meaningInBelief(_ term: String, _ words: Set<String>) -> Reply? {
    guard !words.isEmpty, words.isSubset(of: beliefWords) else { return nil }
    return Self.meaning(of: term)
  }

  /// What a word covers, after what it means: a line not said yet that speaks of it; for a
  /// word it has no definition of, its first reason not said yet (what it has in mind; never a
  /// reply, a story or a case kept for the questions that ask for one), else the reason it
  /// gave that uses the word, pointed back to; a defined word, an example of it if it has one.
  private func covered(_ term: String, by spoken: Line?, said: Set<String>) -> String {
    if let spoken, !said.contains(spoken.text) { return " Take this: " + spoken.text }
    // A defined word said already gets an example of it, if it has one.
    guard PersonaDefinitions.definition(of: term) == nil else {
      let example = spoken.flatMap {
        self.example(of: TopicWords(term).lemmas, using: $0, said: said)
      }
      return example.map { " " + $0 } ?? ""
    }
    if let reason = firstUnsaid([.reason], said: said) {
      return " What I have in mind is that " + Self.runOn(reason.text)
    }
    // Its reasons all said, it points back to the one that uses the word, else its first.
    let reasons = lines.filter { $0.source == .reason }
    let word = DrillDialogue.key(of: term)
    let using = reasons.first { DrillDialogue.key(of: $0.text).contains(word) } ?? reasons.first
    guard let using else { return "" }
    return " It covers what I told you, that " + Self.runOn(using.text)
  }

  /// What it means by the whole belief: "I mean it plainly: …".
  private var plainMeaning: String {
    lines.first { $0.source == .meaning }?.text ?? ownClaim
  }
}
