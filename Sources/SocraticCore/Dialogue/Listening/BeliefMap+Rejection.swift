extension BeliefMap {
  /// Whether an answer turns down what was just put to them, a line of ours they say is not
  /// theirs: "no i said i don't know if it can" (a "no" and what they did say), "i never said
  /// i trust them" (a denial of having said it, `disowns`), "i don't wonder that" (the verb
  /// the question put to them, denied in the first person), "that's the opposite". Only the
  /// answer's first sentence is read: a rejection answers what was just said.
  static func rejectsWhatWasPut(_ answer: String, asked question: String?) -> Bool {
    // "what? no, i said …": a sentence of lead-ins alone opens the first one.
    let opening = sentences(of: TypedTextLimit.prefix(of: answer, characters: 1_000)).prefix(2)
      .map { Array(plainWords($0).drop(while: rejectionLeadIns.contains)) }
    guard let words = opening.first(where: { !$0.isEmpty }) else { return false }
    // "the buyers thing was my brother's point, not mine": a point handed back by name comes
    // off by that name (`disown`), not what was put last.
    let handsBackByName =
      handsToAnother(words) && !disownedNames(in: words.joined(separator: " ")).isEmpty
    if disowns(words), !handsBackByName { return true }
    if has(["the", "opposite"], in: words) { return true }
    // "no, i said …", "nah i meant …": a no, then what they did say.
    if let no = words.first, noWords.contains(no) {
      let after = Array(words.dropFirst().prefix(3))
      if let subject = after.firstIndex(of: "i"), after.indices.contains(subject + 1),
        correctingVerbs.contains(after[subject + 1])
      {
        return true
      }
    }
    // "i dont wonder that", "i'm not granting anything": the question's own verb, denied by
    // them, of what it put.
    guard let question,
      let denial = ownDenials.first(where: { words.starts(with: $0) }),
      words.count > denial.count + 1
    else { return false }
    let putVerb = words[denial.count]
    let asked = Set(plainWords(question).map(WordingKey.stem))
    return !FunctionWords.isFunctionWord(putVerb) && asked.contains(WordingKey.stem(putVerb))
      && pointingWords.contains(words[denial.count + 1])
  }

  /// Takes off the map every item that says what they turned down: the items that share, past
  /// the claim's own, at least two and a third of their words that carry meaning with what
  /// was put to them (ours is often a paraphrase: "opening" for "opened").
  /// - Parameter put: the lines they turned down (our last reflection and question).
  mutating func dropRejected(_ put: [String]) {
    let claimWords = Self.stems(of: claim ?? "")
    let putWords = put.reduce(into: Set<String>()) { $0.formUnion(Self.stems(of: $1)) }
      .subtracting(claimWords).subtracting(Self.framingStems)
    guard !putWords.isEmpty else { return }
    let says = { (item: String) -> Bool in
      let words = Self.stems(of: item).subtracting(claimWords).subtracting(Self.framingStems)
      guard !words.isEmpty else { return false }
      let shared = words.intersection(putWords).count
      return 3 * shared >= words.count && shared >= min(2, words.count)
    }
    for index in reasons.indices.reversed() where says(reasons[index].text) {
      removeReason(at: index)
    }
    doubts.removeAll(where: says)
    examples.removeAll(where: says)
    wouldChangeMind.removeAll(where: says)
    shifts.removeAll(where: says)
    notes.removeAll { $0.category != nil && says($0.text) }
  }

  /// Words of a line of ours that only frame what it gives back: "so", "you're saying".
  private static let framingStems: Set<String> = [
    "saying", "sound", "sounds", "like", "grant", "thinking", "wonder", "make", "say",
  ]

  /// Words that may open an answer before the rejection: "what? no, …", "wait no".
  private static let rejectionLeadIns: Set<String> = ["what", "wait", "huh", "um", "erm", "eh"]

  /// Words that say no.
  private static let noWords: Set<String> = ["no", "nah", "nope", "noo"]

  /// Verbs after "no, i" by which they set the record straight: "no i said", "no i meant".
  private static let correctingVerbs: Set<String> = [
    "said", "say", "meant", "mean", "was", "didnt", "never", "dont",
  ]

  /// Openings that deny a verb of theirs: "i don't wonder", "i'm not granting".
  private static let ownDenials: [[String]] = [
    ["i", "dont"], ["i", "didnt"], ["i", "never"], ["i", "wasnt"], ["i", "cant"], ["im", "not"],
    ["i", "am", "not"],
  ]

  /// Words after a denied verb that point at what was put: "i don't wonder that", "i'm not
  /// granting anything".
  private static let pointingWords: Set<String> = [
    "that", "it", "this", "so", "whether", "if", "anything",
  ]
}
