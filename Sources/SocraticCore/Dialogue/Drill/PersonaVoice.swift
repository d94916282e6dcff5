/// What a drill's persona says: in the first person, in character, fitting the kind of question
/// it was asked.
///
/// It speaks from lines of its own: the reasons of the pack's belief (or, without them, the
/// reasons the engine's analysis of the belief gives), the pack's replies, and lines made from
/// the belief for each kind of question (what would change its mind, what it means, what others
/// say, what follows, why it matters, what it takes for granted, a short answer). Each kind of
/// question draws on the lines that answer it, best first:
///
/// | question | lines |
/// | --- | --- |
/// | reasons and evidence | a reason, then a reply |
/// | assumptions | a reason ("I wouldn't call it an assumption."), then what it takes for granted |
/// | viewpoints | a reply ("I know not everyone sees it my way."), then what others say |
/// | inversion | what would change its mind, then a reply ("It would take a lot …") |
/// | clarification | what it means (by the key term the question names, if any), then a reason ("What I mean is simple.") |
/// | implications | a reply ("If I'm right, it matters."), then what follows |
/// | about the question | a reason ("It matters to me."), then why it matters |
/// | any leading question | a reason or a reply, digging in |
/// | any closed question | a short answer that adds nothing |
/// | a reflection | welcomed ("Yes, exactly — and …"), then a reason or a reply |
/// | a statement | a reason or a reply, after "That's your view, not mine." |
///
/// A line is never said twice while another that answers the question is unsaid: when the
/// lines of a kind are used up, the persona says so ("Those are my reasons; I don't have better
/// ones to give you."), then says any unsaid line but what a word means (which answers only
/// "what do you mean?"); only then does it say again that it has said all it has.
struct PersonaVoice: Sendable {
  /// Where a line comes from.
  enum Source: Sendable, Equatable {
    /// The pack's reasons for the belief, or the engine's.
    case reason
    /// What the pack's belief says when questioned.
    case reply
    /// What would change its mind: for inversion.
    case changeOfMind
    /// What it means: for clarification.
    case meaning
    /// What others say: for viewpoints.
    case others
    /// What follows if it is right: for implications.
    case consequence
    /// Why it matters: for questions about the question.
    case stake
    /// What it takes for granted: for assumptions.
    case assumption
    /// A short answer that adds nothing: for closed questions.
    case shortAnswer
  }

  /// Something the persona can say.
  struct Line: Sendable, Equatable {
    var text: String
    var source: Source
  }

  /// Every line, in the order each source is drawn on.
  let lines: [Line]
  /// The key terms of the belief it says what it means by, each in a line of its own, with
  /// their words in lowercase to find them in a question.
  let terms: [(term: String, key: String)]

  /// The persona's voice.
  /// - Parameters:
  ///   - persona: the persona as logged: its belief, claim, inverted claim and reasons.
  ///   - replies: what the pack's belief says when questioned.
  ///   - terms: the key terms of the belief.
  init(persona: SessionEvent.Persona, replies: [String], terms: [String]) {
    let isPersonal = Self.speaksOfItself(persona.belief)
    let claim = isPersonal ? nil : persona.claim
    let inverted = isPersonal ? nil : persona.inverted
    var lines = persona.reasons.map { Line(text: $0, source: .reason) }
    lines += replies.map { Line(text: $0, source: .reply) }
    if let inverted {
      lines.append(
        Line(
          text: "I would think again if I saw good evidence that \(inverted).",
          source: .changeOfMind))
    }
    lines.append(
      Line(
        text: "It would take a lot to change my mind, and I have not seen it yet.",
        source: .changeOfMind))
    // A belief about itself is meant in its own words: "my country", never the "your country"
    // the engine's claim says back to it.
    let ownWords = BeliefReader.casingFirstWord(
      BeliefReader.trimmed(Tokenizer.tokenize(persona.belief))
    ).joinedText
    lines.append(
      Line(text: "I mean it plainly: \(claim ?? ownWords).", source: .meaning))
    let plainTerms = terms.filter { !KeyTermFinder.isAbsolute($0) }
    for term in plainTerms {
      lines.append(
        Line(
          text: "By \u{201C}\(term)\u{201D} I mean it in the everyday sense, nothing clever.",
          source: .meaning))
    }
    self.terms = plainTerms.map { ($0, DrillDialogue.key(of: $0)) }
    lines.append(
      Line(
        text: inverted.map {
          "Plenty of people would say that \($0); I think they have not looked closely."
        }
          ?? "Plenty of people see it differently; I think they have not looked closely.",
        source: .others))
    lines.append(
      Line(
        text: "If I'm right, a lot of people are making a mistake by ignoring it.",
        source: .consequence))
    lines.append(
      Line(
        text: "It matters to me because I have seen what happens when people get this wrong.",
        source: .stake))
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
    self.lines = lines
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
    reasons.append("Everything I have seen tells me so.")
    reasons.append("The people I trust on this see it the same way.")
    return reasons
  }

