/// Advice told ("you should ring the council about the bins", "tell her how you feel") is not
/// handed back as a question: "How would you feel about ringing the council?" still steers
/// them to the asker's fix. What they have thought of themselves is asked instead, about what
/// the advice was about when it names it, as for advice put as a question
/// (`AdviceQuestionRules.suggestion`).
enum AdviceElicited {
  /// The open question's words, without "?", for the act advised.
  static func question(for act: [Token]) -> [Token] {
    if let about = act.lastIndex(where: { $0.lowercased == "about" }), about + 1 < act.count,
      act[(about + 1)...].allSatisfy(\.isWord),
      FunctionWords.beginsNounPhrase(act[about + 1])
    {
      return QuestionRewriter.phrase("What have you thought of doing about") + act[(about + 1)...]
    }
    return QuestionRewriter.phrase("What have you thought of trying so far")
  }
}
