extension ReflectionWriter {
  /// The question that ends a mid-session recap.
  static let recapCheck = "Did I get that right?"

  /// The recap said mid-session to check what was heard: one or two short sentences in their
  /// words, in the second person (what they think and the reason they lean on, the one they
  /// named, else the first one or two they gave; then the latest point they granted), ending
  /// "Did I get that right?". Never a reason they set aside nor what moved their rating. Nil
  /// when no reason reads well given back.
  /// - Parameter afterReflection: whether a reflection of their last answer comes just before:
  ///   the recap then opens as the whole of it ("Putting it together, …"), never a second "So".
  static func recap(of map: BeliefMap, afterReflection: Bool = false) -> String? {
    let shown = recapReasons(of: map).map(\.text)
    guard let first = shown.first else { return nil }
    let leans = map.strongest != nil
    var reasons = leans ? [first] : Array(shown.prefix(2))
    // Two reasons only while the sentence stays short.
    if reasons.joined(separator: " ").split(separator: " ").count > recapReasonWordLimit {
      reasons = [first]
    }
    let claim = thinking(map.claim)
    var sentence: String
    if claim == "so" {
      // "So you think so because …" opens on nothing: a long claim is left to be understood.
      let lead = leans ? "the main thing for you is " : "the thing for you is "
      sentence = lead + reasons.map(asThing).joined(separator: ", and ")
    } else {
      let lead = leans ? " mostly because " : " because "
      sentence = "you think " + claim + lead + reasons.joined(separator: ", and because ")
    }
    sentence = (afterReflection ? wholeOpening : partOpening) + sentence
    sentence += "."
    var seen = shown.map { $0.lowercased() }
    let granted = grantedPart(of: map) { text in
      guard let text, text.split(separator: " ").count <= summaryItemWordLimit else { return nil }
      let key = text.lowercased()
      guard !seen.contains(where: { $0.contains(key) || key.contains($0) }) else { return nil }
      seen.append(key)
      return text
    }
    let also = granted.map { " " + CaseStyle.capitalizingFirst($0) + "." } ?? ""
    return sentence + also + " " + recapCheck
  }

  /// The reasons a recap gives back, in the order it gives them, with their places on the
  /// map: the one they lean on first, then the others, each as `sureReason` gives it back.
  static func recapReasons(of map: BeliefMap) -> [(index: Int, text: String)] {
    var order = Array(map.reasons.indices)
    if let strongest = map.strongest, order.contains(strongest) {
      order.removeAll { $0 == strongest }
      order.insert(strongest, at: 0)
    }
    return order.compactMap { index in
      let reason = map.reasons[index]
      guard !BeliefMap.tellsWhatMoved(BeliefMap.plainWords(reason.text)),
        let text = referred(reason, claim: map.claim).flatMap(sureReason)
      else { return nil }
      return (index, text)
    }
  }

  /// A reason as the thing that matters to them: "of the free parking" → "the free parking";
  /// a clause → "that" and the clause.
  private static func asThing(_ reason: String) -> String {
    reason.hasPrefix("of ") ? String(reason.dropFirst(3)) : "that " + reason
  }

  /// What opens a recap: alone, or after a reflection of the answer just given.
  static let partOpening = "So "
  static let wholeOpening = "Putting it together, "

  /// What a recap says of what they think and lean on: its first sentence without its opening.
  /// Two recaps with the same gist say the same thing.
  static func recapGist(of recap: String) -> String {
    var gist = recap.prefix { $0 != "." }
    for opening in [wholeOpening, partOpening] where gist.hasPrefix(opening) {
      gist = gist.dropFirst(opening.count)
    }
    return String(gist)
  }

  /// The most words the reasons of a recap's first sentence hold together.
  static let recapReasonWordLimit = 18
}
