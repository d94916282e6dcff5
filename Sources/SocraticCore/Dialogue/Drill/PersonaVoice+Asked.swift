/// The persona's answers to what a question asks of it in person: a yes or no about its own
/// life, a leading question's claim, and how something would work.
extension PersonaVoice {
  /// A yes or no about its own life, answered honestly: yes with the line of its life the
  /// question speaks of, else no with the reason it goes on; an open second half ("like what
  /// got you invested?") is answered too, by how it came to the belief.
  /// - Parameter facts: what it has said of its own life: a yes it gave to something that
  ///   shares the question's words stays a yes ("Have you worked remotely?" after "Yes, I do"
  ///   to "Do you work from home?").
  func ownReply(
    _ question: PersonaQuestion, _ answer: PersonaQuestion.OwnAnswer, said: Set<String>,
    facts: OwnFacts = OwnFacts()
  ) -> Reply {
    // A line of its own life on what is asked is a yes, said before or not: never a "No" that
    // its own words contradict ("I get more done at home" to "Do you work from home?").
    // Its own words speak of a stake in what is asked ("my savings"): never a "No" they
    // contradict.
    let stake = self.stake(in: question, belief: ownClaim)
    let lived = stake == nil ? livedLine(question) : nil
    if question.asksMore {
      let story = origin(said: said, isClosed: false, about: question.thingPhrase)
      let isNo = lived == nil && stake == nil && !answer.agrees
      return Reply(text: (isNo ? answer.no : answer.yes) + ". " + story)
    }
    if lived == nil, !question.asksMore, facts.affirms(question) {
      return Reply(text: answer.yes + ", as I told you.")
    }
    if let lived {
      return Reply(
        text: answer.yes + (said.contains(lived.text) ? ", as I told you." : ": " + lived.text))
    }
    // What its belief says went well went well for it too: it says so, and that it is part of
    // why it holds the belief.
    if answer.agrees {
      return Reply(text: answer.yes + ". It's part of why I think \(ownClaim).")
    }
    if let stake {
      return Reply(
        text: answer.yes + ", and that's part of why this matters to me: " + Self.runOn(stake.text))
    }
    let reason = firstUnsaid([.reason, .reply], said: said)
    return Reply(
      text: answer.no + "." + (reason.map { " What I go on is this: " + Self.runOn($0.text) } ?? "")
    )
  }

  /// A short, firm reply to a leading question, on what it pushed: the line of its own on the
  /// same thing, not said yet; never the asker's words said back, nor a reply that says nothing
  /// of what was pushed. Nil when it has no such line: a defence is said instead.
  func pushBack(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    guard question.pushed != nil else { return nil }
    // What it pushed is named by its things first ("managers"), then by any of its words.
    let named = [question.things, question.topic].lazy.compactMap(namedLine).first
    guard let line = named, !said.contains(line.text) else { return nil }
    return Reply(text: "Here's how I see it: " + Self.runOn(line.text))
  }

  /// How something would work, step by step: the way from one thing to another asked for, its
  /// lines in order; for a belief that calls for an act ("Governments should require a
  /// licence"), who would do that first, then its line on who would do what next, and what it
  /// has not worked out; else it says honestly that it has not worked the steps out, and what
  /// it is sure of (it is shaken). Never its reasons said as if they were the steps.
  func mechanism(_ question: PersonaQuestion, said: Set<String>) -> Reply {
    let own = lines.filter { [.reason, .reply].contains($0.source) && !said.contains($0.text) }
    if question.asksWayBetween, let steps = chainedSteps(question, said: said, unsaid: own) {
      return steps
    }
    // A scenario it is asked to step through ("a fake video: what happens next?") is followed,
    // never swapped for a chain of its own reasons.
    if let steps = scenarioSteps(question, said: said) { return steps }
    if let plan = Self.plannedAct(in: ownClaim) {
      // What the act would bring about next: a line on the belief's own things that says what
      // would come of them ("A licence would force builders to test …").
      let next = lines.first {
        // A line that asks something ("which place would be next?") is no step.
        [.reason, .reply].contains($0.source) && !$0.text.hasSuffix("?")
          && !TopicWords($0.text).lemmas.isDisjoint(with: beliefWords)
          && !Set(Tokenizer.tokenize($0.text).map(\.lowercased)).isDisjoint(with: ["would", "will"])
      }
      let then = next.map { "; then " + Self.runOn($0.text.withoutFullStop) } ?? ""
      return Reply(
        text: "As I picture it, first " + plan + then
          + ". Who exactly would do what, and how, I haven't worked out.")
    }
    if let steps = reasonedSteps(question, said: said) { return steps }
    let sure =
      namedLine(question.topic).flatMap { line in own.first { $0 == line } }
      ?? own.first { Self.saysWhoDoesWhat($0.text) } ?? own.first
    let rest = sure.map { " What I'm sure of is this: " + Self.runOn($0.text) } ?? ""
    return Reply(
      text: "Honestly, I haven't worked it out step by step." + rest, isUnready: true)
  }

