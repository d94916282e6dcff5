/// The pieces of an answer's sentences as `AnswerStances` reads them before it knows the claim,
/// remembered by the sentence: the map and what the answer gave (`AnswerGiven`) each read the
/// same sentences in a step, and a piece is split, parsed and taken into words once.
extension AnswerStances {
  /// A piece of a sentence, split at its words of contrast, with what is read of it alone.
  struct Piece: Sendable {
    /// The piece as typed.
    let text: String
    /// What it does to the piece before it.
    var turn: ContrastReader.Turn
    /// Whether its word of contrast closes it rather than opens it.
    let isClosedByMarker: Bool
    /// Its clause; none for a run of words too long to be one (`longestClause`).
    let clause: Clause?
    /// Its words, as `BeliefMap.plainWords` reads them.
    let words: [String]
    /// How many of its words carry meaning (`meaningWords`).
    let meaningCount: Int
  }

  /// The pieces of a sentence: remembered, or read now and remembered.
  static func readPieces(of sentence: String) -> [Piece] {
    recentPieces.reading(of: sentence)
  }

  /// The pieces of the sentences read last, by the sentence (plain ASCII sentences of at most
  /// 1,000 bytes, so what is remembered is what a fresh read gives).
  private static let recentPieces = RecentReadings(kept: 256, longest: 1_000) { sentence in
    pieces(of: sentence).map { piece in
      // A run of words with no break in it is no clause to read a side from: it is left
      // unread, and parsing it would cost a step its time.
      let isClauseSized = piece.text.split(separator: " ").count <= longestClause
      return Piece(
        text: piece.text, turn: piece.turn, isClosedByMarker: piece.isClosedByMarker,
        clause: isClauseSized ? ClauseParser.parse(piece.text) : nil,
        words: BeliefMap.plainWords(piece.text), meaningCount: meaningWords(piece.text).count)
    }
  }
}
