extension JSONValueDecoder {
  /// The fields of a JSON object, read by key.
  struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
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
          .init(
            codingPath: codingPath, debugDescription: "No value for key \"\(key.stringValue)\"."))
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
}
