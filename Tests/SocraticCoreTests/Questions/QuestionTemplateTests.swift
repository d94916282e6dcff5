import SocraticCore
import Testing

@Suite("Question templates")
struct QuestionTemplateTests {
  @Test("placeholders are found with their offsets, unknown names included")
  func mentions() {
    let template = QuestionTemplate(kind: .inversion, text: "If {inverted}, what about {clam}?")
    #expect(
      template.mentions == [
        PlaceholderMention(name: "inverted", offset: 3),
        PlaceholderMention(name: "clam", offset: 26),
      ])
    #expect(template.mentions.map(\.placeholder) == [.inverted, nil])
  }

  @Test("braces that do not hold a name are left alone")
  func strayBraces() {
    #expect(QuestionTemplate.mentions(in: "What is {} or { x } or {a b}?").isEmpty)
  }

  @Test("filling puts values in and capitalises a value that starts the question")
  func filling() {
    let values: [Placeholder: String] = [.inverted: "crypto is not a scam", .term: "scam"]
    let middle = QuestionTemplate(kind: .inversion, text: "If {inverted}, what would you see?")
    #expect(
      middle.filled(with: values)
        == Question(kind: .inversion, text: "If crypto is not a scam, what would you see?"))
    let start = QuestionTemplate(kind: .clarification, text: "{term}: what does it mean to you?")
    #expect(start.filled(with: values)?.text == "Scam: what does it mean to you?")
  }

  @Test("a template is skipped when a value it needs is missing or unknown")
  func missingValues() {
    let values: [Placeholder: String] = [.claim: "tea is good"]
    #expect(QuestionTemplate(kind: .meta, text: "Why {topic}?").filled(with: values) == nil)
    #expect(QuestionTemplate(kind: .meta, text: "Why {clam}?").filled(with: values) == nil)
    #expect(QuestionTemplate(kind: .meta, text: "Why ask?").filled(with: [:])?.text == "Why ask?")
  }
}
