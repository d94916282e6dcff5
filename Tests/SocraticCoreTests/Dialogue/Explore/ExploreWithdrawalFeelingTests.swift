import Testing

@testable import SocraticCore

/// Feelings told by what a person stopped doing or saying, with no feeling word: sleep lost
/// over it, letters left unopened, somewhere no longer gone to, a subject nobody raises at
/// home. Each is named tentatively before anything else; a plain habit is not.
@Suite("Explore names the feeling under a withdrawal or a silence")
struct ExploreWithdrawalFeelingTests {
  private func reflection(_ answer: String) -> String {
    ExploreScript.reflectionAfterLast(
      of: [answer], to: "my sister should sell the house now mum's in a home")
  }

  @Test(
    "what they stopped doing or saying is named as what it weighs",
    arguments: [
      ("tbh im losing a lot of sleep about the whole thing", "weighing on you"),
      ("been losing sleep over it for weeks", "weighing on you"),
      ("i dont even read the emails from the estate agent now", "hard to face"),
      ("i kinda just stopped going round there after xmas", "hard to face"),
      ("we never really talk about it, its like a no go zone", "nobody talks about it"),
      ("nobody in the family brings it up lol", "nobody talks about it"),
    ])
  func named(answer: String, feeling: String) {
    let said = reflection(answer)
    #expect(said.hasPrefix("It sounds like") && said.contains(feeling), "\(said)")
  }

  @Test("a habit dropped for a reason of its own, or talk that goes on, is no feeling")
  func notAFeeling() {
    let said = reflection("we talk about it every sunday and it goes round in circles")
    #expect(!said.contains("nobody talks about it"), "\(said)")
  }

  @Test(
    "a pastime given up or a daily habit told in passing is no dread of the matter",
    arguments: [
      "i stopped going to the gym ages ago so i've got the time to sort it tbh",
      "i dont check my emails on weekends so she texts me about the house",
      "we quit going for walks up there when the dog got old lol",
    ])
  func habitsAreNoDread(answer: String) {
    let said = reflection(answer)
    #expect(!said.contains("hard to face"), "\(said)")
  }
}
