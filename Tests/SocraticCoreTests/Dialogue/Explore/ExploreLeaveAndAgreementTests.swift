import Testing

@testable import SocraticCore

/// A stop said with when it holds ("that's me done for now"), a rating left with a short
/// thanks, a "they" taking up one household, a hope never told as an experience, and a point
/// handed back to its owner.
@Suite("Explore leave and agreement")
struct ExploreLeaveAndAgreementTests {
  static let belief = "We should redo the kitchen before we sell the flat."

  @Test(
    "a stop said with how long it holds closes the session",
    arguments: [
      "i think that's me done for now",
      "ok thats me done for tonight",
      "right, that's it from me for today",
    ])
  func stopForNowCloses(line: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["buyers look at the kitchen first, everyone says so"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(script.dialogue.state.phase == .closingSession(.left))
  }

  @Test(
    "a stop someone else is reported saying is told, and the talk goes on",
    arguments: [
      (
        "my dentist says that's it for today, so no more fillings",
        "your dentist says that's it for today"
      ),
      ("the bank told us that's all for now, no second loan", "that's all for now"),
      ("my osteo tells me that's it for today, so no lifting", "that's it for today"),
      ("the tiler's saying that's it for today, so no grouting", "that's it for today"),
    ])
  func reportedStopKeepsTalking(line: String, told: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["buyers look at the kitchen first"])
    let step = script.type(line)
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    let reflections = ExploreScript.reflections(step)
    #expect(reflections.contains { $0.lowercased().contains(told) }, "\(reflections)")
    #expect(script.dialogue.state.phase != .finished)
  }

  @Test(
    "i reckon that's it for today closes the session: the stop is the speaker's",
    arguments: [
      "honestly i reckon that's it for today", "honestly i just think that's it for today",
    ])
  func ownReportedStopCloses(line: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["buyers look at the kitchen first"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(script.dialogue.state.phase == .closingSession(.left))
  }

  @Test("a rating revised as they leave with a short thanks is the one recorded")
  func ratingLeftWithThanks() {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["buyers look at the kitchen first"])
    let step = script.type("prob a 55 now tbh, anyway ta")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(script.dialogue.state.map.confidence == 55)
    #expect(script.dialogue.state.phase == .finished)
  }

  @Test(
    "a they that takes up one household or one person agrees with it",
    arguments: [
      (
        "the estate agent, they keep saying kitchens sell houses",
        "the estate agent keeps saying"
      ),
      ("the landlord, they've put the rent up twice", "the landlord has put the rent up"),
      (
        "the owner of the two cafes, they were really keen on it",
        "the owner of the two cafes was really keen"
      ),
      ("the optician, they were really short with me", "the optician was really short"),
      ("the window cleaner, they keep skipping us", "the window cleaner keeps skipping"),
    ])
  func theyAgreesWithOne(line: String, given: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["buyers look at the kitchen first"])
    let reflections = ExploreScript.reflections(script.type(line))
    #expect(reflections.contains { $0.lowercased().contains(given) }, "\(reflections)")
  }

  @Test(
    "a they that takes up more than one, where they live said after them, keeps the plural",
    arguments: [
      ("the twins next door, they were lovely about it", "the twins next door were lovely"),
      ("the lads upstairs, they are always up late", "the lads upstairs are always up late"),
    ])
  func theyKeepsPluralBeforeWhereTheyLive(line: String, given: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["buyers look at the kitchen first"])
    let reflections = ExploreScript.reflections(script.type(line))
    #expect(reflections.contains { $0.lowercased().contains(given) }, "\(reflections)")
  }

  @Test(
    "a hope or a view is never led in as their experience",
    arguments: [
      "So hopefully the builders are done by march.",
      "So a painted kitchen is better than a new one.",
      "So ideally the worktops get done first.",
    ])
  func hopeIsNoExperience(reflection: String) {
    let said = ["So the oven is ancient.", "You're saying the buyers notice."]
    let given = ReflectionWriter.varied(Reflection(text: reflection, depth: .simple), after: said)
    #expect(given?.text == reflection)
  }

  @Test("a point handed back to its owner is taken off their reasons, the other kept")
  func handedBackPointLeavesTheMap() {
    var script = ExploreScript.questioning(
      Self.belief,
      answers: ["the oven is ancient. and buyers always check the kitchen first"])
    script.type("the buyers thing was my brother's point, not mine")
    let reasons = script.dialogue.state.map.reasons.map(\.text)
    #expect(reasons.contains { $0.contains("the oven is ancient") }, "\(reasons)")
    #expect(!reasons.contains { $0.contains("brother") || $0.contains("buyers") }, "\(reasons)")
  }

  @Test(
    "a reason of theirs beside a point handed back in the same sentence is kept",
    arguments: [
      "the boiler is on its last legs, the resale thing was my sister's point not mine",
      "the worktops are peeling and the open plan thing was my uncle's point not mine",
      "the worktops are peeling but the open plan bit was my uncle's idea, not mine",
    ])
  func ownReasonBesideHandedBack(line: String) {
    var script = ExploreScript.questioning(Self.belief)
    script.type(line)
    let map = script.dialogue.state.map
    let reasons = map.reasons.map(\.text)
    let own =
      line.contains("boiler") ? "the boiler is on its last legs" : "the worktops are peeling"
    #expect(reasons.contains { $0.hasPrefix(own) }, "\(reasons)")
    let theirs = ["sister", "resale", "uncle", "open plan"]
    #expect(!(reasons + map.doubts).contains { item in theirs.contains(where: item.contains) })
  }

  @Test("a feeling named as they move on from a loss is given back before their view again")
  func feelingBeforeMovingOn() {
    var script = ExploreScript.questioning(
      "We should keep the allotment going.",
      answers: ["honestly its been a hard spring, we lost grandad in april"])
    let step = script.type("i guess lonely. and a bit lost down there without him. anyway")
    let reflections = ExploreScript.reflections(step)
    #expect(reflections == ["It sounds like you're feeling lonely."], "\(reflections)")
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.movingOnNotice))
  }

  @Test(
    "asked how the people the belief names see it, the verb agrees with them",
    arguments: [
      ("we should move closer to your parents", "your parents see it"),
      ("you should visit your nan more often", "your nan sees it"),
    ])
  func othersEyesAgree(claim: String, asked: String) {
    let wordings = AnswerFollowUp.livedReasonWordings(
      reason: "they are on their own most days", claim: claim)
    #expect(wordings == ["How do you think \(asked)?"], "\(wordings)")
  }
}
