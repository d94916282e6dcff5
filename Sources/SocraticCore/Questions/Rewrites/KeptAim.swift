/// Whether a rewrite keeps what the question asked: how the person sees a word that names no
/// one ("How do you see no one in the family?" of "isn't it odd that no one in the family
/// rang her?") asks about nothing they could have a view of; how they feel about a habit the
/// question asked whether they have, or how they see what it is done with ("How do you feel
/// about keeping a spare key?", "How do you see a spare key?" of "do you keep a spare key?"),
/// takes for done what was asked, or drops it. How they see what a question about an act of
/// theirs names ("How do you see the dentist?" of "did you remember to ring the dentist?")
/// drops the act, which was all it asked.
enum KeptAim {
  /// Whether a rewrite, as tokens without its "?", keeps the aim of the question it rewrites.
  /// - Parameters:
  ///   - body: the rewrite.
  ///   - source: the question's words in lowercase, from its first word to its last.
  static func keeps(_ body: [Token], source: ArraySlice<String>) -> Bool {
    let words = body.filter(\.isWord).map(\.lowercased)
    if pointsAtManner(source), !pointsAtManner(words[...]) { return false }
    if weighsWhatWasSaid(words) { return false }
    let isSeeing = words.starts(with: seeing) && words.count > seeing.count
    guard isSeeing || words.starts(with: feelingAbout) else { return true }
    if asksWhetherTheyDo(source) { return false }
    guard isSeeing else { return true }
    return !asksOfTheirAct(source) && !nobodyWords.contains(words[seeing.count])
  }

  /// Whether words point at a manner both can see: "dressed like that", "talk to me like
  /// this". What is pointed at is what the question is about; a rewrite without it ("the way
  /// you go out dressed") asks of something else. "or something like that" points at nothing.
  private static func pointsAtManner(_ words: ArraySlice<String>) -> Bool {
    zip(words.indices, words.dropFirst()).contains { index, next in
      words[index] == "like" && ["that", "this"].contains(next)
        && (index == words.startIndex || !vagueHeads.contains(words[index - 1]))
    }
  }

  /// Words before "like that" that make it vague or a feeling, not a manner pointed at.
  private static let vagueHeads: Set<String> = [
    "something", "anything", "stuff", "things", "or", "feel", "feels", "felt", "feeling", "look",
    "looks", "sound", "sounds", "seem", "seems", "nothing",
  ]

  /// Whether a rewrite asks of what someone else said or did, with "that" pointing back to it
  /// ("What's your view on whether the landlord would say that?", "What makes you think he
  /// meant that?"): what was said is not in it, so there is nothing to ask about. Of the
  /// person's own words ("What makes you say that?") it asks what they said.
  private static func weighsWhatWasSaid(_ words: [String]) -> Bool {
    guard words.count > 3, let last = words.last, ["that", "this", "so"].contains(last),
      pointingVerbs.contains(words[words.count - 2])
    else { return false }
    let sayer = words[..<(words.count - 2)].last { FunctionWords.auxiliary($0) == nil }
    return sayer.map { !["you", "i", "we"].contains($0) } ?? false
  }

  /// Verbs whose "that" points back at words said before: "say that", "mean that".
  private static let pointingVerbs: Set<String> = [
    "say", "said", "says", "mean", "meant", "claim", "claimed", "think", "thought", "believe",
    "know",
  ]

  /// Whether a yes/no question asks whether the person did or has done something ("did you
  /// ring the dentist?", "have you sent it?"): about their act, not a view of what it names.
  private static func asksOfTheirAct(_ source: ArraySlice<String>) -> Bool {
    guard let first = source.first, let auxiliary = FunctionWords.auxiliary(first),
      [.do, .have].contains(auxiliary.kind)
    else { return false }
    let asked = source.dropFirst()
    guard let person = asked.first, listener.contains(person) else { return false }
    let said = asked.dropFirst().drop { softeners.contains($0) }
    guard let verb = said.first else { return false }
    // "did you remember to ring …": the errand is what is asked.
    if errandFrames.contains(verb), said.dropFirst().first == "to" { return true }
    return !askingFrames.contains(verb) && !viewFrames.contains(verb)
  }

  /// Verbs that put an errand after "to": "remember to", "forget to", "manage to"; they say
  /// the errand was seen to, not what it was.
  static let errandFrames: Set<String> = [
    "remember", "remembered", "forget", "forgot", "forgotten", "manage", "managed", "bother",
    "bothered", "get", "got",
  ]

  /// Participles that ask a view as "have you …" does: "have you considered that …".
  private static let viewFrames: Set<String> = [
    "considered", "thought", "wondered", "noticed", "heard", "seen", "read",
  ]

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
