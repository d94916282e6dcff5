/// The questions the planner chooses from.
extension SuggestionPlanner {
  /// Questions by kind, each wording once, in the order they were added.
  struct CandidatePool {
    var byKind: [QuestionKind: [Question]] = [:]
    private var seen: Set<String> = []

    mutating func add(_ questions: [Question]) {
      for question in questions where seen.insert(question.text).inserted {
        byKind[question.kind, default: []].append(question)
      }
    }
  }
}
