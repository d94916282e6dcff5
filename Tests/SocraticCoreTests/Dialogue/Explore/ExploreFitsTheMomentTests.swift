import Testing

@testable import SocraticCore

/// The next move fits what the person just did: the other side's case they put is weighed,
/// not taken for a reason of theirs; a question they puzzled over and answered anyway is not
/// put another way; an easier question is easier; a fact about someone else is not asked
/// after as a feeling; a harm told in passing is stayed with.
@Suite("Explore's next move fits what they just did")
struct ExploreFitsTheMomentTests {
  @Test(
    "the other side's case they put is weighed, never taken for a reason of theirs",
    arguments: [
      "theyd say people block driveways and bus lanes otherwise. and the money has to go on the roads by law apparently",
      "probably that without fines everyone would just dump their car anywhere, the high street was chaos before",
      "that it keeps the bays free for disabled drivers, my aunt cant get a space some days",
    ])
  func otherSideWeighed(answer: String) throws {
    var script = ExploreScript.questioning(
      "Parking fines are just a way for the council to make money.",
      answers: [
        "they hand them out on streets where nobody is in anyones way",
        "i park there for work most days", "made me pretty cynical tbh",
        "maybe if the money went back into the roads", "not sure",
        "the council leader said so on the radio",
      ])
    try #require(
      script.questions.last?.text == "How do you think someone who disagrees with you sees this?")
    let asked = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(ExploreArc.otherSideGivenWordings.contains(asked), "\(asked)")
  }

  @Test(
    "a question they puzzled over and answered anyway is owned without promising another way in",
    arguments: [
      "line between what? like if its once a week fine, every night is where i draw it",
      "what does that even mean lol. the bus fares went up twice and the service got worse",
    ])
  func answeredAnyway(answer: String) {
    var script = ExploreScript.questioning(
      "Buses should be free for everyone.", answers: ["fares are a rip off"])
    let step = script.type(answer)
    let notices = ExploreScript.notices(step)
    #expect(notices.contains(ExploreDialogue.unclearNotice), "\(notices)")
    #expect(!notices.contains { $0.contains("another way in") }, "\(notices)")
  }

  @Test("an easier question after 'idk' asks about their own life, never about putting it in words")
  func easierIsConcrete() {
    let asked = EasierQuestions.question(after: .implications, isAsked: { _ in false })
    #expect(asked?.question.text == "When did this last come up in your own life?")
  }

  @Test(
    "a fact about someone or something else, given as the reason, is not asked after as a feeling",
    arguments: [
      "the camera by the school catches loads of people and the road is dead straight",
      "shes his mum, its her call not mine",
    ])
  func factIsNoFeeling(answer: String) {
    var script = ExploreScript.questioning("Speed cameras are just there to raise money.")
    let asked = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(!asked.contains("What is that like for you?"), "\(asked)")
  }

  @Test(
    "a harm to someone they knew, told in passing, is stayed with before anything new",
    arguments: [
      "idk. a girl off our street got run over outside the chippy when i was 12. i still think about it",
      "dunno really. a lad from my class was knocked down by a van in 1994",
    ])
  func harmStayedWith(answer: String) {
    var script = ExploreScript.questioning(
      "Kids should be allowed to play out on their own.", answers: ["it builds confidence"])
    let step = script.type(answer)
    #expect(ExploreScript.reflections(step) == ["That's awful. I'm sorry."])
    let asked = ExploreScript.question(step)
    #expect(asked?.arc == ExploreArcStep.moment.rawValue)
    // Long past, it is no day-to-day hardship.
    #expect(asked?.text != "What has it been like for you, day to day?")
  }
}
