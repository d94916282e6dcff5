import Testing

@testable import SocraticCore

/// "I'll go" is a plan only when it is going along, never what becomes of them.
@Suite("A plan is given back as they said it")
struct ReflectionPlanWordingTests {
  @Test("'I'll go' with what they will become is no plan to go along")
  func goingUnderIsNoPlan() {
    let answer = "if the council raises the pitch fees again I'll go bust"
    #expect(AnswerMoveReader.read(answer).plan == nil)
    #expect(reflected(answer) != "So you'll go bust.")
  }
}
