import SocraticTerminal
import Testing

@Suite("Unicode or ASCII symbols, from the locale")
struct GlyphsTests {
  @Test(
    "the first set of LC_ALL, LC_CTYPE and LANG decides; only a UTF-8 codeset means Unicode",
    arguments: [
      ([:], false),
      (["LANG": "C"], false),
      (["LANG": "POSIX"], false),
      (["LANG": "C.UTF-8"], true),
      (["LANG": "en_GB.utf8"], true),
      (["LANG": "de_DE.UTF-8@euro"], true),
      (["LANG": "en_US.ISO-8859-1"], false),
      (["LANG": "en_US.UTF-8", "LC_CTYPE": "C"], false),
      (["LANG": "C", "LC_CTYPE": "en_US.UTF-8"], true),
      (["LC_ALL": "C", "LC_CTYPE": "en_US.UTF-8", "LANG": "en_US.UTF-8"], false),
      (["LC_ALL": "", "LANG": "en_US.UTF-8"], true),
      (["LANG": "UTF-8"], false),
    ] as [([String: String], Bool)])
  func locale(environment: [String: String], isUTF8: Bool) {
    #expect(Glyphs.isUTF8Locale(environment: environment) == isUTF8)
    #expect(Glyphs.forLocale(environment: environment) == (isUTF8 ? .unicode : .ascii))
  }
}
