import Testing

@testable import SocraticCore

/// What explore does after pushback: an objection to its own question is owned and the
/// question put again, never read as a claim to probe; a detail the person pushed away is set
/// aside on the map and never asked about again, and the repair gives back what they do mean;
/// a habit of someone they remember is no event to ask "what happened" about.
@Suite("Explore after pushback")
struct ExplorePushbackTests {
  @Test(
    "an objection to the question alone is owned as unclear and never quoted back or probed",
    arguments: [
      "thats a weird question", "what kind of question is that lol", "that makes no sense tbh",
      "theres nothing to hold together??", "odd question tbh", "um that doesnt make sense",
    ])
  func objectionAlone(reply: String) {
    var script = ExploreScript.questioning(
      "Town centres will be empty in ten years.",
      answers: ["i work saturdays at a phone shop and its dead. folk just order online now"])
    let step = script.type(reply)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.unclearNotice))
    #expect(ExploreScript.reflections(step).isEmpty)
    let next = ExploreScript.question(step)?.text ?? ""
    #expect(!next.isEmpty)
    #expect(!next.lowercased().contains("question"), "\(next)")
    #expect(!next.lowercased().contains("sense"), "\(next)")
  }

  @Test(
    "an objection said before their point is a repair, and what follows is what they meant",
    arguments: [
      ("weird question lol. its more that parking costs a fortune now", "parking")
    ])
  func objectionThenPoint(reply: String, point: String) {
    var script = ExploreScript.questioning(
      "Town centres will be empty in ten years.",
      answers: ["i work saturdays at a phone shop and its dead. folk just order online now"])
    let step = script.type(reply)
    let reflections = ExploreScript.reflections(step)
    #expect(reflections.contains { $0.contains(point) }, "\(reflections)")
    let shown = (reflections + [ExploreScript.question(step)?.text ?? ""]).joined(separator: " ")
    #expect(!shown.contains("nothing to square"), "\(shown)")
    #expect(!shown.lowercased().contains("weird"), "\(shown)")
  }

  @Test(
    "a detail pushed away is not given back as their point: the repair names what they mean",
    arguments: [
      (
        "thats not the point, the labrador was just an example. its the mess they leave",
        "Sorry, I got that wrong \u{2014} it's the mess they leave."
      ),
      (
        "thats not the point. im retired now anyway. its about being fair to the ones who waited",
        "Sorry, I got that wrong \u{2014} it's about being fair to the ones who waited."
      ),
    ])
  func repairNamesThePoint(reply: String, shown: String) {
    let reply = CorrectionReply(meant: TurnRequest.restatement(in: reply), apologising: true)
    #expect(reply.text == shown)
  }

  @Test("a detail pushed away is never asked about again in the session")
  func detailSetAside() {
    var script = ExploreScript.questioning(
      "Dogs should be kept on leads in parks.",
      answers: [
        "a big alsatian ran at my little girl last spring. and owners never pick up after them"
      ])
    script.type("thats not the point, the alsatian was just an example. its the mess mostly")
    script.type(
      [
        "you step in it every other day", "idk my neighbour says theyve got to run somewhere",
        "the mess i guess", "if the council put bins everywhere maybe",
      ])
    let later = script.questions.suffix(5).map(\.text)
    #expect(later.allSatisfy { !$0.lowercased().contains("alsatian") }, "\(later)")
    #expect(script.dialogue.state.map.namesSetAside("What was it like with the alsatian?"))
  }

  @Test(
    "a habit of someone they remember is no event: nothing 'happened with' them",
    arguments: [
      "my nan used to make bread every sunday and i'd sit on the counter watching her",
      "my grandad would always take me fishing on saturdays",
      "my mum used to do all our dinners from scratch",
    ])
  func habitIsNoEvent(told: String) {
    #expect(!AnswerFollowUp.tellsAnEvent(told))
    let script = ExploreScript.questioning(
      "Kids should learn to cook at school.",
      answers: [told + ". now half the kids i know think chips come from the freezer lol"])
    let asked = script.questions.map(\.text)
    #expect(asked.allSatisfy { !$0.contains("what happened with") }, "\(asked)")
  }

  @Test("one event with a person of theirs still happened with them")
  func eventStillHappened() {
    #expect(AnswerFollowUp.tellsAnEvent("my nan burnt her hand on the oven last year"))
  }

  @Test(
    "a point given when asked why they think so is never held against their view",
    arguments: [
      "on a friday theres maybe 30 in, ok more like 50 but still. nobody goes out anymore they just sit on their phones"
    ])
  func noInventedTension(answer: String) {
    var script = ExploreScript.questioning("Bowling alleys will all be gone in 20 years.")
    let step = script.type(answer)
    let next = ExploreScript.question(step)?.text ?? ""
    let takeUps = AnswerGiven.takeUpWordings.map {
      $0.components(separatedBy: "{claim}.").last ?? ""
    }
    #expect(!takeUps.contains { next.hasSuffix($0) }, "\(next)")
  }
}
