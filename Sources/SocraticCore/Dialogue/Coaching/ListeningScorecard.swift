/// How well a person listened while they questioned someone: the figures a drill ends with,
/// that partner's summary gives for the lines logged with `/me`, and that `socratic stats`
/// adds up across sessions.
///
/// The figures are those of motivational interviewing's coding standard and of street
/// epistemology's rubric: the share of questions that were open, reflections per question, the
/// share of reflections that were complex, the leading questions with a better wording, the
/// kinds of question asked, and how often a question built on what the other side had just
/// said. Each figure that has a target is shown with it (`Target`).
public struct ListeningScorecard: Sendable, Equatable {
  /// The coding standard's targets.
  public enum Target {
    /// Open questions, as a share of all questions: 70% or more.
    public static let openShare = 70
    /// Reflections per question: one is fair.
    public static let reflectionsPerQuestionFair = 1
    /// Reflections per question: two are good.
    public static let reflectionsPerQuestionGood = 2
    /// Complex reflections, as a share of all reflections: 40% or more.
    public static let complexShare = 40
  }

  /// A leading question, with the better wording the critic gave.
  public struct LeadingQuestion: Sendable, Equatable {
    /// The session it was asked in.
    public var session: String
    /// Its number in that session.
    public var number: Int
    /// As typed.
    public var text: String
    /// The critic's rewrite, if it had one.
    public var suggestion: String?
    /// Drill: how much surer the persona grew right after it; nil when it did not.
    public var confidenceRise: Int? = nil

    /// What the rise after it shows, for the scorecard to say beneath it: pushed, people dig
    /// in; nil when the persona grew no surer.
    public var aftermath: String? {
      confidenceRise.map {
        "The persona grew surer after it (+\($0)): pushed, people defend their view."
      }
    }
  }

  /// Lines said: questions, reflections and statements.
  public internal(set) var lineCount = 0
  /// Questions: open, closed or leading.
  public internal(set) var questionCount = 0
  public internal(set) var openCount = 0
  public internal(set) var reflectionCount = 0
  /// Of the reflections, those that open a question ("thats hard. what's the hardest part?").
  public internal(set) var openingReflectionCount = 0
  public internal(set) var complexReflectionCount = 0
  /// The leading questions, in the order asked.
  public internal(set) var leading: [LeadingQuestion] = []
  /// The kinds of question asked, in the kinds' order.
  public internal(set) var kinds: [QuestionKind] = []
  /// Questions and reflections said right after the other side said something.
  public internal(set) var followUpChances = 0
  /// Of those, the ones that built on it (`FollowUp`).
  public internal(set) var followUpCount = 0
  /// Drill: the persona's answers that admitted a gap and were followed by a line.
  public internal(set) var waverCount = 0
  /// Of those, the numbers of the questions whose answer the next line did not take up.
  public internal(set) var waversLeft: [Int] = []
  /// Whether the wavers are of one drill, so the numbers of those left name its questions:
  /// across drills, "after questions 2, 2 and 5" names none.
  public internal(set) var namesWaverQuestions = false
  /// Whether the kinds asked are measured against the checklist of all kinds, with those not
  /// asked yet listed as what to try next: not after a partner talk that argued no view
  /// (`SessionSummary.arguedAView`), where "1 of 7" would read as a gap in a talk of grief.
  public internal(set) var measuresKinds = true

  /// The scorecard of one session's lines (partner's `/me` lines, a drill's questions).
  public init(_ summary: SessionSummary) {
    self.init([summary])
    measuresKinds = summary.mode != .partner || summary.arguedAView
  }

  /// The scorecard of every partner and drill session's lines together.
  public init(_ summaries: [SessionSummary]) {
    var kinds: Set<QuestionKind> = []
    for summary in summaries where summary.mode != .explore {
      // A drill's belief is in every line of the persona's; partner's first line is theirs.
      let belief = summary.mode == .drill ? summary.belief : nil
      for record in summary.asked {
        add(record, session: summary.id, belief: belief)
        kinds.formUnion(Self.kindsAsked(by: record.asked, in: summary.mode))
      }
      if summary.mode == .drill { countWavers(summary.asked, belief: belief) }
    }
    namesWaverQuestions = summaries.filter { $0.mode == .drill }.count == 1
    self.kinds = QuestionKind.allCases.filter(kinds.contains)
  }

  private mutating func add(_ record: SessionSummary.AskedRecord, session: String, belief: String?)
  {
    lineCount += 1
    let critique = record.asked.critique
    let form = QuestionForm(rawValue: critique.form)
    switch form {
    case .reflection:
      reflectionCount += 1
      if critique.depth == .complex { complexReflectionCount += 1 }
      // A reflection of what they just said builds on it as much as a question does.
      countFollowUp(record, belief: belief)
      return
    case .statement:
      // A view put, or a word about the answer, is a line said after it all the same: the
      // card's "of N lines said right after it" counts every one.
      countFollowUp(record, belief: belief)
      return
    case .open:
      openCount += 1
    case .leading:
      leading.append(
        LeadingQuestion(
          session: session, number: record.asked.number, text: record.asked.text,
          suggestion: critique.suggestion,
          confidenceRise: record.confidenceChange.flatMap { $0 > 0 ? $0 : nil }))
    case .closed, nil:
      break
    }
    // The reflection a question opens with is counted, with its depth, as one said alone is.
    if let depth = Self.openingReflection(record.asked.text, after: record.previous) {
      reflectionCount += 1
      openingReflectionCount += 1
      if depth == .complex { complexReflectionCount += 1 }
    }
    questionCount += 1
    countFollowUp(record, belief: belief)
  }

