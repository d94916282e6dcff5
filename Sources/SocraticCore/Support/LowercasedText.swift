import Foundation

/// Texts compared as the belief map and the answer reader compare what people said: in
/// lowercase, each text lowercased once per comparison rather than once per pair.
///
/// `String.contains` with a string goes through Foundation here (`NSString` bridging and
/// `CFStringFind`), which costs more than the rest of a map's filing; texts of plain ASCII,
/// nearly all typed answers, are searched as bytes, which finds the same.
struct LowercasedText: Sendable {
  /// The text in lowercase.
  let key: String
  private let isASCII: Bool

  init(_ text: String) {
    key = text.lowercased()
    isASCII = key.utf8.allSatisfy { $0 < 0x80 }
  }

  /// Whether the text holds another, case aside: as `String.contains` finds it, so an empty
  /// text is held by none.
  func contains(_ other: LowercasedText) -> Bool {
    guard isASCII, other.isASCII else { return key.contains(other.key) }
    let text = Array(key.utf8)
    let part = Array(other.key.utf8)
    guard !part.isEmpty, part.count <= text.count else { return false }
    for start in 0...(text.count - part.count)
    where text[start] == part[0] && text[start..<start + part.count].elementsEqual(part) {
      return true
    }
    return false
  }
}
