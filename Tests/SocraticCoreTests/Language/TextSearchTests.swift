import Foundation
import Testing

@testable import SocraticCore

@Suite("TextSearch")
struct TextSearchTests {
  /// Texts and parts: found at the start, the end and the middle, after a false start, in
  /// another case, empty, longer than the text, and with letters outside ASCII on either side.
  static let pairs: [(String, String)] = [
    ("how sure are you", "how sure"), ("the kettle is cold", "cold"),
    ("aaab", "aab"), ("the tram , the bus", " ,"), ("How sure are you", "how sure"),
    ("a short line", ""), ("", "tea"), ("tea", "teapot"), ("the café is shut", "café"),
    ("the cafe\u{301} is shut", "caf\u{E9}"), ("naïve plans", "plans"), ("plain words", "naïve"),
  ]

  @Test("finds a part where Foundation's contains does", arguments: pairs)
  func agreesWithContains(text: String, part: String) {
    #expect(text.includes(part) == text.contains(part))
  }

  /// Words and runs to find in them: at the start, the end and the middle, after a false start,
  /// empty, longer than the words, and not there.
  static let wordRuns: [([String], [String])] = [
    (["how", "sure", "are", "you"], ["how", "sure"]), (["the", "kettle", "is", "cold"], ["cold"]),
    (["a", "a", "a", "b"], ["a", "a", "b"]), (["tea", "or", "tea"], ["or", "tea"]),
    (["a", "short", "line"], []), ([], ["tea"]), (["tea"], ["tea", "pot"]),
    (["plain", "words"], ["naïve"]),
  ]

  @Test("finds a run of words where the standard library's firstRange does", arguments: wordRuns)
  func agreesWithFirstRange(words: [String], run: [String]) {
    #expect(words.firstRange(of: run) == Self.libraryFirstRange(words, run))
    let tail = words.dropFirst()
    #expect(tail.firstRange(of: run[...]) == Self.libraryFirstRange(tail, run))
  }

  /// The standard library's search: in a generic context, the words' own overload is not seen.
  private static func libraryFirstRange<Words: Collection>(_ words: Words, _ run: [Words.Element])
    -> Range<Words.Index>? where Words.Element: Equatable
  {
    words.firstRange(of: run)
  }

  /// Words in and out of ASCII, with a capital made of two scalars, digits and a line break.
  static let words = [
    "bitcoin", "Bitcoin", "abc1", "", "\r\n", "Éclair", "E\u{301}clair", "naïve", "A\u{301}",
    "x\u{301}", "it's", "ÜBER", "1st",
  ]

  @Test("reads letters and capitals as Character's properties do", arguments: words)
  func agreesWithCharacterProperties(word: String) {
    #expect(word.isAllLetters == word.allSatisfy(\.isLetter))
    #expect(word.opensUppercase == (word.first?.isUppercase == true))
    #expect(word.letters == String(word.filter(\.isLetter)))
  }
}
