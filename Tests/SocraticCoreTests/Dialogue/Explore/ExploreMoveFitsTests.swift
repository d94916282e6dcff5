import Testing

@testable import SocraticCore

/// The next move fits what was just said: what something is like for them is asked of their own
/// life, once; a death told only as the time of a point is owned in a line and the point is what
/// is taken up.
@Suite("Explore's next move fits what they just said")
struct ExploreMoveFitsTests {
  @Test(
    "a complaint about the world given as a reason is never asked what it is like for them",
    arguments: [
      "our council spends a fortune on consultants and the potholes never get fixed",
      "our council keeps closing the toilets in the park and the bins overflow every weekend",
    ])
  func noFeelingQuestionOnAFact(answer: String) {
    var script = ExploreScript.questioning("Councils waste most of the money they get")
    let step = script.type(answer)
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains("like for you"), "\(asked)")
  }

  @Test("what it is like for them is asked at most once a session")
  func feelingQuestionOnce() {
    var script = ExploreScript.questioning("Councils waste most of the money they get")
    let answers = [
      "i drive a bin lorry for them so i see it every day tbh",
      "idk, i work nights at the depot and we get new vans every year that we dont need",
      "i pay my council tax same as everyone and the bins still get missed lol",
      "honestly i just get wound up, i see the waste up close",
      "maybe some of it is fine, the parks are decent",
    ]
    var asked: [String] = []
    for answer in answers {
      let step = script.type(answer)
      if let question = ExploreScript.question(step) { asked.append(question.text) }
    }
    #expect(asked.filter { $0.contains("like for you") }.count <= 1, "\(asked)")
  }

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
    script.type(
      "my grandad taught me, he passed a few years back. kept every receipt in a shoebox")
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
