import Testing

@testable import SocraticCore

/// Conversations in which a moment is told without a word for it — loneliness, a death said
/// flatly, a strain at home, money too tight, being judged — or is about the talk itself: a
/// step away, a wavering rating, a goodbye, a question that lost them, being asked again, a
/// grant with its "but". What the person sees in the very next move.
@Suite("Explore answers moments told without naming them")
struct ExploreUnnamedMomentTests {
  /// The reflections and the question a step shows, for the messages of a failing check.
  private static func shown(_ step: DialogueStep) -> String {
    "\(ExploreScript.notices(step)) / \(ExploreScript.question(step)?.text ?? "-")"
  }

  @Test("company that stopped, the hardest time of the week, a stand-in that falls short")
  func loneliness() {
    var script = ExploreScript.questioning("Post offices should stay open in small towns.")
    script.type("its where you hear whats going on")
    var step = script.type("nobody pops round for a brew these days")
    #expect(
      ExploreScript.reflections(step).first?.contains("lonely") == true, "\(Self.shown(step))")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!["know", "weight", "evidence"].contains { asked.contains($0) }, "\(asked)")
    step = script.type("its the sundays mostly")
    #expect(
      ExploreScript.reflections(step).first?.contains("the sundays are the hardest") == true,
      "\(Self.shown(step))")
    #expect(ExploreScript.question(step)?.text.contains("sundays") == true, "\(Self.shown(step))")
    step = script.type("my grandson messages on a saturday. its not the same though")
    #expect(
      ExploreScript.reflections(step).first?.contains("make up for being together") == true,
      "\(Self.shown(step))")
  }

  @Test("a death said flatly with a name is owned by that name, and the next question stays")
  func deathByName() {
    var script = ExploreScript.questioning("Care homes are understaffed.")
    let step = script.type("when bernadette died there was one carer for twenty rooms")
    #expect(ExploreScript.reflections(step).first == "I'm so sorry about Bernadette.")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!["weight", "know", "typical", "most", "evidence"].contains { asked.contains($0) })
    var other = ExploreScript.questioning("Ambulances take too long.")
    let flat = other.type("she died on the floor of the kitchen waiting")
    #expect(ExploreScript.reflections(flat).first?.hasPrefix("I'm so sorry") == true)
  }

  @Test("blame at home, money too tight for someone, being judged: named before any question")
  func strainsAndHardship() {
    var script = ExploreScript.questioning("Diesel cars should not be banned.")
    var step = script.type("my lad thinks im wrecking the planet. he blames me for it")
    #expect(
      ExploreScript.reflections(step).first?.contains("strain between you and him") == true,
      "\(Self.shown(step))")
    step = script.type("my neighbour cant afford a new car let alone an electric one")
    #expect(
      ExploreScript.reflections(step).first?.contains("tight for your neighbour") == true,
      "\(Self.shown(step))")
    #expect(ExploreScript.question(step)?.text == "What does that mean for your neighbour?")
    var judged = ExploreScript.questioning("Shooting estates are good for the countryside.")
    step = judged.type("folk assume anyone who shoots is cruel. im not")
    #expect(
      ExploreScript.reflections(step).first?.contains("judged") == true, "\(Self.shown(step))")
  }

  @Test("a step away is met with 'No rush', the question waits, and the map keeps none of it")
  func pause() {
    var script = ExploreScript.questioning("Homework should be scrapped for under tens.")
    let first = script.type("they need time to just play")
    let waiting = ExploreScript.question(first)?.number
    let step = script.type("sorry one sec the doorbell")
    #expect(ExploreScript.notices(step).map { $0.hasPrefix("No rush") } == [true])
    #expect(ExploreScript.question(step) == nil)
    let back = script.type("they come home shattered as it is")
    let answered = back.events.compactMap { event -> Int? in
      if case .answer(let value) = event { return value.question }
      return nil
    }
    #expect(answered == [waiting].compactMap { $0 })
    #expect(ExploreScript.question(back) != nil)
    let map = script.dialogue.state.map
    #expect(!"\(map)".contains("doorbell"))
  }

  @Test("a rating said with a wavering or a change is given back as said, the last one kept")
  func waveringRatings() {
    var script = ExploreScript()
    script.type(["Zoos should be closed down.", "y"])
    let step = script.type("like 60? maybe 65 idk")
    #expect(ExploreScript.reflections(step).first?.hasPrefix("Somewhere round 60 to 65") == true)
    #expect(script.dialogue.state.map.confidence == 65)
    var asked = ExploreScript.askedHowSure(
      "Zoos should be closed down.", after: ["the animals pace all day"])
    let moved = asked.type("id say 50 now, not 70")
    #expect(ExploreScript.reflections(moved) == ["So 50 now, down from 70."])
    #expect(asked.dialogue.state.map.confidence == 50)
  }

  @Test("a goodbye is thanked and the closing rating asked, once")
  func goodbye() {
    var script = ExploreScript.questioning("Libraries matter more than ever.")
    script.type("its the only warm place some people have")
    let step = script.type("right, that'll do me for tonight. cheers")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(script.dialogue.state.phase == .closingSession(.left))
  }

  @Test("a question that lost them is owned and put again; asked again, they get an apology")
  func lostAndIrked() {
    var script = ExploreScript.questioning("Self-checkouts are a con.")
    script.type("you end up doing the staff's job for free")
    var step = script.type("hmm not really sure what youre getting at love")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.unclearNotice))
    #expect(!ExploreScript.reflections(step).contains { $0.contains("grant") })
    #expect(ExploreScript.question(step) != nil)
    step = script.type("ive told you that twice now")
    #expect(ExploreScript.notices(step).contains { $0.contains("Sorry") }, "\(Self.shown(step))")
  }

  @Test("a grant and the turn after it in a sentence of its own are both given back")
  func grantWithBut() {
    var script = ExploreScript.questioning("Supermarkets overcharge.")
    script.type("the same tin is dearer here than in town")
    let step = script.type("fair enough, the checkout staff are kind. but thats a different thing")
    let said = ExploreScript.reflections(step).first ?? ""
    #expect(said.contains("grant that the checkout staff are kind, but"), "\(said)")
  }
}
