extension JSONValueDecoder {
  /// The elements of a JSON array, read in order.
  struct UnkeyedContainer: UnkeyedDecodingContainer {
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

  /// A single JSON value, read as one primitive or value.
  struct SingleValueContainer: SingleValueDecodingContainer {
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
    func decode(_ type: Int16.Type) throws -> Int16 {
      try Primitive.integer(type, value, codingPath)
    }
    func decode(_ type: Int32.Type) throws -> Int32 {
      try Primitive.integer(type, value, codingPath)
    }
    func decode(_ type: Int64.Type) throws -> Int64 {
      try Primitive.integer(type, value, codingPath)
    }
    func decode(_ type: UInt.Type) throws -> UInt { try Primitive.integer(type, value, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 {
      try Primitive.integer(type, value, codingPath)
    }
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
}
