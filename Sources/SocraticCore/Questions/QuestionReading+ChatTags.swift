// Tags of chat after a statement about the listener: "you know the bins were full yeah".
extension QuestionReading {
  /// Whether a statement about the listener ends with a chat tag that asks them to agree ("you
  /// know the bins were full yeah", "you took my charger innit"): a charge put for a nod, which
  /// asks with or without a question mark. So does "right" after a fact the listener is told
  /// they know ("you do know the shop shuts at five right"): the asker's point, put for a nod.
  var endsWithChatTag: Bool {
    guard let tag, let last = words[tag].last else { return false }
    let said = words[core]
    if tag.count == 1, Self.chatTags.contains(last) { return said.prefix(3).contains("you") }
    // "… right" after what they know; "…, right" or "ages… right" after any statement: set
    // off by a mark, it asks for a nod with or without "?".
    return tag.count <= 2 && last == "right"
      && (Self.tellsWhatTheyKnow(Array(said)) || isSetOff(tag))
  }

  /// Whether a tag checks an arrangement rather than asking for a nod to a claim: "we're
  /// meeting at six, right", "the bins go out tuesday, right?" ask a plain fact of a plan.
  /// One about the listener ("you were late on tuesday, right") still puts a charge, and a
  /// turned-round auxiliary ("… on saturday isnt it") argues.
  var checksArrangement: Bool {
    guard let tag, let last = words[tag].last, last == "right" || Self.chatTags.contains(last)
    else { return false }
    let said = words[core]
    return !said.prefix(3).contains("you") && Self.namesArrangement(said)
  }

  /// Whether a statement says when something is on: a day, a part of one, or a clock time
  /// ("at six", "at 7.30").
  private static func namesArrangement(_ said: ArraySlice<String>) -> Bool {
    said.contains(where: arrangementTimes.contains)
      || zip(said, said.dropFirst()).contains { at, time in
        at == "at"
          && (Quantifiers.numberWords.contains(time) || time.first?.isNumber == true)
      }
  }

  /// Words that say when an arrangement is on: "tuesday", "tomorrow", "tonight".
  static let arrangementTimes = TimeWords.weekdays.union(TimeWords.weekdayHabits)
    .union(TimeWords.partsOfDay).union(["tomorrow", "tonight", "today", "noon", "midnight"])

  /// Whether a tag is set off from its statement by a comma or a trailing-off mark ("…, right",
  /// "for ages… right"): a nod asked for, not "that's right" said.
  private func isSetOff(_ tag: Range<Int>) -> Bool {
    let before = [tag.lowerBound, tag.lowerBound - 1].filter(tokens.indices.contains)
    return before.contains { [",", "\u{2026}", "...", "..", "-"].contains(tokens[$0].text) }
  }

  /// Whether a statement opens by telling the listener what they know or would grant: "you
  /// know …", "you do realise …", "you'd agree …".
  private static func tellsWhatTheyKnow(_ said: [String]) -> Bool {
    guard said.first == "you", said.count > 3 else { return false }
    // "you do realise", "you'd agree", "you must know".
    let verb = FunctionWords.auxiliary(said[1]) != nil ? said[2] : said[1]
    return knowingVerbs.contains(verb)
  }

  /// Tags of chat that ask for a nod: "yeah", "eh", "innit".
  static let chatTags: Set<String> = ["yeah", "yea", "yeh", "eh", "innit", "ya"]

  /// Verbs that tell the listener what they know, before a fact put for a nod.
  private static let knowingVerbs: Set<String> = [
    "know", "realise", "realize", "understand", "remember", "see", "get", "agree",
  ]
}
