/// The persona's answers to open questions: about a term, a line, the reason just given, or
/// something it has not thought about.
extension PersonaVoice {
  /// An open question: about a term, about what a line speaks of, about the reason just
  /// given, about something it has not thought about, or of a kind.
  /// - Parameter saidSentences: everything it has said, as `PersonaVoice.key(of:)` gives each
  ///   sentence: what it has said of its view in so many words is not said again.
  func openReply(
    _ question: PersonaQuestion, said: Set<String>, lastReply: String?,
    saidSentences: Set<String> = [], facts: OwnFacts = OwnFacts()
  ) -> Reply {
    // "When you say defend, what does that look like?" asks what the word means first.
    if let term = question.termAsked, question.aim == .detail || question.aim == nil {
      var meant = meaning(of: term, said: said, asksDetail: question.aim == .detail)
      // A second ask, whose measure it is ("like unacceptable to who?"), is answered too.
      if let whose = question.whoseAnswer, !meant.disowns { meant.text += " " + whose }
      // An example offered with it ("like licenses or something else?") is taken up first.
      // A word it never said is no sense of its own to choose among.
      guard !meant.disowns, let choice = choice(among: question) else { return meant }
      let rest = meaningAfterChoice(meant, of: term)
      return Reply(text: rest.isEmpty ? choice : choice + " " + rest, isUnready: meant.isUnready)
    }
    if let view = ownViewReply(question, said: said, saidSentences: saidSentences) { return view }
    switch question.aim {
    case .example?, .source?:
      if let answer = instance(question, said: said, lastReply: lastReply) { return answer }
    case .detail?: return detail(question, said: said)
    case .reading?: return reading(said: said)
    case .extent?: return extentAnswer(question)
    case .counterCase?: return counterCaseAnswer(question, said: said)
    case .shortfall?: return shortfallAnswer(said: said)
    case .comparison?: return comparisonAnswer(said: said)
    case .another?: return anotherReason(setAside: question.topic, said: said)
    case .story?: return Reply(text: story(question, said: said))
    case .mechanism?: return mechanism(question, said: said)
    case .opposition?: return Reply(text: otherSide(said: said))
    case .ownLife?, .ownTime?, .ownThings?:
      return personal(question, said: said, facts: facts, saidSentences: saidSentences)
    default: break
    }
    if let term = question.termAsked { return meaning(of: term, said: said) }
    if question.aim == .origin {
      return Reply(text: origin(said: said, isClosed: false, about: question.thingPhrase))
    }
    if question.kind == .clarification, question.topic.isEmpty {
      // "What is crypto to you?": a key term of the belief, and nothing else, named in a
      // clarification.
      let asked = " " + question.key + " "
      let named = meanings.keys.compactMap { key in
        asked.range(of: " " + key + " ").map { (key, $0.lowerBound) }
      }
      if let first = named.min(by: { $0.1 < $1.1 }) { return meaning(of: first.0, said: said) }
      // "What exactly is the danger?" asks what its "dangerous" means: a word of its root.
      let rooted = meanings.keys.sorted().first { key in
        key.split(separator: " ").contains { word in
          question.words.contains { ReflectionFit.sharesRoot($0.lowercased, String(word)) }
        }
      }
      if let rooted { return meaning(of: rooted, said: said) }
    }
    // What would change its mind about a reason it names: that reason undone. Asked first:
    // "What would change your mind about it being the main reason?" names no weightiest
    // reason, it asks for a condition.
    if question.kind == .inversion {
      guard let line = namedLine(question.topic), line.source == .reason else {
        return Reply(text: fromPlan(question, said: said))
      }
      return condition(undoing: line, said: said)
    }
    if question.aim == .weighing { return Reply(text: weightiest(said: said)) }
    if let focused = focused(question, said: said, lastReply: lastReply) { return focused }
    // "What happens if …?" gets the pack's replies first, as any implication, unless it names
    // a change no line speaks of ("If crypto were banned tomorrow, what would happen?"): then,
    // as once the replies are said, its guess rather than a line about something else. A
    // guess ends in a reason: once that reason is said, the guess would only say it again, so
    // a new change with no reason left to guess from is one it owns it has not thought through.
    let unsaid = lines.filter { !said.contains($0.text) }
    if question.aim == .hypothesis,
      namesSomethingNew(question) || !unsaid.contains(where: { $0.source == .reply })
    {
      if let guess = freshGuess(said: said) { return Reply(text: guess) }
      if namesSomethingNew(question) { return unready(said: said) }
    }
    if question.aim == .counterPoint {
      // The other side of something it has thought about it grants a little; of something it
      // has not, it has no answer ready.
      guard namesSomethingNew(question) else { return Reply(text: concession(said: said)) }
      return unready(said: said)
    }
    // Asked how others see it, it has the other side to give, whoever the others are.
    if question.kind == .viewpoints, namesSomethingNew(question) {
      return Reply(text: otherSide(said: said))
    }
    // Inversion, implications and the question itself have lines made from the belief that
    // answer any such question; asked for its evidence or assumptions about common things
    // ("a leader", "the judges") it has its reasons; anything else about something new, or
    // about a name it has no line on, catches it unready.
    let answersAnyThing: [QuestionKind?] = [.inversion, .implications, .meta]
    let answersCommonThings: [QuestionKind?] = [.evidence, .assumptions]
    if namesSomethingNew(question), !answersAnyThing.contains(question.kind),
      !answersCommonThings.contains(question.kind)
        || namesSomethingNew(question, among: question.names)
    {
      return unready(said: said)
    }
    return Reply(text: fromPlan(question, said: said))
  }