  /// Counts a line said right after the other side spoke, and whether it built on that.
  private mutating func countFollowUp(_ record: SessionSummary.AskedRecord, belief: String?) {
    guard let previous = record.previous else { return }
    followUpChances += 1
    // "this is boring", "you're not answering": fault found with the talk takes nothing up,
    // though it opens on "this" or names the answer.
    if Grievance.findsFault(record.asked.text, previous: previous) { return }
    if FollowUp.buildsOn(record.asked.text, previous: previous, belief: belief)
      || Self.opensOnWhatWasSaid(record.asked.text)
      || Self.asksAboutWhatWasSaid(record.asked.text)
    {
      followUpCount += 1
    }
  }

  /// Whether a question opens on what was just said as its subject: "is that something you've
  /// looked at?", "was this before the move?". Right after their answer, "that" is the answer.
  static func opensOnWhatWasSaid(_ text: String) -> Bool {
    let words = Tokenizer.tokenize(text).filter(\.isWord).map(\.lowercased)
      .drop { reflectionLeadIns.contains($0) }
    guard words.count > 2, let auxiliary = words.first, FunctionWords.auxiliary(auxiliary) != nil
    else { return false }
    return ["that", "this"].contains(words[words.startIndex + 1])
  }

  /// The share of questions that were open, as a whole percentage; nil with no question.
  public var openPercentage: Int? { Self.percentage(openCount, of: questionCount) }

  /// Reflections per question in tenths, rounded to the nearest (3 over 2 is 15); nil with no
  /// question.
  public var reflectionsPerQuestionTenths: Int? {
    questionCount == 0
      ? nil : (reflectionCount * 20 + questionCount) / (questionCount * 2)
  }

  /// The share of reflections that were complex, as a whole percentage; nil with none.
  public var complexPercentage: Int? {
    Self.percentage(complexReflectionCount, of: reflectionCount)
  }

  /// The share of questions asked after the other side spoke that built on what they said;
  /// nil when there were none.
  public var followUpPercentage: Int? { Self.percentage(followUpCount, of: followUpChances) }

  /// A figure of the scorecard: the line with its number, and what the number means in plain
  /// words, for whoever shows it to say beneath it.
  public struct Figure: Sendable, Equatable {
    /// The figure, with its target where it has one: "Open questions: 5 of 7 (71%; …)".
    public var line: String
    /// What it counts and why it matters, in one plain sentence.
    public var meaning: String
  }

  /// The figures as lines a person reads, each with its target, user text in none of them
  /// (the leading questions are listed by whoever shows the lines).
  /// - Parameter other: who the questions were put to, as in "built on the persona's last
  ///   answer": "the persona's last answer", "what they said last".
  func lines(lastWordsOf other: String) -> [String] {
    figures(lastWordsOf: other).map(\.line)
  }

  /// The figures, each with its plain meaning (`Meaning`).
  /// - Parameter other: who the questions were put to (`lines(lastWordsOf:)`).
  public func figures(lastWordsOf other: String) -> [Figure] {
    // With no question asked there is no share to give: the line says so, with its target.
    var figures = [
      Figure(
        line: questionCount == 0
          ? "Open questions: none asked (target: \(Target.openShare)% or more of your questions open)"
          : "Open questions: \(openCount) of \(questionCount)"
            + (openPercentage.map { " (\($0)%; target \(Target.openShare)% or more)" } ?? ""),
        meaning: Meaning.open
          + NextStep.said(NextStep.open, if: isBelow(openPercentage, Target.openShare)))
    ]
    // With questions and no reflection, the missing reflections are the figure to call out.
    if reflectionCount > 0 || lineCount > 0 {
      // The rate is spelt out beside the count, with the bands it is read against, so the
      // line never reads as if the count were the target ("2 for 8 questions (aim for …)").
      let bands =
        "(fair: \(Target.reflectionsPerQuestionFair) or more per question; "
        + "good: \(Target.reflectionsPerQuestionGood) or more)"
      let perQuestion =
        questionCount == 0
        ? ", and no question asked \(bands)"
        : " for \(Plural.counted(questionCount, "question")) \u{2014} "
          + Self.decimal(hundredths: reflectionsPerQuestionHundredths ?? 0) + " per question "
          + bands
      figures.append(
        Figure(
          line: "Reflections: \(reflectionCount)" + reflectionsSplit + perQuestion,
          meaning: Meaning.reflections
            + NextStep.said(
              NextStep.reflections,
              if: isBelow(reflectionsPerQuestionHundredths, Target.reflectionsPerQuestionFair * 100)
            )))
    }
    if reflectionCount > 0 {
      figures.append(
        Figure(
          line: "Complex reflections: \(complexReflectionCount) of \(reflectionCount) ("
            + "\(complexPercentage ?? 0)%; target \(Target.complexShare)% or more)",
          meaning: Meaning.complex
            + NextStep.said(NextStep.complex, if: isBelow(complexPercentage, Target.complexShare))))
    }
    if let share = followUpPercentage {
      figures.append(
        Figure(
          line: "Built on \(other): \(followUpCount) of "
            + Plural.counted(followUpChances, "line") + " said right after it (\(share)%)",
          meaning: Meaning.builtOn))
    }
    figures.append(Figure(line: kindsLine, meaning: Meaning.kinds))
    if let waversLine { figures.append(Figure(line: waversLine, meaning: Meaning.wavers)) }
    figures.append(Figure(line: "Leading questions: \(leading.count)", meaning: Meaning.leading))
    return figures
  }