  /// The steps as its reasons give them, the one the question names first: "The way I see it
  /// working: nobody loses two hours a day commuting, and then there are fewer interruptions
  /// at home."
  /// Steps are thin when there is one, or when none says what causes what or what would come
  /// of it (`weight(of:)`, `saysWhoDoesWhat(_:)`): it says it has worked out no more, and is
  /// shaken a little. Nil when it has no reason of its own to step through that it has not
  /// said yet (the engine's stock reasons, lines that tell them to do something).
  func reasonedSteps(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    // The line the question names comes first ("… when a road is built?"), then one that says
    // who would do what, then its reasons in order.
    // Lines said already are no steps: said again in a chain, they read as its reasons
    // stitched together.
    // A line that asks back ("where would they go?") is no step either.
    let usable = lines.filter { line in
      [.reason, .reply].contains(line.source) && !Self.stockReasons.contains(line.text)
        && !said.contains(line.text) && ClauseParser.parse(line.text)?.isCommand != true
        && !line.text.hasSuffix("?")
    }
    let named = namedLine(question.topic).map { [$0] }?.filter(usable.contains) ?? []
    let acting = usable.filter { Self.saysWhoDoesWhat($0.text) }
    let ordered = named + acting + usable.filter { $0.source == .reason }
    var steps: [String] = []
    for line in ordered where !steps.contains(line.text) && steps.count < 2 {
      steps.append(line.text)
    }
    steps = steps.map { Self.runOn($0.withoutFullStop) }
    guard let first = steps.first else { return nil }
    // The steps run from the line the question names onward, never back round to the belief
    // they were asked to explain.
    let then = steps.dropFirst().first.map { ", and then " + $0 } ?? ""
    let text = Self.stepsOpening + first + then + "."
    let isThin =
      steps.count < 2
      || !steps.contains { Self.weight(of: $0) > 0 || Self.saysWhoDoesWhat($0) }
    guard isThin else { return Reply(text: text) }
    return Reply(text: text + " " + Self.thinSteps, isUnready: true)
  }

  /// What opens the steps it sees.
  static let stepsOpening = "The way I see it working: "

  /// What it admits after steps that are only its reasons.
  static let thinSteps = "Who does what in between, I haven't really worked out."

  /// The reasons any belief is given when its pack lists none (`reasons(for:)`): no step of
  /// how it works.
  static let stockReasons = [
    "Everything I have seen tells me so.", "The people I trust on this see it the same way.",
  ]

  /// What a belief that calls for an act says would be done, as a plan: "governments would
  /// require a licence before …" for "Governments should require a licence before …"; nil for
  /// a belief that calls for no act, or for a state ("… should be banned", "… should stay
  /// free"), which no one is named to bring about.
  static func plannedAct(in claim: String) -> String? {
    let words = claim.split(separator: " ").map(String.init)
    guard let modal = words.firstIndex(where: { dutyModals.contains($0.lowercased()) }),
      modal > 0, modal + 1 < words.count,
      !stateVerbs.contains(words[modal + 1].lowercased())
    else { return nil }
    var plan = words
    plan[modal] = "would"
    return runOn(plan.joined(separator: " ").withoutFullStop)
  }

  /// Modals by which a belief calls for an act.
  private static let dutyModals: Set<String> = ["should", "must"]

  /// Verbs after a modal of duty that call for a state, not an act someone does.
  private static let stateVerbs: Set<String> = [
    "be", "stay", "remain", "not", "never", "keep", "have", "get",
  ]

  /// Whether a line says who would do what: it has a modal of duty or of what would happen
  /// ("Managers would have to cut meetings").
  static func saysWhoDoesWhat(_ text: String) -> Bool {
    let words = Set(Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased))
    return !words.isDisjoint(with: ["would", "should", "must", "need", "needs", "could"])
  }
}

extension PersonaQuestion {
  /// Whether it asks the way from one thing to another: "how does X turn into Y", "lead to",
  /// "end up"; or "how" opens a clause of its own that says what does what ("walk me through
  /// how practice makes the best players"), not a question ("how would", "how exactly").
  var asksWayBetween: Bool {
    let words = key.split(separator: " ")
    if let how = words.firstIndex(of: "how"), how > 0, how + 2 < words.count,
      !FunctionWords.isFunctionWord(String(words[how + 1])),
      !Self.howModifiers.contains(String(words[how + 1]))
    {
      return true
    }
    return zip(words, words.dropFirst()).contains { pair in
      (["turn", "turns", "translate", "translates", "grow", "grows"].contains(pair.0)
        && pair.1 == "into")
        || (["lead", "leads", "get", "gets"].contains(pair.0) && pair.1 == "to")
        || (pair.0 == "end" && pair.1 == "up")
    }
  }

  /// Words after "how" that make it ask a manner or a measure, not open a clause.
  private static let howModifiers: Set<String> = [
    "exactly", "precisely", "much", "many", "long", "often", "far", "come", "so", "else",
  ]

  /// Whether a closed question goes on to ask something open ("do you work in tech? like what
  /// got you invested"): a question word after its first words.
  var asksMore: Bool {
    let words = key.split(separator: " ")
    return words.dropFirst(2).contains { ["what", "how", "why"].contains($0) }
  }
}
