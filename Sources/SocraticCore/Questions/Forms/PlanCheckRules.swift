/// A plan put to the person and a check that it suits them: "i'll pick you up at 8. that ok?",
/// "we could get chips on the way back, deal?", "how about this: you drive there, I drive
/// back. sound good?". The check is closed, and fine as it is: it asks whether they agree to
/// what the speaker offers to do, which they can take or change; an open rewrite of "that ok"
/// says nothing. A tag after a view ("crypto is a scam, ok?") is no plan and keeps its fault.
enum PlanCheckRules {
  /// Whether a text's words, in lowercase, end in a check of agreement after a plan of the
  /// speaker's own.
  static func checksPlan(_ words: [String]) -> Bool {
    let said = Array(words.reversed().drop { closingMarks.contains($0) }.reversed())
    guard words.last == "?",
      let tag = agreementTags.first(where: { said.suffix($0.count).elementsEqual($0) }),
      said.count > tag.count
    else { return false }
    let plan = said.dropLast(tag.count)
    return plan.indices.contains { index in
      planOpenings.contains { plan[index...].starts(with: $0) }
    }
  }

  /// Marks that end the text: "deal?", "that ok?!".
  private static let closingMarks: Set<String> = ["?", "!", "?!", "!?"]

  /// The checks of agreement: "deal?", "that ok?", "sound good?", "that work for you?".
  private static let agreementTags: [[String]] = [
    ["deal"], ["that", "ok"], ["that", "okay"], ["that", "alright"], ["that", "all", "right"],
    ["is", "that", "ok"], ["is", "that", "okay"], ["is", "that", "alright"], ["ok"], ["okay"],
    ["alright"], ["sound", "good"], ["sounds", "good"], ["that", "work"],
    ["that", "work", "for", "you"], ["does", "that", "work"],
    ["does", "that", "work", "for", "you"],
    ["that", "suit", "you"], ["does", "that", "suit", "you"], ["that", "fine"], ["fair"],
  ]

  /// How a plan of the speaker's own is put: "I'll", "we could", "let's", "how about".
  private static let planOpenings: [[String]] = [
    ["i", "'ll"], ["i", "will"], ["i", "can"], ["i", "could"], ["we", "'ll"], ["we", "will"],
    ["we", "can"], ["we", "could"], ["we", "both"], ["let", "'s"], ["lets"], ["how", "about"],
    ["what", "about", "if"], ["shall", "we"], ["i", "'m", "gonna"], ["i", "'m", "going", "to"],
  ]
}
