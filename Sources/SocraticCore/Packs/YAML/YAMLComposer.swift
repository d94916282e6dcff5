import CLibYAML

/// Reads YAML into a `YAMLDocument` from libyaml's event stream, refusing what a topic pack
/// must never make socratic do: nest without end or expand aliases into gigabytes.
///
/// Every check happens while the events stream in, so a hostile file is refused as soon as it
/// crosses a limit, in time and memory proportional to what was read so far. Nothing recurses,
/// so no input can exhaust the stack.
struct YAMLComposer {
  /// How deep collections may nest; a topic pack needs four levels.
  var maximumDepth = 32
  /// How large the document may grow once every alias is replaced by what it refers to,
  /// in characters.
  var maximumExpandedSize = 1 << 20

  /// Why a document could not be composed.
  struct Failure: Error {
    var problem: PackProblem
  }

  /// Parses one document. Returns the document, or the problem that stopped the parse: a YAML
  /// syntax error or a crossed limit. Problems in what the document says are the caller's.
  func compose(_ bytes: [UInt8]) -> Result<YAMLDocument, YAMLComposer.Failure> {
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      return .failure(
        YAMLComposer.Failure(
          problem: PackProblem(at: nil, "there is not enough memory to read the pack")))
    }
    defer { yaml_parser_delete(parser) }
    return bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
      var state = ComposerState(sourceLength: buffer.count, limits: self)
      return state.run(parser, source: buffer)
    }
  }
}

/// A collection whose end event has not come yet.
private struct OpenCollection {
  var node: Int
  /// Where its children start in `pendingChildren`.
  var firstPending: Int
  var anchor: String?
  /// How much its aliases add to its size once expanded.
  var expansion: Int
  var startIndex: Int
}

private struct ComposerState {
  var document = YAMLDocument()
  var open: [OpenCollection] = []
  /// Children of collections still open, innermost last; moved to `document.children` in one
  /// contiguous run when their collection ends.
  var pendingChildren: [Int32] = []
  /// Each anchor's node and its size with its own aliases expanded.
  var anchors: [String: (node: Int, expandedSize: Int)] = [:]
  var expandedSize: Int
  let limits: YAMLComposer

  init(sourceLength: Int, limits: YAMLComposer) {
    expandedSize = sourceLength
    self.limits = limits
  }

