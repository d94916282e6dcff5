/// Sounds a listener makes to keep the other person talking ("Mm.", "Uh-huh.", "uh huh", "?? hm",
/// "Okay, I see."): a line of nothing else gives back nothing they said, so it is no reflection.
enum ListeningSounds {
  /// Whether every word of a line, in lowercase, is a sound of listening.
  static func isOnlySounds(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true }
    return !said.isEmpty && said.allSatisfy(sounds.contains)
  }

  /// The sounds, and the words of bare acknowledgement said with them.
  static let sounds: Set<String> = [
    "hm", "hmm", "hmmm", "mm", "mmm", "mhm", "mm-hmm", "mmhmm", "uh-huh", "uh", "huh", "um", "umm",
    "er", "erm", "ah", "aha", "ahh", "oh", "ooh", "ok", "okay", "i", "see",
  ]
}
