/// Decodes `Decodable` values from a parsed `JSONValue`, with the same errors (and coding
/// paths) as Foundation's `JSONDecoder`, so events keep one `Codable` definition.
struct JSONValueDecoder: Decoder {
  let value: JSONValue
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(_ value: JSONValue, codingPath: [any CodingKey] = []) {
    self.value = value
    self.codingPath = codingPath
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object = value else { throw mismatch([String: Any].self, value, codingPath) }
    return KeyedDecodingContainer(KeyedContainer<Key>(object: value, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = value else {
      throw mismatch([Any].self, value, codingPath)
    }
    return UnkeyedContainer(elements: elements, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueContainer(value: value, codingPath: codingPath)
  }
}

private func mismatch(
  _ type: Any.Type, _ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]
) -> DecodingError {
  let path = path()
  if value == .null {
    return .valueNotFound(
      type, .init(codingPath: path, debugDescription: "Expected \(type) but found null."))
  }
  return .typeMismatch(
    type, .init(codingPath: path, debugDescription: "Expected \(type) but found \(value)."))
}

/// Turns a JSON value into a primitive, or says why it is not one. Coding paths are built only
/// for an error: building one for every value read was a good part of the reading time.
private enum Primitive {
  static func bool(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> Bool {
    guard case .bool(let bool) = value else { throw mismatch(Bool.self, value, path()) }
    return bool
  }

  static func string(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws
    -> String
  {
    guard case .string(let string) = value else { throw mismatch(String.self, value, path()) }
    return string
  }

  static func double(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws
    -> Double
  {
    switch value {
    case .double(let double): return double
    case .integer(let integer): return Double(integer)
    default: throw mismatch(Double.self, value, path())
    }
  }

  static func integer<T: FixedWidthInteger>(
    _ type: T.Type, _ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]
  )
    throws -> T
  {
    switch value {
    case .integer(let integer):
      guard let result = T(exactly: integer) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: path(), debugDescription: "\(integer) does not fit in \(T.self)."))
      }
      return result
    case .double(let double):
      guard let result = T(exactly: double) else { throw mismatch(T.self, value, path()) }
      return result
    default:
      throw mismatch(T.self, value, path())
    }
  }

  static func decode<T: Decodable>(
    _ type: T.Type, _ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]
  )
    throws -> T
  {
    // Primitives come straight from the value; everything else decodes itself.
    if T.self == String.self { return try string(value, path()) as! T }
    if T.self == Int.self { return try integer(Int.self, value, path()) as! T }
    if T.self == Bool.self { return try bool(value, path()) as! T }
    return try T(from: JSONValueDecoder(value, codingPath: path()))
  }
}

private struct IndexKey: CodingKey {
  var stringValue: String { "Index \(index)" }
  var intValue: Int? { index }
  let index: Int

  init(index: Int) { self.index = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.index = intValue }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let object: JSONValue
  let codingPath: [any CodingKey]

  var allKeys: [Key] {
    guard case .object(let members) = object else { return [] }
    return members.compactMap { Key(stringValue: $0.key) }
  }

  func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

