/// Leaves out the fillers of speech that look like words about someone: "you know" and "I
/// mean" said between commas or before the end of a sentence ("It's, you know, a lot.") say
/// nothing of the person spoken to or of the speaker. "You know it's bad" keeps its words, and
/// so does "so you know", which says why the speaker tells them ("the shop shuts at six, just
/// so you know").
enum FillerRemover {
  /// The words without their fillers, in lowercase as the tokenizer splits them.
  static func withoutFillers(_ words: [String]) -> [String] {
    guard words.contains("know") || words.contains("mean") else { return words }
    var kept: [String] = []
    kept.reserveCapacity(words.count)
    var index = words.startIndex
    while index < words.endIndex {
      if let filler = fillers.first(where: { isFiller($0, in: words, at: index) }) {
        index += filler.count
      } else {
        kept.append(words[index])
        index += 1
      }
    }
    return kept
  }

  /// Whether a filler stands at an index, with a pause or the end of a sentence after it, or a
  /// comma before it.
  private static func isFiller(_ filler: [String], in words: [String], at index: Int) -> Bool {
    let end = index + filler.count
    guard end <= words.count, words[index..<end].elementsEqual(filler),
      index == 0 || !purposeLeads.contains(words[index - 1])
    else { return false }
    let pauseAfter = end == words.count || pauses.contains(words[end])
    let pauseBefore = index > 0 && words[index - 1] == ","
    return pauseAfter || pauseBefore
  }

  private static let fillers: [[String]] = [["you", "know"], ["i", "mean"]]
  /// Words that make the filler after them a clause of purpose: "so you know".
  private static let purposeLeads: Set<String> = ["so"]
  private static let pauses: Set<String> = [",", ".", "!", "?", "…", "-", "--", "—"]
}
