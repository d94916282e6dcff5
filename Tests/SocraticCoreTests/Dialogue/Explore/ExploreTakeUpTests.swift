import Testing

@testable import SocraticCore

/// What explore does right after the moves fresh facilitators saw it get wrong: a filler "idk"
/// met as doubt, an insight filed as a doubt, a question back or a defensive line walked past,
/// feelings named after the person asked not to, a wish to wrap up, a plan, a concession, the
/// same feeling question twice, someone else's tears or view filed as theirs.
@Suite("Explore takes up what the person means")
struct ExploreTakeUpTests {
  private func session(_ belief: String) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "70"])
    return script
  }

  private static let tornQuestion = "What is pulling you each way?"

  @Test(
    "a filler 'idk' before a reason or a story is no wavering, and no one is asked what pulls them each way",
    arguments: [
      "oh idk. maybe because they train on everyone's photos without asking",
      "idk. my cousin paid for the course and never got a job out of it",
      "hardest part idk. probably that half my pay goes to rent",
    ])
  func fillerIsNoWavering(line: String) {
    var script = session("Landlords are ruining this city.")
    let step = script.type(line)
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.contains("not sure") }, "\(said)")
    #expect(ExploreScript.question(step)?.text != Self.tornQuestion)
  }

  @Test("a wavering is given back as what it is about, in their words, never as being torn")
  func waveringByItsContent() {
    var script = session("The count in the last election was rigged.")
    script.type("because the numbers jumped in the middle of the night")
    let step = script.type("ok maybe a little. the recount in one county still bugs me")
    let said = ExploreScript.reflections(step)
    #expect(said.contains { $0.contains("the recount in one county still bugs you") }, "\(said)")
    #expect(!said.contains { $0.contains("where you stand") }, "\(said)")
    #expect(ExploreScript.question(step)?.text != Self.tornQuestion)
  }

  @Test("only someone who names both sides is asked what pulls them each way")
  func tornWhenBothSides() {
    var script = session("Crypto is a scam.")
    script.type("because most coins go to zero")
    let step = script.type("some people do send money home with it, so maybe both")
    #expect(ExploreScript.question(step)?.text == Self.tornQuestion)
  }

  @Test("an insight into themselves is taken up as one and never filed or summed up as a doubt")
  func insightIsNoDoubt() {
    var script = session("Most of the news about prices is spin.")
    script.type("because every channel picks the numbers that suit it")
    let step = script.type("maybe arguing about it just makes me double down, my dad does it too")
    #expect(
      ExploreScript.reflections(step).contains { $0.contains("wondering whether") },
      "\(ExploreScript.reflections(step))")
    #expect(script.dialogue.state.map.doubts.isEmpty, "\(script.dialogue.state.map.doubts)")
    #expect(script.dialogue.state.map.notes.contains { $0.category == .blockage })
  }

  @Test("'why do you ask?' is told what the question is for before it is asked again")
  func purposeQuestion() {
    var script = session("Remote work is bad for new nurses.")
    let asked = script.questions.last?.text
    let step = script.type("why do you ask?")
    #expect(ExploreScript.notices(step).contains { $0.hasPrefix("Fair question. ") })
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.confusedNotice))
    #expect(ExploreScript.question(step)?.text == asked)
  }

  @Test(
    "someone who hears doubt of themselves is reassured in one line and given room, not pushed",
    arguments: [
      "you think im lying?", "are you trying to get me to admit im wrong",
      "so you think i just want him off the road to feel better?",
    ])
  func defensive(line: String) {
    var script = session("The referee fixed the final.")
    script.type("i watched the replay three times")
    let step = script.type(line)
    let notices = ExploreScript.notices(step)
    #expect(notices.contains { $0.hasSuffix(ExploreDialogue.reassuranceNotice) }, "\(notices)")
    #expect(!notices.contains(where: ExploreDialogue.standAnswers.contains))
    #expect(
      ExploreScript.question(step)?.text
        == "What would you most want me to understand about how you see it?")
  }

  @Test("after 'can we not do the feelings thing' no feeling is named, asked about or filed")
  func noFeelingsAfterAsked() {
    var script = session("My brother should help more with our mother.")
    script.type("because i do every appointment and he lives ten minutes away")
    let asked = script.type("can we skip the feelings stuff")
    #expect(ExploreScript.notices(asked).contains(ExploreDialogue.noFeelingsNotice))
    #expect(ExploreScript.reflections(asked).isEmpty, "\(ExploreScript.reflections(asked))")
    let step = script.type("honestly im exhausted, he always has an excuse")
    #expect(
      !ExploreScript.reflections(step).contains { $0.hasPrefix("It sounds like") },
      "\(ExploreScript.reflections(step))")
    #expect(ExploreScript.question(step).map { MomentQuestions.isFeelingQuestion($0.text) } != true)
    #expect(script.dialogue.state.map.feelings.isEmpty)
  }

  @Test(
    "a wish to wrap up goes to the closing rating, never to another question",
    arguments: ["im kinda beat, can we wrap up soon", "lets wrap this up", "cool thanks"])
  func wrapUp(line: String) {
    var script = session("Tipping culture has gone too far.")
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(ExploreScript.question(step) == nil)
  }

  @Test("a plan is given back with its hedge, taken up, and filed as a plan, not a doubt")
  func plan() {
    var script = session("My sister should visit dad more.")
    script.type("because she only comes at christmas")
    let step = script.type("maybe ill call her on sunday and ask straight out")
    #expect(
      ExploreScript.reflections(step).contains {
        $0.hasPrefix("So maybe you'll call her on sunday")
      },
      "\(ExploreScript.reflections(step))")
    #expect(ExploreScript.question(step)?.text == "What would make that easier to do?")
    let map = script.dialogue.state.map
    #expect(map.notes.contains { $0.category == .plan && $0.text.contains("call her") })
    #expect(map.doubts.isEmpty, "\(map.doubts)")
  }

  @Test("a concession is given back as what they granted, never set against their claim")
  func concession() {
    var script = session("Landlords are greedy.")
    script.type("because mine raised the rent twice in one year")
    let step = script.type("ok thats kinda fair actually, not every landlord owns ten flats")
    let said = ExploreScript.reflections(step)
    #expect(said == ["You'd grant that not every landlord owns ten flats."], "\(said)")
  }

  @Test("a feeling is asked about once a session, whichever feeling comes next")
  func oneFeelingQuestion() {
    var script = session("The new stadium is a waste of money.")
    let first = script.type("i'm so angry they closed the library for it")
    let second = script.type("and honestly i'm sad too, i grew up in that library")
    let feelingQuestions = [first, second].compactMap(ExploreScript.question).filter {
      MomentQuestions.isFeelingQuestion($0.text)
    }
    #expect(feelingQuestions.count <= 1, "\(feelingQuestions.map(\.text))")
  }

  @Test("someone else's tears are theirs: no feeling is given to the person")
  func othersFeeling() {
    var script = session("AI art is theft.")
    let step = script.type("my flatmate cried when she found her drawings in one of those apps")
    #expect(
      !ExploreScript.reflections(step).contains { $0.contains("you're feeling") },
      "\(ExploreScript.reflections(step))")
    #expect(script.dialogue.state.map.feelings.isEmpty)
  }

  @Test("a view someone else holds, or one they mock, is never filed as where theirs comes from")
  func reportedViewIsNoSource() {
    var script = session("Bitcoin will replace the dollar.")
    script.type("because they print more money every year")
    script.type("my dad thinks it's a pyramid scheme but he thought that about the internet")
    #expect(script.dialogue.state.map.sources.isEmpty, "\(script.dialogue.state.map.sources)")
    script.type("I read a long article in the Economist about it")
    #expect(!script.dialogue.state.map.sources.isEmpty)
  }

  @Test("sarcasm is never given back as the person's view")
  func sarcasm() {
    var script = session("Phones should be banned in schools.")
    script.type("because kids cant focus for ten minutes anymore")
    let step = script.type("the tech companies lol. as if anyone there cares about grades")
    #expect(
      !ExploreScript.reflections(step).contains { $0.contains("anyone there cares") },
      "\(ExploreScript.reflections(step))")
  }

  @Test(
    "what they would do on a condition is given back as condition and outcome",
    arguments: [
      ("if it was a fiver i would just pay", "So if it was a fiver, you would just pay."),
      ("if it was a fiver id be fine paying", "So if it was a fiver, you'd be fine paying."),
    ])
  func conditionalConcession(line: String, reflection: String) {
    var script = session("Pirating films is fine.")
    script.type("because the studios charge twenty quid for a rental")
    let step = script.type(line)
    #expect(ExploreScript.reflections(step) == [reflection], "\(ExploreScript.reflections(step))")
  }

  @Test("an insight opened with 'idk maybe' is given back from where they name it")
  func insightAfterFiller() {
    var script = session("My dad should stop driving.")
    script.type("because he clipped two parked cars this spring")
    let step = script.type("idk maybe it makes me push harder when he argues")
    #expect(
      ExploreScript.reflections(step) == [
        "It sounds like you're wondering whether it makes you push harder when he argues."
      ], "\(ExploreScript.reflections(step))")
  }

  @Test(
    "a question about the conversation, said without a question mark, is answered, never given back",
    arguments: ["wait why does that matter", "idk what that has to do with anything"])
  func conversationQuestionNotGivenBack(line: String) {
    var script = session("Robots will take most warehouse jobs.")
    script.type("because our depot replaced the pickers with robots last year")
    let step = script.type(line)
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test("'thanks, that helped' goes to the closing rating")
  func thanksCloses() {
    var script = session("My sister should have asked before inviting him.")
    let step = script.type("thanks, that helped")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(ExploreScript.question(step) == nil)
  }

  @Test("a reason that opens with a number keeps it when it is questioned or summed up")
  func numberOpensReason() {
    var script = session("The voting age should be 16.")
    script.type("16 year olds pay tax on their wages so they should get a vote")
    #expect(script.dialogue.state.map.reasons.first?.text.hasPrefix("16 year olds") == true)
  }

  @Test("'I feel' before a word that is no feeling names none: 'every time' is no feeling")
  func feelBeforeAbsolute() {
    var script = session("Eating meat is wrong.")
    script.type("i feel guilty every time i buy bacon")
    #expect(script.dialogue.state.map.feelings == ["guilty"])
  }

  @Test("not following a question is owned and never filed as support")
  func confusionIsNoSupport() {
    var script = session("Israel has the right to defend itself.")
    let step = script.type("idk what that means")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.unclearNotice))
    #expect(script.dialogue.state.map.reasons.isEmpty)
  }

  @Test("a question that quotes them only quotes a phrase, never a clause forced into a slot")
  func noClauseInPhraseSlot() {
    var script = session("Israel has the right to defend itself.")
    script.type("because every country does")
    #expect(!script.questions.contains { $0.text.contains("does weigh") }, "\(script.questions)")
  }

  @Test("someone who told what they saw is not asked for something they have seen")
  func noEvidenceAskedTwice() {
    var script = session("Remote work is bad for new hires.")
    script.type("last spring our new hire sat alone on calls for weeks")
    script.type("?")
    #expect(
      !script.questions.contains {
        $0.text == "What is one thing you have seen or heard yourself that bears on this?"
      })
  }
}

@Suite("A transcript shows what the person was shown")
struct ExploreSaidTests {
  @Test("a line owned after confusion and the goodbye are logged, and show in the transcript")
  func saidLinesAreLogged() {
    var script = ExploreScript()
    script.type(["Tipping has gone too far.", "y", "80"])
    script.type("what?")
    script.type("gotta run, bye")
    let said = script.events.compactMap { event -> String? in
      if case .said(let value) = event { return value.text }
      return nil
    }
    #expect(said.contains(ExploreDialogue.unclearNotice))
    #expect(said.contains(ExploreDialogue.leavingNotice))
    let markdown = MarkdownExporter.render(ExploreScript.transcript(script.events))
    #expect(markdown.contains(ExploreDialogue.leavingNotice), "\(markdown)")
  }
}
