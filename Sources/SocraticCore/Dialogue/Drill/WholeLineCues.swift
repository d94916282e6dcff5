/// A learner's line read whole as cues of a few kinds: every part of it must be a cue, or a
/// word passed over ("honestly", "sorry"), or it is none of them. What a line says to the
/// persona's side of the talk (`LearnerAside`, `LearnerSympathy`) is read this way.
struct WholeLineCues<Kind: Sendable>: Sendable {
  /// The cues of each kind, tried in this order at each word; the longest match of the first
  /// kind that matches is taken.
  let kinds: [(kind: Kind, cues: [PhrasePattern])]
  /// Words that say nothing of their own around the cues.
  let passedOver: Set<String>
  /// Whether a kind names the line wherever it is read; else the first kind read does.
  var overrides: @Sendable (Kind) -> Bool = { _ in false }

  /// The kind a line is, or nil: a line with a question mark asks, and is none.
  func kind(of line: String) -> Kind? {
    guard !line.contains("?") else { return nil }
    let words = Tokenizer.tokenize(line).filter(\.isWord)
    var at = words.startIndex
    var read: Kind?
    while at < words.endIndex {
      let word = words[at].lowercased
      let found = kinds.lazy.compactMap { kind, cues -> (Kind, Int)? in
        cues.filter { $0.mayStart(with: word) }.flatMap { $0.matchEnds(in: words, from: at) }
          .max().map { (kind, $0) }
      }.first
      if let (kind, end) = found {
        (read, at) = (overrides(kind) ? kind : read ?? kind, end)
      } else if passedOver.contains(word) {
        at += 1
      } else {
        return nil
      }
    }
    return read
  }
}
