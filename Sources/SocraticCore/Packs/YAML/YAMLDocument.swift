/// A place in a text: a line and a column, both counted from 1. Columns count Unicode scalars,
/// as libyaml does, so a column points at the same character however wide its encoding.
public struct SourcePosition: Sendable, Hashable, Comparable {
  /// The line, from 1.
  public var line: Int
  /// The column, from 1.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The start of a text.
  public static let start = SourcePosition(line: 1, column: 1)

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// A parsed YAML document: every node with its position, kept compactly so a hostile 1 MiB
/// file of tiny nodes stays small in memory.
///
/// Nodes live in one array; a collection's children are a contiguous run of `children`; a
/// scalar's value is a run of `scalarBytes`. An alias is not copied: its place among the
/// children holds the index of the node it refers to.
struct YAMLDocument {
  enum Kind: UInt8 {
    case scalar, sequence, mapping
  }

  /// How a scalar was written, which decides whether `1` is a number or text.
  enum ScalarStyle: UInt8 {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  struct Node {
    var kind: Kind
    var style: ScalarStyle
    /// Whether the node carries an explicit tag such as `!!str`, which packs do not use.
    var isTagged: Bool
    var line: Int32
    var column: Int32
    /// For a scalar, where its value starts in `scalarBytes`; for a collection, where its
    /// children start in `children` (a mapping's alternate key, value, key, value).
    var first: Int32
    var count: Int32
  }

  var nodes: [Node] = []
  var children: [Int32] = []
  var scalarBytes: [UInt8] = []
  /// The root node, or nil when the document is empty.
  var root: Int?

  func position(of node: Int) -> SourcePosition {
    SourcePosition(line: Int(nodes[node].line), column: Int(nodes[node].column))
  }

  func kind(of node: Int) -> Kind { nodes[node].kind }

  /// A scalar's value.
  func string(_ node: Int) -> String {
    let record = nodes[node]
    let start = Int(record.first)
    return String(decoding: scalarBytes[start..<start + Int(record.count)], as: UTF8.self)
  }

  /// Whether a scalar is YAML's null: empty, `~` or `null` written plain.
  func isNull(_ node: Int) -> Bool {
    let record = nodes[node]
    guard record.kind == .scalar, record.style == .plain, record.count <= 4 else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(string(node))
  }

  /// A sequence's items.
  func items(_ node: Int) -> [Int] {
    let record = nodes[node]
    let start = Int(record.first)
    return children[start..<start + Int(record.count)].map { Int($0) }
  }

  /// A mapping's pairs, in the order written.
  func pairs(_ node: Int) -> [(key: Int, value: Int)] {
    let record = nodes[node]
    let start = Int(record.first)
    return stride(from: start, to: start + Int(record.count), by: 2).map {
      (Int(children[$0]), Int(children[$0 + 1]))
    }
  }
}
