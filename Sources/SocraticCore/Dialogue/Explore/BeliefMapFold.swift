/// Folds an explore thread's logged events into its belief map: the one place where the map is
/// built, live, on resuming, and for a past session's summary and export (old logs included:
/// answers are read again, so a log written before answers were read by their moves has a map
/// too).
struct BeliefMapFold: Sendable, Equatable {
  /// The map so far.
  private(set) var map = BeliefMap()
  /// The thread's answers, as typed: an answer said again is recognised.
  private(set) var answers: [String] = []
  /// The words of each answer as the answer reader compares them, kept once.
  private var answerWords: [Set<String>] = []
  /// The words of each answer as `QuestionWording` reads them, kept once.
  private var answerContent: [Set<String>] = []
  /// The reasons on the map that were asked about, by index.
  private(set) var probedReasons: Set<Int> = []
  /// How many answers the map took in since the last summary.
  private(set) var answersSinceSummary = 0
  /// The last summary given, so the same one is not given twice.
  private(set) var lastSummary: String?
  /// The last question asked.
  private var question: SessionEvent.QuestionAsked?
  /// Whether a question about a feeling was asked: one is enough.
  private(set) var feelingAsked = false
  /// Whether the person asked not to talk about feelings: none is named or filed again.
  private(set) var feelingsDeclined = false
  /// Where what the answers to the last question offers goes on the map.
  private var filing = AnswerFiling.ownGrounds
  /// How each question's answer was filed, by question number: a probe of an answer that was
  /// not about their own grounds is filed aside.
  private var filings: [Int: AnswerFiling] = [:]
  /// Where the last answer ended, for or against the claim: an answer that opens with "but"
  /// turns from it.
  private var lastSide = ClauseStance.unread
  /// When the last rating was given: a rating set right replaces it there.
  private var ratingMoment: SessionEvent.ConfidenceMoment?
  /// How many answers came since the confidence they gave along the way, when they gave one.
  private(set) var answersSinceRating: Int?
  /// What we gave back of their last answer, when we did: an answer that turns it down
  /// ("no i said …") takes what it said off the map.
  private var lastReflection: String?
  /// How many answers gave each reason on the map, by its words: one given again leads.
  private var mentions: [String: Int] = [:]
  /// How many recaps asked whether they got the person right.
  private(set) var recapCount = 0
  /// The reason the last recap led with, by index, when it named one: a correction of the
  /// recap puts what they meant in its place.
  private var recapLed: Int?
  /// What each recap said of what they think and lean on (`ReflectionWriter.recapGist`): no
  /// recap says it again.
  private(set) var recapGists: [String] = []
  /// Whether the last thing said to the recap was a bare "no": what comes next is what they
  /// meant.
  private(set) var recapDenied = false
  /// What their last answer granted: "i take that back" said next, naming nothing, takes it
  /// back.
  private var lastGranted: [String] = []