  mutating func run(
    _ parser: UnsafeMutablePointer<yaml_parser_t>, source: UnsafeBufferPointer<UInt8>
  ) -> Result<YAMLDocument, YAMLComposer.Failure> {
    var event = yaml_event_t()
    var documents = 0
    while true {
      guard yaml_parser_parse(parser, &event) == 1 else {
        return .failure(
          YAMLComposer.Failure(problem: Self.syntaxProblem(parser.pointee, source: source)))
      }
      defer { yaml_event_delete(&event) }
      let position = SourcePosition(
        line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
      switch event.type {
      case YAML_STREAM_END_EVENT:
        return .success(document)
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents > 1 {
          return .failure(
            YAMLComposer.Failure(
              problem: PackProblem(
                at: position,
                "a pack is one YAML document, but a second one starts here; remove this '---' "
                  + "and what follows it, or move it to a pack of its own")))
        }
      case YAML_SCALAR_EVENT:
        let scalar = event.data.scalar
        let style: YAMLDocument.ScalarStyle =
          switch scalar.style {
          case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
          case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
          case YAML_LITERAL_SCALAR_STYLE: .literal
          case YAML_FOLDED_SCALAR_STYLE: .folded
          default: .plain
          }
        let first = document.scalarBytes.count
        if let value = scalar.value, scalar.length > 0 {
          document.scalarBytes.append(
            contentsOf: UnsafeBufferPointer(start: value, count: scalar.length))
        }
        let node = append(
          kind: .scalar, style: style, isTagged: scalar.tag != nil, at: position,
          first: first, count: scalar.length)
        finish(
          node, anchor: Self.string(scalar.anchor),
          size: Int(event.end_mark.index) - Int(event.start_mark.index), expansion: 0)
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        if open.count >= limits.maximumDepth {
          return .failure(
            YAMLComposer.Failure(
              problem: PackProblem(
                at: position,
                "the pack nests lists and mappings deeper than \(limits.maximumDepth) levels; "
                  + "a topic pack needs at most 4, so check the indentation and brackets here")))
        }
        let isSequence = event.type == YAML_SEQUENCE_START_EVENT
        let anchor =
          isSequence
          ? Self.string(event.data.sequence_start.anchor)
          : Self.string(event.data.mapping_start.anchor)
        let tag =
          isSequence ? event.data.sequence_start.tag : event.data.mapping_start.tag
        let implicit =
          isSequence ? event.data.sequence_start.implicit : event.data.mapping_start.implicit
        let node = append(
          kind: isSequence ? .sequence : .mapping, style: .plain,
          isTagged: tag != nil && implicit == 0, at: position, first: 0, count: 0)
        open.append(
          OpenCollection(
            node: node, firstPending: pendingChildren.count, anchor: anchor, expansion: 0,
            startIndex: Int(event.start_mark.index)))
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        let collection = open.removeLast()
        let ownChildren = pendingChildren[collection.firstPending...]
        document.nodes[collection.node].first = Int32(document.children.count)
        document.nodes[collection.node].count = Int32(ownChildren.count)
        document.children.append(contentsOf: ownChildren)
        pendingChildren.removeSubrange(collection.firstPending...)
        finish(
          collection.node, anchor: collection.anchor,
          size: Int(event.end_mark.index) - collection.startIndex,
          expansion: collection.expansion)
      case YAML_ALIAS_EVENT:
        let name = Self.string(event.data.alias.anchor) ?? ""
        guard let target = anchors[name] else {
          return .failure(
            YAMLComposer.Failure(
              problem: PackProblem(
                at: position,
                "the alias '*\(name)' refers to no anchor before it; define '&\(name)' on an "
                  + "earlier value, or write the value out here")))
        }
        let aliasSize = Int(event.end_mark.index) - Int(event.start_mark.index)
        let growth = target.expandedSize - aliasSize
        expandedSize += growth
        if expandedSize > limits.maximumExpandedSize {
          return .failure(
            YAMLComposer.Failure(
              problem: PackProblem(
                at: position,
                "the pack's aliases expand it past the \(limits.maximumExpandedSize / 1024) KiB "
                  + "a pack may hold; write the repeated values out once each instead of "
                  + "repeating them through aliases")))
        }
        if !open.isEmpty { open[open.count - 1].expansion += growth }
        place(target.node)
      default:
        continue
      }
    }
  }

  /// Adds a node's record, not yet placed among its parent's children.
  mutating func append(
    kind: YAMLDocument.Kind, style: YAMLDocument.ScalarStyle, isTagged: Bool,
    at position: SourcePosition, first: Int, count: Int
  ) -> Int {
    document.nodes.append(
      YAMLDocument.Node(
        kind: kind, style: style, isTagged: isTagged, line: Int32(clamping: position.line),
        column: Int32(clamping: position.column), first: Int32(first), count: Int32(count)))
    return document.nodes.count - 1
  }

  /// Records a complete node: its anchor, what its aliases add to its parent, and its place.
  mutating func finish(_ node: Int, anchor: String?, size: Int, expansion: Int) {
    if let anchor { anchors[anchor] = (node, size + expansion) }
    if !open.isEmpty { open[open.count - 1].expansion += expansion }
    place(node)
  }

  /// Puts a node among the children of the innermost open collection, or makes it the root.
  mutating func place(_ node: Int) {
    if open.isEmpty {
      document.root = node
    } else {
      pendingChildren.append(Int32(node))
    }
  }

  static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  /// libyaml's error, with the position it points at and a hint at the usual cause.
  static func syntaxProblem(_ parser: yaml_parser_t, source: UnsafeBufferPointer<UInt8>)
    -> PackProblem
  {
    let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
    let mark = parser.problem_mark
    // The reader, which decodes characters, reports a byte offset instead of a mark.
    let position =
      parser.error == YAML_READER_ERROR
      ? SourceText.position(ofByteOffset: parser.problem_offset, in: source)
      : SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    var message = "YAML syntax error: \(problem)"
    if let context = parser.context.map({ String(cString: $0) }) {
      message += " (\(context) that starts at line \(parser.context_mark.line + 1))"
    }
    if let hint = hint(for: problem) { message += "; " + hint }
    return PackProblem(at: parser.error == YAML_MEMORY_ERROR ? nil : position, message)
  }

  private static func hint(for problem: String) -> String? {
    switch problem {
    case "mapping values are not allowed in this context":
      "a text that contains ': ' must be put in quotes"
    case "found character that cannot start any token":
      "indent with spaces, not tabs, and put a text that starts with '@', '`' or '%' in quotes"
    case "found a tab character that violates indentation",
      "found a tab character where an indentation space is expected":
      "indent with spaces, not tabs"
    case "control characters are not allowed":
      "remove the invisible control character here"
    case "did not find expected key", "did not find expected '-' indicator":
      "check that this line is indented like the lines of the same list or mapping"
    case "found unexpected end of stream":
      "a quote or bracket is opened but never closed"
    case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
      "separate the items in brackets with commas, and put a text that contains a comma in quotes"
    case "found undefined tag handle":
      "remove the tag that starts with '!'"
    default: nil
    }
  }
}
