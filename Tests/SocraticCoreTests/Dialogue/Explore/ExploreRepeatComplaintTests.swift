import Testing

@testable import SocraticCore

/// "you already asked that", said with an answer after it, is owned as a question asked again,
/// never with an apology for a question that was unclear.
@Suite("Explore: a complaint of a repeat is no confusion")
struct ExploreRepeatComplaintTests {
  @Test("a repeat complained of, with an answer after it, gets no 'that was unclear'")
  func noUnclearApology() {
    var script = ExploreScript.questioning(
      "My brother should do more of the driving to see mum",
      answers: ["hes got the car and i have to get two buses", "he lives closer than me anyway"])
    let step = script.type(
      "you already asked me that. same question again?? hed say he works weekends")
    #expect(!ExploreScript.notices(step).contains("Sorry, that was unclear."))
    #expect(ExploreScript.notices(step).contains("Fair point. Let me ask something different."))
  }
}
