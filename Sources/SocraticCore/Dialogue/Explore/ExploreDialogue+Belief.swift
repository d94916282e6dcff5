/// The steps before the questions and between threads: the topic, the belief and its reading,
/// the confidence ratings.
extension ExploreDialogue {
  /// The menu: every loaded pack, then the person's own belief.
  var topicChoices: [TopicChoice] {
    let packs = setting.library.packs
    return packs.enumerated().map { index, entry in
      TopicChoice(number: index + 1, id: entry.pack.id, title: entry.pack.title)
    } + [TopicChoice(number: packs.count + 1, id: nil, title: "Your own belief")]
  }

  mutating func chooseTopic(_ line: String) -> DialogueStep {
    let typed = Substring(line).trimmingWhitespace.lowercased()
    let choices = topicChoices
    var step = DialogueStep()
    if let number = Int(typed), let choice = choices.first(where: { $0.number == number }) {
      record(.topic(.init(topic: choice.id)), into: &step)
    } else if let choice = choices.first(where: { $0.id == typed || $0.title.lowercased() == typed }
    ) {
      record(.topic(.init(topic: choice.id)), into: &step)
    } else if typed.contains(" "), let analysis = try? setting.engine.analyze(line) {
      // A belief typed straight away: the person chose their own.
      record(.topic(.init(topic: nil)), into: &step)
      step.append(believe(line, analysis: analysis))
      return step
    } else {
      let ids = choices.compactMap(\.id)
      var message = "Type a number from 1 to \(choices.count) to choose a topic"
      if let id = ids.first { message += ", or a topic's id such as \(id)" }
      message += "; or state a belief of your own, as a sentence."
      if let closest = Suggestion.closest(to: typed, among: ids) {
        message = "There is no topic '\(typed)'. Did you mean \(closest)? " + message
      }
      return DialogueStep(outputs: [.notice(message, tone: .problem)])
    }
    step.outputs += introduction()
    return step
  }

  mutating func stateBelief(_ line: String) -> DialogueStep {
    var text = line
    let samples = topicPack?.beliefs ?? []
    if let number = Int(Substring(line).trimmingWhitespace), samples.indices.contains(number - 1) {
      text = samples[number - 1].text
    }
    do {
      return believe(text, analysis: try setting.engine.analyze(text))
    } catch {
      return DialogueStep(outputs: [.notice(error.description, tone: .problem)])
    }
  }

  /// Logs a belief the engine could read and shows the reading for confirmation.
  mutating func believe(_ text: String, analysis: BeliefAnalysis) -> DialogueStep {
    var step = DialogueStep()
    let isRestatement = state.belief != nil
    record(
      .belief(
        .init(
          text: text, claim: analysis.claim, inverted: analysis.inverted, reason: analysis.reason)),
      reading: LiveReading(belief: analysis), into: &step)
    step.outputs.append(
      .beliefReading(
        BeliefReading(
          text: text, claim: analysis.claim, inverted: analysis.inverted, reason: analysis.reason,
          isRestatement: isRestatement)))
    step.outputs.append(.notice(Self.confirmationHint, tone: .quiet))
    return step
  }

  mutating func confirmBelief(_ line: String) -> DialogueStep {
    switch Self.confirmation(line) {
    case true?:
      state.phase = .ratingConfidence
      return DialogueStep(outputs: introduction())
    case false?:
      state.phase = .statingBelief
      return DialogueStep(outputs: [.notice(Self.otherWordsNotice, tone: .plain)])
    case nil:
      // "60? 55.", "90": numbers alone are no belief in other words, so the question stands.
      let tokens = Tokenizer.tokenize(line)
      if tokens.allSatisfy({ !$0.isWord || $0.kind == .number }) {
        return DialogueStep(outputs: [.notice(Self.confirmationHint, tone: .plain)])
      }
      // "n. he's always late, that's not the question": a no that says the reading missed
      // them asks for other words; what else it says is no belief.
      if Self.turnsDownReading(tokens) {
        state.phase = .statingBelief
        return DialogueStep(outputs: [.notice(Self.otherWordsNotice, tone: .plain)])
      }
      // "90", "hmm": too short to be the belief in other words, so the question stands.
      if tokens.count(where: \.isWord) < Self.shortestRestatement {
        return DialogueStep(outputs: [.notice(Self.confirmationHint, tone: .plain)])
      }
      // "no its more the invite bit": a correction sets the reading right, never a belief.
      let text: String
      switch state.belief.flatMap({ BeliefCorrection.read(line, correcting: $0.belief) }) {
      case .meant(let meant)?: text = meant
      case .pointsAtNothing?:
        state.phase = .statingBelief
        return DialogueStep(outputs: [.notice(Self.otherWordsNotice, tone: .plain)])
      case nil: text = line
      }
      do {
        return believe(text, analysis: try setting.engine.analyze(text))
      } catch {
        return DialogueStep(outputs: [
          .notice(error.description, tone: .problem),
          .notice(Self.confirmationHint, tone: .quiet),
        ])
      }
    }
  }

