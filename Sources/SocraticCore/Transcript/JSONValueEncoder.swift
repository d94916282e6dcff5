/// Encodes `Encodable` values to a `JSONValue`, for `JSONText` to write.
///
/// Foundation's `JSONEncoder` costs several microseconds an event on Linux, which made the
/// JSON export of a 10,000-turn session slower than its target; this encoder and `JSONText`
/// write the same JSON in a fraction of that, from the same `Codable` definitions.
enum JSONValueEncoding {
  /// The value as JSON.
  static func encode(_ value: some Encodable) throws -> JSONValue {
    let node = EncodingNode()
    try node.store(value, codingPath: [])
    return node.frozen
  }
}

/// A value being built: containers add to it in place, however deeply nested.
private final class EncodingNode {
  private enum Kind {
    case empty, value, object, array
  }

  private var kind = Kind.empty
  private var value = JSONValue.null
  private var members: [(key: String, node: EncodingNode)] = []
  private var elements: [EncodingNode] = []

  var frozen: JSONValue {
    switch kind {
    case .empty: .object([])
    case .value: value
    case .object: .object(members.map { ($0.key, $0.node.frozen) })
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

  /// A new member; a key given twice keeps the last value, as a decoder reads it.
  func member(_ key: String) -> EncodingNode {
    let node = EncodingNode()
    members.removeAll { $0.key == key }
    members.append((key, node))
    return node
  }

  func element() -> EncodingNode {
    let node = EncodingNode()
    elements.append(node)
    return node
  }

  var count: Int { kind == .array ? elements.count : members.count }

  func store<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
    switch value {
    case let string as String: set(.string(string))
    case let integer as Int: set(.integer(Int64(integer)))
    case let bool as Bool: set(.bool(bool))
    case let double as Double: set(.double(double))
    default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
    }
  }
}

private struct NodeEncoder: Encoder {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node.asObject(), codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    UnkeyedNodeContainer(node: node.asArray(), codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleNodeContainer(node: node, codingPath: codingPath)
  }
}

private struct ArrayIndexKey: CodingKey {
  var stringValue: String { "Index \(index)" }
  var intValue: Int? { index }
  let index: Int

  init(index: Int) { self.index = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.index = intValue }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) { node.member(key.stringValue).set(.null) }
  mutating func encode(_ value: Bool, forKey key: Key) {
    node.member(key.stringValue).set(.bool(value))
  }
  mutating func encode(_ value: String, forKey key: Key) {
    node.member(key.stringValue).set(.string(value))
  }
  mutating func encode(_ value: Double, forKey key: Key) {
    node.member(key.stringValue).set(.double(value))
  }
  mutating func encode(_ value: Float, forKey key: Key) {
    node.member(key.stringValue).set(.double(Double(value)))
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
    try node.member(key.stringValue).store(value, codingPath: codingPath + [key])
  }

  private func integer<T: BinaryInteger>(_ value: T, _ key: Key) {
    node.member(key.stringValue).set(
      Int64(exactly: value).map(JSONValue.integer) ?? .double(Double(value)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    KeyedEncodingContainer(
      KeyedNodeContainer<NestedKey>(
        node: node.member(key.stringValue).asObject(), codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    UnkeyedNodeContainer(
      node: node.member(key.stringValue).asArray(), codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.member("super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key])
  }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var count: Int { node.count }

  mutating func encodeNil() { node.element().set(.null) }
  mutating func encode(_ value: Bool) { node.element().set(.bool(value)) }
  mutating func encode(_ value: String) { node.element().set(.string(value)) }
  mutating func encode(_ value: Double) { node.element().set(.double(value)) }
  mutating func encode(_ value: Float) { node.element().set(.double(Double(value))) }
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
    let path = codingPath + [ArrayIndexKey(index: count)]
    try node.element().store(value, codingPath: path)
  }

  private func integer<T: BinaryInteger>(_ value: T) {
    node.element().set(Int64(exactly: value).map(JSONValue.integer) ?? .double(Double(value)))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let path = codingPath + [ArrayIndexKey(index: count)]
    return KeyedEncodingContainer(
      KeyedNodeContainer<NestedKey>(node: node.element().asObject(), codingPath: path))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let path = codingPath + [ArrayIndexKey(index: count)]
    return UnkeyedNodeContainer(node: node.element().asArray(), codingPath: path)
  }

  mutating func superEncoder() -> any Encoder {
    let path = codingPath + [ArrayIndexKey(index: count)]
    return NodeEncoder(node: node.element(), codingPath: path)
  }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
  let node: EncodingNode
  let codingPath: [any CodingKey]

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
    try node.store(value, codingPath: codingPath)
  }

  private func integer<T: BinaryInteger>(_ value: T) {
    node.set(Int64(exactly: value).map(JSONValue.integer) ?? .double(Double(value)))
  }
}
