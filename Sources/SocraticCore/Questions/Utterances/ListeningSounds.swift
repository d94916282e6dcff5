/// Sounds a listener makes to keep the other person talking ("Mm.", "Uh-huh.", "uh huh", "?? hm",
/// "Okay, I see.", "oh interesting"): a line of nothing else gives back nothing they said, so it is no reflection.
enum ListeningSounds {
  /// Whether every word of a line, in lowercase, is a sound of listening.
  static func isOnlySounds(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true }
    return !said.isEmpty && said.allSatisfy(sounds.contains)
  }

  /// Whether a line, as typed, is a pair of sounds ("uh huh"): reading drops the "uh" as a
  /// filler, and the "huh" left alone would ask them to say it again.
  static func isPair(_ typed: [String]) -> Bool {
    let said = typed.filter { $0.first?.isLetter == true }
    return said.count == 2 && pairs[said[1]] == said[0]
  }

  /// The sounds, and the words of bare acknowledgement said with them. "huh" is here for
  /// "uh huh", whose "uh" is read as a filler.
  static let sounds: Set<String> = [
    "hm", "hmm", "hmmm", "mm", "mmm", "mhm", "mm-hmm", "mmhmm", "uh-huh", "uh", "huh", "um", "umm",
    "er", "erm", "ah", "aha", "ahh", "oh", "ooh", "ok", "okay", "i", "see", "interesting", "wow",
    "gotcha",
  ]

  /// Pairs of sounds, keyed by the second: "uh huh".
  private static let pairs: [String: String] = ["huh": "uh"]
}
