// Tags of chat after a statement about the listener: "you know the bins were full yeah".
extension QuestionReading {
  /// Whether a statement about the listener ends with a chat tag that asks them to agree ("you
  /// know the bins were full yeah", "you took my charger innit"): a charge put for a nod, which
  /// asks with or without a question mark.
  var endsWithChatTag: Bool {
    guard let tag, tag.count == 1, Self.chatTags.contains(words[tag.lowerBound]) else {
      return false
    }
    return words[core].prefix(3).contains("you")
  }

  /// Tags of chat that ask for a nod: "yeah", "eh", "innit".
  static let chatTags: Set<String> = ["yeah", "yea", "yeh", "eh", "innit", "ya"]
}
