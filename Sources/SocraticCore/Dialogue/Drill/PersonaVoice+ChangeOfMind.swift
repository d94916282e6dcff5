/// What would change the persona's mind: a kind of evidence it could be shown, never its own
/// reason said back as undone ("If it turned out I was wrong that …"), which says nothing.
extension PersonaVoice {
  /// Its lines on what would change its mind, best first: the pack's own (a reply that opens
  /// "I'd change my mind if …"), then the kind of evidence that would tell against it (with no
  /// line of the pack's own, against the reason it goes on most, in plain words), then that it
  /// has not seen it.
  /// A belief about someone of its own family ("Nan should move in with us") has no figures to
  /// be shown: with no line of the pack's own, what would change it is that person's own word
  /// ("If she told me herself she'd hate it, …"), before any evidence.
  /// - Parameters:
  ///   - reason: its first reason, if it has one.
  ///   - belief: the belief as written, where someone of its family may be named.
  static func changeOfMindLines(packLines: [String], reason: String?, belief: String = "")
    -> [String]
  {
    let against =
      packLines.isEmpty ? reason.map { "against what I go on most: that " + runOn($0) } : nil
    let thinkAgain =
      "I'd think again if people with no stake in it showed me figures or real cases "
      + (against ?? "that went the other way")
    let ownWord = packLines.isEmpty ? familyWord(in: belief) : nil
    return packLines + (ownWord.map { [$0] } ?? []) + [
      thinkAgain.hasSuffix(".") ? thinkAgain : thinkAgain + ".",
      "It would take a lot to change my mind, and I have not seen it yet.",
    ]
  }

  /// What would change its mind about someone of its family its belief names: their own word
  /// ("If she told me herself she'd hate it, …"). Nil when it names no one of a family ("my
  /// mate" or "people" have no say over it).
  static func familyWord(in belief: String) -> String? {
    let words = Tokenizer.tokenize(belief).filter(\.isWord).map(\.lowercased)
    let pronoun = words.lazy.compactMap { word in
      KinWords.pronoun(of: word) ?? (KinWords.groups.contains(word) ? "they" : nil)
    }.first
    guard let pronoun, let forms = ownForms[pronoun] else { return nil }
    return "If \(pronoun) told me \(forms.reflexive) \(pronoun)'d hate it, maybe I'd think again. "
      + "Figures wouldn't do it; it's \(forms.possessive) life."
  }

  /// The forms of a pronoun a line of someone's own word needs.
  private static let ownForms: [String: (reflexive: String, possessive: String)] = [
    "she": ("herself", "her"), "he": ("himself", "his"), "they": ("themselves", "their"),
  ]

  /// Whether a pack's reply says what would change its mind: it opens with one of
  /// `changeOfMindOpenings`.
  static func saysWhatWouldChangeMind(_ text: String) -> Bool {
    let opening = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    return changeOfMindOpenings.contains { opening.hasPrefix($0) }
  }

  /// How a pack's reply opens when it says what would change the persona's mind, in lowercase.
  static let changeOfMindOpenings = [
    "i'd change my mind", "i would change my mind", "i'd think again", "i would think again",
    "i'd rethink", "i would rethink", "what would change my mind", "it would change my mind",
    "i'd have to think again", "i would have to think again",
  ]

  /// What would change its mind about one of its reasons: the pack's line on what would change
  /// it that speaks most of that reason, else the kind of evidence that would cut against it.
  func condition(undoing reason: Line, said: Set<String>) -> Reply {
    let own = lines.filter { $0.source == .changeOfMind && !$0.topic.isEmpty }
    let best = own.max {
      $0.topic.intersection(reason.topic).count < $1.topic.intersection(reason.topic).count
    }
    if let best, !best.topic.isDisjoint(with: reason.topic), !said.contains(best.text) {
      return Reply(text: best.text)
    }
    return Reply(text: Self.reasonTested)
  }

  /// What would shake one of its reasons, when its pack says nothing of it.
  static let reasonTested =
    "For that point, I'd want to see real cases that cut against it, from people with no stake "
    + "in the argument. I haven't come across them."
}
