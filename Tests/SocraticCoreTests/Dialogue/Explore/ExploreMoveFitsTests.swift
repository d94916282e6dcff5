import Testing

@testable import SocraticCore

/// The next move fits what was just said: a death told only as the time of a point is owned in
/// a line and the point is taken up; a doubt ending in a laugh is no moving on; a story with no
/// one else in it is not asked how others would tell it.
@Suite("Explore's next move fits what they just said")
struct ExploreMoveFitsTests {
  @Test(
    "a death told only as the time of a concession is owned once, and the concession is taken up",
    arguments: [
      "tbh my gran went down there every friday after grandad died, for her pension and a natter. so fair enough maybe its not just about stamps",
      "i guess my dad used it loads since mum passed, he doesnt do online stuff. so ok maybe it matters for people like him",
    ])
  func backgroundDeath(answer: String) {
    var script = ExploreScript.questioning("The village post office should close")
    let step = script.type(answer)
    let reflections = ExploreScript.reflections(step)
    #expect(reflections.filter { $0.contains("sorry") }.count == 1, "\(reflections)")
    #expect(reflections.count >= 2, "\(reflections)")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!MomentQuestions.asksHowTheyAre(asked), "\(asked)")
    #expect(!asked.contains("like for you"), "\(asked)")
  }

  @Test("a doubt about their view after a hard moment is taken up, never met as moving on")
  func doubtIsNotMovingOn() {
    var script = ExploreScript.questioning("Cash is the best way to budget")
    script.type("i feel really anxious when i cant see the money going")
    let step = script.type(
      "my brother does it all on his phone and he saves more than me tbh, so maybe my way isnt as clever as i think lol"
    )
    let shown = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(!shown.contains(ExploreDialogue.movingOnNotice), "\(shown)")
  }

  @Test("a story with no one else in it is never asked how the others involved would tell it")
  func noOthersInvolved() {
    var script = ExploreScript.questioning(
      "paying by card is the worst way for me to keep track of my spending")
    var asked: [String] = []
    for answer in [
      "i downloaded one of those budget apps last year and never opened it after the first week",
      "with card i just lose track, i checked my statement in march and nearly fell off my chair",
    ] {
      let step = script.type(answer)
      if let question = ExploreScript.question(step) { asked.append(question.text) }
    }
    #expect(!asked.contains { $0.contains("others involved") }, "\(asked)")
  }
}