  private func value(_ key: Key) throws -> JSONValue {
    guard let value = object[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key,
        .init(codingPath: codingPath, debugDescription: "No value for key \"\(key.stringValue)\"."))
    }
    return value
  }

  private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

  func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try Primitive.bool(value(key), path(key))
  }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try Primitive.string(value(key), path(key))
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try Primitive.double(value(key), path(key))
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    Float(try Primitive.double(value(key), path(key)))
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try Primitive.integer(type, value(key), path(key))
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try Primitive.decode(type, value(key), path(key))
  }
  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    guard let value = object[key.stringValue], value != .null else { return nil }
    return try Primitive.string(value, path(key))
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    guard let value = object[key.stringValue], value != .null else { return nil }
    return try Primitive.integer(type, value, path(key))
  }
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let value = object[key.stringValue], value != .null else { return nil }
    return try Primitive.decode(type, value, path(key))
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try JSONValueDecoder(value(key), codingPath: path(key)).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try JSONValueDecoder(value(key), codingPath: path(key)).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    JSONValueDecoder(object["super"] ?? .null, codingPath: codingPath)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    JSONValueDecoder(object[key.stringValue] ?? .null, codingPath: path(key))
  }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
  let elements: [JSONValue]
  let codingPath: [any CodingKey]
  var currentIndex = 0

  init(elements: [JSONValue], codingPath: [any CodingKey]) {
    self.elements = elements
    self.codingPath = codingPath
  }

  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  private mutating func next(_ type: Any.Type) throws -> (JSONValue, [any CodingKey]) {
    let path = codingPath + [IndexKey(index: currentIndex)]
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type, .init(codingPath: path, debugDescription: "Unkeyed container is at end."))
    }
    defer { currentIndex += 1 }
    return (elements[currentIndex], path)
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, elements[currentIndex] == .null else { return false }
    currentIndex += 1
    return true
  }
  mutating func decode(_ type: Bool.Type) throws -> Bool {
    let (value, path) = try next(type)
    return try Primitive.bool(value, path)
  }
  mutating func decode(_ type: String.Type) throws -> String {
    let (value, path) = try next(type)
    return try Primitive.string(value, path)
  }
  mutating func decode(_ type: Double.Type) throws -> Double {
    let (value, path) = try next(type)
    return try Primitive.double(value, path)
  }
  mutating func decode(_ type: Float.Type) throws -> Float {
    let (value, path) = try next(type)
    return Float(try Primitive.double(value, path))
  }
  mutating func decode(_ type: Int.Type) throws -> Int { try integer(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let (value, path) = try next(type)
    return try Primitive.decode(type, value, path)
  }

  private mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    let (value, path) = try next(type)
    return try Primitive.integer(type, value, path)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    let (value, path) = try next([String: Any].self)
    return try JSONValueDecoder(value, codingPath: path).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let (value, path) = try next([Any].self)
    return try JSONValueDecoder(value, codingPath: path).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder {
    let (value, path) = try next(Any.self)
    return JSONValueDecoder(value, codingPath: path)
  }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
  let value: JSONValue
  let codingPath: [any CodingKey]

  func decodeNil() -> Bool { value == .null }
  func decode(_ type: Bool.Type) throws -> Bool { try Primitive.bool(value, codingPath) }
  func decode(_ type: String.Type) throws -> String { try Primitive.string(value, codingPath) }
  func decode(_ type: Double.Type) throws -> Double { try Primitive.double(value, codingPath) }
  func decode(_ type: Float.Type) throws -> Float {
    Float(try Primitive.double(value, codingPath))
  }
  func decode(_ type: Int.Type) throws -> Int { try Primitive.integer(type, value, codingPath) }
  func decode(_ type: Int8.Type) throws -> Int8 { try Primitive.integer(type, value, codingPath) }
  func decode(_ type: Int16.Type) throws -> Int16 { try Primitive.integer(type, value, codingPath) }
  func decode(_ type: Int32.Type) throws -> Int32 { try Primitive.integer(type, value, codingPath) }
  func decode(_ type: Int64.Type) throws -> Int64 { try Primitive.integer(type, value, codingPath) }
  func decode(_ type: UInt.Type) throws -> UInt { try Primitive.integer(type, value, codingPath) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try Primitive.integer(type, value, codingPath) }
  func decode(_ type: UInt16.Type) throws -> UInt16 {
    try Primitive.integer(type, value, codingPath)
  }
  func decode(_ type: UInt32.Type) throws -> UInt32 {
    try Primitive.integer(type, value, codingPath)
  }
  func decode(_ type: UInt64.Type) throws -> UInt64 {
    try Primitive.integer(type, value, codingPath)
  }
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try Primitive.decode(type, value, codingPath)
  }
}
