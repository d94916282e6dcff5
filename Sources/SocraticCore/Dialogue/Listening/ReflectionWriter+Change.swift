/// What would change a person's mind, said without "if": "unless …", "show me …", "it'd
/// take …".
extension ReflectionWriter {
  /// The words that open such a condition, and how it is given back; `{}` stands for the
  /// condition in their words, turned to the second person.
  static let changeFrames: [(lead: [String], frame: String)] = [
    (["unless"], "So if {}, you'd see it differently."),
    (["show", "me"], "So seeing {} would make you think again."),
    (["give", "me"], "So if you had {}, you'd think again."),
    (["find", "me"], "So if someone found {}, you'd think again."),
    (["it", "'d", "take"], "So it would take {} to change your mind."),
    (["it", "would", "take"], "So it would take {} to change your mind."),
    (["it", "'ll", "take"], "So it would take {} to change your mind."),
  ]

  /// Words after which a condition has ended: "show me one that worked and sure".
  static let conditionEnds: Set<String> = [",", ";", "then", "and", "but", "."]

  /// What would change their mind, given back from a condition said without "if"; nil when
  /// the words open no such condition or would not read well given back.
  static func unconditionalChange(_ text: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    let words = tokens.map(\.lowercased)
    for (lead, frame) in changeFrames {
      guard
        let start = words.indices.first(where: { words[$0...].starts(with: lead) })
      else { continue }
      let from = start + lead.count
      let end = words[from...].firstIndex(where: conditionEnds.contains) ?? words.count
      guard end > from, let condition = secondPerson(tokens[from..<end].joinedText, dropping: [])
      else { continue }
      return frame.replacing("{}", with: condition)
    }
    return nil
  }
}
