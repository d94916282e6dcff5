/// Hopes of theirs said first: what follows is hoped for, neither news told nor a view to weigh.
extension PartnerCues {
  /// Words that open a hope: "i hope her exam went well", "fingers crossed the audition has
  /// gone ok", "hopefully the move goes well". What follows them is given back as a hope ("So
  /// you're hoping her exam went well.").
  static let hopeOpenings: [String] = [
    "(i|we) (really|just|so|do)? hope (that)?",
    "(i|we) ('m|am|'re|are) (really|just|so)? hoping (that)?",
    "(hopefully|fingers crossed|touch wood|please god) (that)?",
    "(let 's|lets) (just)? hope (that)?", "(here 's|heres) hoping (that)?",
  ]
}

extension PartnerCueMatcher {
  static let hopeOpening = PartnerCueMatcher(PartnerCues.hopeOpenings)
}

extension TheirWords {
  /// The words a sentence hopes for, after the words that open the hope ("fingers crossed the
  /// audition has gone well" → "the audition has gone well"); nil when it opens on no hope.
  static func hopedFor(in sentence: [Token]) -> [Token]? {
    let opened = droppingOpeners(sentence)
    guard let end = PartnerCueMatcher.hopeOpening.matchEnd(atStartOf: opened.filter(\.isWord)),
      let start = opened.indices.filter({ opened[$0].isWord }).dropFirst(end).first
    else { return nil }
    var hoped = Array(opened[start...])
    while hoped.last?.kind == .punctuation { hoped.removeLast() }
    return hoped
  }
}

extension PartnerReflection {
  /// A hope of theirs given back as one: "fingers crossed the audition went ok" → "So you're
  /// hoping the audition went ok."; nil when the turn opens on no hope.
  static func hope(_ words: TheirWords) -> String? {
    guard let first = words.sentences.first, let hoped = TheirWords.hopedFor(in: first),
      let given = PartnerClauses.secondPerson(hoped)
    else { return nil }
    return "So you're hoping " + given + "."
  }
}
