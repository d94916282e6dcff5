/// A go-ahead for what the other person has just said they will do: "bring it, he'd like that"
/// after "I'll bring his ball", "yeah go for the blue one" after "I might go for the blue one".
/// It tells them nothing they had not decided; it backs them, as an affirmation does, where a
/// command of the speaker's own would be advice.
///
/// The line opens with a command (after a word of assent, "yeah", "just") whose verb is one
/// they used of themselves in a plan: "I" with a word of intent ("'ll", "going to", "might",
/// "thinking of") within a few words before it.
enum OwnPlanBacking {
  /// Whether a line backs the plan the other person told.
  /// - Parameters:
  ///   - words: the line's words in lowercase, as the tokenizer splits them.
  ///   - after: the words of what the other person last said.
  static func backs(_ words: [String], after: [String]) -> Bool {
    guard let verb = words.first(where: { !assents.contains($0) && $0.first?.isLetter == true }),
      Lexicon.verbReadings(of: verb).contains(where: { $0.form == .base })
    else { return false }
    return after.indices.contains { index in
      Lexicon.verbReadings(of: after[index]).contains { $0.base == verb }
        && isPlanned(after[max(0, index - planReach)..<index])
    }
  }

  /// Whether the words before a verb make it the speaker's plan: "I" and a word of intent.
  private static func isPlanned(_ before: ArraySlice<String>) -> Bool {
    before.contains(where: selves.contains) && before.contains(where: intents.contains)
  }

  /// Words of assent or softening before the go-ahead: "yeah bring it", "just go".
  private static let assents: Set<String> = [
    "yeah", "yes", "yep", "yup", "aye", "oh", "ok", "okay", "definitely", "deffo", "totally",
    "just", "so", "then", "lol", "aw", "aww", "ah", "absolutely",
  ]

  /// The speaker's words of themselves, in their plan.
  private static let selves: Set<String> = ["i", "we", "im", "ill"]

  /// Words of intent before the verb of a plan: "I'll", "I'm going to", "I might".
  private static let intents: Set<String> = [
    "'ll", "will", "ill", "going", "gonna", "might", "may", "could", "thinking", "planning",
    "plan", "want", "wanna", "'d", "probably", "shall",
  ]

  /// The most words between "I" and the verb of the plan: "I think I'll probably bring".
  private static let planReach = 5
}
