/// Whether the claim a turn states puts a belief on the table, or tells news of their own life.
///
/// The stages and the belief questions (how they know, an example of it, how common it is, how
/// someone who disagrees sees it) are for a belief: a view of how things are or should be
/// ("buses should be free", "crypto is a scam"). News of their own life ("handed my notice in
/// today", "ive booked the flights"), a plan of theirs ("ill ring him tomorrow") or a feeling
/// shared is listened to, never examined. The rule reads the turn's words only, so a resumed
/// session reads the same from the log.
extension TheirWords {
  /// Whether a turn that states a claim puts a belief on the table.
  /// 1. A belief framed as theirs ("I think", "I reckon") is one, whatever else they tell.
  /// 2. A feeling shared is none: "im so fed up with it".
  /// 3. Otherwise the first sentence that decides: what an authority found is news
  ///    (`reportsAFinding`); a view (what should be, a general claim in
  ///    the present: "the pub is finished, that's what got me") is one; news of their own
  ///    (themselves in it with a verb that can only be past, a clause that opens with one,
  ///    "i've sent it"), what someone of theirs is doing now ("mum is moving house") or a plan of
  ///    theirs is none.
  /// 4. A turn that tells neither is taken as a belief, as it always was.
  static func putsABeliefOnTheTable(typed: [Token], moves: [String]) -> Bool {
    let sentences = SentenceSplitter.sentences(in: typed)
    let words = typed.filter(\.isWord).map(\.lowercased)
    if viewFrame.matches(lowercased: words) { return true }
    if moves.contains(AnswerMove.feeling.rawValue) { return false }
    for sentence in sentences {
      // "fingers crossed the scan's clear": a hope is neither news nor a view.
      if hopedFor(in: sentence) != nil { return false }
      if reportsAFinding(sentence) { return false }
      if tellsWhatTheirPeopleAreDoing(sentence) { return false }
      if statesAView(sentence) { return true }
      if tellsTheirNews(sentence) { return false }
    }
    return true
  }

  /// Whether a turn argues a view in so many words: framed as theirs ("I think", "I reckon"),
  /// what should be, or a general claim in the present ("vets charge too much"). In a talk of
  /// their own life, only such a turn turns it into an argued claim; anything else said there,
  /// what would be among it ("a puppy would outlive me"), is more of their life.
  static func arguesAView(typed: [Token]) -> Bool {
    let words = typed.filter(\.isWord).map(\.lowercased)
    return viewFrame.matches(lowercased: words)
      || SentenceSplitter.sentences(in: typed).contains {
        statesAView($0, countingWhatWouldBe: false)
      }
  }

  /// Whether a sentence tells news of their own: a plan of theirs, themselves in it with a
  /// verb that can only be past ("we lost the dog", "i've paid it") or a time to come in a
  /// clause of theirs ("my op's on the 14th"), or a clause with no subject that opens with one
  /// ("sent it back this morning").
  private static func tellsTheirNews(_ sentence: [Token]) -> Bool {
    let words = droppingOpeners(sentence).filter(\.isWord).map(\.lowercased)
    if namesAPlan(ArraySlice(words.prefix(newsWordReach))) { return true }
    // "my mate lost his job": what happened to someone else is theirs to tell, and no news of
    // the speaker's own.
    let hasThemselves = words.contains { selfWords.contains($0) }
    if hasThemselves, words.contains(where: isOnlyPast) { return true }
    // "my op's on the 14th", "we move next month": what is set for them is news too, when the
    // time is in a clause of theirs and no verdict follows it ("my rent goes up next month and
    // it's a scandal" argues).
    let clauses = clauses(of: sentence)
    if let dated = clauses.firstIndex(where: { clause in
      clause.contains { storyTellers.contains($0.lowercased) }
        && PartnerCueMatcher.timeAhead.matches(clause.filter(\.isWord))
    }), !clauses[(dated + 1)...].contains(where: passesAVerdict) {
      return true
    }
    return clauseOpenings(sentence).contains { isOnlyPast($0) && !viewVerbForms.contains($0) }
  }

