/// What "So you'd grant that …" may frame: ground given on the claim, never a life told. "My
/// dad fought in korea", "I hear her voice when I see the news" are a value or a tender
/// admission; framed as granted, they read as a point scored in a debate.
extension PartnerReflection {
  /// Whether a clause of theirs tells of their own life rather than grants a view: who someone
  /// of theirs is or what they did (`ClauseRole.background`), who they are, what someone does
  /// to them, or what they themselves sense, remember or miss.
  static func tellsTheirOwnLife(_ clause: [Token]) -> Bool {
    let words = clause.filter(\.isWord)
    guard let role = ClauseRole.of(words) else { return false }
    if [.background, .selfAside, .othersReaction].contains(role) { return true }
    guard let parsed = ClauseParser.parse(words),
      parsed.subject.filter(\.isWord).map(\.lowercased) == ["i"],
      case .lexical(let base, _) = parsed.verb
    else { return false }
    return livedVerbs.contains(base)
  }

  /// Verbs of what a person senses, remembers or misses: "I hear her voice", "I still see
  /// him there", "I miss the old place".
  static let livedVerbs: Set<String> = [
    "hear", "see", "feel", "remember", "miss", "dream", "picture", "smell", "think", "cry",
    "wake", "visit", "talk", "ring", "call",
  ]
}
