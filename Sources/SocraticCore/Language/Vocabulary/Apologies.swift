/// Words that apologise, as people type them: "sorry", "soz". The one table the turn readers
/// (`TurnCues`) and the critic's skipped openers (`CritiqueVocabulary`) share.
enum Apologies {
  /// Apologies that can open a line before what it says: "soz but surely …".
  static let words: Set<String> = ["sorry", "sry", "soz", "apologies"]
  /// Apologies for a slip only: "oops", "whoops".
  static let slips: Set<String> = ["oops", "whoops"]
  /// Every word that apologises, for a slip or otherwise.
  static let all = words.union(slips)
}
