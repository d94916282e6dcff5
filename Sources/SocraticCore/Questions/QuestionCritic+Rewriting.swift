// What a rewrite must pass, and what to ask when no rewrite of the question's own words does.
extension QuestionCritic {
  /// Whether a rewrite, as tokens without its "?", is a plain question the critic would not
  /// fault (`PlainRewrite`): a suggestion must never be one.
  static func isOpen(body: [Token], lookingUpNames: Bool) -> Bool {
    let reading = QuestionReading(Clause.respaced(body) + [questionMark])
    return reading.isQuestion && RewriteGrammar.isWellFormed(body) && PlainRewrite.isPlain(body)
      && QuestionFormRules.problems(in: reading, lookingUpNames: lookingUpNames).isEmpty
  }

  /// The phrases a question's problems quote, as lowercased words: what no rewrite of it may
  /// say again. A phrase carries a charge only with a negation or a word of content in it (a
  /// lone "down" or "do you" is no charge). A rewrite drops adverbs of its own accord ("why
  /// can't you just" → "Why can't you …"), so a phrase is also kept without them when what is
  /// left still carries the charge.
  static func quotedPhrases(of problems: [QuestionProblem]) -> [[String]] {
    let isCharged = { (words: [String]) in
      words.contains { WordClass.negation.contains($0) || !FunctionWords.isFunctionWord($0) }
    }
    // An insult kept is found by the critic's own check of the rewrite, which tells a word that
    // calls names from a thing named ("who feeds the rabbits").
    return problems.filter { !$0.isInsult }.compactMap(\.quoted).flatMap { quoted in
      let words = Tokenizer.tokenize(quoted).map(\.lowercased).filter {
        $0.contains(where: \.isLetter)
      }
      let core = words.filter { !FunctionWords.verbAdverbs.contains($0) }
      let keepsCore = core.count >= 2 && core.count < words.count && isCharged(core)
      return (keepsCore ? [words, core] : [words]).filter(isCharged)
    }
  }

  /// Whether a rewrite's words say again a phrase its own problems object to: a suggestion
  /// that still has "magically" or "why can't you" repeats the fault the note points out.
  static func keeps(_ phrases: [[String]], in words: [String]) -> Bool {
    phrases.contains { words.firstRange(of: $0) != nil }
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
    // "is it really that hard to": a rewrite that keeps "that hard" keeps the jab.
    case .sarcasm(let words):
      words.lowercased().split(separator: " ").map(String.init).filter {
        $0.first?.isLetter == true && !FunctionWords.isFunctionWord($0) && $0 != "you"
      }
    case .makingLight(let words), .scornfulVerdict(let words):
      words.lowercased().split(separator: " ").map(String.init).filter {
        !FunctionWords.isFunctionWord($0) && !MakingLightRules.belittlingAdverbs.contains($0)
          && $0 != "because"
      }
    default: []
    }
  }

  /// Whether the rewrite of a statement put with a question mark asks how the person feels
  /// about what they owe or did to the asker ("You do know you still owe me 50 quid?" → "How
  /// do you feel about owing me 50 quid?"): the charge stays, put more coldly. Saying the need
  /// plainly is what helps there, which no question of theirs does.
  /// So does one about an act on a thing of the asker's, whatever the problem ("you lost my
  /// keys, didn't you?" → "How do you feel about losing my keys?").
  static func asksFeelingAboutAsker(_ suggestion: String?, problems: [QuestionProblem]) -> Bool {
    guard let suggestion else { return false }
    let words = Tokenizer.tokenize(suggestion).map(\.lowercased)
    guard words.starts(with: ["how", "do", "you", "feel", "about"]) else { return false }
    let asked = words.dropFirst(5)
    return asked.contains("my")
      || (problems.contains(.statementWithQuestionMark)
        && asked.contains(where: askerWords.contains))
  }

  /// Whether a problem is a complaint of the asker's lot: they are the only one, or it is
  /// always them.
  static func complainsOfLot(_ problem: QuestionProblem) -> Bool {
    guard case .complaint(let words) = problem else { return false }
    let said = words.lowercased()
    return said.hasSuffix("only one who") || said.hasSuffix("only one that")
  }

  /// Whether a problem is sarcasm that scolds an act ("is it really that hard to …"): only
  /// asking what would make the act easier answers it; a question about a thing named in it
  /// ("How do you see your nan?") misses the point.
  static func scoldsAct(_ problem: QuestionProblem) -> Bool {
    guard case .sarcasm(let words) = problem else { return false }
    return words.lowercased().hasSuffix(" to")
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