  /// Whether a sentence tells what someone of theirs is doing or going through now: "my
  /// sister's getting married", "mum is moving house". Their family's news, never a view to
  /// question.
  private static func tellsWhatTheirPeopleAreDoing(_ sentence: [Token]) -> Bool {
    let words = droppingOpeners(sentence).filter(\.isWord)
    guard let clause = ClauseParser.parse(words), clause.verb == .be(.present),
      let head = clause.subject.last?.lowercased, KinWords.isKin(head),
      clause.subject.count == 1 || storyTellers.contains(clause.subject[0].lowercased),
      let next = clause.rest.first?.lowercased
    else { return false }
    return next.hasSuffix("ing") && next.count > 4
  }

  /// Whether a clause judges what it is said of: a view ("rents should be capped") or a verdict
  /// word ("it's a scandal", "what a joke").
  private static func passesAVerdict(_ clause: [Token]) -> Bool {
    let words = clause.filter(\.isWord).map(\.lowercased)
    return statesAView(clause) || words.contains(where: LoadedJudgements.isLoaded)
      || LoadedJudgements.hasVerdictPhrase(words)
  }

  /// The first word of each clause of a sentence: at its start and after a comma or a dash.
  private static func clauseOpenings(_ sentence: [Token]) -> [String] {
    var openings: [String] = []
    var opensClause = true
    for token in sentence {
      if token.isWord {
        if opensClause { openings.append(token.lowercased) }
        opensClause = false
      } else if clauseMarks.contains(token.text) {
        opensClause = true
      }
    }
    return openings
  }

  /// Whether a sentence states a view: what should be ("they should scrap it"), or a claim in
  /// the present about something other than themselves or what they just said ("crypto is a
  /// scam"); never what someone else says ("the doctor says …").
  /// - Parameter countingWhatWouldBe: whether a claim with a modal ("it would", "they could")
  ///   counts as a view.
  private static func statesAView(_ sentence: [Token], countingWhatWouldBe: Bool = true) -> Bool {
    let words = droppingOpeners(sentence).filter(\.isWord)
    let lowered = words.map(\.lowercased)
    if lowered.contains(where: obligationWords.contains) { return true }
    if PartnerCueMatcher.reportedSpeech.matches(words) { return false }
    guard let clause = ClauseParser.parse(words), let head = clause.subject.first?.lowercased,
      !pointingSubjects.contains(head)
    else { return false }
    switch clause.verb {
    case .be(.present), .lexical(_, .thirdSingular), .lexical(_, .plural): return true
    case .modal: return countingWhatWouldBe
    case .be, .perfect, .lexical: return false
    }
  }

  /// Whether a turn frames a view as theirs ("I reckon") or says what ought to be ("should"):
  /// whatever it tells of their own life, it argues.
  static func framesAView(typed: [Token]) -> Bool {
    let words = typed.filter(\.isWord).map(\.lowercased)
    return viewFrame.matches(lowercased: words) || words.contains(where: obligationWords.contains)
  }

  /// A belief framed as theirs: "i really do think", "i reckon". Not "i feel like", which
  /// as often shares a feeling ("i feel like a spare part").
  private static let viewFrame = PartnerCueMatcher([
    "i (also|still|really|honestly|just|do)* (think|believe|reckon|would say)"
  ])

  /// How many words at the start of a sentence are read for a plan.
  private static let newsWordReach = 6

  /// The marks after which a new clause starts in chat.
  private static let clauseMarks: Set<String> = [",", ";", "\u{2013}", "\u{2014}", "-"]

  /// Past forms that report a view, never an event: "thought", "said".
  private static let viewVerbForms: Set<String> = ["thought", "said", "told", "reckoned"]

  /// Words of what ought to be: a view, whoever it is about.
  private static let obligationWords: Set<String> = [
    "should", "shouldn't", "shouldnt", "shud", "ought", "oughta",
  ]

  /// Subjects that are the speakers themselves, the listener, or what was just said: a clause
  /// of theirs is no general claim.
  private static let pointingSubjects: Set<String> = [
    "i", "we", "you", "u", "my", "our", "your", "it", "that", "this", "there", "he", "she",
    "they", "me", "us", "everything", "nothing", "what", "so", "well", "and", "but", "thats",
    "its",
  ]
}
