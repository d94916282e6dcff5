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
    // The question now open is the first of its kind: said to be new, kindly.
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.notAskedBeforeNotice))
  }

  /// How a question asked again is owned.
  static let repeatOwned = "I did. Sorry \u{2014} let me ask about something else."

  @Test(
    "a repeat named in a sentence or clause of its own, or asked about, is owned as the tool's",
    arguments: [
      "you already asked me that, its the walk to the bus stop",
      "didnt you already ask that",
      "you've asked me that before. the ice in january",
      "thats the same question again",
    ])
  func ownedWithAnswerAfter(answer: String) {
    var script = ExploreScript.questioning(
      "the council should grit the back lanes", answers: ["my neighbour slipped outside the co-op"])
    let step = script.type(answer)
    #expect(ExploreScript.notices(step).first == Self.repeatOwned, "\(ExploreScript.notices(step))")
    #expect(ExploreScript.question(step) != nil)
  }
}
