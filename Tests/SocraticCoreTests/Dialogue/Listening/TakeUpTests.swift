import Testing

@testable import SocraticCore

@Suite("The moments still missed are taken up in the next move")
struct TakeUpTests {
  /// The reflection said after an answer, and the question that takes it up.
  private func nextMove(_ answer: String) -> (reflection: String?, question: String?) {
    let read = AnswerMoveReader.read(answer, expectsReason: true)
    return (
      ReflectionWriter.reflection(of: read)?.text,
      MomentQuestions.question(after: read, isAsked: { _ in false })?.question.text
    )
  }

  @Test(
    "what would change their mind, said as a condition without 'if', is given back as one",
    arguments: [
      (
        "show me one town where rent control worked and sure",
        "So seeing one town where rent control worked would make you think again."
      ),
      (
        "it'd take seeing my own bills go down",
        "So it would take seeing your own bills go down to change your mind."
      ),
      (
        "unless the teachers got a real say, then maybe not",
        "So if the teachers got a real say, you'd see it differently."
      ),
      (
        "If a proper trial found no effect I would drop it",
        "So if a proper trial found no effect, you would drop it."
      ),
    ])
  func condition(answer: String, reflection: String) {
    let read = AnswerMoveReader.read(answer, expectsReason: true)
    #expect(read.moves == [.wouldChangeMind])
    #expect(read.reasons.isEmpty)
    #expect(nextMove(answer).reflection == reflection)
  }

  @Test(
    "a concession is granted back and filed as a doubt, never as a reason",
    arguments: [
      ("ok it did drop a lot last spring", "So you'd grant that it did drop a lot last spring."),
      ("I mean the new park is nice", "So you'd grant that the new park is nice."),
      // Granted without saying what: no filler line, the question asks what.
      ("I'll give you that", nil),
      ("granted, some of the ads were funny", "So you'd grant that some of the ads were funny."),
    ] as [(String, String?)])
  func concession(answer: String, reflection: String?) {
    let read = AnswerMoveReader.read(answer, expectsReason: true)
    #expect(read.moves == [.concession])
    #expect(read.reasons.isEmpty)
    #expect(nextMove(answer).reflection == reflection)
    var map = BeliefMap()
    map.record(read)
    #expect(map.reasons.isEmpty)
  }

  @Test(
    "a wavering said alone is heard as one, not met as a blank",
    arguments: ["maybe?", "perhaps", "that's a good question actually", "hmm good question"])
  func wavering(answer: String) {
    let move = nextMove(answer)
    #expect(AnswerMoveReader.read(answer).isWavering)
    #expect(move.reflection == "It sounds like you're not sure yet.")
    #expect(move.question == "What would help you feel surer, one way or the other?")
  }

  @Test(
    "a mind made up is reflected and asked what holds it, never what would change it",
    arguments: [
      "nothing would change my mind on this", "I'm not changing my mind",
      "honestly my mind is made up", "I won't ever change my mind about it",
    ])
  func firm(answer: String) {
    let move = nextMove(answer)
    #expect(move.reflection == "So your mind is made up on this, and it feels settled to you.")
    #expect(move.question == "What makes it feel so settled for you?")
  }

  @Test("a story told as a reason shows once on the map, as the reason")
  func storyOnce() {
    var map = BeliefMap()
    map.record(AnswerMoveReader.read("because my neighbour lost her job to a robot"))
    #expect(map.reasons.map(\.text) == ["my neighbour lost her job to a robot"])
    #expect(map.reasons.first?.examples == [])
    #expect(map.examples.isEmpty)
  }
}
