/// A denial of what the other person called themselves: "you're not useless, you never were"
/// after "I'm useless at this", or of the word they judged their own feeling by: "it's not
/// silly, she was your best mate" after "silly crying over a dog". It argues against their view
/// of themselves, to lift them: an affirmation (validation), not a reflection of their words,
/// and its "never" is the speaker's own, not their view made stronger.
///
/// The line says "you're not" of a word they said of themselves ("I'm", "I feel") without a
/// "not" of their own, or, whatever they said, goes on "you never were"; or it says "you're
/// not", "it's not" or "nothing … about it" of a word of self-reproach they have just used
/// ("daft", "pathetic").
enum SelfLabelDenial {
  /// Whether a line denies a label the other person gave themselves.
  /// - Parameters:
  ///   - words: the line's words in lowercase, as the tokenizer splits them.
  ///   - after: the words of what the other person last said, or nil when unknown.
  static func denies(_ words: [String], after: [String]?) -> Bool {
    if let judged = deniedLabel(in: words, by: judgementDenials), reproaches.contains(judged) {
      // Their words known, the reproach must be theirs; unknown, a denial that goes on to say
      // what it is instead ("it's not daft, it's the weather") lifts them all the same.
      if let after {
        if isReproachOfTheirs(judged, in: after) { return true }
      } else if correctsIt(words, after: judged) {
        return true
      }
    }
    guard let label = deniedLabel(in: words, by: denials) else { return false }
    if reassurances.contains(where: { words.firstRange(of: $0) != nil }) { return true }
    guard let after else { return false }
    if isReproachOfTheirs(label, in: after) { return true }
    return after.indices.contains { index in
      after[index] == label
        && selfSubjects.contains { subject in
          let before = after[max(0, index - labelReach)..<index]
          guard let start = before.firstRange(of: subject)?.upperBound else { return false }
          return !before[start...].contains(where: FunctionWords.negators.contains)
        }
    }
  }

  /// The first word of content after one of `openings` ("you're not"), or nil when the line
  /// has none.
  private static func deniedLabel(in words: [String], by openings: [[String]]) -> String? {
    guard let denial = openings.lazy.compactMap({ words.firstRange(of: $0) }).first else {
      return nil
    }
    return words[denial.upperBound...].first { !fillers.contains($0) }
  }

  /// Whether a word is one of self-reproach that they used, not denied, in what they said:
  /// "daft" of "daft over a cat", not of "I'm not daft".
  private static func isReproachOfTheirs(_ word: String, in after: [String]) -> Bool {
    guard reproaches.contains(word) else { return false }
    return after.indices.contains { index in
      after[index] == word
        && !after[max(0, index - 2)..<index].contains(where: FunctionWords.negators.contains)
    }
  }

  /// Whether the words after a denied reproach say what the thing is instead: "it's not silly,
  /// it's the season" → "it 's".
  private static func correctsIt(_ words: [String], after label: String) -> Bool {
    guard let index = words.firstIndex(of: label) else { return false }
    let rest = Array(words[(index + 1)...])
    return corrections.contains { rest.firstRange(of: $0) != nil }
  }

  /// How the saying of what it is instead opens: "it's", "that's", "you're".
  private static let corrections: [[String]] = [
    ["it", "'s"], ["it", "is"], ["its"], ["that", "'s"], ["that", "is"], ["you", "'re"],
    ["you", "are"], ["anyone"], ["anybody"], ["everyone"], ["everybody"],
  ]

  /// How a denial of their judgement of themselves opens: "it's not", "that isn't", "nothing".
  private static let judgementDenials: [[String]] = [
    ["it", "'s", "not"], ["its", "not"], ["it", "is", "not"], ["it", "isn't"],
    ["that", "'s", "not"], ["thats", "not"], ["that", "is", "not"], ["that", "isn't"],
    ["nothing"], ["you", "'re", "not", "being"], ["you", "are", "not", "being"],
    ["you", "aren't", "being"],
  ]

  /// Words people judge themselves or their own feelings by: "daft over a cat", "I'm being
  /// pathetic".
  private static let reproaches: Set<String> = [
    "daft", "silly", "stupid", "pathetic", "ridiculous", "mad", "crazy", "soft", "weak",
    "selfish", "dramatic", "petty", "childish", "irrational", "weird", "mental", "bonkers",
    "nuts", "embarrassing", "overreacting", "overthinking", "lame", "needy",
    "precious", "paranoid", "dumb", "idiotic",
  ]

  /// How a denial of the person opens: "you're not", "you aren't".
  private static let denials: [[String]] = [
    ["you", "'re", "not"], ["you", "are", "not"], ["you", "aren't"], ["youre", "not"],
    ["ur", "not"],
  ]

  /// Words between the denial and the label: "not a", "not being", "not that".
  private static let fillers: Set<String> = [
    "a", "an", "that", "so", "being", "some", "even", "remotely", "at", "all",
  ]

  /// What says the label never fitted: "you never were", "you never have been".
  private static let reassurances: [[String]] = [
    ["you", "never", "were"], ["you", "never", "have", "been"], ["you", "'ve", "never", "been"],
    ["you", "never", "was"],
  ]

  /// How the other person speaks of themselves: "I'm", "I feel".
  private static let selfSubjects: [[String]] = [
    ["i", "'m"], ["i", "am"], ["im"], ["i", "feel"], ["i", "was"],
  ]

  /// How many words before their label the word of themselves may stand: "I'm so bloody
  /// useless".
  private static let labelReach = 5
}
