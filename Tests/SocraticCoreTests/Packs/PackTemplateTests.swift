import SocraticCore
import Testing

@Suite("The template for a new pack")
struct PackTemplateTests {
  @Test("the template is a valid pack with the id and a title made from it")
  func templateIsValid() throws {
    let pack = try PackReader.read(
      Array(PackTemplate.text(id: "climate-change").utf8), path: "climate-change.yaml"
    ).get()
    #expect(pack.id == "climate-change")
    #expect(pack.title == "Climate change")
    #expect(Set(pack.questions.map(\.kind)) == Set(QuestionKind.allCases))
  }

  @Test(
    "ids are lowercase letters and digits joined by single hyphens",
    arguments: [
      ("crypto", true), ("ai-regulation", true), ("web3", true), ("Crypto", false),
      ("two words", false), ("-lead", false), ("trail-", false), ("dou--ble", false), ("", false),
      ("é", false), (String(repeating: "a", count: 65), false),
    ])
  func ids(id: String, isValid: Bool) {
    #expect(PackTemplate.isValidID(id) == isValid)
  }

  @Test(
    "an invalid id gets a valid suggestion",
    arguments: [
      ("Climate Change!", "climate-change"), ("???", "my-topic"), ("AI_rules", "ai-rules"),
    ])
  func suggestions(text: String, suggestion: String) {
    #expect(PackTemplate.suggestedID(for: text) == suggestion)
  }
}
