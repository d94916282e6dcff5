import Testing

@testable import SocraticCore

/// "our kid" names a brother, a sister or a child, as the person uses it: given back as they
/// typed it, in quotation marks, never as "your kid".
@Suite("Reflection: 'our kid' given back as typed")
struct ReflectionOurKidTests {
  @Test("'our kid' is quoted as typed, while 'our' elsewhere turns to 'your'")
  func ourKidQuoted() {
    let said = ExploreScript.reflectionAfterLast(
      of: ["because our kid only lives round the corner and he pops in most nights"],
      to: "my nan should stay in her own flat")
    #expect(said.contains("\"our kid\""), "\(said)")
    #expect(!said.contains("your kid"), "\(said)")
  }
}
