import Testing

@testable import SocraticCore

/// A reflection gives back what mattered, whole and in plain English: never a frame stacked on
/// their "that", a cut at a slip of typing or at a plan's first item, words said to the
/// listener (an exclamation, a fond word, an apology, a tease), "you think" on what they do,
/// or a point about a word read as a view. Partner's suggested reflection owns a loss told in
/// passing as explore does.
@Suite("A reflection gives back what mattered, whole and in plain English")
struct ReflectionGivesBackWholeTests {
  /// The reflections explore gives to an answer after a belief and a rating.
  private func explored(_ answer: String, belief: String = "Gyms are a waste of money.")
    -> [String]
  {
    var script = ExploreScript.questioning(belief)
    return ExploreScript.reflections(script.type(answer))
  }

  /// The reflection partner suggests to what they said.
  private func suggested(_ line: String) -> String? {
    var script = partnerScript()
    return script.type(line).suggestedReflection
  }

  @Test("a lead that takes a 'that'-clause takes theirs without 'it's'")
  func thatClauseLead() {
    #expect(
      explored("that the contract is the real con, not the gym itself")
        == ["You're saying that the contract is the real con, not the gym."])
  }

  @Test(
    "words said to the listener are never given back as theirs",
    arguments: [
      "wow ok miss fitness has spoken lol",
      "honestly hun i dont know, i just know i sleep better after",
      "soz mate i thought we were finished",
    ])
  func saidToTheListener(_ answer: String) {
    let said = explored(answer)
    #expect(
      !said.contains { line in
        ["wow", "miss", "hun", "soz", "mate", "thought we"].contains { line.contains($0) }
      }, "\(said)")
  }

  @Test("a cut at a comma typed inside a phrase is never given back")
  func strayComma() {
    let said = explored(
      "when i was off for six weeks with, my back the girls from spin kept ringing me")
    #expect(!said.contains { $0.contains("back the girls") }, "\(said)")
  }

  @Test("a plan is never cut to its first item")
  func wholePlan() {
    let said = explored(
      "ok so plan: i freeze the membership, get a bike and see how i go by easter")
    #expect(!said.contains { $0.hasSuffix("freeze the membership.") }, "\(said)")
  }

  @Test("a view held on to keeps 'still'")
  func holdsOn() {
    #expect(
      explored("i still reckon im right tbh. maybe not for everyone tho")
        == ["You're saying you still reckon you're right."])
  }

  @Test(
    "partner gives back what they do as done, never as 'you think'",
    arguments: [
      (
        "i still put two plates out on a sunday, same as when he was here",
        "So you still put two plates out on a sunday."
      ),
      (
        "i still think im right to move. maybe not this year tho",
        "So you still think you're right to move."
      ),
    ])
  func partnerActs(line: String, text: String) {
    #expect(suggested(line) == text)
  }

  @Test("a point about a word is given back as the word going too far")
  func wording() {
    #expect(
      suggested("'everyone' is maybe a bit strong, i just meant most folk round here")
        == "So 'everyone' goes too far for you.")
  }

  @Test(
    "partner frames no tease, apology or exclamation as a view of theirs",
    arguments: ["wow ok miss perfect has spoken", "soz babe i thought we were done"])
  func partnerSaidToTheListener(_ line: String) {
    let said = suggested(line) ?? ""
    #expect(!said.contains("you think") && !said.contains("soz"), "\(said)")
  }

  @Test("partner owns a loss told in passing before the point beside it")
  func partnerLoss() {
    #expect(
      suggested(
        "choir's fine i suppose. after my friend jo died last spring i sat in the car outside the hall for ages before i could go in. never told the others"
      ) == "I'm so sorry about your friend jo.")
  }

  @Test("partner gives back a plan whole or not at all")
  func partnerPlan() {
    let said = suggested(
      "right plan: i tell my boss friday, work my notice, and then im off to spain")
    #expect(said?.hasSuffix("tell your boss friday.") != true, "\(said ?? "")")
  }
}
