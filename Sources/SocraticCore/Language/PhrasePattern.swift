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

  init(_ pattern: String) {
    var elements: [Element] = []
    var characters = Substring(pattern)
    while let first = characters.first {
      if first == " " {
        characters.removeFirst()
        continue
      }
      var alternatives: [[String]]
      if first == "(" {
        let close = characters.firstIndex(of: ")")!
        let group = characters[characters.index(after: characters.startIndex)..<close]
        alternatives = group.split(separator: "|").map { $0.split(separator: " ").map(String.init) }
        characters = characters[characters.index(after: close)...]
      } else {
        let end =
          characters.firstIndex(where: { $0 == " " || $0 == "?" || $0 == "*" })
          ?? characters.endIndex
        alternatives = [[String(characters[..<end])]]
        characters = characters[end...]
      }
      var quantifier = Quantifier.one
      if characters.first == "?" {
        quantifier = .optional
        characters.removeFirst()
      } else if characters.first == "*" {
        quantifier = .many
        characters.removeFirst()
      }
      elements.append(Element(alternatives: alternatives, quantifier: quantifier))
    }
    self.elements = elements
  }

  /// Every word a match can start with.
  var firstWords: Set<String> {
    var words: Set<String> = []
    for element in elements {
      words.formUnion(element.alternatives.compactMap(\.first))
      if element.quantifier == .one { break }
    }
    return words
  }

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
