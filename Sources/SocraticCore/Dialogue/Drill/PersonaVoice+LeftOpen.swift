/// What the persona's belief leaves open, asked: what it measures against ("Compared to
/// what?"), what else it rests on ("Apart from …, what else?") and who does what it speaks of
/// ("Who checks it?").
extension PersonaVoice {
  /// What it says when asked for another reason than one set aside ("apart from the cost,
  /// what else?"): a reason, else a reply, not said yet that speaks of nothing set aside; with
  /// none left, that those are its reasons. Asked for more, not for what it lacks, it is not
  /// shaken.
  func anotherReason(setAside: Set<String>, said: Set<String>) -> Reply {
    let fresh = [Source.reason, .reply].lazy.flatMap { source in
      self.lines.filter { $0.source == source }
    }.first { !said.contains($0.text) && $0.topic.isDisjoint(with: setAside) }
    return Reply(text: fresh?.text ?? Self.usedUp(form: .open, kind: .evidence))
  }

  /// What it says when asked what it compares with: what its belief names after "than"
  /// ("Compared with banks: …") and a reason not said yet; with no such thing in its belief,
  /// it owns that it has set it beside little else (it is shaken) and says what it had in mind.
  func comparisonAnswer(said: Set<String>) -> Reply {
    let reason = firstUnsaid([.reason, .reply], said: said).map { Self.runOn($0.text) }
    if let measure = Self.measure(in: ownClaim) {
      return Reply(text: "Compared with \(measure): " + (reason ?? "I still think \(ownClaim)."))
    }
    return Reply(
      text: "Fair question: I haven't set it beside much else."
        + (reason.map { " What I had in mind is that " + $0 } ?? ""),
      isUnready: true)
  }

  /// What a claim measures against: the words after its "than" up to the verb or adverb that
  /// ends them ("banks" of "cheaper than banks ever did"); nil when it compares with nothing.
  static func measure(in claim: String) -> String? {
    let words = Tokenizer.tokenize(claim).filter(\.isWord)
    guard let than = words.firstIndex(where: { $0.lowercased == "than" }) else { return nil }
    let named = words[(than + 1)...].prefix { !measureEnds.contains($0.lowercased) }
    return named.isEmpty ? nil : named.map(\.text).joined(separator: " ")
  }

  /// Words that end what a claim compares with: a verb or adverb said of it ("ever did").
  private static let measureEnds: Set<String> = [
    "ever", "did", "do", "does", "is", "are", "was", "were", "have", "has", "had", "will",
    "would", "can", "could", "used", "still", "now", "today", "and", "but", "or", "because",
  ]

  /// What it says when asked who does what its belief leaves to someone and no line of its
  /// own names them: that it has not worked that out (it is shaken), and what it does know.
  func whoAnswer(said: Set<String>) -> Reply {
    let reason = firstUnsaid([.reason, .reply], said: said).map {
      " What I do know is that " + Self.runOn($0.text)
    }
    return Reply(
      text: "Honestly, I haven't worked out who that would be." + (reason ?? ""), isUnready: true)
  }
}

extension PersonaQuestion {
  /// Whether it asks who, first past chat: "ok but who checks it?".
  var asksWho: Bool {
    words.map(\.lowercased).first { !ChatWords.lead.contains($0) } == "who"
  }
}
