/// What the tool says back to an answer before its next question: a word on a question put
/// back to it, a repeat met as one, a loss owned once, and the reflection of what matters most.
extension ExploreDialogue {
  /// What the tool says back to an answer before its next question: a reflection of what
  /// matters most in it, a summary of the map now and then, or a word on a repeat or a question
  /// put back to it.
  mutating func respond(
    to read: ReadAnswer, saying line: String, of number: Int, into step: inout DialogueStep
  ) {
    // One line for a question back: the purpose, a reassurance, or a word on a question put
    // to the tool; what else the line says is taken up after it.
    if read.asksPurpose {
      say(Self.purposeNotice, into: &step)
    } else if Self.asksHowLong(line) {
      say(Self.nearlyDoneNotice, into: &step)
    } else if let answer = worriedAnswer(to: line) {
      say(answer, into: &step)
    } else if read.isDefensive {
      let belief = read.feelsDisbelieved ? "I believe you. " : ""
      say(belief + Self.reassuranceNotice, into: &step)
    } else if read.has(.asksBack), !read.asksClarification, let answer = askedBackLine {
      say(answer, into: &step)
    }
    if read.declinesFeelings {
      say(Self.noFeelingsNotice, into: &step)
    }
    // "sorry that came out a bit sharp", "sorry im in a mood, rent's due friday": no need to,
    // said first, and a hard time named when they told of one.
    if let apology = Self.apology(in: line) { say(apology, into: &step) }
    let isMoment = !MomentQuestions.moments(of: read).isEmpty
    // An answer that says it repeats ("like I said, …") but says something new is reflected
    // as any other: only one that holds an earlier answer, or little besides the saying, is
    // met as a repeat.
    let repeated = read.has(.repeat) ? state.fold.answerRepeated(by: line) : nil
    let addsLittle =
      read.has(.repeat) && state.fold.hasEarlierAnswer
      && state.fold.newWordCount(in: line) <= Self.repeatNewWordLimit
    // "same as before. it's sensible. sensible isn't the same as wanting to": a distinction
    // drawn is something new, whatever the answer says of itself.
    if read.has(.repeat) && !isMoment && (repeated != nil || addsLittle)
      && !Self.distinctionCues.matches(
        Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(Self.denialReadLimit))))
          .filter(\.isWord))
    {
      let earlier = repeated.flatMap { answer in
        let earlier = AnswerMoveReader.read(answer)
        return [earlier.gist, earlier.statement].compactMap { $0 }.lazy
          .compactMap(ReflectionWriter.given).first
      }
      // Said again because it was asked again: the repeat is owned, never held against them.
      // Said again of their own accord ("like i said, it's the empty chair"): weight on that
      // point, given back as such; the tool has nothing to apologise for.
      let words = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(Self.denialReadLimit))))
        .filter(\.isWord)
      let isOwnAccord = Self.ownAccordRepeat.matchEnd(atStartOf: words) != nil && !isAskedAgain
      let text =
        !isOwnAccord
        ? earlier.map { "\(Self.repeatOwned): \($0). Let's look at it from another side." }
          ?? "\(Self.repeatOwned). Let's look at it from another side."
        : earlier.map { "\(Self.weightLead): \($0)." } ?? "\(Self.weightLead)."
      reflect(text, depth: .simple, of: number, into: &step)
      return
    }
    // A loss is owned with sorrow once a session; told again, the feeling under it is named.
    var read = read
    if let acknowledgement = read.impliedFeeling?.acknowledgement,
      state.reflectionsSaid.contains(where: { $0.hasPrefix(Self.sorrowOpening) }),
      acknowledgement.hasPrefix(Self.sorrowOpening)
    {
      read.impliedFeeling?.acknowledgement = nil
    }
    // "my mum went every week after dad died. so ok for people like her": the loss is owned in
    // a line, and the point it was the time of is given back after it, never walked past.
    if let loss = read.impliedFeeling, loss.isLoss,
      !MomentQuestions.moments(of: read).contains(.impliedFeeling)
    {
      reflect(loss.reflection, depth: .complex, of: number, into: &step)
      read.impliedFeeling = nil
    }
    // "maybe that's the real line for me": a view of theirs found, given back as theirs.
    if let finding = fresh(ReflectionWriter.finding(in: line)) {
      reflect(finding.text, depth: finding.depth, of: number, into: &step)
      return
    }
    // Every reflection passes the gate; one that fails is not shown, and the next question
    // follows. No summary is given mid-session: one misfiled item costs more than it gives,
    // so the map is given back only at the close.
    if let reflection = fresh(
      ReflectionWriter.reflection(
        of: read, turn: state.reflectionCount, hasSaidStock: state.hasSaidStock, saying: line))
    {
      reflect(reflection.text, depth: reflection.depth, of: number, into: &step)
    }
  }

  /// How an answer moves on from a hard moment (`AnswerCues.movingOn(in:)`): asking outright to
  /// go back to the topic, or closing a loss or a hurt it told itself or the answer before it
  /// told. Nil otherwise: "it's fine" said of a policy moves on from nothing.
  func movingOnFromAMoment(_ line: String, read: ReadAnswer) -> AnswerCues.MovingOn? {
    guard let movingOn = AnswerCues.movingOn(in: line) else { return nil }
    if movingOn == .asksBack { return movingOn }
    // "so maybe my way isnt as tight as i make out lol": a doubt about their view is the topic,
    // never a moving on from it, however it ends.
    if MomentQuestions.moments(of: read).contains(where: MomentQuestions.pointMoments.contains) {
      return nil
    }
    let toldHere =
      read.impliedFeeling?.isLoss == true || AnswerFollowUp.tellsALoss(line)
      || ExploreArc.tellsAHurt(line)
    let toldBefore = state.fold.answers.last.map { earlier in
      ExploreArc.isAfterAHurt(AnswerMoveReader.read(earlier), text: earlier)
    }
    return toldHere || toldBefore == true ? movingOn : nil
  }

  /// Whether the question now open asks what an earlier one of the session asked, by its
  /// intent (`QuestionIntent`): an answer said again to it was asked for again.
  var isAskedAgain: Bool {
    guard let current = state.currentQuestion?.text, let intent = QuestionIntent(of: current)
    else { return false }
    return state.askedTexts.contains { $0 != current && QuestionIntent(of: $0) == intent }
  }

  /// Openings that say a point again of their own accord, no complaint of being asked again:
  /// "like i said", "as i mentioned" ("i told you" and "same as before" complain).
  static let ownAccordRepeat = PartnerCueMatcher([
    "(like|as) (i|i 've|ive|i have) (said|say|mentioned|put it)"
  ])

  /// How a point they come back to of their own accord is given back: as weight on it.
  static let weightLead = "So that's what it keeps coming back to for you"

  /// Said when they close a hard moment and nothing of it is given back: thanks, and their view
  /// again.
  static let movingOnNotice = "Thank you for telling me that. Let's go back to your view."
  /// Said when they ask to go back to the topic.
  static let backToTopicNotice = "Of course, let's go back to it."

  /// What is said to their apology for how they came across: no need to, and a hard time
  /// named when the apology was for a mood; nil when they apologised for neither.
  static func apology(in line: String) -> String? {
    let words = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(denialReadLimit))))
      .filter(\.isWord)
    if ApologyCues.mood.matches(words) { return moodApologyNotice }
    if ApologyCues.depth.matches(words) { return depthApologyNotice }
    return ApologyCues.tone.matches(words) ? toneApologyNotice : nil
  }

  /// Said to an apology for their tone.
  static let toneApologyNotice = "No need to apologise."
  /// Said to an apology for going deep.
  static let depthApologyNotice =
    "No need to apologise \u{2014} going deep is welcome here. We can take it at your pace."
  /// Said to an apology for a mood they are in.
  static let moodApologyNotice = "No need to apologise \u{2014} it sounds like a lot is going on."

  /// `AnswerCues.distinctions`, compiled once.
  static let distinctionCues = PartnerCueMatcher(AnswerCues.distinctions)

  private enum ApologyCues {
    static let tone = PartnerCueMatcher(AnswerCues.toneApologies)
    static let mood = PartnerCueMatcher(AnswerCues.moodApologies)
    static let depth = PartnerCueMatcher(AnswerCues.depthApologies)
  }

  /// Whether an answer turns down a feeling the last question or reflection named: "not" and,
  /// within two words, a word for a feeling that was put to them.
  func deniesFeelingPut(_ line: String) -> Bool {
    let put = [state.reflectionsSaid.last, state.currentQuestion?.text].compactMap { $0 }
    let putWords = Set(
      put.flatMap { Tokenizer.tokenize($0) }.filter(\.isWord).map(\.lowercased)
        .filter(AnswerCues.isFeelingWord))
    guard !putWords.isEmpty else { return false }
    let words = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(Self.denialReadLimit))))
      .filter(\.isWord).map(\.lowercased)
    return words.indices.contains { index in
      ["not", "n't"].contains(words[index])
        && words[(index + 1)...].prefix(2).contains(where: putWords.contains)
    }
  }

  /// The turn an answer takes against what we just put to them, when it opens on a "no" and
  /// sets aside words of our last reflection or question for what they meant: "no, it's not
  /// her i'm worried about, it's me" after "you're worried about her". Nil otherwise.
  func turnedDownReading(_ line: String, read: ReadAnswer) -> Correction? {
    guard let first = Tokenizer.tokenize(line).first(where: \.isWord)?.lowercased,
      AnswerCues.personCorrections.contains(first),
      let correction = read.correction, !correction.isFeeling
    else { return nil }
    let put = [state.reflectionsSaid.last, state.currentQuestion?.text].compactMap { $0 }
    let putWords = Set(
      put.flatMap { Tokenizer.tokenize($0) }.filter(\.isWord).map(\.lowercased)
        .filter { !FunctionWords.isFunctionWord($0) })
    let dropped = correction.dropped.filter(\.isWord).map(\.lowercased)
    return dropped.contains(where: putWords.contains) ? correction : nil
  }

  /// How many characters of an answer are read for a feeling turned down.
  static let denialReadLimit = 200

  /// `LeaveTakingCues.phrases`, compiled once.
  static let leaveCues = PartnerCueMatcher(LeaveTakingCues.phrases)

  /// `AnswerCues.lostByQuestion`, compiled once.
  static let lostCues = PartnerCueMatcher(AnswerCues.lostByQuestion)

  /// The phrases that say a question puzzled them (`lostByQuestion`, `TurnCues.puzzlements`).
  static let puzzledCues = PartnerCueMatcher(AnswerCues.lostByQuestion + TurnCues.puzzlements)

  /// Whether a correction only says the question puzzled them, with nothing said in place of
  /// it: "that doesnt make sense to me love. explain what?".
  static func isPuzzledAlone(_ line: String, request: TurnRequest?) -> Bool {
    request == .correction(restated: false)
      && puzzledCues.matches(
        Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(denialReadLimit))))
          .filter(\.isWord))
  }

  /// Whether a reply only says the question lost them (`AnswerCues.lostByQuestion`), with at
  /// most a few words before it and a word or two after ("i'm not sure what you're asking
  /// love").
  static func isLostAlone(_ line: String) -> Bool {
    let words = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(denialReadLimit))))
      .filter(\.isWord)
    guard words.count <= lostWordLimit else { return false }
    return words.indices.prefix(lostLeadLimit + 1).contains { start in
      guard let end = lostCues.matchEnd(atStartOf: Array(words[start...])) else { return false }
      return words.count - (start + end) <= lostTailLimit
    }
  }

  /// The most words a reply that only says the question lost them has.
  static let lostWordLimit = 12
  /// The most words before the phrase that says so ("sorry, i'm", "hmm honestly").
  static let lostLeadLimit = 3
  /// The most words after it: a name for the listener, "there", "now".
  static let lostTailLimit = 2

  /// `TurnCues.unheard`, compiled once.
  static let unheardCues = PartnerCueMatcher(TurnCues.unheard)

  /// Said when they step away for a moment: the question waits.
  static let pauseNotice = "No rush \u{2014} take your time."
  /// Said before the open question, asked again after stray keys owned with an apology.
  static let strayKeysNotice = "No worries. The question again: "

  /// How an owning of a loss opens: said once a session.
  static let sorrowOpening = "I'm so sorry"
}
