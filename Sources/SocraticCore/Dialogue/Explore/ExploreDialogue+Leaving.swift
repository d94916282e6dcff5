/// What is taken up as they take their leave: a plan they name is given back, and being heard
/// at last is met warmly, before the thanks. "I'll ring the council on monday. thanks for
/// listening, nobody asks me these days" is never met with a stock close alone.
extension ExploreDialogue {
  /// Gives back what a leaving answer says besides the leaving: the plan it names, then a word
  /// for being heard when they say it has been a long time since anyone asked.
  mutating func takeLeave(
    of read: ReadAnswer, saying line: String, of number: Int,
    into step: inout DialogueStep
  ) {
    // "reckon i'll call it a night": a plan that is the leaving itself is not given back.
    if let plan = read.plan.map(AnswerMoveReader.planWithSpeaker),
      TurnRequest.read(plan) != .stop, !AnswerMoveReader.read(plan).isLeaving,
      let text = ReflectionWriter.givenDoubt(plan),
      let reflection = fresh(Reflection(text: "So \(text).", depth: .simple))
    {
      reflect(reflection.text, depth: reflection.depth, of: number, into: &step)
    }
    heardAtLast(line, into: &step)
  }

  /// A word for being heard, when they say it has been a long time since anyone asked.
  mutating func heardAtLast(_ line: String, into step: inout DialogueStep) {
    let words = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(Self.denialReadLimit))))
      .filter(\.isWord)
    if Self.seldomHeardCues.matches(words) { say(Self.heardNotice, into: &step) }
  }

  /// Said when they tell it has been a long time since anyone asked or listened.
  static let heardNotice =
    "I'm glad you told me how you see it \u{2014} it's been good to listen."

  /// `AnswerCues.seldomHeard`, compiled once.
  static let seldomHeardCues = PartnerCueMatcher(AnswerCues.seldomHeard)
}
