/// What "So you'd grant that …" may frame: ground given on the claim, never a life told. "My
/// dad fought in korea", "I hear her voice when I see the news" are a value or a tender
/// admission; framed as granted, they read as a point scored in a debate.
extension PartnerReflection {
  /// Whether a clause of theirs tells of their own life rather than grants a view: who someone
  /// of theirs is or what they did (`ClauseRole.background`), who they are, what someone does
  /// to them, or what they themselves sense, remember or miss.
  static func tellsTheirOwnLife(_ clause: [Token]) -> Bool {
    let words = clause.filter(\.isWord)
    guard let role = ClauseRole.of(words), let parsed = ClauseParser.parse(words) else {
      return false
    }
    let subject = parsed.subject.filter(\.isWord).map(\.lowercased)
    if role == .selfAside { return true }
    // "my dad fought in korea": someone of theirs; "hamas started it" is a view of events.
    if [.background, .othersReaction].contains(role),
      FunctionWords.possessives.contains(subject.first ?? "")
    {
      return true
    }
    guard subject == ["i"], case .lexical(let base, _) = parsed.verb else { return false }
    return livedVerbs.contains(base)
  }

  /// Verbs of what a person senses, remembers or misses: "I hear her voice", "I still see
  /// him there", "I miss the old place".
  static let livedVerbs: Set<String> = [
    "hear", "see", "feel", "remember", "miss", "dream", "picture", "smell", "think", "cry",
    "wake", "visit", "talk", "ring", "call",
  ]
}
