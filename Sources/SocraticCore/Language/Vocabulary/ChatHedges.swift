/// The hedges of chat: abbreviations and words that soften what is said ("ngl", "lowkey",
/// "tbh"). Speech normalising drops them wherever they stand (`SpeechNoise`); those that mark
/// what follows as the writer's opinion ("imo", "tbh") also open an opinion frame
/// (`FrameRemover`). A new hedge is one entry here.
enum ChatHedges {
  /// A hedge and whether it says that what it goes with is an opinion.
  struct Hedge: Sendable {
    var word: String
    var marksOpinion: Bool
  }

  static let table: [Hedge] = [
    Hedge(word: "ngl", marksOpinion: false), Hedge(word: "lowkey", marksOpinion: false),
    Hedge(word: "highkey", marksOpinion: false), Hedge(word: "tbh", marksOpinion: true),
    Hedge(word: "tbf", marksOpinion: false), Hedge(word: "imo", marksOpinion: true),
    Hedge(word: "imho", marksOpinion: true), Hedge(word: "fwiw", marksOpinion: false),
    Hedge(word: "iirc", marksOpinion: false), Hedge(word: "afaik", marksOpinion: false),
    Hedge(word: "istg", marksOpinion: false),
  ]

  /// Every hedge, as the alternatives of a `PhrasePattern` group: "ngl|lowkey|…".
  static let alternatives = table.map(\.word).joined(separator: "|")

  /// The hedges that mark an opinion, as the alternatives of a `PhrasePattern` group.
  static let opinionAlternatives = table.filter(\.marksOpinion).map(\.word).joined(
    separator: "|")
}

extension ChatHedges {
  /// Every hedge.
  static let words = Set(table.map(\.word))
}