  /// Brings an event of the thread into the map. A `thread` event starts the map again.
  /// - Parameter read: the answer's reading, when the caller has it already (an `answer` event
  ///   made live): an answer is read once per step.
  mutating func apply(_ event: SessionEvent.Payload, read: ReadAnswer? = nil) {
    switch event {
    case .belief(let value):
      self = BeliefMapFold()
      map.claim = value.claim ?? value.text
      // An explanation's because is the claim itself, not a reason given for it.
      if let reason = value.reason,
        !Self.isExplanation(claim: value.claim ?? value.text, reason: reason)
      {
        map.record(AnswerMoveReader.read(reason))
      }
    case .newThread:
      self = BeliefMapFold()
    case .confidence(let value):
      if value.moment == .before, map.confidenceBefore == nil { map.confidenceBefore = value.value }
      // "i said 95 not 100": the rating they set right was never theirs, at the start or since.
      if value.moment == .correction, ratingMoment == .before { map.confidenceBefore = value.value }
      if value.moment != .correction { ratingMoment = value.moment }
      map.confidence = value.value
      // The first rating is asked for again at the close, to see what moved: only one given
      // along the way is offered back.
      if value.moment != .correction { answersSinceRating = value.moment == .update ? 0 : nil }
    case .question(let value):
      question = value
      let arc = value.arc.flatMap(ExploreArcStep.init(rawValue:))
      filing = AnswerFiling(arc: arc, kind: value.kind, text: value.text)
      if arc == .probe { filing = filing.probing(value.follows.flatMap { filings[$0] }) }
      if MomentQuestions.isFeelingQuestion(value.text) { feelingAsked = true }
      if value.arc == ExploreArcStep.probe.rawValue,
        let index = map.reasons.indices.first(where: { !probedReasons.contains($0) })
      {
        probedReasons.insert(index)
      }
    case .answer(let value) where value.answersRecap && takeRecapAnswer(value.text):
      break
    case .answer(let value)
    where value.moves == [AnswerMove.noContent.rawValue] && setsRatingRight(value.text):
      // "i said 95 not 100": a rating set right, filed as nothing else.
      break
    case .answer(let value):
      let read = read ?? reading(of: value.text)
      // "no actually i take that back": what they granted last is theirs no longer.
      if BeliefMap.takesBackWhatWasSaid(value.text) {
        map.doubts.removeAll(where: lastGranted.contains)
      }
      let doubtsBefore = map.doubts
      defer { lastGranted = map.doubts.filter { !doubtsBefore.contains($0) } }
      answers.append(value.text)
      answerWords.append(AnswerMoveReader.repeatWords(of: value.text))
      answerContent.append(Self.contentWords(of: value.text))
      if read.declinesFeelings {
        feelingsDeclined = true
        map.feelings = []
      }
      answersSinceRating = answersSinceRating.map { $0 + 1 }
      filings[value.question] = filing
      // "no i said i dont know": what we put to them and they turned down comes off first:
      // what we gave back of their last answer, else the question.
      if BeliefMap.rejectsWhatWasPut(value.text, asked: question?.text),
        let put = lastReflection ?? question?.text
      {
        map.dropRejected([put])
      }
      lastReflection = nil
      // "no not the drama, its the anxiety": what they set right is put right first.
      map.correct(by: value.text)
      // "i didn't say that, that's their argument": what they disown comes off the map.
      let disowned = map.disown(by: value.text, asked: question?.text)
      // "i'd rather not get into that one actually": a question declined is let be, and no
      // ground of theirs.
      var isDeclined = false
      if case .declined? = TurnRequest.read(value.text) { isDeclined = true }
      if read.isAnswer, !isDeclined {
        answersSinceSummary += 1
        let arc = question?.arc.flatMap(ExploreArcStep.init(rawValue:))
        // An answer to a recap names no reason as weighing most, whatever was asked before it.
        let asksWeight = arc == .weight && !value.answersRecap
        let restated = map.restatedReason(in: value.text, asked: question?.text)
        let known = map.reasons.count
        // "the interns are drowning though", asked for the other side: a turn back to theirs,
        // read where it turns (`AnswerStances`), not over the whole answer.
        // "the main thing is …", asked how they know: a reason of its own, the one they lean on.
        // "also sports clubs run late", asked how they know: another reason, not evidence.
        let leans = BeliefMap.leansOn(value.text) || BeliefMap.addsReason(value.text)
        lastSide = map.record(
          filing.filing(read), probedReason: disowned || leans ? nil : probedReason,
          saying: value.text,
          presumed: filing.presumedStance, before: lastSide)
        // "You keep coming back to your niece. What is it about her …?": the question named
        // what they lean on, and the answer says more of it.
        // "Which carries the most weight?": the reason they name, or the one they give then.
        if asksWeight, let leadIn = question.flatMap({ Self.leadIn(of: $0.text) }),
          map.markWeightiest(in: leadIn, among: known)
        {
        } else if asksWeight,
          !map.markWeightiest(in: value.text, among: known, clearly: true)
        {
          if map.reasons.count > known {
            map.strongest = known
          } else if read.has(.concession) {
            // "fair point, the council has to pay for water": a point granted to the other
            // side, never the reason they lean on.
          } else if let told = BeliefMap.sentences(of: value.text).first,
            ReflectionWriter.sureReason(BeliefMap.Reason(text: told)) != nil
          {
            // "my sister is a nurse and half her pay goes on rent": a reason told then, read
            // as none, is the one they lean on.
            map.reasons.append(BeliefMap.Reason(text: told))
            map.strongest = map.reasons.count - 1
          } else if let thing = BeliefMap.weightiestNamed(in: value.text) {
            // "the thing about my sister", when nothing said before speaks of it: a reason of
            // its own, the one they lean on.
            map.reasons.append(BeliefMap.Reason(text: "of " + thing))
            map.strongest = map.reasons.count - 1
          }
        }
        countMentions(restated: restated, givenFrom: known)
        // "the big thing is …": the reason they lean on, whatever was asked.
        map.markLeaning(in: value.text, givenFrom: known)
      } else {
        // "I'll ring the bank about it. right, I'm off": a goodbye may still tell their plan.
        map.keepPlan(of: read, saying: value.text)
      }
      // "what moved it?" is answered with where they ended up; any answer may say so too.
      let asked = question?.arc.flatMap(ExploreArcStep.init(rawValue:))
      map.recordShift(in: value.text, asksWhatMoved: asked == .rerate)
    case .reflection(let value):
      lastReflection = value.text
    case .summary(let value):
      answersSinceSummary = 0
      lastSummary = value.text
      if value.isCheck {
        recapCount += 1
        recapGists.append(ReflectionWriter.recapGist(of: value.text))
        recapDenied = false
        recapLed = ReflectionWriter.recapReasons(of: map).first?.index
      }
    case .note(let value):
      map.notes.append(BeliefMap.Note(text: value.text, category: value.category))
    default:
      break
    }
  }

