/// Someone else's view given back with where the person stands on it.
extension ReflectionWriter {
  /// A view and the person's stance, in the second person: "your manager says productivity is
  /// up, but you don't buy it"; "your uncle says “the media picks the winner”, and he's not
  /// wrong". A reply that is not their own view ("she spoils them") is said as what they
  /// think; a sarcastic one ("like that's the problem") as the stance it stands for. Nil when
  /// the view would not read given back.
  static func givenView(_ view: BeliefMap.View) -> String? {
    guard let said = secondPerson(view.said, dropping: [])
    else { return nil }
    guard let stance = view.stance else { return said }
    let reply = view.reply.flatMap { reply -> String? in
      let first = Tokenizer.tokenize(reply).first { $0.isWord }?.lowercased ?? ""
      guard !AnswerCues.sarcasticOpeners.contains(first), let given = given(reply) else {
        return nil
      }
      let isTheirs = ["i", "i'm", "i'd", "me", "my"].contains(first) || given.hasPrefix("you")
      return isTheirs || stance == .agrees ? given : "you think " + given
    }
    switch stance {
    case .agrees: return said + ", and " + (reply ?? "you agree")
    case .disagrees: return said + ", but " + (reply ?? "you don't buy it")
    }
  }
}
