/// What a suggestion is about, as the stems of its content words: two wordings with mostly the
/// same key ask the same thing ("What makes you say that?", "What makes you say so?"), and
/// only one of them is offered in a session. The words of the claim under discussion are left
/// out when comparing: two questions about the same claim are not alike for that.
///
/// A wording that asks one of the questions every conversation has (what would change their
/// mind, how sure they are, what led them to it) has that as its intent: two wordings with the
/// same intent ask the same, whatever else their words are ("What would change your mind?",
/// "What evidence would it take to change your mind?"), and two intents with the same purpose
/// too ("What would you expect to see if you were wrong?").
struct WordingKey: Sendable, Hashable {
  let stems: Set<String>
  let intent: QuestionIntent?
  /// Which of the claims discussed it was offered about, counted from 0: an intent is asked
  /// once about each claim ("What would change your mind about X?", then about Y).
  var claimNumber: Int

  /// Whether it asks what something they told was for them: a question word, "that" or "it",
  /// and "for you" ("What was that like for you?", "What did that mean for you?"). Two such
  /// ask the same, whatever their verbs.
  let asksWhatItWasForThem: Bool

  init(_ text: String, claimNumber: Int = 0) {
    self.claimNumber = claimNumber
    let tokens = Tokenizer.tokenize(text)
    var stems: Set<String> = []
    for token in tokens where token.isWord {
      let word = token.lowercased
      guard !FunctionWords.isFunctionWord(word), !Self.emptyWords.contains(word) else { continue }
      stems.insert(Self.stem(word))
    }
    self.stems = stems
    let words = tokens.filter(\.isWord)
    let lowered = words.map(\.lowercased)
    asksWhatItWasForThem =
      lowered.prefix(2).contains(where: FunctionWords.questionWords.contains)
      && lowered.contains { $0 == "that" || $0 == "it" }
      && zip(lowered, lowered.dropFirst()).contains { $0 == "for" && $1 == "you" }
    intent = QuestionIntent.matchers.first { $0.matcher.matches(words) }?.intent
  }

  /// Whether the other wording asks the same: the same intent about the same claim; or, leaving out the stems to
  /// ignore (the claim's), the same two or more stems, or at least two thirds of the smaller
  /// set's stems, with three or more, in common. One stem alike ("sure") is not enough: "What
  /// makes you as sure as you are?" and "What makes you less sure?" differ.
  func isNearDuplicate(of other: WordingKey, ignoring: Set<String> = []) -> Bool {
    // Compared at every step with every wording offered before: no set is built that is not
    // needed.
    let mine = ignoring.isDisjoint(with: stems) ? stems : stems.subtracting(ignoring)
    let theirs =
      ignoring.isDisjoint(with: other.stems) ? other.stems : other.stems.subtracting(ignoring)
    return isNearDuplicate(of: other, stemCounts: (mine.count, theirs.count)) {
      mine.count(where: theirs.contains)
    }
  }

  /// `isNearDuplicate(of:ignoring:)` given how many stems each key has, and how many they
  /// share, counted only when the rule needs it (`OfferedKeys` counts them for many keys at
  /// once).
  func isNearDuplicate(
    of other: WordingKey, stemCounts: (mine: Int, theirs: Int), shared: () -> Int
  ) -> Bool {
    // "What would change your mind?" and "What would you expect to see if it turned out …?"
    // ask the same by their purpose (`QuestionIntent.purpose`).
    if let intent, intent.purpose == other.intent?.purpose, claimNumber == other.claimNumber {
      return true
    }
    if asksWhatItWasForThem, other.asksWhatItWasForThem { return true }
    // The same two or more stems: as many each, all shared.
    if stemCounts.mine >= 2, stemCounts.mine == stemCounts.theirs, shared() == stemCounts.mine {
      return true
    }
    let smaller = min(stemCounts.mine, stemCounts.theirs)
    guard smaller >= 3 else { return false }
    return shared() * 3 >= smaller * 2
  }

  /// The same key without some stems (the claim's): `isNearDuplicate(of:)` then compares it as
  /// `isNearDuplicate(of:ignoring:)` compares the whole key, without taking them out each time.
  func leavingOut(_ ignored: Set<String>) -> WordingKey {
    guard !ignored.isDisjoint(with: stems) else { return self }
    return WordingKey(
      stems: stems.subtracting(ignored), intent: intent, claimNumber: claimNumber,
      asksWhatItWasForThem: asksWhatItWasForThem)
  }

  private init(
    stems: Set<String>, intent: QuestionIntent?, claimNumber: Int, asksWhatItWasForThem: Bool
  ) {
    self.stems = stems
    self.intent = intent
    self.claimNumber = claimNumber
    self.asksWhatItWasForThem = asksWhatItWasForThem
  }

  /// A word without its commonest endings and a silent "e": "taking", "takes", "take" → "tak".
  static func stem(_ word: String) -> String {
    var stem = word
    // At least three letters are left: "taking" → "tak", as "take" → "tak".
    for suffix in ["ing", "ed", "es", "s"] where word.count >= suffix.count + 3 {
      if word.hasSuffix(suffix) {
        stem = String(word.dropLast(suffix.count))
        break
      }
    }
    // "take" and "taking", "like" and "liked": the silent "e" goes with the ending, so it goes
    // from every stem.
    return stem.count > 3 && stem.hasSuffix("e") ? String(stem.dropLast()) : stem
  }

  /// Words that every question has and that say nothing of what it asks.
  private static let emptyWords: Set<String> = [
    "make", "makes", "think", "say", "see", "thing", "things", "way", "really", "exactly",
  ]
}
