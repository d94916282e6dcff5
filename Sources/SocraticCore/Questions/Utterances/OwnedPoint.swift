/// A fair point owned: granting what was said of the speaker's own doing ("no. i didn't. fair
/// enough", "you're right, i never rang") or granting it with an apology ("fair, you did say.
/// sorry"). It concedes a fault of the speaker's, which lets the other go on; it declares no
/// view of theirs right, so asking what brought them to it would miss the point.
enum OwnedPoint {
  /// Whether a line that reads as agreement owns a point of the speaker's rather than agreeing
  /// with a view: a clause of its own that opens "I" and denies a doing ("i didn't", "i never
  /// rang") or admits one ("i was wrong", "i did.", "i should've"). "I was thinking the same"
  /// and "I have to agree" go along with their view and own nothing.
  /// - Parameters:
  ///   - words: the line's words in lowercase, as the tokenizer splits them.
  ///   - apologises: whether the line's cues apologise or show care (`StatementKind.warmth`).
  static func owns(_ words: [String], apologises: Bool) -> Bool {
    apologises
      || words.split(whereSeparator: FunctionWords.clauseEndingMarks.contains).contains(
        where: ownsADoing)
  }

  /// Whether a clause tells the speaker's own doing as a fault: denied after "i", or admitted
  /// with nothing after it, a fault's word, or "have" after "should".
  private static func ownsADoing(_ clause: ArraySlice<String>) -> Bool {
    let said = Array(clause.drop(while: openers.contains))
    guard said.count >= 2, said[0] == "i" else { return false }
    if denials.contains(said[1]) { return true }
    guard admissions.contains(said[1]) else { return false }
    guard said.count > 2 else { return true }
    return faults.contains(said[2]) || said[1] == "should" && ["have", "'ve"].contains(said[2])
  }

  /// Words that open a clause before its "i" without saying anything ("no i didn't"), and the
  /// grant before an owned fault ("fair i never rang").
  private static let openers = CritiqueVocabulary.turnOpeners.union(["fair"])
  /// What denies a doing of the speaker's after "i": "i didn't", "i never".
  private static let denials: Set<String> = [
    "wasn't", "wasnt", "didn't", "didnt", "haven't", "havent", "hadn't", "hadnt", "never",
    "shouldn't", "shouldnt", "forgot",
  ]
  /// What admits a doing after "i", when the clause ends there or a fault follows: "i did",
  /// "i was wrong", "i should've".
  private static let admissions: Set<String> = [
    "was", "did", "have", "'ve", "'m", "am", "should", "should've",
  ]
  /// Words of a fault the speaker owns: "i was out of order", "i'm in the wrong".
  private static let faults: Set<String> = [
    "wrong", "out", "in", "late", "rude", "harsh", "unfair", "mistaken", "careless",
    "thoughtless", "selfish", "snappy", "short", "off", "being", "too",
  ]
}
