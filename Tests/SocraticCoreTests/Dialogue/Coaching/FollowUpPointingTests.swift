import Testing

@testable import SocraticCore

/// Questions that take up the point of the last reply without its words: they open on "that"
/// standing for it, or name it as an argument or an idea.
@Suite("Follow-ups that point back at the last reply")
struct FollowUpPointingTests {
  @Test(
    "a sentence that opens on 'that' and a verb, or names 'that argument', builds on the reply",
    arguments: [
      "ok but thats not really proof is it. what else have you got?",
      "hmm, that would mean nobody could ever leave. how would that work for you?",
      "so that's the main thing for you?",
      "where did you first come across that argument",
      "is this idea something your family shares?",
    ])
  func pointsBack(question: String) {
    #expect(
      FollowUp.buildsOn(
        question, previous: "Rents only ever go up, so buying is the safe bet.",
        belief: "Everyone should buy a house as soon as they can.")
    )
  }

  @Test(
    "'that' opening a clause or a noun phrase mid-sentence points at nothing said",
    arguments: [
      "what makes you think that everyone can afford a deposit?",
      "how sure are you that prices will keep rising",
    ])
  func pointsAtNothing(question: String) {
    #expect(
      !FollowUp.buildsOn(
        question, previous: "Rents only ever go up, so buying is the safe bet.",
        belief: "Everyone should buy a house as soon as they can.")
    )
  }

  @Test(
    "a word of the reply's root, or another word for its thing, takes the reply up",
    arguments: [
      ("What makes the spending wasteful in your eyes?", "The council wastes money on the ferry."),
      ("Which stores have you seen shut?", "Shops on the high street close every month."),
    ])
  func takesUpInOtherWords(question: String, previous: String) {
    #expect(FollowUp.buildsOn(question, previous: previous, belief: "Town centres are dying."))
  }

  @Test("the belief's own word in another form takes up nothing of the reply")
  func beliefWordInAnotherForm() {
    #expect(
      !FollowUp.buildsOn(
        "What does corruption look like to you?", previous: "Most of them take gifts from donors.",
        belief: "Politicians are corrupt."))
  }
}