  /// Whether a line opens with a no and says the reading missed what they meant: "n. he's
  /// always late, that's not the question", "no thats not my point at all".
  static func turnsDownReading(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map { BeliefMap.plainWords($0.text).joined() }
    guard let first = words.first, negations.contains(first) else { return false }
    return readingMisses.contains { BeliefMap.has($0, in: words) }
  }

  /// Words that say a reading missed the point, as `BeliefMap.plainWords` gives them.
  static let readingMisses: [[String]] = [
    "not the question", "not the point", "not my point", "not what i mean", "not what i meant",
    "not what i said", "not what im saying", "missed the point", "missing the point",
    "not the issue", "not what it is about", "not what its about",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Asked for after a no, or a correction that names nothing their belief holds.
  static let otherWordsNotice = "Then put it in other words."

  /// True for a yes ("y", "yes", "ok", "that's right", "yes thats it"), false for a no ("n",
  /// "no", "not really", "no not quite"), nil for anything else: a line made only of yeses,
  /// or only of noes, is that answer. Words that call the listener something ("aye pal",
  /// "nah mate") say no more than the yes or no beside them.
  static func yesOrNo(_ line: String) -> Bool? {
    let words = Tokenizer.tokenize(line).filter(\.isWord)
      .map { $0.replacingText(with: $0.lowercased) }
    if isMade(of: affirmations, words) { return true }
    if isMade(of: negations, words) { return false }
    return nil
  }

  /// The answer to "Is that what you mean? (y/n)": a yes or a no (`yesOrNo`), or one said with
  /// one word after it that turns nothing ("y finally", "yes thanks"); nil when that word is a
  /// function word that may turn it ("yes but", "no if").
  static func confirmation(_ line: String) -> Bool? {
    if let answer = yesOrNo(line) { return answer }
    let words = Tokenizer.tokenize(line).filter(\.isWord)
    guard words.count == 2, !FunctionWords.isFunctionWord(words[1].lowercased) else { return nil }
    return yesOrNo(words[0].text)
  }

  /// Whether words are one or more phrases of a set, one after another, with words of address
  /// and asides between them. A phrase is matched before a word is passed over as an aside:
  /// the "so" of "i think so" is no "so" said to the listener.
  private static func isMade(of phrases: Set<String>, _ words: [Token]) -> Bool {
    var start = 0
    var matched = false
    while start < words.count {
      if let length = (1...min(4, words.count - start)).reversed().first(where: {
        phrases.contains(words[start..<(start + $0)].joinedText)
      }) {
        matched = true
        start += length
      } else if addressWords.contains(words[start].text) || asides.contains(words[start].text) {
        start += 1
      } else {
        return false
      }
    }
    return matched
  }

  static let affirmations: Set<String> = [
    "y", "yes", "yeah", "yep", "yup", "ok", "okay", "sure", "right", "correct", "exactly",
    "true", "that's right", "that is right", "that's it", "yes it is", "it is", "ye", "yea",
    "yeh", "ya", "yh", "yess", "k", "kk", "mhm", "uh huh", "thats right", "thats it", "yes please",
    "pretty much", "basically", "more or less", "close enough", "spot on",
    // Dialect and casual yeses: "aye go on", "bang on", "that's the one".
    "aye", "aye aye", "ay", "yis", "yas", "yah", "ja", "go on", "go ahead",
    "carry on", "bang on", "dead on", "that's the one", "thats the one",
    "you got it", "got it in one", "absolutely", "definitely", "defo", "for sure", "indeed",
    "it does", "that's what i mean", "thats what i mean", "that's what i said",
    "sounds right", "sounds about right", "about right", "that's about right",
    "thats about right", "righto", "right you are", "sure thing", "of course",
    // Half yeses that still take the wording: "yeah kinda", "i guess so lol".
    "kinda", "sorta", "sort of", "kind of", "i guess", "guess so", "i guess so", "i think so",
    "think so", "i suppose", "suppose so",
    // A yes to a reading that is close: "yeah near enough", "roughly", "that's the gist".
    "near enough", "nearly", "almost", "just about", "roughly", "roughly that", "broadly",
    "largely", "mostly", "essentially", "in essence", "in a nutshell", "give or take",
    "that's the gist", "thats the gist", "the gist", "that's about it", "thats about it",
    "about it", "close", "that'll do", "thatll do", "that will do", "fair enough", "near as",
  ]

  /// Words that call the listener something, said beside a yes or a no: "yes hen", "nah mate".
  static let addressWords: Set<String> = [
    "hen", "mate", "pal", "love", "luv", "pet", "bro", "bruv", "man", "dude", "lad", "son",
    "hun", "hon", "babe", "chief", "boss", "buddy", "m8", "fam", "sir", "maam", "ma'am", "doll",
    "darling", "dear", "friend", "chum", "marra", "duck", "cock", "kid", "big", "then", "please",
    "oh", "ah", "aw", "well", "och", "so",
  ]

  /// Laughs and fillers said beside a yes or a no that add nothing to it: "no lol", "yeah tbh".
  static let asides: Set<String> = AnswerCues.laughs.union([
    "lmfao", "hehe", "xd", "tbh", "ngl", "honestly", "tho", "though", "just", "like",
  ])

  /// The fewest words a belief put in other words has: fewer at the confirmation is neither a
  /// yes, a no nor a new wording.
  static let shortestRestatement = 2
  static let negations: Set<String> = [
    "n", "no", "nope", "nah", "not really", "not quite", "not exactly", "wrong", "no it isn't",
    "it isn't", "it's not", "yeah no", "yea no", "not at all", "no no", "not what i meant",
    "not what i said",
  ]

  mutating func rateConfidenceBefore(_ line: String) -> DialogueStep {
    recordingConfidence(line, as: .before) { dialogue, value, step in
      if let belief = dialogue.state.belief {
        // An explanation is given back whole: "that they voted for him, because …".
        let claim =
          belief.claim
          + (belief.reason.map {
            BeliefMapFold.isExplanation(claim: belief.claim, reason: $0) ? "" : ", " + $0
          } ?? "")
        // "like 80? maybe 85 idk": the range they gave, never one number of it.
        let wavering = RatingWavering.read(line, besides: belief.belief)
        let said = wavering.map { "\($0.said), that \(claim)." + ($0.kept.map { " " + $0 } ?? "") }
        dialogue.reflect(
          said ?? Self.confidenceReflection(value, claim: claim), depth: .simple, of: 0,
          into: &step)
      }
      dialogue.askNextQuestion(into: &step, closingWhenNoneLeft: true)
    }
  }

  mutating func rateBeforeNewThread(_ line: String) -> DialogueStep {
    recordingConfidence(line, as: .after) { dialogue, _, step in dialogue.startThread(into: &step) }
  }

  mutating func rateAtEnd(_ line: String, reason: SessionEvent.EndReason) -> DialogueStep {
    // "no ta, gotta run": asked once; a goodbye with no number leaves it unrated.
    if case .failure = ConfidenceRating.read(line, offered: offeredRating),
      AnswerMoveReader.read(line).isLeaving
    {
      var step = DialogueStep()
      finish(reason, into: &step)
      return step
    }
    // "wait what? i wasnt done": the close was too soon; the questions go on.
    if state.belief != nil, reason != .endOfInput, TurnRequest.isProtest(line),
      case .failure = ConfidenceRating.read(line)
    {
      var step = DialogueStep()
      say(Self.reopeningNotice, into: &step)
      state.phase = .awaitingQuestion
      askNextQuestion(into: &step, closingWhenNoneLeft: false)
      if state.phase == .outOfQuestions, !isAsked(Self.goingOnQuestion.question.text) {
        step.outputs.removeLast()
        ask(Self.goingOnQuestion, follows: nil, into: &step)
      }
      return step
    }
    return recordingConfidence(line, as: .after) { dialogue, _, step in
      // "75. thanks, that was good, bye": a warm goodbye is answered warmly before the map.
      if AnswerMoveReader.read(line).isLeaving {
        dialogue.say(dialogue.farewellLine, into: &step)
      } else if reason == .finished {
        // Rated at the end of the arc: the change given back, and room for a last word.
        dialogue.askClosingWord(givingBackRating: true, into: &step)
        return
      }
      dialogue.finish(reason, into: &step)
    }
  }

  /// The confidence they gave a few answers ago, offered back at the close ("Still 70?")
  /// rather than asked for cold.
  var offeredRating: Int? {
    guard let since = state.fold.answersSinceRating, since <= Self.recentRatingAnswers else {
      return nil
    }
    return state.map.confidence
  }

  /// The most answers since a rating for it to be offered back at the close.
  static let recentRatingAnswers = 3

  /// Said when they protest that the close came too soon.
  static let reopeningNotice = "Sorry, I stopped too soon. Let's go on."
  /// What is asked after a close too soon when no question is left.
  static let goingOnQuestion = PlannedQuestion(
    Question(kind: .clarification, text: "What else would you like to say about it?"),
    source: .followUp)

  /// A confidence typed at a prompt: what is wrong with it, or the step that records it and
  /// goes on as `then` says.
  private mutating func recordingConfidence(
    _ line: String, as moment: SessionEvent.ConfidenceMoment,
    then: (inout Self, Int, inout DialogueStep) -> Void
  ) -> DialogueStep {
    // At the prompt a line may say more than the number ("90 easy", "95. maybe 100 on a bad
    // day"): the rating it holds is read, and the whole line kept.
    let read = ConfidenceRating.read(line, offered: moment == .after ? offeredRating : nil)
    switch read {
    case .failure(let problem):
      return DialogueStep(outputs: [.notice(problem.description, tone: .problem)])
    case .success(let read):
      // "still about 70. maybe 65": the number they came to last is theirs.
      let value =
        RatingWavering.read(line, besides: state.belief?.belief ?? "")?.value ?? read
      var step = DialogueStep()
      record(.confidence(.init(value: value, moment: moment, typed: line)), into: &step)
      then(&self, value, &step)
      return step
    }
  }
}
