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
    if let plan = Self.plan(of: read, saying: line).map(AnswerMoveReader.planWithSpeaker),
      TurnRequest.read(plan) != .stop, !AnswerMoveReader.read(plan).isLeaving,
      let text = ReflectionWriter.givenDoubt(plan),
      let reflection = fresh(Reflection(text: "So \(text).", depth: .simple))
    {
      reflect(reflection.text, depth: reflection.depth, of: number, into: &step)
    }
    heardAtLast(line, into: &step)
  }

  /// The plan a leaving answer names, read past the words that lead a last word in ("only
  /// that I'll ask Jean at the coffee morning").
  static func plan(of read: ReadAnswer, saying line: String) -> String? {
    let lowered = line.lowercased()
    guard let lead = lastWordLeads.first(where: { lowered.hasPrefix($0) }) else { return read.plan }
    return AnswerMoveReader.read(String(line.dropFirst(lead.count))).plan
  }

  /// Words that lead a last word in, before what they add: "only that …", "just that …".
  static let lastWordLeads = ["only that ", "just that ", "only ", "just "]

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
