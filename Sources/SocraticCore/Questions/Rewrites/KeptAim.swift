/// Whether a rewrite keeps what the question asked: how the person sees a word that names no
/// one ("How do you see no one in the family?" of "isn't it odd that no one in the family
/// rang her?") asks about nothing they could have a view of; how they feel about a habit the
/// question asked whether they have, or how they see what it is done with ("How do you feel
/// about keeping a spare key?", "How do you see a spare key?" of "do you keep a spare key?"),
/// takes for done what was asked, or drops it.
enum KeptAim {
  /// Whether a rewrite, as tokens without its "?", keeps the aim of the question it rewrites.
  /// - Parameters:
  ///   - body: the rewrite.
  ///   - source: the question's words in lowercase, from its first word to its last.
  static func keeps(_ body: [Token], source: ArraySlice<String>) -> Bool {
    let words = body.filter(\.isWord).map(\.lowercased)
    let isSeeing = words.starts(with: seeing) && words.count > seeing.count
    guard isSeeing || words.starts(with: feelingAbout) else { return true }
    if asksWhetherTheyDo(source) { return false }
    return !isSeeing || !nobodyWords.contains(words[seeing.count])
  }

  /// Whether a question asks whether the person does something as a habit ("do you keep a
  /// spare key?"). Asked of an act once ("have you asked her?"), how they feel about it asks
  /// of a step they may take.
  private static func asksWhetherTheyDo(_ source: ArraySlice<String>) -> Bool {
    guard let first = source.first, let auxiliary = FunctionWords.auxiliary(first),
      auxiliary.kind == .do, auxiliary.tense == .present
    else { return false }
    let asked = source.dropFirst()
    guard let person = asked.first, listener.contains(person) else { return false }
    // "do you think Dad works too much?" asks a view, "do you want to go?" a wish, not a habit.
    let verb = asked.dropFirst().first { !softeners.contains($0) }
    return verb.map { !askingFrames.contains($0) } ?? false
  }

  /// Words that stand for no one and nothing in particular: "no one", "everyone".
  private static let nobodyWords: Set<String> = [
    "nobody", "no", "none", "everyone", "everybody", "everything", "nothing", "someone",
    "somebody", "something", "anyone", "anybody", "anything",
  ]

  /// The person asked, as typed: "you", "u", "ya".
  private static let listener: Set<String> = ["you", "u", "ya"]

  /// The frame of a rewrite that asks how the person feels about an act.
  private static let feelingAbout = ["how", "do", "you", "feel", "about"]

  /// The frame of a rewrite that asks how a thing is seen.
  private static let seeing = ["how", "do", "you", "see"]

  /// Verbs that ask a view, a wish or a duty rather than a habit: "do you think", "do you
  /// support", "do you want", "don't you have to".
  private static let askingFrames: Set<String> = [
    "think", "agree", "reckon", "believe", "say", "mean", "know", "feel", "guess", "suppose",
    "want", "wanna", "need", "like", "prefer", "mind", "remember", "see", "care", "support",
    "trust", "approve", "back", "love", "hate", "have", "got",
  ]

  /// Words between the person and the verb that do not change what is asked: "really",
  /// "still", "actually".
  private static let softeners: Set<String> = [
    "really", "actually", "even", "just", "still", "honestly", "seriously", "ever", "always",
    "usually", "normally", "genuinely",
  ]
}
