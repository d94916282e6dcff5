import Testing

@testable import SocraticCore

/// What explore does right after the moves a tester saw it get wrong in use: a goodbye in
/// passing, a repeat frame given back empty, a question back that asks what was meant, a
/// defensive line with an answer inside it, a garbled feeling, an announced plan, a feeling
/// taken back, a confidence said in words, a condition read as a concession, an aside to
/// themselves read as a question to the tool.
@Suite("Explore after a tester's session")
struct ExploreAfterUseTests {
  private func session(_ belief: String) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "70"])
    return script
  }

  @Test(
    "a goodbye said in passing closes the session instead of asking on",
    arguments: [
      "the ads are worse than the shows anyway. im kinda done, gotta pick up my daughter",
      "ok i have to go get dinner started",
      "sorry need to run",
      "alright that's enough for today",
    ])
  func leavingInPassing(line: String) {
    var script = session("Streaming services are a rip-off.")
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(ExploreScript.question(step) == nil)
  }

  @Test("after 'like I said' the new words are given back, never the frame of the repeat")
  func repeatFrameNotGivenBack() {
    var script = session("Four-day weeks make people lazier.")
    script.type("because my cousin's office tried it and nothing got done")
    let step = script.type("a bit. but like i said, the fridays just turned into long weekends")
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.hasSuffix("you said.") }, "\(said)")
    #expect(said.contains { $0.contains("the fridays just turned into long weekends") }, "\(said)")
  }

  @Test(
    "a question that asks what was meant is owned as unclear and asked again, not the purpose answer",
    arguments: ["which reasons?", "what do you mean by that?"])
  func clarificationRequest(line: String) {
    var script = session("Public libraries are a waste of tax money.")
    let step = script.type(line)
    let notices = ExploreScript.notices(step)
    #expect(!notices.contains(where: ExploreDialogue.standAnswers.contains), "\(notices)")
    #expect(!notices.contains(ExploreDialogue.purposeNotice), "\(notices)")
    #expect(notices.contains(ExploreDialogue.unclearNotice), "\(notices)")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "a clarification asked on the way to an answer is no question back; the answer is reflected")
  func clarificationWithAnswer() {
    var script = session("Public libraries are a waste of tax money.")
    let step = script.type(
      "which reasons? the cost mostly. the branch near me sits empty most afternoons")
    let notices = ExploreScript.notices(step)
    #expect(!notices.contains(where: ExploreDialogue.standAnswers.contains), "\(notices)")
    #expect(!ExploreScript.reflections(step).isEmpty)
  }

  @Test(
    "a 'why do you ask' with a defensive line and an answer: one line, then the answer taken up")
  func purposeWithAnswer() {
    var script = session("Schools should drop homework for young kids.")
    script.type("because my daughter cries over worksheets every night")
    let step = script.type(
      "why do you ask? are you trying to get me to say homework is fine. if her teacher showed me it helped, id probably go along with it"
    )
    let notices = ExploreScript.notices(step)
    #expect(notices.contains(ExploreDialogue.purposeNotice))
    #expect(!notices.contains { $0.hasPrefix("I believe you") }, "\(notices)")
    #expect(!notices.contains { $0.hasSuffix(ExploreDialogue.reassuranceNotice) }, "\(notices)")
    let said = ExploreScript.reflections(step)
    #expect(said.contains { $0.contains("if her teacher showed you it helped") }, "\(said)")
  }

  @Test("'I believe you' is said only to someone who hears they are not believed")
  func believedOnlyWhenDoubted() {
    var script = session("My landlord kept my deposit on purpose.")
    script.type("because he never even came to look at the flat")
    let doubted = script.type("you think im making this up?")
    #expect(ExploreScript.notices(doubted).contains { $0.hasPrefix("I believe you.") })
  }

  @Test("a feeling sentence that would open on a preposition is not given back garbled")
  func noPrepositionOpening() {
    var script = session("Kids should pick their own bedtime.")
    script.type("because my son sleeps better when he decides")
    let step = script.type(
      "not much. but then i think about my mother in law frowning at me and i feel kinda silly")
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.hasPrefix("It sounds like about") }, "\(said)")
  }

  @Test("a plan announced with 'here's what I'm gonna do' is given back as the plan, and summed up")
  func announcedPlan() {
    var script = session("My roommate never pulls her weight.")
    script.type("because the dishes sit for days")
    let step = script.type(
      "ok heres what im gonna do. im gonna sit down with her saturday and split the chores on paper"
    )
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.lowercased().contains("here") }, "\(said)")
    #expect(said.contains { $0.contains("sit down with her saturday") }, "\(said)")
    let digest = script.dialogue.state.map.digest
    #expect(digest.contains { $0.heading == "What you might do" }, "\(digest)")
  }

  @Test("a feeling or insight taken back in the same line is neither filed nor reflected")
  func deniedFeeling() {
    var script = session("My friend's new job went to her head.")
    script.type("because she only talks about her salary now")
    let step = script.type(
      "i got passed over twice this year so maybe im envious, nah thats not it")
    let map = script.dialogue.state.map
    #expect(!map.feelings.contains("envious"), "\(map.feelings)")
    #expect(!map.notes.contains { $0.category == .blockage }, "\(map.notes)")
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.contains("envious") }, "\(said)")
  }

  /// A session whose last question asks how sure they are, as sessions before the closing
  /// rating did after a concession.
  private func askedHowSure(_ belief: String) -> ExploreScript {
    ExploreScript.askedHowSure(belief, after: ["because my rent went up twice in a year"])
  }

  @Test("a concession is not asked how sure they are: the closing rating asks it once")
  func concessionAsksNoRating() {
    var script = session("Landlords are greedy.")
    script.type("because my rent went up twice in a year")
    let conceded = script.type("ok thats a fair point, i hadnt thought about the small landlords")
    let asked = ExploreScript.question(conceded)?.text ?? ""
    #expect(!QuestionIntent.purposes(of: asked).contains(.howSure), "\(asked)")
  }

  @Test("a confidence said in words after a question about how sure they are is recorded")
  func confidenceInWords() {
    var script = askedHowSure("Landlords are greedy.")
    let step = script.type("a little. maybe 55 now?")
    let updates = step.events.compactMap { event -> Int? in
      if case .confidence(let value) = event { return value.value }
      return nil
    }
    #expect(updates == [55])
  }

  @Test(
    "'something else' inside a thought is no wish to change the subject",
    arguments: [
      "i guess i assume its the app and not something else. maybe its the exams tho, idk",
      "could be something else entirely, my brother thinks its the diet",
    ])
  func somethingElseIsNoSubjectChange(answer: String) {
    var script = session("Phones are bad for kids.")
    script.type("my lad was up till 3 on it most nights")
    let step = script.type(answer)
    #expect(
      !ExploreScript.notices(step).contains(ExploreDialogue.offTopicNotice),
      "\(ExploreScript.notices(step))")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test("a reason given as 'because of' a long cause is shown as the cause, without its 'of'")
  func becauseOfLongCause() {
    var script = session("Phones are bad for kids.")
    script.type(["its because of how my nephew went quiet after he got his", "/quit", "60"])
    let digest = SessionSummary(ExploreScript.transcript(script.events)).mapDigest
    let reasons = digest.first { $0.heading == "Your reasons" }?.items ?? []
    #expect(reasons.contains { $0.contains("nephew went quiet") }, "\(digest)")
    #expect(!reasons.contains { $0.contains("of how") }, "\(digest)")
  }

  @Test("a rating given as they leave, asked how sure they are, is the closing rating")
  func ratingAsTheyLeave() {
    var script = askedHowSure("Landlords are greedy.")
    let step = script.type("60 say. right i better go, the bus is at 5")
    let after = script.events.compactMap { event -> Int? in
      if case .confidence(let value) = event, value.moment == .after { return value.value }
      return nil
    }
    #expect(after == [60])
    #expect(
      !ExploreScript.notices(step).contains { $0.contains("How confident are you now") },
      "\(ExploreScript.notices(step))")
  }

  @Test(
    "how far the confidence moved, or a count of something, is no confidence",
    arguments: [
      "down by 10 maybe", "a bit, like 15 points less", "maybe 20 lower than before",
      "a little. my landlord has rented to us for 12 years", "not much, we have 3 kids",
    ])
  func changeIsNoRating(answer: String) {
    var script = askedHowSure("Landlords are greedy.")
    let step = script.type(answer)
    #expect(!step.events.contains { if case .confidence = $0 { true } else { false } })
  }

  @Test(
    "a condition with 'I hear it' concedes nothing, and a neutral answer is not asked what seems fair"
  )
  func conditionIsNoConcession() {
    var script = session("Local news is more honest than national news.")
    let step = script.type(
      "if i hear it from a neighbour and not some anchor i believe it more. anchors read scripts")
    #expect(!ExploreScript.reflections(step).contains { $0.contains("rings true") })
    #expect(ExploreScript.question(step)?.text != "What about it seems fair to you?")
  }

  @Test("a question about the topic, with no 'you' in it, is content and not a question back")
  func asideIsNoQuestionBack() {
    var script = session("The housing crash was caused by the banks.")
    let step = script.type(
      "others would blame the buyers. hmm the rate hike was the same spring? not sure")
    #expect(!ExploreScript.notices(step).contains(where: ExploreDialogue.standAnswers.contains))
  }

  @Test("chat fillers are left out of what is given back")
  func fillersLeftOut() {
    var script = session("Delivery apps are ruining restaurants.")
    let step = script.type("the place on my corner closed after two years lol")
    let said = ExploreScript.reflections(step)
    #expect(!said.isEmpty)
    #expect(!said.contains { $0.contains("lol") }, "\(said)")
  }

  @Test("the part before a 'but' is never given back without what follows it")
  func contrastKept() {
    var script = session("Influencers are bad for teenagers.")
    let step = script.type("maybe the ads are annoying, but not harmful exactly")
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.hasSuffix("annoying.") }, "\(said)")
  }
}
