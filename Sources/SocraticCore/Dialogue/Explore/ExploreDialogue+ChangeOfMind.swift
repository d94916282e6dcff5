/// A change of mind said outright ("ok ive changed my mind, now i reckon …"): given back as
/// where they came from and where they are now, in their words, and followed by how sure they
/// are of the new view, never by a question that presumes they are still deciding.
extension ExploreDialogue {
  /// Asked after a change of mind that names the new view, in the order they are asked.
  static let changedViewQuestions = [
    "How sure are you of that now, from 0 to 100?",
    "And how sure are you of where you've landed, from 0 to 100?",
  ]
  /// Asked after a change of mind that names no view, in the order they are asked.
  static let unnamedChangeQuestions = [
    "Where have you landed now, in your own words?",
    "How would you put your view now?",
  ]

  /// Gives back a change of mind the answer declares and asks about the view they hold now.
  /// - Returns: whether the answer declared one and it was taken up.
  mutating func takeUpChangeOfMind(
    _ line: String, of number: Int, into step: inout DialogueStep
  ) -> Bool {
    guard BeliefMap.declaresChange(in: line) else { return false }
    let view = state.map.changedView
    let text =
      view.flatMap { Self.changeReflection(from: state.map.claim, to: $0) } ?? Self.bareChangeLine
    guard !state.reflectionsSaid.contains(text) else { return false }
    reflect(text, depth: view == nil ? .simple : .complex, of: number, into: &step)
    let questions = view == nil ? Self.unnamedChangeQuestions : Self.changedViewQuestions
    guard let question = questions.first(where: { !isAsked($0) }) else {
      askNextQuestion(into: &step, saying: line, closingWhenNoneLeft: true)
      return true
    }
    ask(
      PlannedQuestion(Question(kind: .meta, text: question), source: .followUp), follows: number,
      arc: .moment, into: &step)
    return true
  }

  /// Said to a change of mind that names no view.
  static let bareChangeLine = "So you've changed your mind."

  /// Where they came from and where they are now: "So you came in thinking X, and now you
  /// think Y."; nil when the claim is unknown or too long to say whole.
  static func changeReflection(from claim: String?, to view: String) -> String? {
    let came = ReflectionWriter.thinking(claim)
    guard came != "so" else { return "So now " + theirs(view) + "." }
    return "So you came in thinking " + came + ", and now " + theirs(view) + "."
  }

  /// A view given back as theirs: "you …" as it is, anything else after "you think".
  private static func theirs(_ view: String) -> String {
    view.hasPrefix("you ") || view.hasPrefix("you'") ? view : "you think " + view
  }
}
