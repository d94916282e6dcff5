// What a rewrite must pass, and what to ask when no rewrite of the question's own words does.
extension QuestionCritic {
  /// Whether a rewrite, as tokens without its "?", is a plain question the critic would not
  /// fault (`PlainRewrite`): a suggestion must never be one.
  static func isOpen(body: [Token], lookingUpNames: Bool) -> Bool {
    let reading = QuestionReading(Clause.respaced(body) + [questionMark])
    return reading.isQuestion && RewriteGrammar.isWellFormed(body) && PlainRewrite.isPlain(body)
      && QuestionFormRules.problems(in: reading, lookingUpNames: lookingUpNames).isEmpty
  }

  /// The words of a problem that carry its charge, which no rewrite may keep: the signs of a
  /// stretched view, and the burden a complaint disowns ("How is it our business …?").
  static func chargeWords(_ problem: QuestionProblem) -> [String] {
    switch problem {
    case .strawMan(let signs):
      signs.split(separator: " ").map(String.init).filter { $0 != "…" }
    case .complaint(let words):
      words.lowercased().split(separator: " ").map(String.init).filter(
        SarcasmRules.disownedBurdens.contains)
    case .makingLight(let words), .scornfulVerdict(let words):
      words.lowercased().split(separator: " ").map(String.init).filter {
        !FunctionWords.isFunctionWord($0) && !MakingLightRules.belittlingAdverbs.contains($0)
          && $0 != "because"
      }
    default: []
    }
  }

  /// The asker's own words, which a complaint's rewrite leaves out.
  static let askerWords: Set<String> = ["i", "me", "my", "mine", "myself"]

  /// What a veiled threat can ask instead: the worry, put as their view.
  static let askingWhatCouldGoWrong = "What do you think could go wrong?"

  /// What a question that makes light of the matter can ask instead when no rewrite passes.
  static let askingWhatMatters = "What about it matters most to you?"

  /// What a complaint can ask instead when no rewrite of its own words passes.
  static let askingWhatIsFair = "What would feel fair to you here?"

  static let questionMark = Token("?", kind: .punctuation, hasSpaceBefore: false)
}
