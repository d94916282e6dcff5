import Testing

@testable import SocraticCore

/// The tagger's weights are found through a hash index that scripts/train-tagger.py writes:
/// these check that the Swift side hashes and probes as the script does.
@Suite("HashedLineTable")
struct HashedLineTableTests {
  private let table = HashedLineTable(taggerWords, slots: taggerWordSlots)

  @Test("finds every line of the tagger's weights by its key, with its own value")
  func findsEveryKey() {
    let text = taggerWords.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    var found = 0
    var wrong: [String] = []
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      let key = String(fields[0])
      let expected = fields.count > 1 ? String(fields[1]) : ""
      let value = table.withValue(forKey: key) { $0.map { String(decoding: $0, as: UTF8.self) } }
      if value == expected { found += 1 } else { wrong.append(key) }
    }
    #expect(wrong.isEmpty)
    #expect(found > 5_000)
  }

  @Test(
    "finds nothing for a key it does not hold",
    arguments: ["qwxzv", "", "~zzq", "#nvarwq", String(repeating: "a", count: 40)])
  func missing(key: String) {
    #expect(table.withValue(forKey: key) { $0 == nil })
  }

  @Test("a short key built from parts finds the line a whole key finds")
  func shortKey() {
    var key = HashedLineTable.ShortKey()
    key.append(UInt8(ascii: "~"))
    key.append("ing".utf8)
    let byParts = table.withValue(forKey: key) { $0.map { Array($0) } }
    let whole = table.withValue(forKey: "~ing") { $0.map { Array($0) } }
    #expect(byParts != nil)
    #expect(byParts == whole)
  }

  @Test("a short key grown past 16 bytes finds nothing")
  func overflowingShortKey() {
    var key = HashedLineTable.ShortKey()
    key.append("~ing".utf8)
    key.append(String(repeating: "x", count: 13).utf8)
    #expect(key.isOverflowing)
    #expect(table.withValue(forKey: key) { $0 == nil })
  }
}
