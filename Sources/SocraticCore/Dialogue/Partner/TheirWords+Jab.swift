/// A dig at the listener: "I'm not being funny but you've been in three jobs yourself". It is
/// no view of theirs to give back or to question ("How do you know that …?"); the listener
/// takes it calmly (`PartnerLines.takingAJab`).
extension TheirWords {
  /// Whether all they say is that they are no fool ("cos im not an idiot kev",
  /// `PartnerCues.selfDefence`): every sentence of it defends them, and none carries a point
  /// to give back.
  var onlyDefendsThemselves: Bool {
    let sentences = SentenceSplitter.sentences(in: typed).map { $0.filter(\.isWord) }
      .filter { !$0.isEmpty }
    return !sentences.isEmpty && sentences.allSatisfy(PartnerCueMatcher.selfDefence.matches)
  }

  /// Whether a statement of theirs turns on the listener: a clause whose subject is "you" and
  /// that ends, but for a name they call them, on an emphatic "yourself" or "too", or that
  /// follows a frame softening a criticism ("not being funny but", "no offence but"); or a dig
  /// at what the listener has lived or can know (`digsAtStanding`). A question ("have you tried
  /// it yourself?") asks, it does not jab.
  static func jabsAtListener(_ typed: [Token]) -> Bool {
    SentenceSplitter.sentences(in: typed).contains { sentence in
      guard sentence.last?.text != "?" else { return false }
      let words = Array(sentence.filter(\.isWord).prefix(Vocative.clauseReach))
      if PartnerCueMatcher.digAtStanding.matches(words) { return true }
      let lowered = words.map(\.lowercased)
      guard let you = lowered.firstIndex(of: "you") else { return false }
      let clause = Array(words[you...])
      guard ClauseParser.parse(clause)?.subject.map(\.lowercased) == ["you"] else {
        return false
      }
      // "… yourself love", "… too, mate": a word they call the listener may follow it.
      let emphatic = clause.suffix(2).contains { emphaticEnds.contains($0.lowercased) }
      let framed = PartnerCueMatcher.spokenAside.matches(Array(words[..<you]))
      return emphatic || framed || likensToKin(Array(lowered[you...]))
    }
  }

  /// Whether a clause about the listener likens them to their own family ("you're as bad as
  /// your father", "you sound just like your mum"): a word that likens right before "your"
  /// and kin. Said of the listener, so "So you're …" would say it of the speaker; "ask your
  /// mum, she knows more than me" likens no one.
  static func likensToKin(_ clause: [String]) -> Bool {
    clause.indices.dropFirst().dropLast().contains { index in
      likeningWords.contains(clause[index - 1]) && clause[index] == "your"
        && KinWords.isKin(clause[index + 1])
    }
  }

  /// Whether a line likens the listener to their family (`likensToKin(_:)`).
  static func likensListenerToKin(_ words: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    guard let you = lowered.firstIndex(of: "you") else { return false }
    return likensToKin(Array(lowered[you...]))
  }

  /// Words that liken one person to another: "as bad as", "just like", "worse than".
  static let likeningWords: Set<String> = ["as", "like", "than"]

  /// Words that end a clause about the listener to turn it back on them: "you do it yourself".
  static let emphaticEnds: Set<String> = ["yourself", "too", "either"]

  /// Whether a dig questions what the listener has lived or can know ("you wouldn't know,
  /// you've never had a proper job"), rather than turning their own words back on them.
  static func digsAtStanding(_ words: [Token]) -> Bool {
    PartnerCueMatcher.digAtStanding.matches(words)
  }
}
