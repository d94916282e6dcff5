import Testing

@testable import SocraticCore

/// What explore does right after an answer asks something of the conversation (to stop, to be
/// heard right, to be asked about something, to be helped with a choice) or owns up to guilt or
/// to doing what they fault; and how its templates treat what the person lived.
@Suite("Explore takes up what the person asks of the conversation")
struct ExploreTurnRequestTests {
  @Test(
    "a stop said as the whole answer closes the session with no question after it",
    arguments: [
      "ok im done", "done", "I'm done.", "enough lol", "okay, finished", "ok thats enough for me",
      "ok thats it for me", "i should go, its late", "I think I've had enough for today",
      "ok i think im good", "ok gotta get back to the shop",
    ])
  func stop(line: String) {
    var script = ExploreScript.questioning("Tipping culture has gotten out of hand.")
    let step = script.type(line)
    #expect(ExploreScript.question(step) == nil)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    // "done" in a sentence tells of something: the questions go on.
    var other = ExploreScript.questioning("Tipping culture has gotten out of hand.")
    #expect(ExploreScript.question(other.type("im done tipping 25% for a muffin")) != nil)
    #expect(script.dialogue.state.phase == .closingSession(.left))
  }

  @Test(
    "a correction is owned, never given back, and they are asked to put it their way",
    arguments: [
      "thats not what i said", "that's not really the point",
      "no, you got it backwards lol",
    ])
  func correction(line: String) {
    var script = ExploreScript.questioning(
      "Landlords should not be allowed to ban pets.", answers: ["because"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step).first == "Sorry, I got that wrong.")
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
    #expect(ExploreScript.question(step)?.text == CorrectionReply.whatWasMissed)
  }

