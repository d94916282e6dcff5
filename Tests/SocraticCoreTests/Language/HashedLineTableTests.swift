import Testing

@testable import SocraticCore

/// The tagger's weights and the lexicon are found through hash indexes that
/// scripts/hashed_table.py writes: these check that the Swift side hashes and probes as the
/// script does.
@Suite("HashedLineTable")
struct HashedLineTableTests {
  private let table = HashedLineTable(taggerWords, slots: taggerWordSlots)

  /// Every generated table with its index, by name.
  static let generated: [String: (StaticString, StaticString)] = [
    "taggerWords": (taggerWords, taggerWordSlots),
    "wordNetWords": (wordNetWords, wordNetWordSlots),
    "wordNetIrregularVerbs": (wordNetIrregularVerbs, wordNetIrregularVerbSlots),
    "wordNetIrregularForms": (wordNetIrregularForms, wordNetIrregularFormSlots),
  ]

  @Test(
    "finds every key of a generated table, with the value of its first line",
    arguments: generated.keys.sorted())
  func findsEveryKey(name: String) throws {
    let (text, slots) = try #require(Self.generated[name])
    let table = HashedLineTable(text, slots: slots)
    let lines = text.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }.split(separator: "\n")
    var wrong: [String] = []
    var seen: Set<String> = []
    for line in lines {
      let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      let key = String(fields[0])
      // A key on several lines ("installed" of "install" and "instal") finds the first.
      guard seen.insert(key).inserted else { continue }
      let expected = fields.count > 1 ? String(fields[1]) : ""
      let value = table.withValue(forKey: key) { $0.map { String(decoding: $0, as: UTF8.self) } }
      if value != expected { wrong.append(key) }
    }
    #expect(wrong.isEmpty)
    #expect(lines.count > 1_000)
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
