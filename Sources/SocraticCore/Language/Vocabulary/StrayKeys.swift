/// What strikes keys by accident, as an apology for them names it: "sorry the cat walked on
/// the keyboard", "soz toddler got my phone", "oops autocorrect". The one table the turn
/// readers (`TurnCues`) and the critic's noise reading (`KeyboardNoise`) share.
enum StrayKeys {
  /// The things keys are struck on: "keyboard", "laptop", "wrong window".
  static let devices: Set<String> = [
    "keyboard", "keys", "window", "tab", "pocket", "fingers", "laptop", "trackpad", "touchpad",
    "screen",
  ]

  /// Words that name the slip itself: "typo", "autocorrect".
  static let slips: Set<String> = ["typo", "typos", "autocorrect", "mistyped", "misclicked"]

  /// Words that own a device as the slip: "wrong window", "wrong tab".
  static let mistakenDevice: Set<String> = ["wrong"]

  /// Who strikes them: a pet or a small child.
  static let strikers: Set<String> = KinWords.pets.union([
    "kitten", "puppy", "toddler", "baby", "kid", "kids", "grandkid", "grandkids", "nephew",
    "niece", "youngest", "little",
  ])

  /// Every word that names what struck the keys.
  static let causes = devices.union(slips).union(strikers)

  /// Whether words own up to stray keys without the keys themselves: a slip named ("oops
  /// autocorrect"), a device mistaken ("wrong window"), or someone who struck a device ("the
  /// dog jumped on my keyboard"); never a device alone ("sorry but screen time is the real
  /// problem").
  static func ownsSlip(_ words: [String]) -> Bool {
    if words.contains(where: slips.contains) { return true }
    guard words.contains(where: devices.contains) else { return false }
    return words.contains { strikers.contains($0) || mistakenDevice.contains($0) }
  }
}