  /// What to say to a question, given the lines already said.
  /// - Parameters:
  ///   - form: the question's form: a leading one makes the persona dig in; a closed one gets a
  ///     short answer.
  ///   - kind: the question's kind, for an open question; nil for a reflection or a statement.
  ///   - said: the lines said so far, by their text.
  ///   - questionKey: the question's words in lowercase (`DrillDialogue.key(of:)`): an open
  ///     clarification that names a key term of the belief ("What do you mean by free?") is
  ///     answered with what it means by that term.
  func reply(
    form: QuestionForm, kind: QuestionKind?, said: Set<String>, questionKey: String = ""
  ) -> String {
    let (sources, lead) = Self.plan(form: form, kind: kind)
    var preferred = sources.flatMap { source in lines.filter { $0.source == source } }
    if form == .open, kind == .clarification {
      let asked = " " + questionKey + " "
      let named = terms.filter { asked.contains(" " + $0.key + " ") }.map(\.term)
      let first = preferred.filter { line in
        named.contains { line.text.contains("\u{201C}\($0)\u{201D}") }
      }
      preferred = first + preferred.filter { !first.contains($0) }
    }
    if let line = preferred.first(where: { !said.contains($0.text) }) {
      return Self.spoken(line, lead: lead)
    }
    // Once it has said all it has for this kind of question, it says so: a line made for
    // another kind ("By “success” I mean …" to "What is the strongest argument against
    // you?") would answer a question nobody asked.
    let usedUp = Self.usedUp(form: form, kind: kind)
    if !said.contains(usedUp) { return usedUp }
    // Then anything unsaid that reads as a view of the belief: never what a word means, which
    // answers only "what do you mean?".
    let others = lines.filter { line in
      line.source != .meaning && (line.source != .shortAnswer || form == .closed)
    }
    if let line = others.first(where: { !said.contains($0.text) }) {
      return Self.spoken(line, lead: lead)
    }
    return usedUp
  }

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

  /// The lines a reply says, by their text: what it is made of.
  func lines(in reply: String) -> [String] {
    // A used-up line is said whole, at the end of the reply: no search through it is needed.
    // A line run on after "and" is said with its first letter in lowercase.
    lines.map(\.text).filter { reply.contains($0) || reply.contains(Self.runOn($0)) }
      + Self.usedUpLines.filter(reply.hasSuffix)
  }

  /// Every line `usedUp(form:kind:)` says.
  private static let usedUpLines: Set<String> = Set(
    QuestionForm.allCases.flatMap { form in
      QuestionKind.allCases.map { usedUp(form: form, kind: $0) }
    })

  /// The sources a question draws on, best first, and the sentence that opens a reason or a
  /// reply in answer to it.
  private static func plan(form: QuestionForm, kind: QuestionKind?) -> ([Source], String?) {
    switch form {
    case .leading: return ([.reason, .reply], "I have heard that before, and I'm not convinced.")
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

  /// A line as said: a reason or a reply after the opening sentence, if any; the lines made
  /// from the belief are whole answers already.
  private static func spoken(_ line: Line, lead: String?) -> String {
    guard let lead, [.reason, .reply].contains(line.source) else { return line.text }
    // A lead ending in "and" runs on into the line: "Yes, exactly — and the fees are high."
    guard lead.hasSuffix(" and"), !line.text.hasPrefix("I ") else {
      return lead + " " + line.text
    }
    return lead + " " + runOn(line.text)
  }

  /// A line as said after "and": its first letter in lowercase.
  private static func runOn(_ text: String) -> String {
    text.prefix(1).lowercased() + text.dropFirst()
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
