/// A change of mind said outright ("ok i think ive changed my mind", "maybe i was wrong",
/// "my minds made up now"), and the view the person says they hold now: the dialogue gives
/// back the old view and the new one, asks how sure they are of the new one, and the map
/// ends where they ended.
extension BeliefMap {
  /// Words by which a person says their own mind has changed, past any softener
  /// (`changeSofteners`): "my minds kind of made up now" reads as "my minds made up".
  static let changeOfMindCues: [[String]] = [
    "changed my mind", "change of mind", "changed my view", "changed my opinion",
    "changed my thinking", "i was wrong", "i was wrong about", "i was way off",
    "i take it back", "i take that back", "minds made up", "mind is made up", "mind made up",
    "ive come round", "i have come round", "ive come around", "come round to", "come around to",
    "dont think that anymore", "dont believe that anymore", "dont think so anymore",
    "dont think that any more", "dont believe that any more", "dont think so any more",
    "i changed it", "ive changed it", "i was being daft", "i see it differently",
    "i see it different", "i think differently", "i feel differently",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that soften a change of mind without changing it: "kind of made up", "totally
  /// changed my mind".
  static let changeSofteners: Set<String> = [
    "kind", "kinda", "sort", "sorta", "pretty", "just", "really", "actually", "totally",
    "completely", "probably", "maybe", "now", "fully",
  ]

  /// Words that deny or suppose a change of mind just before it: "i havent changed my mind",
  /// "what if i was wrong", "not saying i was wrong".
  static let changeDenials: Set<String> = deniedMovingWords.union(["if", "saying", "whether"])

  /// Whether a sentence says outright that the speaker's mind changed, undenied.
  static func sentenceDeclaresChange(_ sentence: String) -> Bool {
    let words = plainWords(sentence)
    // "kind of", "sort of": the "of" goes with its softener.
    let plain = words.indices.filter { index in
      !changeSofteners.contains(words[index])
        && !(words[index] == "of" && index > 0 && ["kind", "sort"].contains(words[index - 1]))
    }.map { words[$0] }
    return changeOfMindCues.contains { cue in
      plain.indices.contains { start in
        plain[start...].starts(with: cue)
          && !plain[max(0, start - 2)..<start].contains(where: changeDenials.contains)
      }
    }
  }

  /// Whether an answer says outright that the speaker's mind changed.
  public static func declaresChange(in text: String) -> Bool {
    sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000)).contains(
      where: sentenceDeclaresChange)
  }

  /// The view they say they hold now, in their words, in an answer that declares a change of
  /// mind: the clauses after the one that declares it ("ok ive changed my mind, now i reckon
  /// X" → "X"), else the next sentence that states a view, else the one before; nil when no
  /// view is said.
  static func declaredView(in text: String) -> String? {
    let sentences = sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000))
    guard let declared = sentences.firstIndex(where: sentenceDeclaresChange) else { return nil }
    let clauses = pieces(of: sentences[declared])
    if let cue = clauses.lastIndex(where: sentenceDeclaresChange) {
      let after = clauses[(cue + 1)...].map { movedView(in: $0) ?? $0 }
        .filter { isWhereTheyAre($0) }
      if !after.isEmpty { return after.joined(separator: ", ") }
    }
    let later = sentences[(declared + 1)...].first {
      !sentenceDeclaresChange($0) && isWhereTheyAre($0)
    }
    let earlier =
      declared > 0 && isWhereTheyAre(sentences[declared - 1])
      ? sentences[declared - 1] : nil
    return (later ?? earlier).map { sentence in
      self.clauses(of: sentence).map { movedView(in: $0) ?? $0 }.joined(separator: ", ")
    }
  }

  /// The sentences that declare a change of mind and hold the view they changed to: from the
  /// first that declares it through the later one that states the view ("my minds made up now.
  /// i think theyll shrink"), or from the one before it that does; nil when none declares one.
  static func declaredChange(in sentences: [String]) -> String? {
    guard let declared = sentences.firstIndex(where: sentenceDeclaresChange) else { return nil }
    let clauses = pieces(of: sentences[declared])
    if let cue = clauses.lastIndex(where: sentenceDeclaresChange),
      clauses[(cue + 1)...].contains(where: { isWhereTheyAre(movedView(in: $0) ?? $0) })
    {
      return sentences[declared]
    }
    if let later = sentences.indices.dropFirst(declared + 1).first(where: {
      !sentenceDeclaresChange(sentences[$0]) && isWhereTheyAre(sentences[$0])
    }) {
      return sentences[declared...later].joined(separator: " ")
    }
    if declared > 0, isWhereTheyAre(sentences[declared - 1]) {
      return sentences[(declared - 1)...declared].joined(separator: " ")
    }
    return sentences[declared]
  }

  /// The most words of a view they changed to that is given back.
  static let changedViewWordLimit = 24

  /// A sentence cut at its commas and semicolons, each piece cleaned as `clauses(of:)` cleans
  /// one: "ok ive changed my mind, now i reckon they need lanes" → two, whatever verbs the
  /// clause reader knows.
  static func pieces(of sentence: String) -> [String] {
    sentence.split(whereSeparator: { $0 == "," || $0 == ";" }).flatMap { clauses(of: String($0)) }
  }

  /// The view they said they changed their mind to, the last one, in the second person and
  /// whole; nil when they declared no change or named no view with it.
  public var changedView: String? {
    for shift in shifts.reversed() where Self.declaresChange(in: shift) {
      guard let view = Self.declaredView(in: shift) else { continue }
      // Theirs whatever it speaks of: "all of us" is "all of you".
      let said = Self.withoutVocative(view)
      let tokens = TypedForms.written(Tokenizer.tokenize(said))
      let given =
        ReflectionWriter.givenDoubt(said) ?? FirstPersonReflector.reflect(tokens).joinedText
      guard tokens.filter(\.isWord).count <= Self.changedViewWordLimit, Self.endsWhole(given)
      else { return nil }
      return given
    }
    return nil
  }
}
