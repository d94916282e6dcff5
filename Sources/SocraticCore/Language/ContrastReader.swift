/// Reads the words of contrast in a sentence, by where each stands in its clause: "but" or
/// "however" opening a clause turns it from what came before; "still", "anyway" or "yet"
/// do so only opening a sentence or the part after a comma ("i still think" is no turn); "tho" or
/// "though" closing a clause ("it was a flip phone tho so …", "the interns are drowning
/// though.") turn the clause they close; "although" or "even though" opening one grant it,
/// and the clause after its comma turns back.
///
/// One table (`markers`) read by one scan, for every reader of sides: the map's stances
/// (`AnswerStances`), and the word sets the answer reader's turns are read by
/// (`clauseOpeners`, `turningWords`, `sentenceOpeners`, `clauseClosers`).
public enum ContrastReader {
  /// What a piece of a sentence does to what came before it.
  public enum Turn: Sendable, Equatable {
    /// It goes on from what came before.
    case continues
    /// It turns from what came before: "but the scandals …", "it was a flip phone tho".
    case turnsFrom
    /// It grants a point that the clause after it turns from: "although it's cheap".
    case grants
  }

  /// A piece of a sentence, between words of contrast, with what it does.
  public struct Piece: Sendable, Equatable {
    /// The piece as typed, without its word of contrast.
    public var text: String
    /// What it does to what came before it.
    public var turn: Turn
    /// Whether its word of contrast closes it ("it was a flip phone tho") rather than opens
    /// it: a sentence that opens with such a piece turns from what came before the answer.
    public var isClosedByMarker = false
  }

  /// Where a marker stands for it to mark a contrast.
  enum Position: Sendable {
    /// Opening a clause anywhere: "X but Y".
    case opensClause
    /// Opening the sentence or the part after a comma: "still, …", "…, anyway it's …".
    case opensSentence
    /// Closing a clause: before a comma, the end, or a word that links clauses ("tho so").
    case closesClause
  }

  /// A word (or words) of contrast, where it stands and what the piece it marks does.
  struct Marker: Sendable {
    let words: [String]
    let position: Position
    let turn: Turn
  }

  /// The words of contrast. A marker that closes a clause is tried before one that opens
  /// one ("though." closes; "though it costs more" opens).
  static let markers: [Marker] = [
    Marker(words: ["tho"], position: .closesClause, turn: .turnsFrom),
    Marker(words: ["though"], position: .closesClause, turn: .turnsFrom),
    Marker(words: ["but"], position: .opensClause, turn: .turnsFrom),
    Marker(words: ["however"], position: .opensClause, turn: .turnsFrom),
    Marker(words: ["even", "though"], position: .opensClause, turn: .grants),
    Marker(words: ["although"], position: .opensClause, turn: .grants),
    Marker(words: ["though"], position: .opensClause, turn: .grants),
    Marker(words: ["still"], position: .opensSentence, turn: .turnsFrom),
    Marker(words: ["anyway"], position: .opensSentence, turn: .turnsFrom),
    Marker(words: ["yet"], position: .opensSentence, turn: .turnsFrom),
  ]

  /// Words after which a clause-closing marker still closes its clause: "tho so kinda
  /// different", "though and …".
  static let linkingWords: Set<String> = ["so", "and", "but", "cause", "because", "cuz"]

  /// The words of the markers a marker can open with: a word that is none of them is no
  /// marker, which a sentence's words are told without trying each marker.
  private static let firstWords = Set(markers.map { $0.words[0] })

  /// The one-word markers of a position and what they do.
  private static func words(at positions: [Position], doing turns: [Turn]) -> Set<String> {
    Set(
      markers.filter {
        $0.words.count == 1 && positions.contains($0.position) && turns.contains($0.turn)
      }
      .map { $0.words[0] })
  }

  /// Words that, opening a clause, turn it from what came before or grant a point the next turns
  /// from ("but", "however", "although", "though"): what follows them is the person's reply to
  /// what came before.
  public static let clauseOpeners = words(at: [.opensClause], doing: [.turnsFrom, .grants])

