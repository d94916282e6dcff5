import Testing

@testable import SocraticCore

@Suite("Reflections that add what matters to them")
struct MeaningScopeTests {
  let critic = QuestionCritic()

  @Test(
    "what they fear, hope or value, the meaning beyond an event and the cost they grant are a complex reflection, well heard",
    arguments: [
      (
        "idk i got the place at uni but everyone there will already know each other lol",
        "so part of you is scared the friends back home will drift off"
      ),
      (
        "i dont want anyone telling me what i can spend. its my wages",
        "having the final word on your own money matters a lot to you, even if it means some"
          + " nights lying awake"
      ),
      (
        "mum moved into the care home on friday. the bungalow goes on the market next month",
        "sounds like it feels like more than just selling bricks and a garden"
      ),
      (
        "i keep saying ill go back to piano but i never open the lid",
        "you wish the lessons had stuck, even if the practice felt like a chore back then"
      ),
    ])
  func addsWhatMatters(after: String, reflection: String) throws {
    let critique = try critic.critique(reflection, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
    #expect(critique.problems.isEmpty)
    #expect(critique.suggestion == nil)
  }

  @Test("a fact of its own told beside a feeling still adds something they didn't say")
  func newFactBesideAFeeling() throws {
    let critique = try critic.critique(
      "so you're gutted, and your dad took his side at dinner",
      after: "ugh my brother got the job i wanted")
    #expect(critique.problems.contains { $0.hasPrefix("adds something they didn't say") })
  }

  @Test("a conclusion drawn from what they said, ended with 'then', gives it back")
  func conclusionWithThen() throws {
    let critique = try critic.critique(
      "So it's the landlord's fault, then.",
      after: "we lost the deposit cos the landlord never fixed the damp")
    #expect(critique.form == .reflection)
  }
}
