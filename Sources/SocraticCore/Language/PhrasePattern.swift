/// A pattern over words, written compactly: words separated by spaces, a group of
/// alternatives in parentheses separated by "|" (each may be several words), and "?" (optional)
/// or "*" (any number) after a group.
///
///     i (really|honestly)* (think|believe|would say) (that|like)?
///
/// Words match a token's `lowercased` text, so clitics are separate words ("i 'm sure").
struct PhrasePattern: Sendable {
  private enum Quantifier: Sendable {
    case one
    case optional
    case many
  }

  private struct Element: Sendable {
    var alternatives: [[String]]
    var quantifier: Quantifier
  }

  private let elements: [Element]
  /// Every word a match can start with, or nil when a match can start with nothing (the
  /// pattern is all optional).
  private let starts: Set<String>?

  init(_ pattern: String) {
    // Read as bytes: patterns are ASCII, and this runs for every pattern at start-up.
    let bytes = Array(pattern.utf8)
    func words(_ slice: ArraySlice<UInt8>) -> [String] {
      slice.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    }
    var elements: [Element] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: " ") {
        index += 1
        continue
      }
      var alternatives: [[String]]
      if bytes[index] == UInt8(ascii: "(") {
        let close = bytes[index...].firstIndex(of: UInt8(ascii: ")"))!
        alternatives = bytes[(index + 1)..<close].split(separator: UInt8(ascii: "|")).map(words)
        index = close + 1
      } else {
        let end =
          bytes[index...].firstIndex {
            [UInt8(ascii: " "), UInt8(ascii: "?"), UInt8(ascii: "*")].contains($0)
          }
          ?? bytes.count
        alternatives = [words(bytes[index..<end])]
        index = end
      }
      var quantifier = Quantifier.one
      if index < bytes.count, bytes[index] == UInt8(ascii: "?") {
        quantifier = .optional
        index += 1
      } else if index < bytes.count, bytes[index] == UInt8(ascii: "*") {
        quantifier = .many
        index += 1
      }
      elements.append(Element(alternatives: alternatives, quantifier: quantifier))
    }
    self.elements = elements
    var starts: Set<String> = []
    var canBeEmpty = true
    for element in elements {
      starts.formUnion(element.alternatives.compactMap(\.first))
      if element.quantifier == .one {
        canBeEmpty = false
        break
      }
    }
    self.starts = canBeEmpty ? nil : starts
  }

  /// Whether a match can start with the word: false saves trying the pattern at all.
  func mayStart(with word: String) -> Bool {
    starts?.contains(word) ?? true
  }

  /// Every word a match can start with.
  var firstWords: Set<String> { starts ?? [] }

  /// Every index at which a match starting at `start` can end, longest first.
  func matchEnds(in tokens: [Token], from start: Int) -> [Int] {
    var ends: Set<Int> = []
    match(tokens, elementIndex: 0, position: start, into: &ends)
    return ends.sorted(by: >)
  }

  private func match(
    _ tokens: [Token], elementIndex: Int, position: Int, into ends: inout Set<Int>
  ) {
    guard elementIndex < elements.count else {
      ends.insert(position)
      return
    }
    let element = elements[elementIndex]
    if element.quantifier != .one {
      match(tokens, elementIndex: elementIndex + 1, position: position, into: &ends)
    }
    for alternative in element.alternatives {
      guard position + alternative.count <= tokens.count else { continue }
      let matches = alternative.indices.allSatisfy {
        tokens[position + $0].lowercased == alternative[$0]
      }
      guard matches else { continue }
      let next = position + alternative.count
      if element.quantifier == .many {
        match(tokens, elementIndex: elementIndex, position: next, into: &ends)
      } else {
        match(tokens, elementIndex: elementIndex + 1, position: next, into: &ends)
      }
    }
  }
}
