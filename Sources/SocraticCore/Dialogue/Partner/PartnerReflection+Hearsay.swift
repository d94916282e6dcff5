/// What they heard said of the listener ("so apparently you're the one who wants to close the
/// club"), given back as what they heard, their "you" the listener's "I": "So you've heard I'm
/// the one who wants to close the club." Said back with their "you" as typed, the listener
/// would pin it on the speaker.
extension PartnerReflection {
  /// The line for hearsay of the listener, or nil when the turn opens on none.
  static func hearsay(_ words: TheirWords) -> String? {
    guard let sentence = words.sentences.first,
      let heard = TheirWords.heardOfTheListener(in: sentence),
      let turned = listenerTurnedToSpeaker(heard)
    else { return nil }
    return "So you've heard " + turned + "."
  }

  /// Words said of the listener turned to the listener's own first person: "you're the one
  /// who wants it" → "I'm the one who wants it". Nil when the speaker is named too ("you told
  /// my sister"): both would become one person.
  private static func listenerTurnedToSpeaker(_ tokens: [Token]) -> String? {
    guard !FirstPersonReflector.speaksOfSpeaker(tokens.joinedText) else { return nil }
    var turned: [Token] = []
    var afterSubject = false
    for (index, token) in tokens.enumerated() {
      let word = token.lowercased
      if afterSubject, let agreeing = agreementWithI[word] {
        turned.append(token.replacingText(with: agreeing))
      } else if word == "you" || word == "u" {
        let opensClause =
          index == 0 || tokens[index - 1].kind == .punctuation
          || clauseOpeners.contains(tokens[index - 1].lowercased)
        turned.append(token.replacingText(with: opensClause ? "I" : "me"))
      } else if let speaker = listenerAsSpeaker[word] {
        turned.append(token.replacingText(with: speaker))
      } else {
        turned.append(token)
      }
      afterSubject = word == "you" || word == "u"
    }
    return turned.joinedText
  }

  /// The listener's words turned to the listener speaking, but "you" itself, which is "I" or
  /// "me" by its place.
  private static let listenerAsSpeaker: [String: String] = [
    "you": "I", "u": "I", "your": "my", "ur": "my", "yours": "mine", "yourself": "myself",
  ]

  /// Verb forms that agree with "you" and their forms with "I".
  private static let agreementWithI: [String: String] = [
    "'re": "'m", "are": "am", "r": "am", "were": "was", "weren't": "wasn't", "werent": "wasnt",
  ]

  /// Words after which "you" opens a clause as its subject: "… that you", "… who you".
  private static let clauseOpeners: Set<String> = ["that", "and", "but", "so", "because", "cos"]
}

extension PartnerCues {
  /// Words that report what is said of the listener, before the listener as its subject: "so
  /// apparently you're …", "i hear you want …", "word is you …".
  static let hearsayOfTheListener: [String] = [
    "(so)? (apparently|i hear|i heard|i 've heard|i 've been told|i was told|word is|rumour has it|rumor has it) (that)?"
  ]
}

extension PartnerCueMatcher {
  static let hearsayOfTheListener = PartnerCueMatcher(PartnerCues.hearsayOfTheListener)
}

extension TheirWords {
  /// What a sentence heard said of the listener, from the listener as its subject on ("so
  /// apparently you're the one who …" → "you're the one who …"); nil when it reports nothing
  /// of the listener.
  static func heardOfTheListener(in sentence: [Token]) -> [Token]? {
    let words = sentence.filter(\.isWord)
    guard let end = PartnerCueMatcher.hearsayOfTheListener.matchEnd(atStartOf: words),
      end < words.count, ["you", "u"].contains(words[end].lowercased),
      let start = sentence.indices.filter({ sentence[$0].isWord }).dropFirst(end).first
    else { return nil }
    var heard = Array(sentence[start...])
    while heard.last?.kind == .punctuation { heard.removeLast() }
    return heard
  }
}
