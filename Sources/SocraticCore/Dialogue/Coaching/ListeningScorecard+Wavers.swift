/// The moments a drill's persona wavered (admitted a gap in what it said: "Hm, I don't actually
/// know the details.") and whether the line after each took it up: a reflection, or
/// an open question on what it admitted. A waver is where a view loosens; a listener gives it
/// back and lets the other side look again, rather than moving on or pressing the point.
extension ListeningScorecard {
  /// Whether a line takes up the waver said just before it: a reflection, an open question
  /// that opens with one, an open question that builds on the admission, or a minimal
  /// encourager ("go on", "hm"), which leaves the persona room to say more of it; and, in any
  /// form, a line that gives the gap straight back ("so you're less sure about …?").
  /// - Parameter belief: the belief under discussion, whose words say nothing of following up.
  /// - Parameter asked: the question the waver answered, whose words the admission is about
  ///   ("Hm. I haven't really thought about that." names nothing of its own).
  static func takesUpWaver(
    _ text: String, form: QuestionForm?, waver: String, belief: String?, asked: String? = nil
  ) -> Bool {
    if PersonaVoice.isEncourager(key: DrillDialogue.key(of: text)) { return true }
    if AdmissionGivenBack.givesBack(text, waver: waver, belief: belief, asked: asked) {
      return true
    }
    switch form {
    case .reflection:
      return true
    case .open:
      return openingReflection(text, after: waver) != nil
        || FollowUp.buildsOn(text, previous: waver, belief: belief)
    default:
      return false
    }
  }

  /// Counts the wavers of one drill's questions that a line followed, and notes the numbers
  /// of those it left.
  mutating func countWavers(_ records: [SessionSummary.AskedRecord], belief: String?) {
    for (record, next) in zip(records, records.dropFirst()) {
      // What it said tells; a log that does not keep that has the drop in confidence instead.
      let wavered = record.admitsGap ?? (record.confidenceChange.map { $0 < 0 } ?? false)
      guard wavered, let waver = record.reply else { continue }
      waverCount += 1
      // "that's not what i asked" after it: the program misread the question, and left the
      // learner no waver to take up.
      let form = QuestionForm(rawValue: next.asked.critique.form)
      if !Self.findsFault(next.asked.text, with: waver),
        !Self.takesUpWaver(
          next.asked.text, form: form, waver: waver, belief: belief, asked: record.asked.text)
      {
        waversLeft.append(record.asked.number)
      }
    }
  }

  /// Whether a line finds fault with the reply before it, alone ("that's not what i asked")
  /// or before its question ("not what i meant. what about …?").
  static func findsFault(_ text: String, with reply: String) -> Bool {
    ReplyComplaint(text, heard: reply) != nil || ReplyComplaint.beforeQuestion(in: text) != nil
  }

  /// The line on wavers, nil with none: how many were taken up, and, in one drill, after
  /// which questions they were left, with what to do instead.
  var waversLine: String? {
    guard waverCount > 0 else { return nil }
    let taken = "Wavers taken up: \(waverCount - waversLeft.count) of \(waverCount)"
    guard !waversLeft.isEmpty, namesWaverQuestions else { return taken }
    // The numbers are those missed, said as missed: "2 of 4 (after questions 1 and 5)" reads
    // as the two taken up.
    return taken + " (missed: "
      + (waversLeft.count == 1
        ? "the gap the persona admitted after question "
        : "the gaps the persona admitted after questions ")
      + ReflectionWriter.listed(waversLeft.map(String.init)) + "): " + Self.waverAdvice
  }

  /// What to do with a waver, as the coach says it.
  static let waverAdvice =
    "give the admission back and let it look again, rather than move on or press the point"
}
