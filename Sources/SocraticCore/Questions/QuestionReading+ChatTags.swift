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
    // "…, right" or "… right": a comma before it changes nothing.
    return tag.count <= 2 && last == "right" && Self.tellsWhatTheyKnow(Array(said))
  }

  /// Whether a statement opens by telling the listener what they know: "you know …", "you do
  /// realise …", "u know …".
  private static func tellsWhatTheyKnow(_ said: [String]) -> Bool {
    guard said.first == "you", said.count > 3 else { return false }
    let verb = said[1] == "do" ? said[2] : said[1]
    return knowingVerbs.contains(verb)
  }

  /// Tags of chat that ask for a nod: "yeah", "eh", "innit".
  static let chatTags: Set<String> = ["yeah", "yea", "yeh", "eh", "innit", "ya"]

  /// Verbs that tell the listener what they know, before a fact put for a nod.
  private static let knowingVerbs: Set<String> = [
    "know", "realise", "realize", "understand", "remember", "see", "get",
  ]
}
