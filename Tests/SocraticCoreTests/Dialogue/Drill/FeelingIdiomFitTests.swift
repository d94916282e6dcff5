import Testing

@testable import SocraticCore

/// A belief of these tests' own, held by the persona.
private let allotments = TopicPack(
  id: "allotments", title: "Allotments", version: 1, keywords: ["allotment"],
  beliefs: [
    PackBelief(
      text: "Everyone should grow some of their own vegetables.",
      reasons: ["Digging the plot after work clears my head like nothing else."],
      replies: ["My tomatoes taste better than anything the shop sells."])
  ], questions: [])

@Suite("A feeling idiom given back is a feeling, not a view of the reflection's own")
struct FeelingIdiomFitTests {
  @Test("'your nerves were shot and your heart sank' is welcomed as a complex reflection")
  func idiomWelcomed() throws {
    var script = drill(holdingFirstBeliefOf: allotments)
    let (answer, critique) = try replyAndCritique(
      in: script.type("sounds like your nerves were shot and your heart sank every time"))
    #expect(critique.form == QuestionForm.reflection.rawValue)
    #expect(critique.depth == .complex)
    #expect(answer.text.hasPrefix("Yes, exactly"), "\(answer.text)")
  }
}
