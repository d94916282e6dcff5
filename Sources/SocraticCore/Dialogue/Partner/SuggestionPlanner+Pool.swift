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

  /// The registers and the values filled in, as a memo of filled questions is keyed by.
  static func memoKey(registers: Set<QuestionRegister>, values: [Placeholder: String]) -> String {
    registers.map(\.rawValue).sorted().joined(separator: ",") + "\u{1}"
      + values.sorted { $0.key.rawValue < $1.key.rawValue }
      .map { $0.key.rawValue + "=" + $0.value }.joined(separator: "\u{1}")
  }
}

extension SuggestionPlanner {
  /// The templates of the registers allowed, filled.
  static func fill(
    _ registers: Set<QuestionRegister>, _ templates: [QuestionTemplate],
    _ values: [Placeholder: String]
  ) -> [Question] {
    templates.compactMap { registers.contains($0.register) ? $0.filled(with: values) : nil }
  }
}
