/// Encodes `Encodable` values to a `JSONValue`, for `JSONText` to write.
///
/// Coding paths are not tracked (`codingPath` is always empty): only socratic's own types are
/// encoded here, none of them reads it, and building one for every value cost more than
/// encoding the value.
///
/// Foundation's `JSONEncoder` costs several microseconds an event on Linux, which made the
/// JSON export of a 10,000-turn session slower than its target; this encoder and `JSONText`
/// write the same JSON in a fraction of that, from the same `Codable` definitions.
enum JSONValueEncoding {
  /// The value as JSON.
  static func encode(_ value: some Encodable) throws -> JSONValue {
    let node = EncodingNode()
    try node.store(value)
    return node.frozen
  }
}

/// A value being built: containers add to it in place, however deeply nested. Primitive
/// members and elements are kept as values; only containers get a node of their own.
private final class EncodingNode {
  private enum Kind {
    case empty, value, object, array
  }

  private enum Slot {
    case value(JSONValue)
    case node(EncodingNode)

    var frozen: JSONValue {
      switch self {
      case .value(let value): value
      case .node(let node): node.frozen
      }
    }
  }

  private var kind = Kind.empty
  private var value = JSONValue.null
  private var members: [(key: String, slot: Slot)] = []
  private var elements: [Slot] = []

  var frozen: JSONValue {
    switch kind {
    case .empty: .object([])
    case .value: value
    case .object: .object(members.map { ($0.key, $0.slot.frozen) })
    case .array: .array(elements.map(\.frozen))
    }
  }

  func set(_ primitive: JSONValue) {
    kind = .value
    value = primitive
  }

  /// Makes this node an object (keeping members already added) and returns it.
  func asObject() -> EncodingNode {
    if kind != .object {
      kind = .object
      members = []
    }
    return self
  }

  func asArray() -> EncodingNode {
    if kind != .array {
      kind = .array
      elements = []
    }
    return self
  }

  /// Adds a member. Types encode each key once; a key given twice would be written twice.
  func put(_ value: JSONValue, forKey key: String) {
    members.append((key, .value(value)))
  }

  /// Adds a member to be filled by a container.
  func member(_ key: String) -> EncodingNode {
    let node = EncodingNode()
    members.append((key, .node(node)))
    return node
  }

  func append(_ value: JSONValue) {
    elements.append(.value(value))
  }

  func element() -> EncodingNode {
    let node = EncodingNode()
    elements.append(.node(node))
    return node
  }

  var count: Int { kind == .array ? elements.count : members.count }

  /// The value when it is a primitive, found by comparing metatypes, which is cheap, where a
  /// dynamic cast for every value is not. The bit casts are to the very type just compared.
  static func primitive<T: Encodable>(_ value: T) -> JSONValue? {
    if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
    if T.self == Int.self { return .integer(Int64(unsafeBitCast(value, to: Int.self))) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    return nil
  }

  func store<T: Encodable>(_ value: T) throws {
    if let primitive = Self.primitive(value) {
      set(primitive)
    } else {
      try value.encode(to: NodeEncoder(node: self))
    }
  }
}

private struct NodeEncoder: Encoder {
  let node: EncodingNode
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node.asObject()))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedNodeContainer(node: node.asArray())
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleNodeContainer(node: node)
  }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodingNode
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) { node.put(.null, forKey: key.stringValue) }
  mutating func encode(_ value: Bool, forKey key: Key) {
    node.put(.bool(value), forKey: key.stringValue)
  }
  mutating func encode(_ value: String, forKey key: Key) {
    node.put(.string(value), forKey: key.stringValue)
  }
  mutating func encode(_ value: Double, forKey key: Key) {
    node.put(.double(value), forKey: key.stringValue)
  }
  mutating func encode(_ value: Float, forKey key: Key) {
    node.put(.double(Double(value)), forKey: key.stringValue)
  }
  mutating func encode(_ value: Int, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) { integer(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) { integer(value, key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    if let primitive = EncodingNode.primitive(value) {
      node.put(primitive, forKey: key.stringValue)
    } else {
      try node.member(key.stringValue).store(value)
    }
  }

  private func integer<T: BinaryInteger>(_ value: T, _ key: Key) {
    node.put(
      Int64(exactly: value).map(JSONValue.integer) ?? .double(Double(value)),
      forKey: key.stringValue)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    KeyedEncodingContainer(
      KeyedNodeContainer<NestedKey>(node: node.member(key.stringValue).asObject()))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    UnkeyedNodeContainer(
      node: node.member(key.stringValue).asArray())
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.member("super"))
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: node.member(key.stringValue))
  }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
  let node: EncodingNode
  var codingPath: [any CodingKey] { [] }
  var count: Int { node.count }

  mutating func encodeNil() { node.append(.null) }
  mutating func encode(_ value: Bool) { node.append(.bool(value)) }
  mutating func encode(_ value: String) { node.append(.string(value)) }
  mutating func encode(_ value: Double) { node.append(.double(value)) }
  mutating func encode(_ value: Float) { node.append(.double(Double(value))) }
  mutating func encode(_ value: Int) { integer(value) }
  mutating func encode(_ value: Int8) { integer(value) }
  mutating func encode(_ value: Int16) { integer(value) }
  mutating func encode(_ value: Int32) { integer(value) }
  mutating func encode(_ value: Int64) { integer(value) }
  mutating func encode(_ value: UInt) { integer(value) }
  mutating func encode(_ value: UInt8) { integer(value) }
  mutating func encode(_ value: UInt16) { integer(value) }
  mutating func encode(_ value: UInt32) { integer(value) }
  mutating func encode(_ value: UInt64) { integer(value) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    if let primitive = EncodingNode.primitive(value) {
      node.append(primitive)
    } else {
      try node.element().store(value)
    }
  }

  private func integer<T: BinaryInteger>(_ value: T) {
    node.append(Int64(exactly: value).map(JSONValue.integer) ?? .double(Double(value)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    KeyedEncodingContainer(
      KeyedNodeContainer<NestedKey>(node: node.element().asObject()))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedNodeContainer(node: node.element().asArray())
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.element())
  }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
  let node: EncodingNode
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() { node.set(.null) }
  mutating func encode(_ value: Bool) { node.set(.bool(value)) }
  mutating func encode(_ value: String) { node.set(.string(value)) }
  mutating func encode(_ value: Double) { node.set(.double(value)) }
  mutating func encode(_ value: Float) { node.set(.double(Double(value))) }
  mutating func encode(_ value: Int) { integer(value) }
  mutating func encode(_ value: Int8) { integer(value) }
  mutating func encode(_ value: Int16) { integer(value) }
  mutating func encode(_ value: Int32) { integer(value) }
  mutating func encode(_ value: Int64) { integer(value) }
  mutating func encode(_ value: UInt) { integer(value) }
  mutating func encode(_ value: UInt8) { integer(value) }
  mutating func encode(_ value: UInt16) { integer(value) }
  mutating func encode(_ value: UInt32) { integer(value) }
  mutating func encode(_ value: UInt64) { integer(value) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try node.store(value)
  }

  private func integer<T: BinaryInteger>(_ value: T) {
    node.set(Int64(exactly: value).map(JSONValue.integer) ?? .double(Double(value)))
  }
}