  /// The answer to a question about one line: the line it names (or, that line said already,
  /// what it rests on), or the evidence of the reason just given; nil for a question about
  /// neither.
  func focused(_ question: PersonaQuestion, said: Set<String>, lastReply: String?)
    -> Reply?
  {
    // Asked for evidence, a reason is known by any of its words, a question's frame words too.
    let asked = question.kind == .evidence ? reasonNamed(by: question.content) : nil
    if let line = namedLine(question.topic) ?? asked {
      guard said.contains(line.text) else { return Reply(text: line.text) }
      // What it rests on backs what was asked only when it speaks of some of it: "Rules bind
      // no rivals" is no evidence that researchers move.
      let asked = line.topic.intersection(question.topic)
      if question.kind == .evidence, let proof = evidence[line.text], !said.contains(proof.text),
        asked.count >= 2, proof.topic.isDisjoint(with: asked)
      {
        return Reply(text: Self.nothingMore, isUnready: true)
      }
      // Asked again about a reason it gave: what it rests on, if it has not said that yet.
      if let proof = evidence[line.text], !said.contains(proof.text) {
        return Reply(text: proof.text)
      }
      // Said already, with what it rests on: asked for more evidence, it admits it has no more
      // and is shaken (a tester saw "As I said: …" given as if it were an answer); asked what
      // it means, it says it again. Any other kind of question is answered by its kind.
      switch question.kind {
      case .evidence?:
        return Reply(text: Self.nothingMore, isUnready: true)
      case .clarification?:
        return detail(question, said: said)
      default:
        return nil
      }
    }
    guard question.followsUp, question.kind == .evidence else { return nil }
    // "How do you know that?" after a reason: what the reason rests on, or that it has
    // nothing more.
    let reasons = lines.filter { $0.source == .reason }.map(\.text)
    let given = (lastReply.map(lines(in:)) ?? []).filter(reasons.contains)
    if let proof = given.compactMap({ evidence[$0] }).first(where: { !said.contains($0.text) }) {
      return Reply(text: proof.text)
    }
    return given.isEmpty ? nil : unready(said: said)
  }
}
