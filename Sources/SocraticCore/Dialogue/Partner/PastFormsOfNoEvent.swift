/// Past forms that tell no event: a "got" of having ("i've got to tell her"), an intention
/// never carried out ("i was going to", "i meant to", "never did").
enum PastFormsOfNoEvent {
  /// A past form and the words beside it that make it tell no event.
  struct Frame: Sendable {
    let word: String
    /// Words right before it, any of which makes the frame; empty when any word will do.
    var before: Set<String> = []
    /// Words right after it, any of which makes the frame; empty when any word will do.
    var after: Set<String> = []

    func matches(_ wordBefore: String, _ wordAfter: String) -> Bool {
      (before.isEmpty || before.contains(wordBefore))
        && (after.isEmpty || after.contains(wordAfter))
    }
  }

  static let frames: [Frame] = [
    Frame(word: "got", before: ["have", "has", "'ve", "'s", "ive", "weve", "youve", "ve"]),
    Frame(word: "was", after: ["going", "gonna", "meaning"]),
    Frame(word: "were", after: ["going", "gonna", "meaning"]),
    Frame(word: "meant", after: ["to"]),
    Frame(word: "did", before: ["never"]),
  ]
}
