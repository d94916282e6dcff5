import Testing

@testable import SocraticCore

/// Explore's questions name what they are about: a question they did not follow is asked
/// again plainly, with its referent named; a question that holds two things together names
/// both; a line is asked about only after they drew one; no story is asked for after it was
/// told.
@Suite("Explore names what its questions are about")
struct ExploreReferentTests {
  /// The phrases of questions that hold two things together.
  private static let twoSided = ["sit with", "fit with", "square", "together", "next to your view"]

  @Test("'what do you mean?' after what leads them to it gets the same question plainly")
  func confusionAtTheFirstQuestion() {
    var script = ExploreScript.questioning("Allotments should be free for pensioners.")
    let asked = script.questions.last?.text ?? ""
    let step = script.type("what do you mean?")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.unclearNotice))
    let next = ExploreScript.question(step)?.text ?? ""
    #expect(next != asked)
    #expect(next.contains("allotments should be free for pensioners"), "\(next)")
    #expect(
      next.hasPrefix("Why do you think ") || next.hasPrefix("What is your main reason"), "\(next)")
  }

  @Test("a take-up they did not follow is asked again with both sides named, then gives way")
  func confusionAtATakeUp() {
    var script = ExploreScript.questioning(
      "Self-checkout tills are a bad idea.",
      answers: ["because the machines keep jamming on every bag"])
    let takeUp = script.type("though i admit the queues move faster at lunch")
    let asked = ExploreScript.question(takeUp)?.text ?? ""
    #expect(asked.contains("the queues move faster at lunch"), "\(asked)")
    #expect(asked.contains("self-checkout tills are a bad idea"), "\(asked)")
    let again = script.type("which part?")
    let plain = ExploreScript.question(again)?.text ?? ""
    #expect(plain != asked)
    #expect(plain.hasPrefix("You said the queues move faster at lunch"), "\(plain)")
    #expect(plain.contains("self-checkout tills are a bad idea"), "\(plain)")
    // Lost a second time: an easier question, never the same one a third time.
    let easier = ExploreScript.question(script.type("huh?"))?.text ?? ""
    #expect(!easier.contains("the queues move faster at lunch"), "\(easier)")
  }

  @Test(
    "a point granted against the view is never asked to fit with 'your view' unnamed",
    arguments: [
      "ok the bus drivers are friendly i guess", "fair, some routes did get faster",
      "granted the fares went down last spring",
    ])
  func noFitWithoutBothSides(line: String) {
    var script = ExploreScript.questioning(
      "The buses in this town are getting worse.",
      answers: ["because mine was late four times this week"])
    script.type(line)
    for question in script.questions.map(\.text)
    where Self.twoSided.contains(where: question.lowercased().contains) {
      #expect(question.contains("the buses in this town are getting worse"), "\(question)")
    }
  }

  @Test("'where would you draw the line' is asked only after they drew one")
  func lineOnlyAfterADistinction() {
    let claim = "fast food is bad for kids"
    func gate(_ answer: String) -> ReferentGate {
      ReferentGate(claim: claim, last: AnswerMoveReader.read(answer), lastText: answer)
    }
    let line = "Where would you draw the line, and what makes the difference?"
    #expect(!gate("well not all of it, some places are fine").allows(line))
    #expect(gate("it's fine as long as it is once a month").allows(line))
    #expect(
      gate("well not all of it").allows(
        "Where would you draw the line between a treat and a habit?"))
  }

  @Test(
    "a question pointing at 'that' with nothing named is led in by what they said, or not asked")
  func pointingIsNamed() {
    let said = "the canteen stopped selling chips last year"
    let gate = ReferentGate(
      claim: "fast food is bad for kids", last: AnswerMoveReader.read(said), lastText: said)
    let question = PlannedQuestion(
      Question(kind: .meta, text: "What's behind that, for you?"), source: .followUp)
    #expect(
      gate.named(question).question.text
        == "You said the canteen stopped selling chips last year. What's behind that, for you?")
    let nothing = ReferentGate(
      claim: "fast food is bad for kids", last: AnswerMoveReader.read("hmm"), lastText: "hmm")
    #expect(!nothing.allows("What's behind that, for you?"))
  }

  @Test(
    "no story or origin question after the view's source, a life told or 'i told you'",
    arguments: [
      ("The high street is dying.", ["my union rep says it at every meeting"]),
      ("The high street is dying.", ["drove a delivery van round here for eight years"]),
      ("The high street is dying.", ["because the depot shut", "i told you, the depot shut"]),
    ])
  func noStoryAfterTheStory(belief: String, answers: [String]) {
    var script = ExploreScript.questioning(belief)
    var after: [String] = []
    for answer in answers {
      after.append(ExploreScript.question(script.type(answer))?.text ?? "")
    }
    let next = after.last ?? ""
    #expect(!QuestionIntent.purposes(of: next).contains(.origin), "\(next)")
    #expect(!AnswerGiven.asksForAStory(next), "\(next)")
    #expect(next != "How did you come to know that?", "\(next)")
  }

  @Test(
    "what they set aside before turning to their point is not what the next question asks about",
    arguments: [
      (
        "Cities should ban cars from the centre.",
        "I live in the suburbs myself, so it doesnt affect me much. but the air in the centre is "
          + "filthy because of traffic", "suburbs"
      ),
      (
        "Farms should pay for river cleanups.",
        "I live in the city myself, so it doesnt affect me much. but the river by my gran is "
          + "brown because of slurry", "city"
      ),
    ])
  func asideBeforeTheTurn(belief: String, answer: String, aside: String) {
    var script = ExploreScript.questioning(belief)
    let next = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(!ExploreArc.tellingWordingsOfAnEvent.contains(next), "\(next)")
    #expect(!next.contains(aside), "\(next)")
  }

  @Test(
    "someone's view told with who they are is weighed, named, never asked what happened with them",
    arguments: [
      (
        "Ferries to the island should be free.",
        "my uncle runs the harbour cafe and he reckons free ferries would swamp the place",
        "your uncle"
      ),
      (
        "Schools should start later.",
        "my neighbour is a teacher and she says the kids sleep in class",
        "your neighbour"
      ),
    ])
  func toldViewIsWeighed(belief: String, answer: String, who: String) {
    var script = ExploreScript.questioning(belief)
    let next = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(next.contains(who), "\(next)")
    #expect(!next.contains("happened"), "\(next)")
    #expect(!next.contains("someone to listen to"), "\(next)")
  }

  @Test(
    "a reason opening on 'she' or 'they' is never named away from the answer that said who",
    arguments: [
      ("Rail fares are too high.", "my cousin commutes in because she cannot afford rent there"),
      (
        "Corner shops should get tax breaks.",
        "the owners on my road work all hours and they still barely get by"
      ),
    ])
  func standInReasonNotNamedLater(belief: String, answer: String) {
    var script = ExploreScript.questioning(belief, answers: [answer])
    script.type(Array(repeating: "/skip", count: 7))
    let later = script.questions.dropFirst(2).map(\.text)
    #expect(
      later.allSatisfy { text in !["she", "they"].contains { text.contains("that \($0) ") } },
      "\(later)")
  }

  @Test(
    "a feeling question they did not follow is put plainly, still about the feeling",
    arguments: [
      ("Factory farming should end.", "I feel awful and guilty buying cheap chicken", "awful"),
      ("The pier should be rebuilt.", "honestly i feel gutted every time i walk past it", "gutted"),
    ])
  func confusionAtAFeeling(belief: String, answer: String, feeling: String) {
    var script = ExploreScript.questioning(belief, answers: [answer])
    let asked = script.questions.last?.text ?? ""
    // The feeling is named where the question is asked: in it, or in the reflection just
    // before it that the question points back to.
    let heard = ExploreScript.reflections(script.last).joined(separator: " ") + " " + asked
    let next = ExploreScript.question(script.type("huh?"))?.text ?? ""
    #expect(heard.contains(feeling), "\(heard)")
    #expect(next.contains(feeling), "\(next)")
    #expect(
      !QuestionWording.isNearDuplicate(next, of: [QuestionWording.frame(of: asked)]), "\(next)")
  }

  @Test("a lived line with its 'I' dropped is asked what it showed them, never how they know it")
  func droppedSubjectIsLived() {
    #expect(ExploreArc.isLived("spent twelve years teaching in a primary school"))
    #expect(ExploreArc.isLived("grew up two streets from the mill"))
    #expect(!ExploreArc.isLived("prices went up after the war"))
  }

  @Test("the arc's stock lines are worded anew in a second thread")
  func stockLinesNotRepeatedAcrossThreads() {
    var script = ExploreScript.questioning("Parking fines are too high.")
    let first = script.questions.last?.text ?? ""
    script.type(["/belief", "50", "Libraries should open on Sundays.", "y", "60"])
    let second = script.questions.last?.text ?? ""
    #expect(
      first.hasPrefix("What leads you to think") || first.hasPrefix("Why do you think")
        || first.hasPrefix("What makes you think"), "\(first)")
    let frame = { (text: String) in text.split(separator: " ").prefix(3).joined(separator: " ") }
    #expect(frame(first) != frame(second), "\(first) / \(second)")
  }
}