  /// Words that, opening a clause or a sentence, turn from what came before ("but", "however",
  /// "still", "anyway", "yet"): what follows is the side the person turns back to.
  public static let turningWords = words(at: [.opensClause, .opensSentence], doing: [.turnsFrom])

  /// Words that, opening a sentence, turn it from the sentence before: the turning words and
  /// the granting ones ("Though, …", "Although …").
  public static let sentenceOpeners = turningWords.union(
    words(at: [.opensClause], doing: [.grants]))

  /// Words that turn the clause they close ("tho", "though"): "it was a flip phone tho".
  public static let clauseClosers = words(at: [.closesClause], doing: [.turnsFrom])

  /// The pieces of one sentence, split at its words of contrast, each with what it does.
  /// A sentence with none is one piece that `continues`. Pieces are never empty.
  public static func pieces(of sentence: String) -> [Piece] {
    RecentContrasts.pieces(of: sentence)
  }

  /// `pieces(of:)` read now.
  static func reading(_ sentence: String) -> [Piece] {
    let words = sentence.split(separator: " ")
    let plain = words.map(plainWord)
    var pieces: [Piece] = []
    var current: [Substring] = []
    var turn = Turn.continues
    // What the piece after a granting one does: it turns back from the grant.
    var afterGrant = false
    func close(nextTurn: Turn, closedByMarker: Bool = false) {
      if !current.isEmpty {
        pieces.append(
          Piece(
            text: current.joined(separator: " "), turn: turn, isClosedByMarker: closedByMarker))
      }
      current = []
      turn = nextTurn
    }
    var index = 0
    while index < words.count {
      let opensSentence = index == 0 || words[index - 1].last == ","
      if let marker = marker(at: index, in: plain, words: words, opensSentence: opensSentence) {
        switch marker.position {
        case .closesClause:
          // The marker stays with the clause it closes, which turns.
          current.append(contentsOf: words[index..<(index + marker.words.count)])
          if turn == .continues { turn = marker.turn }
          close(nextTurn: .continues, closedByMarker: true)
          afterGrant = false
        case .opensClause, .opensSentence:
          close(nextTurn: marker.turn)
          afterGrant = marker.turn == .grants
        }
        index += marker.words.count
        continue
      }
      current.append(words[index])
      // "although it's cheap, it breaks": the clause after the grant's comma turns back.
      if afterGrant, words[index].last == ",", index + 1 < words.count {
        close(nextTurn: .turnsFrom)
        afterGrant = false
      }
      index += 1
    }
    close(nextTurn: .continues)
    return pieces
  }

  /// The marker the word at an index is, where it stands, if any.
  private static func marker(
    at index: Int, in plain: [String], words: [Substring], opensSentence: Bool
  ) -> Marker? {
    guard firstWords.contains(plain[index]) else { return nil }
    return markers.first { marker in
      let end = index + marker.words.count
      guard end <= plain.count, plain[index..<end].elementsEqual(marker.words) else {
        return false
      }
      switch marker.position {
      case .opensClause:
        return true
      case .opensSentence:
        return opensSentence
      case .closesClause:
        // A clause before it, and nothing but a break, the end or a linking word after it.
        guard index > 0, words[index - 1].last != "," else { return false }
        let lastWord = words[end - 1]
        return end == plain.count || lastWord.last.map { !$0.isLetter } == true
          || linkingWords.contains(plain[end])
      }
    }
  }

  /// A word as markers are compared with it: its letters alone, in lowercase ("However," →
  /// "however"). Plain ASCII words are read by bytes, without breaking them into characters.
  private static func plainWord(_ word: Substring) -> String {
    guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.lowercased().filter(\.isLetter) }
    var letters: [UInt8] = []
    letters.reserveCapacity(word.utf8.count)
    for byte in word.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): letters.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters.append(byte + 32)
      default: continue
      }
    }
    return String(decoding: letters, as: UTF8.self)
  }
}