  /// What each figure means, as the scorecard says beneath it.
  enum Meaning {
    static let open =
      "Questions that can't be answered with a yes or a no and push no answer; reflections "
      + "and statements are not questions, and are not counted here."
    static let reflections =
      "How often you gave back what was said, for each question you asked: it shows you heard "
      + "before you asked more."
    static let complex =
      "Reflections that add the feeling or meaning under the words, not only repeat them."
    static let builtOn =
      "Lines that took up what had just been said, rather than moving to a new point."
    static let kinds =
      "The kinds of question you asked: more kinds look at the belief from more sides."
    static let wavers =
      "Times the other side admitted a gap, and whether your next line gave it room to look "
      + "again."
    static let leading =
      "Questions that push an answer: a pushed person defends their view instead of "
      + "examining it."
  }

  /// Whether a figure is below its target; false with no figure to measure.
  private func isBelow(_ figure: Int?, _ target: Int) -> Bool {
    figure.map { $0 < target } ?? false
  }

  /// What to try next for a figure below its target, as the scorecard says after its meaning.
  enum NextStep {
    static let open =
      "Below the target: next time, turn a yes-or-no question into one that opens with "
      + "\u{201C}what\u{201D} or \u{201C}how\u{201D} (\u{201C}Is it worth it?\u{201D} \u{2192} "
      + "\u{201C}What makes it worth it for you?\u{201D})."
    static let reflections =
      "Below fair: before your next question, give back in one sentence what they just said "
      + "(\u{201C}So for you, \u{2026}\u{201D})."
    static let complex =
      "Below the target: add what you hear under their words, the feeling or why it matters "
      + "(\u{201C}It sounds like you're worried that \u{2026}\u{201D})."

    /// The step after a meaning, or nothing when the figure is on target.
    static func said(_ step: String, if below: Bool) -> String { below ? " " + step : "" }
  }

  /// How the reflections split between those said alone and those opening a question, so that
  /// the count agrees with the count of lines by form above it: " (1 on its own, 2 opening a
  /// question)", " (2 opening a question)"; empty when none opened a question.
  private var reflectionsSplit: String {
    guard openingReflectionCount > 0 else { return "" }
    let alone = reflectionCount - openingReflectionCount
    let onTheirOwn = alone == 0 ? [] : ["\(alone) on " + (alone == 1 ? "its" : "their") + " own"]
    let parts = onTheirOwn + ["\(openingReflectionCount) opening a question"]
    return " (" + parts.joined(separator: ", ") + ")"
  }

  /// The kinds asked, with how many of all, then the kinds not asked yet: what to try next;
  /// only the kinds asked when the talk is not measured by them (`measuresKinds`).
  private var kindsLine: String {
    let all = QuestionKind.allCases
    let missing = all.filter { !kinds.contains($0) }
    let asked = kinds.map(\.coachingLabel).joined(separator: ", ")
    guard measuresKinds else { return "Kinds covered: " + (kinds.isEmpty ? "none" : asked) }
    let covered = kinds.isEmpty ? "none" : asked + " (\(kinds.count) of \(all.count))"
    let notAsked =
      missing.isEmpty || kinds.isEmpty
      ? "" : "; not asked yet: " + missing.map(\.coachingLabel).joined(separator: ", ")
    return "Kinds covered: " + covered + notAsked
  }

  /// Reflections per question in hundredths, rounded to the nearest (2 over 8 is 25); nil
  /// with no question.
  public var reflectionsPerQuestionHundredths: Int? {
    questionCount == 0
      ? nil : (reflectionCount * 200 + questionCount) / (questionCount * 2)
  }

  /// A number given in hundredths as a person writes it: 25 is "0.25", 150 is "1.5", 200 "2".
  static func decimal(hundredths: Int) -> String {
    let whole = hundredths / 100
    let fraction = hundredths % 100
    guard fraction > 0 else { return "\(whole)" }
    let digits =
      fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0" : "") + "\(fraction)"
    return "\(whole)." + digits
  }

  /// A share as a whole percentage rounded to the nearest, or nil of nothing.
  static func percentage(_ part: Int, of whole: Int) -> Int? {
    guard whole > 0 else { return nil }
    return (part * 200 + whole) / (whole * 2)
  }
}
