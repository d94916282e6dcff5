import Foundation
import Testing

@testable import SocraticCore

/// The shortcuts taken for speed find what the slower comparisons they replace find.
@Suite("Fast text comparisons agree with the slow ones")
struct LowercasedTextTests {
  @Test(
    "a text holds another, case aside, exactly when Foundation's lowercased contains says so",
    arguments: [
      ("Because my cousin lost money", "my cousin lost money"),
      ("my cousin lost money", "Because my cousin lost money"),
      ("I saw it on the News", "on the news"),
      ("on the news", "on the news"),
      ("the ferry sank", ""),
      ("", "ferry"),
      ("the ferry", "ferry sank"),
      ("Caf\u{E9} owners told me", "cafe\u{301} owners"),
      ("cafe owners told me", "caf\u{E9}"),
      ("the cafe\u{301} is shut", "cafe"),
      ("\u{212A}elvin wrote it", "kelvin"),
    ])
  func contains(text: String, part: String) {
    #expect(
      LowercasedText(text).contains(LowercasedText(part))
        == text.lowercased().contains(part.lowercased()))
  }

  @Test(
    "a pattern may start with a word exactly when the word is one it can start with",
    arguments: [
      ("(caf\u{E9}|naive) owners", "cafe\u{301}", true),
      ("(caf\u{E9}|naive) owners", "naive", true),
      ("(caf\u{E9}|naive) owners", "nice", false),
      ("(ferry|tram) sank", "ferry", true),
      ("(ferry|tram) sank", "bus", false),
      ("(ferry|tram) sank", "", false),
      ("(ferry|tram) sank", "\u{E9}t\u{E9}", false),
      ("e\u{301}te\u{301} (ends|ended)", "\u{E9}t\u{E9}", true),
      ("(\u{E9}t\u{E9}|summer) ends", "e\u{301}te\u{301}", true),
    ] as [(String, String, Bool)])
  func patternStarts(pattern: String, word: String, expected: Bool) {
    #expect(TokenPattern(pattern).mayStart(with: word) == expected)
  }
}