  /// Takes in what was said to a recap when it says yes or no to it, setting the map right by
  /// a correction (`BeliefMap.correctRecap`).
  /// - Returns: whether it was taken; anything else is an answer like any other.
  private mutating func takeRecapAnswer(_ text: String) -> Bool {
    let answer = RecapAnswer.read(text, afterDenial: recapDenied)
    recapDenied = answer == .denies
    switch answer {
    case .confirms, .denies:
      return true
    case .corrects(let meant):
      map.correctRecap(meant: meant, led: recapLed)
      recapLed = map.strongest
      return true
    case .other:
      return false
    }
  }

  /// Counts the reasons an answer gave, once each: one said again is said once on the map, and
  /// the first given twice leads when they named none as weighing most.
  private mutating func countMentions(restated: Int?, givenFrom known: Int) {
    if let restated { map.dropRestatements(of: restated, from: known) }
    let given = (restated.map { [$0] } ?? []) + Array(known..<max(known, map.reasons.count))
    for index in given where map.reasons.indices.contains(index) {
      let key = map.reasons[index].text.lowercased()
      mentions[key, default: 0] += 1
      if mentions[key, default: 0] >= 2, map.strongest == nil { map.strongest = index }
    }
  }

  /// Whether a belief is an explanation ("they voted for him because …"): its claim holds its
  /// reason, which is then what the belief says, not a reason given for it.
  static func isExplanation(claim: String, reason: String) -> Bool {
    LowercasedText(claim).contains(LowercasedText(reason))
  }

  /// Whether an answer came before the last one: with none, nothing can have been said again
  /// ("bills same as before", the first answer, compares the bills, and repeats nothing).
  var hasEarlierAnswer: Bool { answers.count > 1 }

  /// How many words that carry meaning an answer holds besides those that say it repeats.
  func newWordCount(in answer: String) -> Int {
    Self.contentWords(of: answer).subtracting(AnswerCues.repeatWords).count
  }

  /// The words of an answer that carry meaning, as `QuestionWording` reads them, from as much
  /// of it as the answer reader reads: an answer of any length is compared as fast.
  static func contentWords(of answer: String) -> Set<String> {
    QuestionWording.contentWords(
      of: TypedTextLimit.prefix(of: answer, characters: AnswerMoveReader.readLimit))
  }

  /// The latest earlier answer that an answer says again ("like I said, the polls" → the one
  /// about the polls): the one sharing most of its words that carry meaning, if any does.
  func answerRepeated(by answer: String) -> String? {
    let words = Self.contentWords(of: answer).subtracting(AnswerCues.repeatWords)
    guard !words.isEmpty else { return nil }
    // Only an answer that holds at least half of these words is the one repeated: one shared
    // word of many is no repeat, and quoting it would put words in the person's mouth.
    var best: (answer: String, shared: Int)?
    for (earlier, content) in zip(answers, answerContent).dropLast().reversed() {
      let shared = words.intersection(content).count
      if shared > (best?.shared ?? 0) { best = (earlier, shared) }
    }
    guard let best, 2 * best.shared >= words.count else { return nil }
    return best.answer
  }

  /// An answer to the last question, read with what the thread heard before.
  func reading(of answer: String) -> ReadAnswer {
    let arc = question?.arc.flatMap(ExploreArcStep.init(rawValue:))
    let expectsReason: Bool
    switch arc {
    // "when did you first see it so?" is answered with their grounds too: "also they poach
    // the best teachers" is a reason given then.
    case .reasons?, .moreReasons?, .probe?, .story?: expectsReason = true
    case nil: expectsReason = question?.kind == .evidence
    default: expectsReason = false
    }
    // "forget what my cousin said, he talks rubbish to be fair": what takes a point back, and
    // what is then said of its author, is neither reflected nor asked about as a grant.
    let read = BeliefMap.withoutTakingBack(
      AnswerMoveReader.read(answer, earlierWords: answerWords, expectsReason: expectsReason),
      in: answer)
    return feelingsDeclined || read.declinesFeelings ? read.withoutFeelings : read
  }

  /// The reason the last question asked about, when it probed one.
  private var probedReason: Int? {
    guard question?.arc == ExploreArcStep.probe.rawValue else { return nil }
    return probedReasons.max()
  }

  /// What a question said of their words before it asked ("You keep coming back to your
  /// niece."), nil when it asked straight away.
  static func leadIn(of question: String) -> String? {
    let asking = QuestionWording.asking(question)
    guard asking != question, question.hasSuffix(asking) else { return nil }
    return String(question.dropLast(asking.count))
  }
}

extension BeliefMapFold {
  /// Whether an answer sets right the rating the map holds (`RatingCorrection`). The dialogue
  /// logs such an answer with no move but `noContent`; one logged with moves was read as an
  /// answer (a new rating to "how sure are you now?", a goodbye) and is filed as one.
  func setsRatingRight(_ answer: String) -> Bool {
    RatingCorrection.rating(in: answer, replacing: map.confidence, besides: map.claim ?? "") != nil
  }
}
