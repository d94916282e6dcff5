import Testing

@testable import SocraticCore

@Suite("A step they voice, however briefly, is given back as theirs")
struct ReflectionVoicedPlanTests {
  @Test(
    "a plan said without its 'I' or as a bare 'I'll go' is heard and given back",
    arguments: [
      ("gonna ring her after tea", "So you're going to ring her after tea."),
      ("ugh. alright. ill go. not a word to my sister", "So you'll go."),
    ])
  func voicedPlan(answer: String, reflection: String) {
    #expect(AnswerMoveReader.read(answer).plan != nil)
    #expect(reflected(answer) == reflection)
  }

  @Test(
    "a plan said without its 'I'm' is kept as they typed it, and given back as theirs",
    arguments: [
      ("gonna phone the vet first thing", "gonna phone the vet first thing"),
      ("right. gonna text my aunt on sunday", "gonna text my aunt on sunday"),
    ])
  func planKeptAsTyped(answer: String, typed: String) {
    #expect(AnswerMoveReader.read(answer).plan == typed)
    #expect(reflected(answer)?.contains("you're going to") == true)
  }

  @Test(
    "going along is a plan; going with a choice or going mad is none",
    arguments: [
      ("fine then. i will go", true),
      ("I'll go with the blue one I think", false),
      ("i will go mad if it rains again", false),
      ("the rain is gonna stop by teatime", false),
    ])
  func goingAlong(answer: String, isPlan: Bool) {
    #expect((AnswerMoveReader.read(answer).plan != nil) == isPlan)
  }
}
