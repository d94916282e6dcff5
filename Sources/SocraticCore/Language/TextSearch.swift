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
