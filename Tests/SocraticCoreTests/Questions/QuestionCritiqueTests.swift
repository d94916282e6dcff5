import Foundation
import SocraticCore
import Testing

@Suite("QuestionCritique")
struct QuestionCritiqueTests {
  @Test("its JSON object has exactly the contract's keys, in order, with null for no suggestion")
  func jsonObject() {
    let critique = QuestionCritique(
      question: "Say \"why\"\nplease", form: .open, kind: .evidence, problems: [],
      suggestion: nil)
    #expect(
      critique.jsonObject
        == #"{"question": "Say \"why\"\nplease", "form": "open", "kind": "evidence", "#
        + #""problems": [], "suggestion": null}"#)
  }

  @Test("DESIGN.md's example encodes as the contract shows")
  func designExample() throws {
    let critique = try QuestionCritic().critique("Don't you think crypto is a scam?")
    #expect(
      critique.jsonObject
        == #"{"question": "Don't you think crypto is a scam?", "form": "leading", "#
        + #""kind": "assumptions", "problems": ["negative question that presumes the answer"], "#
        + #""suggestion": "How do you see crypto?"}"#)
  }

  @Test("a reflection has a null kind and a depth; a statement a null kind and no depth")
  func reflectionAndStatement() throws {
    let critic = QuestionCritic()
    #expect(
      try critic.critique("You feel left out at work.").jsonObject
        == #"{"question": "You feel left out at work.", "form": "reflection", "kind": null, "#
        + #""depth": "complex", "problems": [], "suggestion": null}"#)
    #expect(
      try critic.critique("You should see a doctor.").jsonObject
        == #"{"question": "You should see a doctor.", "form": "statement", "kind": null, "#
        + #""problems": ["advice: it tells the person what to do, where a question would draw "#
        + #"out their own ideas"], "suggestion": "What have you thought of trying so far?"}"#)
  }

  @Test("Codable writes the same keys, null included, and reads them back")
  func codable() throws {
    let critique = QuestionCritique(
      question: "Why?", form: .open, kind: .evidence, problems: [], suggestion: nil)
    let data = try JSONEncoder().encode(critique)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(Set(object.keys) == ["question", "form", "kind", "problems", "suggestion"])
    #expect(object["suggestion"] is NSNull)
    #expect(try JSONDecoder().decode(QuestionCritique.self, from: data) == critique)
    let decoded = try JSONDecoder().decode(
      QuestionCritique.self, from: Data(critique.jsonObject.utf8))
    #expect(decoded == critique)
  }

  @Test("a line that is not a question becomes an error object")
  func errorObject() {
    #expect(
      NotAQuestion.empty.jsonObject(question: " ")
        == #"{"question": " ", "error": "There is no question to critique: the text is empty. "#
        + #"Write the question you would ask, such as \"Is crypto a scam?\""}"#)
  }

  @Test("forms are ordered by how far they are from open")
  func formOrder() {
    #expect(QuestionForm.open < .closed)
    #expect(QuestionForm.closed < .leading)
  }
}
