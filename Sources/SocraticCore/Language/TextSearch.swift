import Foundation

extension String {
  /// Whether the text holds another, case and all, as `contains` finds it (an empty text is
  /// held by none).
  ///
  /// `contains` with a string goes through Foundation here (`NSString` bridging and
  /// `CFStringFind`), which costs more than the checks that call it: texts of plain ASCII, nearly
  /// all that are typed or written in the tables, are searched as bytes, which finds the same.
  func includes(_ part: String) -> Bool {
    let found = utf8.withContiguousStorageIfAvailable { text in
      part.utf8.withContiguousStorageIfAvailable { part in
        Self.asciiSearch(for: part, in: text)
      }
    }
    if case .some(.some(.some(let found))) = found { return found }
    return contains(part)
  }

  /// Whether `part` occurs in `text`, or nil when either is not plain ASCII.
  private static func asciiSearch(
    for part: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>
  ) -> Bool? {
    guard text.allSatisfy({ $0 < 0x80 }), part.allSatisfy({ $0 < 0x80 }) else { return nil }
    guard let first = part.first, part.count <= text.count else { return false }
    var start = 0
    while start <= text.count - part.count {
      if text[start] == first {
        var offset = 1
        while offset < part.count, text[start + offset] == part[offset] { offset += 1 }
        if offset == part.count { return true }
      }
      start += 1
    }
    return false
  }
}

extension String {
  /// Whether every character is a letter, as `allSatisfy(\.isLetter)` finds (an empty text
  /// is): plain ASCII is read as bytes, where a character's properties cost a Unicode table
  /// lookup each, and a rewrite's every word is read so.
  var isAllLetters: Bool {
    let bytes = utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return allSatisfy(\.isLetter) }
    return bytes.allSatisfy(Self.isASCIILetter)
  }

  /// Whether the first character is uppercase, as `first?.isUppercase == true` finds.
  var opensUppercase: Bool {
    guard let byte = utf8.first, byte < 0x80, utf8.dropFirst().first.map({ $0 < 0x80 }) ?? true
    else { return first?.isUppercase == true }
    return (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  /// The letters of the text in order, as `filter(\.isLetter)` keeps them.
  var letters: String {
    let bytes = utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(filter(\.isLetter)) }
    return String(decoding: bytes.filter(Self.isASCIILetter), as: UTF8.self)
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }
}

extension RandomAccessCollection where Element == String, Index == Int {
  /// The first run of these words that is `other`, as the standard library's `firstRange(of:)`
  /// finds it (an empty run is found at the start), which this overload stands in for: that
  /// one is not specialised for words, and looks up its generic types at run time on every
  /// call, which cost the critic more than the search.
  func firstRange<Other: Collection>(of other: Other) -> Range<Int>?
  where Other.Element == String {
    let pattern = Array(other)
    guard let first = pattern.first else { return startIndex..<startIndex }
    guard pattern.count <= count else { return nil }
    for start in startIndex...(endIndex - pattern.count) where self[start] == first {
      var offset = 1
      while offset < pattern.count, self[start + offset] == pattern[offset] { offset += 1 }
      if offset == pattern.count { return start..<(start + pattern.count) }
    }
    return nil
  }
}
