import Testing

@testable import SocraticCore

/// Rewrites that name what a question is about and ask with a frame chosen by its type, never
/// the asker's clause pasted into "What would tell you whether …".
@Suite("Rewrites framed by what the question is about")
struct TopicFrameRewriteTests {
  let critic = QuestionCritic()

  private func expectSuggestion(_ question: String, _ suggestion: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.suggestion == suggestion, "\(question)")
    #expect(critic.isOpen(suggestion))
  }

  @Test(
    "a plan the asker shares asks how the person feels about it, without the complaint",
    arguments: [
      (
        "Are we seriously spending Easter with your cousins again?",
        "spending Easter with your cousins"
      ),
      ("Are we really flying to Lisbon for the wedding?", "flying to Lisbon for the wedding"),
      (
        "Are we actually repainting the hallway this weekend?",
        "repainting the hallway this weekend"
      ),
      ("Are we honestly going to host the quiz night again?", "hosting the quiz night"),
      (
        "Are we still going to the allotment every Saturday?",
        "going to the allotment every Saturday"
      ),
      (
        "Are we seriously visiting your gran again on Boxing Day?",
        "visiting your gran on Boxing Day"
      ),
      ("Are we really moving the sofa into the spare room?", "moving the sofa into the spare room"),
      ("Are we actually doing the marathon in April?", "doing the marathon in April"),
      (
        "Are we seriously eating at that burger place again tonight?",
        "eating at that burger place tonight"
      ),
      (
        "Are we really inviting the neighbours to the barbecue?",
        "inviting the neighbours to the barbecue"
      ),
    ])
  func sharedPlan(question: String, act: String) throws {
    try expectSuggestion(question, "How do you feel about \(act)?")
  }

  @Test(
    "what something did for the person asks how it worked out, not what would tell them",
    arguments: [
      ("Has the new job actually been good for you?", "How has the new job worked out for you?"),
      ("Has yoga really helped you?", "How has yoga worked out for you?"),
      ("Did the night course work for you?", "How did the night course work out for you?"),
      (
        "Has the running club been worth it for you?",
        "How has the running club worked out for you?"
      ),
      ("Did the budgeting app actually help you?", "How did the budgeting app work out for you?"),
      ("Has meditation made a difference for you?", "How has meditation worked out for you?"),
      (
        "Was the cooking class any use to you at all?",
        "How did the cooking class work out for you?"
      ),
      ("Has the allotment been good for you?", "How has the allotment worked out for you?"),
      ("Did the physio actually help you?", "How did the physio work out for you?"),
      ("Has swimming paid off for you personally?", "How has swimming worked out for you?"),
    ])
  func experience(question: String, suggestion: String) throws {
    try expectSuggestion(question, suggestion)
  }

  @Test(
    "a purchase doubted asks what made the person want the thing, which presumes no need",
    arguments: [
      ("Do you really need another electric guitar?", "another electric guitar"),
      ("Did you seriously order another pair of boots?", "another pair of boots"),
      ("Do you honestly need a second car?", "a second car"),
      ("Did you really buy a new phone again?", "a new phone"),
      ("Are you seriously going to spend all that on a handbag?", "a handbag"),
      ("Do you really want another tattoo?", "another tattoo"),
      ("Did you actually get a new laptop?", "a new laptop"),
      ("Are you really going to buy that massive telly?", "that massive telly"),
      ("Do you even need more plant pots?", "more plant pots"),
      ("Did you seriously spend your bonus on a drone?", "a drone"),
    ])
  func purchase(question: String, thing: String) throws {
    try expectSuggestion(question, "What made you want \(thing)?")
  }

  @Test(
    "whose fault something is asks what is behind it, never 'whether X or are Y'",
    arguments: [
      (
        "Is the traffic jam the council's fault or the roadworks'?",
        "What do you think is behind the traffic jam?"
      ),
      (
        "Are the price rises caused by the war or by greedy suppliers?",
        "What do you think is behind the price rises?"
      ),
      (
        "Is the delay the builder's fault or the architect's?",
        "What do you think is behind the delay?"
      ),
      (
        "Do you think the flooding is the government's fault or the farmers'?",
        "What do you think is behind the flooding?"
      ),
      (
        "Is the drop in sales because of the weather or the new menu?",
        "What do you think is behind the drop in sales?"
      ),
      (
        "Was the power cut caused by the storm or by the old cables?",
        "What do you think is behind the power cut?"
      ),
      (
        "Is the strike the management's fault or the union's?",
        "What do you think is behind the strike?"
      ),
      ("Is it the coach's fault or are the players just lazy?", "What do you think went wrong?"),
      ("Is it the landlord's fault or is the boiler just old?", "What do you think went wrong?"),
      ("Was it the driver's fault or was the road just icy?", "What do you think went wrong?"),
      ("Is it the chef's fault or are the waiters just slow?", "What do you think went wrong?"),
    ])
  func cause(question: String, suggestion: String) throws {
    try expectSuggestion(question, suggestion)
  }

  @Test(
    "loaded words never survive: a verdict goes, a comparison is weighed, waste is spending",
    arguments: [
      (
        "Don't you think cycling is way healthier than driving?",
        "How do you compare cycling with driving?"
      ),
      (
        "Isn't the office far more social than working from home?",
        "How do you compare the office with working from home?"
      ),
      ("So the moon landing was just made up, was it?", "How do you see the moon landing?"),
      ("Isn't astrology just a fantasy?", "How do you see astrology?"),
      (
        "Isn't the lottery just a waste of money for pensioners?",
        "How do you see the lottery for pensioners?"
      ),
      ("Isn't that diet just a myth?", "How do you see that diet?"),
      (
        "Isn't a gap year a waste of time for most students?",
        "How do you see a gap year for most students?"
      ),
      (
        "Isn't the new stadium just a waste of money?",
        "How do you see the new stadium when it comes to money?"
      ),
      (
        "So you'd rather waste your evening on your phone than read, is that it?",
        "How do you weigh spending your evening on your phone against reading?"
      ),
      (
        "You'd rather waste your pay on scratch cards than save, is that it?",
        "How do you weigh spending your pay on scratch cards against saving?"
      ),
    ])
  func loadedWords(question: String, suggestion: String) throws {
    try expectSuggestion(question, suggestion)
  }

  @Test(
    "the person's habit met with a jab asks what they think about the act, not how long it lasts",
    arguments: [
      ("You're not going to play poker all night again, are you?", "playing poker"),
      ("You're not going to watch cartoons all weekend again, are you?", "watching cartoons"),
      ("You're not seriously going to sleep all day again, are you?", "sleeping"),
      ("You're not going to sing through the whole film again, are you?", "singing"),
      ("You're not going to work every weekend again, are you?", "working"),
    ])
  func plannedAct(question: String, act: String) throws {
    try expectSuggestion(question, "What do you think about \(act)?")
  }

  @Test(
    "the part a thing plays, or a likeness to what came before, asks the person's view of it",
    arguments: [
      ("Do you think talent plays any part at all?", "What part do you think talent plays?"),
      ("Don't you think money plays a bigger role?", "What part do you think money plays?"),
      ("Does the weather play a part in it?", "What part do you think the weather plays?"),
      ("Don't you think parents play a huge role?", "What part do you think parents play?"),
      ("Isn't silver the same though?", "How do you see silver?"),
      ("Isn't renting no different?", "How do you see renting?"),
      ("Isn't the bus just the same?", "How do you see the bus?"),
      ("Isn't the sequel any different?", "How do you see the sequel?"),
      ("Wouldn't you agree the new bridge has helped the town?", "How do you see the new bridge?"),
      ("Don't you agree that board games are obviously better?", "How do you see board games?"),
    ])
  func roleAndLikeness(question: String, suggestion: String) throws {
    try expectSuggestion(question, suggestion)
  }

  @Test(
    "a view put in the person's mouth that names nothing asks them to put it their way",
    arguments: [
      "So you're saying it was all a waste?", "So you think it doesn't matter?",
      "So you mean it's pointless?", "So you're kinda saying it never worked?",
      "So you're basically saying that's fine?",
    ])
  func saidForThem(question: String) throws {
    try expectSuggestion(question, "How would you put that in your own words?")
  }

  @Test(
    "a plain fact or an offer is left alone",
    arguments: [
      "What time does the chemist open on Sundays?", "Do you need a lift to the station?",
      "Could you pass me the pepper?",
    ])
  func leftAlone(question: String) throws {
    #expect(try critic.critique(question).suggestion == nil)
  }
}