  @Test("a correction with what they meant gives that back and asks what they most want understood")
  func correctionRestated() {
    var script = ExploreScript.questioning("Landlords should not be allowed to ban pets.")
    let step = script.type(
      "thats not what i said. the shelters are full because renters cant keep their dogs")
    let said = ExploreScript.reflections(step)
    #expect(said.count == 1 && said[0].contains("the shelters are full"), "\(said)")
    #expect(!said[0].contains("not what you said"))
    #expect(
      ExploreScript.question(step)?.text
        == "What would you most want me to understand about how you see it?")
  }

  @Test(
    "a request, a question about themselves, guilt or owning up is taken up in the next move",
    arguments: [
      (
        "i kinda want you to ask me about the money thing actually",
        "What would you like to say about the money thing?"
      ),
      ("please ask me about my stepdad", "What would you like to say about your stepdad?"),
      ("so what do i do about my sister", "What do you think you could do about your sister?"),
      ("ok but what should i do", "What do you think you could do about it?"),
      ("am i a hypocrite?", "What makes you ask that about yourself?"),
      ("honestly does that make me the bad guy", "What makes you ask that about yourself?"),
      (
        "we stopped talking and i never told her i was sorry",
        "What stays with you most about it?"
      ),
      ("i feel kinda guilty about it tbh", "What stays with you most about it?"),
      ("i know i know. i order from them too", "How does that sit with you, next to your view?"),
      ("so im part of the problem i guess", "How does that sit with you, next to your view?"),
      ("i caved when my sister begged", "How does that sit with you, next to your view?"),
      ("which was not my proudest moment lol", "How does that sit with you, next to your view?"),
      ("i feel like a hypocrite saying it", "How does that sit with you, next to your view?"),
      ("am i being petty?", "What makes you ask that about yourself?"),
    ])
  func takenUp(line: String, question: String) {
    var script = ExploreScript.questioning(
      "Fast fashion brands should be banned.",
      answers: ["because the factories pay people nothing"])
    let step = script.type(line)
    #expect(ExploreScript.question(step)?.text == question)
    #expect(!ExploreScript.reflections(step).contains { $0.contains("what do you do") })
  }

  @Test("a second request of the same kind gets the other wording, never the same question")
  func secondRequest() {
    var script = ExploreScript.questioning("Fast fashion brands should be banned.")
    let first = script.type("am i a hypocrite?")
    let second = script.type("but seriously am i being a hypocrite")
    #expect(ExploreScript.question(first)?.text == "What makes you ask that about yourself?")
    #expect(ExploreScript.question(second)?.text == "How do the two fit together, for you?")
  }

  @Test(
    "a protest at a close too soon reopens the questions",
    arguments: ["wait what? i wasnt done", "hold on, I'm not finished", "i have more to say"])
  func protest(line: String) {
    // A goodbye closes with no rating asked (`ExploreUnnamedMomentTests`): /quit asks one.
    var script = ExploreScript.questioning(
      "Tipping culture has gotten out of hand.", answers: ["/quit"])
    let step = script.type(line)
    #expect(ExploreScript.notices(step).first == ExploreDialogue.reopeningNotice)
    #expect(ExploreScript.question(step) != nil)
    #expect(script.dialogue.state.phase != .finished)
  }

  @Test("a rating at the close is still a rating, whatever else it says")
  func ratingAtClose() {
    // A goodbye closes with no rating asked (`ExploreUnnamedMomentTests`): /quit asks one.
    var script = ExploreScript.questioning(
      "Tipping culture has gotten out of hand.", answers: ["/quit"])
    script.type("60")
    #expect(script.dialogue.isFinished)
  }

  @Test(
    "what they lived is asked about, never doubted",
    arguments: [
      "because i teach 3rd grade and we lose a month to test prep",
      "my son's school cut recess to fit in more practice tests",
    ])
  func livedNotDoubted(line: String) {
    var script = ExploreScript.questioning("Standardized tests do more harm than good.")
    let asked = ExploreScript.question(script.type(line))?.text ?? ""
    #expect(!asked.hasPrefix("How do you know"), "\(asked)")
    #expect(!asked.hasPrefix("How did you come to know"), "\(asked)")
  }

  @Test(
    "'How do you know that …' takes only a claim that names what it is about",
    arguments: [
      "because that's how markets work", "it's just obvious imo",
      "because you saw what happened to the mills",
    ])
  func noPointerClaims(line: String) {
    var script = ExploreScript.questioning("Free trade killed small towns.")
    let asked = ExploreScript.question(script.type(line))?.text ?? ""
    #expect(!asked.hasPrefix("How do you know that"), "\(asked)")
  }

  @Test(
    "the belief's inversion, in any wording, asks why the opposite might hold",
    arguments: [
      "Why should standardized testing not be abolished?",
      "In what ways should your brother not pay more?",
      "How might college not be a waste of money?",
      "Why would remote work not be better for everyone?",
    ])
  func inversionIntent(text: String) {
    #expect(QuestionIntent(of: text) == .opposite)
  }

  @Test(
    "what it would take, or what would help them feel surer, asks what would change their mind",
    arguments: [
      "What would it take for you to accept that tipping is fine?",
      "What would help you feel surer about it?",
    ])
  func changeMindIntent(text: String) {
    #expect(QuestionIntent(of: text) == .changeMind)
  }

  @Test("what someone else in their story saw is no source they are asked to trust")
  func seenBySomeoneElse() {
    var script = ExploreScript.questioning("Kids should not have tablets before school.")
    let step = script.type("because my niece saw some really disturbing videos at 6")
    #expect(ExploreScript.question(step)?.text.contains("trust") == false)
  }

  @Test("a claim told with what they lived beside it is asked about what they lived, not doubted")
  func claimWithLivedEvidence() {
    var script = ExploreScript.questioning("Transit cuts hurt poor people the most.")
    let step = script.type("they cut the bus routes. my stop went from every 10 min to every hour")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(QuestionIntent.purposes(of: asked).contains(.bearing), "\(asked)")
    #expect(!asked.contains("know"), "\(asked)")
  }

  @Test("in a belief about their own life, what they say of the person in it is not doubted")
  func storyPersonNotDoubted() {
    var script = ExploreScript.questioning("My roommate should pay more of the rent.")
    let step = script.type("because she has the bigger room and her own bathroom")
    #expect(ExploreScript.question(step)?.text.hasPrefix("How do you know") == false)
  }

  @Test("a point granted as a question back is not put in an 'If …'")
  func taggedConcessionNotInIf() {
    var script = ExploreScript.questioning(
      "Working from home makes people lazy.", answers: ["because my team slacks off"])
    let step = script.type("ok yeah that is kind of the point isnt it")
    #expect(ExploreScript.question(step)?.text.hasPrefix("If that") == false)
  }

  @Test("'that's not what i'm saying' is a correction too")
  func correctionSaying() {
    var script = ExploreScript.questioning("The police here need more funding.")
    let step = script.type("that's not what i'm saying. they need enough people to answer calls")
    #expect(
      ExploreScript.notices(step).first
        == "Sorry, I got that wrong \u{2014} they need enough people to answer calls.")
  }

  @Test("a belief about their city is no belief about their own life")
  func sharedPlaceNotPersonal() {
    var script = ExploreScript.questioning("The police in my city need more funding.")
    let step = script.type("response times are awful, nobody came for hours when we called")
    #expect(ExploreScript.question(step)?.text.hasSuffix("would tell it?") == false)
  }

  @Test("what they read somewhere is not asked how typical an experience it is")
  func readIsNoExperience() {
    var script = ExploreScript.questioning("Video games make kids violent.")
    let step = script.type("i read somewhere that the school shooters all played shooters")
    #expect(ExploreScript.question(step)?.text.contains("How typical") == false)
  }
}
