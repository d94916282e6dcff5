import Foundation

/// One apology to a move: once the tool has said sorry in a turn, a later line of the same turn
/// that opens on "Sorry" goes on without it ("Sorry — you'd answered that already." then "I got
/// that wrong."), never "Sorry … Sorry, …".
enum OneApology {
  /// How an apology opens a line, before what it is for.
  static let openers = ["Sorry, ", "Sorry \u{2014} ", "Sorry - ", "Sorry. ", "Sorry; "]

  /// The line as said after the lines already said in the turn: an apology that opens any of
  /// its sentences is left off when the turn, or the line before it, has one already.
  static func line(_ text: String, after said: [String]) -> String {
    var hasApologised = said.contains(where: opensOnApology)
    var sentences: [String] = []
    for sentence in text.splitKeepingSentences() {
      if hasApologised, let rest = withoutApology(sentence) {
        sentences.append(rest)
      } else {
        sentences.append(sentence)
        if opensOnApology(sentence) { hasApologised = true }
      }
    }
    // A lone "Sorry." left off at the end leaves the space before it.
    return sentences.joined().trimmingCharacters(in: .whitespaces)
  }

  /// Whether a line opens on an apology.
  static func opensOnApology(_ text: String) -> Bool {
    openers.contains { text.hasPrefix($0) }
  }

  /// A sentence without the apology that opens it, its next word capitalised, or nothing for a
  /// lone "Sorry. "; nil when it opens on none.
  private static func withoutApology(_ sentence: String) -> String? {
    let bare = sentence.trimmingCharacters(in: .whitespaces)
    if lone.contains(bare) { return "" }
    guard let opener = openers.first(where: { sentence.hasPrefix($0) }) else { return nil }
    let rest = sentence.dropFirst(opener.count)
    guard let first = rest.first else { return "" }
    return first.uppercased() + rest.dropFirst()
  }

  /// An apology said as a sentence of its own.
  private static let lone: Set<String> = ["Sorry.", "Sorry!"]
}

extension String {
  /// The text cut after each ". ", "? " or "! ", each piece keeping its space: joined, they
  /// give the text back.
  fileprivate func splitKeepingSentences() -> [String] {
    var pieces: [String] = []
    var current = ""
    var previous: Character?
    for character in self {
      if character == " ", let last = previous, ".?!".contains(last) {
        current.append(character)
        pieces.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }
}
