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
    guard case .object = value else {
      throw JSONValueDecoder.mismatch([String: Any].self, value, codingPath)
    }
    return KeyedDecodingContainer(KeyedContainer<Key>(object: value, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = value else {
      throw JSONValueDecoder.mismatch([Any].self, value, codingPath)
    }
    return UnkeyedContainer(elements: elements, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueContainer(value: value, codingPath: codingPath)
  }
}

extension JSONValueDecoder {
  /// The error for a value of the wrong type, or null where a value was expected.
  static func mismatch(
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
  enum Primitive {
    static func bool(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws -> Bool
    {
      guard case .bool(let bool) = value else {
        throw JSONValueDecoder.mismatch(Bool.self, value, path())
      }
      return bool
    }

    static func string(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws
      -> String
    {
      guard case .string(let string) = value else {
        throw JSONValueDecoder.mismatch(String.self, value, path())
      }
      return string
    }

    static func double(_ value: JSONValue, _ path: @autoclosure () -> [any CodingKey]) throws
      -> Double
    {
      switch value {
      case .double(let double): return double
      case .integer(let integer): return Double(integer)
      default: throw JSONValueDecoder.mismatch(Double.self, value, path())
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
        guard let result = T(exactly: double) else {
          throw JSONValueDecoder.mismatch(T.self, value, path())
        }
        return result
      default:
        throw JSONValueDecoder.mismatch(T.self, value, path())
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

  /// The coding key of an array element, by its index.
  struct IndexKey: CodingKey {
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
    let index: Int

    init(index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.index = intValue }
  }
}
