import Testing

@testable import SocraticCore

/// Questions that only look open or closed lead by their shape: disbelief in a joined act, a
/// guessed answer, a needless compulsion, a repeat without exception, a belittled option, blame
/// in a reason clause and praise that means the opposite. Requests and check-ins are closed and
/// fine.
@Suite("Rhetorical, sarcastic and blaming shapes")
struct RhetoricalShapeTests {
  let critic = QuestionCritic()

  /// The form and the first problem's opening words.
  private func expectLeading(_ question: String, _ problem: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.form)")
    #expect(
      critique.problems.first?.hasPrefix(problem) == true, "\(question): \(critique.problems)")
  }

  @Test(
    "'How can you … and' with a verdict or a denial joined is rhetorical",
    arguments: [
      "How can you eat that stuff and call it dinner?",
      "How could you read her letter and say nothing?",
      "How can you watch the news and not get angry?",
      "How can you skip every lecture and expect to pass?",
      "How could you see the bill and still claim it was cheap?",
      "How can you drive a car like that and call yourself careful?",
      "How can you sleep till noon and then tell me you're tired?",
      "How could you hear him out and never think he had a point?",
      "How can you buy fast fashion and pretend you care about the planet?",
      "How can you live in this mess and say it's tidy?",
    ])
  func disbeliefInJoinedAct(question: String) throws {
    try expectLeading(question, "rhetorical question")
  }

  @Test(
    "'what kind of people' that asks which ones they have in mind is open; one that scorns leads",
    arguments: [
      ("what kind of parents are you thinking of?", QuestionForm.open),
      ("what sort of people do you mean?", .open),
      ("what kind of friends were you picturing?", .open),
      ("what kind of parent lets a kid do that?", .leading),
      ("what kind of person forgets a birthday twice?", .leading),
    ])
  func kindOfPeople(question: String, form: QuestionForm) throws {
    #expect(try critic.critique(question).form == form, "\(question)")
  }

  @Test(
    "a question-word question that guesses its own answer after a comma leads",
    arguments: [
      ("Who do you reckon ate the last biscuit, the dog?", "'the dog'"),
      ("What's keeping you up at night, the mortgage?", "'the mortgage'"),
      ("Where do you think the keys went, the moon?", "'the moon'"),
      ("Who pays for all this, the tooth fairy?", "'the tooth fairy'"),
      ("What are you waiting for, an invitation?", "'an invitation'"),
      ("Which bit annoyed you most, the ending?", "'the ending'"),
      ("Who exactly is going to fix the roof, your cousin?", "'your cousin'"),
      ("What did he expect, a medal for showing up?", "'a medal for showing up'"),
      ("Where did all that money come from, a rich uncle?", "'a rich uncle'"),
      ("What's the holdup this time, the traffic?", "'the traffic'"),
    ])
  func offeredAnswer(question: String, guess: String) throws {
    try expectLeading(question, guess + " answers the question for them")
  }

  @Test(
    "a guessed answer's suggestion asks without it",
    arguments: [
      ("What's keeping you up at night, the mortgage?", "What's keeping you up at night?"),
      ("Which bit annoyed you most, the ending?", "Which bit annoyed you most?"),
    ])
  func offeredAnswerSuggestion(question: String, suggestion: String) throws {
    #expect(try critic.critique(question).suggestion == suggestion)
  }

  @Test(
    "a needless compulsion or a 'why can't you just' is a complaint",
    arguments: [
      "Why do you have to slam every door in the house?",
      "Why did you have to tell my sister?",
      "Why must you leave your socks on the stairs?",
      "Why do you always have to be right?",
      "Why can't you just answer the phone?",
      "Why won't you ever let me finish a sentence?",
      "Why do you even have to bring your laptop on holiday?",
      "How come you have to check your phone at the table?",
      "Why must you hum while you read?",
      "Why couldn't you just say sorry?",
    ])
  func compulsion(question: String) throws {
    try expectLeading(question, "'")
    #expect(try critic.critique(question).problems.first?.contains("complaint") == true)
  }

  @Test(
    "'every single' anything in a why-question charges a habit without exception",
    arguments: [
      "Why do you call your mother every single evening?",
      "Why do you check the locks every single night?",
      "Why is the printer jammed every single Monday?",
      "Why do you two argue every single holiday?",
      "Why do we end up at that pub every single birthday?",
      "How come you lose your gloves every single winter?",
      "Why does he bring up money every single visit?",
      "Why do you read the comments every single morning?",
      "Why do you mention her every single time?",
      "Why do you question every single thing I say?",
    ])
  func everySingle(question: String) throws {
    #expect(try critic.critique(question).form == .leading)
  }

  @Test(
    "an either-or whose second option belittles as idle talk or a repeat leads",
    arguments: [
      "Will you book the plumber or just complain about the tap?",
      "Are we going to fix the fence or just talk about it all summer?",
      "Do you plan to apply or just dream about the job?",
      "Are you going to finish the essay or just sit on it again?",
      "Will you actually ring them or just moan about it?",
      "Are you going to clean up or just leave it like last time?",
      "Is he going to pay you back or just pretend he forgot?",
      "Will you train for it or just whine about the hills?",
      "Are they going to change the rules or only talk about change?",
      "Shall we start the diet or just scroll recipes again?",
    ])
  func belittledOption(question: String) throws {
    #expect(try critic.critique(question).form == .leading, "\(question)")
  }

  @Test(
    "plain either-ors with 'just' stay closed",
    arguments: [
      "Should we take the train or just drive?",
      "Shall we cook tonight or just order in?",
      "Do you want to go out or just stay home?",
    ])
  func plainOption(question: String) throws {
    #expect(try critic.critique(question).form == .closed)
  }

  @Test(
    "a yes/no question that blames the listener for what befalls others leads",
    arguments: [
      "Are we going to miss the train because you couldn't find your shoes?",
      "Did the cake burn because you forgot the timer?",
      "Is the car making that noise because you never check the oil?",
      "Was the party cancelled because you told everyone?",
      "Did they lose the client because you missed the call?",
      "Is the baby awake because you slammed the door?",
      "Are the plants dead because you didn't water them?",
      "Will we be broke by March because you bought that boat?",
      "Did Sam leave early because you teased him?",
      "Is the flat freezing because you left the window open?",
    ])
  func blame(question: String) throws {
    try expectLeading(question, "'because you")
  }

  @Test(
    "a guess at the listener's own reason is closed, not blame",
    arguments: [
      "Are you tired because you stayed up late?",
      "Did you quit because you wanted more time with the kids?",
      "Were you nervous because you hadn't met them before?",
    ])
  func ownReason(question: String) throws {
    #expect(try critic.critique(question).form == .closed)
  }

  @Test(
    "praise that means the opposite, with a repeat, is sarcasm",
    arguments: [
      "Oh wonderful, are we eating cold pizza again?",
      "Oh brilliant, is the wifi down again?",
      "Oh perfect, did you lock us out again?",
      "Wow, lovely, are your friends staying over again?",
      "Oh fantastic, is it raining on our day off again?",
      "Oh great, another meeting about meetings?",
      "Oh super, are we visiting the in-laws again?",
      "Oh joy, is the boiler broken again?",
      "Oh marvellous, did the cat bring in another mouse?",
      "Oh nice, are you working late again?",
    ])
  func mockPraise(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(question): \(critique.form)")
    #expect(critique.problems.contains { $0.contains("sarcasm") }, "\(critique.problems)")
  }

  @Test(
    "'actually' after 'you' in a question that asks the person to pick is disbelief",
    arguments: [
      "Tea or coffee, which do you actually like?",
      "Which of the two jobs do you actually want?",
      "The beach or the mountains, which one do you actually enjoy?",
    ])
  func accusingActually(question: String) throws {
    try expectLeading(question, "'actually'")
  }

  @Test(
    "'or not' closing a yes/no question about the listener is closed and named as demanding",
    arguments: [
      "Did you feed the cat or not?", "Did you lock the car or not?",
      "Have you paid the rent or not?", "Do you like her or not?",
      "Will you sign the form or not?", "Did you read my email or not?",
      "Have you booked the tickets or not?", "Were you at the party or not?",
      "Do you want the last slice or not?", "Did you call your dad back or not?",
    ])
  func demandedAnswer(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.first?.contains("'or not' demands the answer") == true)
  }

  @Test(
    "a request is closed, named a request, with no rewrite",
    arguments: [
      "Can you slow down?", "Could you keep it down?", "Can you hurry up?",
      "Could you turn the telly down?", "Can you move over?", "Would you back off?",
      "Could you pass the salt?", "Can you pick me up at six?",
      "Could you take your shoes off?", "Will you put the kettle on please?",
    ])
  func request(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems.first?.hasPrefix("a request") == true, "\(critique.problems)")
    #expect(critique.suggestion == nil)
  }

  @Test(
    "a check on how the person is is closed and fine, with no rewrite",
    arguments: [
      "you alright?", "You okay?", "Are you OK?", "Are you all right?", "You doing okay?",
      "Everything alright?", "All good?", "Are you feeling better now?", "You good?",
      "Everyone okay?",
    ])
  func checkIn(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.problems == [QuestionProblem.checkIn.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test(
    "questions of the same openings that ask stay open",
    arguments: [
      "How can you tell when she's upset?",
      "How could you help them more?",
      "How can you work full time and still see your kids?",
      "Who do you think will win, and why?",
      "What do you think, Maya?",
      "What did you make of it, honestly?",
      "Why do you think people need to feel heard?",
      "What would you do if you had to choose?",
      "What happens every time you try?",
      "What would you like to do about the job?",
    ])
  func staysOpen(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open, "\(question): \(critique.problems)")
  }
}
