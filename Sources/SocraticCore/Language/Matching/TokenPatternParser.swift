/// Reads the written form of a `TokenPattern` (documented there) into a tree, which compiles
/// into the pattern's steps.
enum TokenPatternParser {
  /// A pattern read but not yet compiled.
  indirect enum Node {
    case test(TokenPattern.Test)
    case refusal(TokenPattern.Test)
    case sequence([Node])
    case alternatives([Node])
    case repetition(Node, min: Int, max: Int?)
  }

  static func parse(_ pattern: String) -> Node {
    var reader = Reader(bytes: Array(pattern.utf8))
    let node = reader.alternatives()
    precondition(reader.isAtEnd, "unbalanced ')' in token pattern: \(pattern)")
    return node
  }

  private struct Reader {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index >= bytes.count }

    private var current: UInt8? { isAtEnd ? nil : bytes[index] }

    /// Sequences separated by "|", up to a ")" or the end.
    mutating func alternatives() -> Node {
      var options = [sequence()]
      while current == UInt8(ascii: "|") {
        index += 1
        options.append(sequence())
      }
      return options.count == 1 ? options[0] : Self.merged(options)
    }

    /// Alternatives of one word each become one test of a set of words, tried first: a group
    /// of many words is one lookup, not a fork for each.
    private static func merged(_ options: [Node]) -> Node {
      var words: Set<String> = []
      var others: [Node] = []
      for option in options {
        if case .test(.word(let word)) = option {
          words.insert(word)
        } else if case .test(.words(let group)) = option {
          words.formUnion(group)
        } else if case .test(.fewWords(let group)) = option {
          words.formUnion(group)
        } else {
          others.append(option)
        }
      }
      if words.isEmpty { return .alternatives(others) }
      let test = Node.test(
        words.count == 1
          ? .word(words.first!)
          : words.count <= TokenPattern.fewWordLimit ? .fewWords(words.sorted()) : .words(words))
      return others.isEmpty ? test : .alternatives([test] + others)
    }

    private mutating func sequence() -> Node {
      var elements: [Node] = []
      while let byte = current, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
        if byte == UInt8(ascii: " ") {
          index += 1
          continue
        }
        elements.append(quantified(element()))
      }
      return elements.count == 1 ? elements[0] : .sequence(elements)
    }

    private mutating func element() -> Node {
      switch current ?? 0 {
      case UInt8(ascii: "("):
        index += 1
        let group = alternatives()
        precondition(current == UInt8(ascii: ")"), "unclosed '(' in token pattern")
        index += 1
        return group
      case UInt8(ascii: "!"):
        index += 1
        guard case .test(let test) = element() else {
          preconditionFailure("'!' takes one word, class, tag or set of words")
        }
        return .refusal(test)
      default:
        return .test(Self.test(word()))
      }
    }

    private mutating func word() -> String {
      let start = index
      while let byte = current, !Self.isWordEnd(byte) { index += 1 }
      return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Whether a byte ends a word: a space, or what opens, closes or quantifies an element.
    /// (A switch, not a list: this runs for every byte of every pattern at start-up.)
    private static func isWordEnd(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: ")"),
        UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{"):
        true
      default: false
      }
    }

    private static func test(_ word: String) -> TokenPattern.Test {
      if word == "_" { return .any }
      let name = String(word.dropFirst())
      if word.hasPrefix("@"), name.count > 0 {
        guard let wordClass = WordClass(rawValue: name) else {
          preconditionFailure("no word class '\(name)' in token pattern")
        }
        return .wordClass(wordClass)
      }
      if word.hasPrefix("#"), name.count > 0 {
        guard let tags = PartOfSpeechSet(named: name) else {
          preconditionFailure("no part of speech '\(name)' in token pattern")
        }
        return .tag(tags)
      }
      return .word(word)
    }

    private mutating func quantified(_ node: Node) -> Node {
      switch current ?? 0 {
      case UInt8(ascii: "?"):
        index += 1
        return .repetition(node, min: 0, max: 1)
      case UInt8(ascii: "*"):
        index += 1
        return .repetition(node, min: 0, max: nil)
      case UInt8(ascii: "+"):
        index += 1
        return .repetition(node, min: 1, max: nil)
      case UInt8(ascii: "{"):
        let close = bytes[index...].firstIndex(of: UInt8(ascii: "}"))!
        let bounds = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
          .split(separator: ",").compactMap { Int($0) }
        precondition(bounds.count == 2, "a repetition is written {min,max}")
        index = close + 1
        return .repetition(node, min: bounds[0], max: bounds[1])
      default:
        return node
      }
    }
  }
}

extension TokenPatternParser.Node {
  /// Appends the steps that match the node, ending where the next step will be.
  func compile(into steps: inout [TokenPattern.Step]) {
    switch self {
    case .test(let test):
      steps.append(.take(test))
    case .refusal(let test):
      steps.append(.refuse(test))
    case .sequence(let elements):
      for element in elements { element.compile(into: &steps) }
    case .alternatives(let options):
      var jumps: [Int] = []
      for (number, option) in options.enumerated() {
        guard number < options.count - 1 else {
          option.compile(into: &steps)
          break
        }
        let fork = steps.count
        steps.append(.fork(fork + 1, -1))
        option.compile(into: &steps)
        jumps.append(steps.count)
        steps.append(.jump(-1))
        steps[fork] = .fork(fork + 1, steps.count)
      }
      for jump in jumps { steps[jump] = .jump(steps.count) }
    case .repetition(let node, let min, let max):
      for _ in 0..<min { node.compile(into: &steps) }
      guard let max else {
        // A loop over something that can match nothing would never end.
        precondition(!node.firstWords.isNullable, "'*' or '+' over an element that can be empty")
        let fork = steps.count
        steps.append(.fork(fork + 1, -1))
        node.compile(into: &steps)
        steps.append(.jump(fork))
        steps[fork] = .fork(fork + 1, steps.count)
        return
      }
      var forks: [Int] = []
      for _ in min..<Swift.max(min, max) {
        forks.append(steps.count)
        steps.append(.fork(steps.count + 1, -1))
        node.compile(into: &steps)
      }
      for fork in forks { steps[fork] = .fork(fork + 1, steps.count) }
    }
  }

  /// The words a match of the node can start with (nil: any word), and whether it can match
  /// no word at all.
  var firstWords: (words: Set<String>?, isNullable: Bool) {
    switch self {
    case .test(.word(let word)): return ([word], false)
    case .test(.words(let words)): return (words, false)
    case .test(.fewWords(let words)): return (Set(words), false)
    case .test: return (nil, false)
    case .refusal: return ([], true)
    case .sequence(let elements):
      var words: Set<String>? = []
      for element in elements {
        let first = element.firstWords
        words = first.words.flatMap { words?.union($0) }
        if !first.isNullable { return (words, false) }
      }
      return (words, true)
    case .alternatives(let options):
      var words: Set<String>? = []
      var isNullable = false
      for option in options {
        let first = option.firstWords
        words = first.words.flatMap { words?.union($0) }
        isNullable = isNullable || first.isNullable
      }
      return (words, isNullable)
    case .repetition(let node, let min, _):
      let first = node.firstWords
      return (first.words, min == 0 || first.isNullable)
    }
  }
}
