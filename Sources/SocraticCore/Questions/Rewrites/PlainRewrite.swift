/// Whether a rewrite asks plainly, as a person would, before it is shown: a stock frame
/// wrapped around the asker's clause reads as a template to the person asked, and is refused
/// so that a plainer rule is tried instead.
///
/// A rewrite is refused when:
/// - it opens on a stock frame (`stockFrames`): "To what extent …", "What would tell you
///   whether …", "What draws you to …", "What experience have you had with …";
/// - it splices a second question into the first: a question word, an auxiliary and a
///   pronoun after its opening ("How do you see the rota where did you hear …");
/// - "be" stands before a bare quantity ("… is much when …", "is a lot"), which is half a
///   comparison;
/// - "the same" points back to what the question before it said ("What do you make of the
///   same thing about phones?"), which the rewrite has lost;
/// - a frame that takes a thing ends on a particle its verb left behind ("How do you see the
///   bike keys back?"): no act is left to go with it; or holds a sweep in what the listener
///   does ("… finishing anything on time?"), which keeps the charge.
enum PlainRewrite {
  /// Whether a rewrite, as tokens without its "?", asks plainly.
  static func isPlain(_ body: [Token]) -> Bool {
    let words = body.filter(\.isWord).map(\.lowercased)
    if stockFrames.contains(where: { words.starts(with: $0) }) { return false }
    if words.indices.dropFirst(2).contains(where: { index in
      index + 2 < words.count && FunctionWords.questionWords.contains(words[index])
        && FunctionWords.auxiliary(words[index + 1]) != nil
        && personalPronouns.contains(words[index + 2])
    }) {
      return false
    }
    if words.indices.dropLast().contains(where: {
      words[$0] == "same" && !words[($0 + 1)...].contains("as")
    }) {
      return false
    }
    if thingFrames.contains(where: { words.starts(with: $0) }) {
      if let last = words.last, strandedParticles.contains(last),
        !words.contains(where: { $0.hasSuffix("ing") })
      {
        return false
      }
    }
    // "How do you see finishing anything on time?" keeps the charge of never; a sweep in what
    // someone else does ("how the manager always finds time") is the asker's observation.
    if let frame = (thingFrames + [weighingFrame]).first(where: { words.starts(with: $0) }),
      let asked = words.dropFirst(frame.count).first,
      asked.hasSuffix("ing") || ["you", "your"].contains(asked),
      words.contains(where: sweeps.contains)
    {
      return false
    }
    return !words.indices.dropLast().contains { index in
      guard FunctionWords.auxiliary(words[index])?.kind == .be else { return false }
      let next = words[index + 1] == "a" && index + 2 < words.count ? index + 2 : index + 1
      return bareQuantities.contains(words[next])
    }
  }

  /// Openings that wrap the asker's clause in a template rather than ask about it.
  private static let stockFrames: [[String]] = [
    ["to", "what", "extent"], ["what", "would", "tell", "you", "whether"],
    ["what", "draws", "you", "to"], ["what", "experience", "have", "you", "had", "with"],
  ]

  /// Frames that ask about a thing, which a noun phrase ends.
  private static let thingFrames: [[String]] = [
    ["how", "do", "you", "see"], ["what", "do", "you", "make", "of"],
    ["how", "do", "you", "feel", "about"], ["what", "did", "you", "make", "of"],
  ]

  /// The frame that weighs a claim, which a sweep in the claim makes a charge.
  private static let weighingFrame = ClaimShapes.viewFrame.filter(\.isWord).map(\.lowercased)

  /// Words that sweep without exception: a thing asked about with one keeps the charge.
  private static let sweeps: Set<String> = [
    "anything", "everything", "nothing", "always", "never", "everyone", "nobody",
  ]

  /// Particles a verb leaves behind when it is dropped: "put the keys back".
  private static let strandedParticles: Set<String> = [
    "back", "up", "out", "off", "away", "down", "over", "around", "in",
  ]

  /// Pronouns that open the clause of a spliced question: "where did you", "what do we".
  private static let personalPronouns: Set<String> = ["i", "you", "he", "she", "we", "they", "it"]

  /// Quantities that need what they are compared with: "is much", "are many", "is a lot".
  private static let bareQuantities: Set<String> = ["much", "many", "loads", "lots", "lot"]
}
