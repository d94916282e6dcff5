import Testing

@testable import SocraticCore

@Suite("Jabs that look open, and fair questions that look closed")
struct JabShapeTests {
  let critic = QuestionCritic()

  @Test(
    "a why-question that sweeps over everything the listener believes or does leads, and asks how they decide instead",
    arguments: [
      "why do you trust everything your uncle posts?",
      "why do you believe anything the tabloids print?",
      "why do you just accept whatever your boss tells you?",
      "what makes you trust everyone you meet online?",
      "how come you believe everything on that forum?",
      "why would you share everything you see on twitter?",
      "why do you buy everything they advertise on telly?",
      "why do you listen to everybody except me?",
      "why do you fall for anything with a discount sticker?",
      "why do you repeat whatever the pundits say?",
    ])
  func sweepOverListener(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("sweeping claim") })
  }

  @Test(
    "a why-question whose if- or when-clause states the listener's own commitment is a gotcha",
    arguments: [
      "why are you buying crisps if you're trying to save money?",
      "why did you order dessert when you said you were cutting sugar?",
      "why are you up so late if you're supposed to be up at six?",
      "why do you smoke when you know it's bad for your lungs?",
      "why are you ordering a burger if you're vegetarian?",
      "how come you bought a new jacket when you promised to stop spending?",
      "why did you drive even though you agreed to take the train?",
      "what makes you skip the gym when you told me it was your priority?",
      "why are you still on your phone if you're meant to be revising?",
      "why did you take that job after you swore you'd never work weekends?",
    ])
  func gotcha(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("gotcha") })
    #expect(critique.suggestion?.hasPrefix("How does that fit with") == true)
  }

  @Test(
    "a why-question with a supposition or a time of the listener's asks",
    arguments: [
      "why do you think you'd feel better if you moved?",
      "why do you get anxious when you're around crowds?",
      "why did you choose nursing when you were younger?",
      "why do you trust your doctor?",
      "why do you feel calmer when you walk to work?",
    ])
  func fairWhy(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "a who-question that demands a name and points at a shared chore is a complaint",
    arguments: [
      "who exactly takes out all the bins around here?",
      "who else cleans every dish in this house?",
      "who exactly do you think pays all the bills in this flat?",
      "who do you think does all the shopping around here?",
      "who exactly walks the dog every morning?",
      "who else remembers every birthday in this family?",
      "who precisely feeds the cat around here?",
      "who exactly is always tidying up after everyone?",
      "who else does all the driving round here?",
      "who actually hoovers in this house?",
    ])
  func pointedWho(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("complaint") })
    #expect(critique.suggestion?.contains("exactly") == false)
  }

  @Test(
    "a demand for candour put to a question leads",
    arguments: [
      "how many did you have, be honest?",
      "where were you last night, tell me the truth?",
      "be honest, did you read the contract?",
      "tell me the truth, who broke the vase?",
      "what did the mechanic charge you, be honest?",
      "did you finish the report, be straight with me?",
      "how late did you stay out, be honest?",
      "be honest, what did the dentist say?",
      "what time did you get home, tell the truth?",
      "how much have you spent this month, no lies?",
    ])
  func candour(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("disbelief") })
    #expect(critique.suggestion.map { !$0.contains("honest") && !$0.contains("truth") } ?? true)
  }

  @Test(
    "what befell someone else, put to the listener as known, is a veiled threat",
    arguments: [
      "you know what happened to the last guy who missed rent, don't you?",
      "remember what happened to your cousin when he quit school?",
      "you remember what became of the last intern who talked back?",
      "you know what happens to people who skip their meds?",
      "you've heard what happened to the neighbours' car, right?",
      "you heard what happened to the last team that ignored the coach?",
      "remember what happened to your phone last time?",
      "you know what happens to kids who lie?",
      "you remember what happened to your old flatmate?",
      "you know what happened to the players who missed training?",
    ])
  func veiledThreat(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("threat") })
    #expect(critique.suggestion == "What do you think could go wrong?")
  }

  @Test(
    "a when-question that offers a mocking time as its answer leads",
    arguments: [
      "when are you going to fix the shelf, next year?",
      "when were you thinking of paying me back, never?",
      "when are you planning to mow the lawn, next spring?",
      "when do you think you'll call your mother, tomorrow?",
      "when were you going to mention the dent, next week?",
      "when will the garage be tidy, in a decade?",
      "when are you starting that diet, someday?",
      "when do you plan to return my drill, sometime this century?",
      "when will you reply to her, by the summer?",
      "when did you plan to tell me, after the wedding?",
    ])
  func mockingTime(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("answers the question for them") })
  }

  @Test(
    "a fact put to the person's judgement is open",
    arguments: [
      "what bedtime do you think is fair for a ten year old?",
      "how much screen time do you reckon is healthy for you?",
      "what age do you think is right to get a phone?",
      "how many hours would you say is enough sleep for you?",
      "what price do you feel is reasonable for a used bike?",
      "how long do you think is okay to leave the baby with a sitter?",
      "what time would you say is sensible to leave for the airport?",
      "how much do you think is too much to spend on a wedding?",
      "what budget do you think is realistic for the trip?",
      "how often do you think is normal to see your in-laws?",
    ])
  func judgementAsked(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "a closed question that is fine as it is has no kind: it is no Socratic question",
    arguments: [
      "is the pharmacy open on sundays?",
      "does the train stop at the airport?",
      "is the museum free on mondays?",
      "is the library open late on fridays?",
      "is the deposit refundable?",
      "do you support arsenal or spurs?",
      "you alright?",
      "you okay?",
      "is the ticket refundable?",
      "is the bakery still open?",
    ])
  func fineClosed(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
    #expect(critique.kind == nil)
    #expect(critique.suggestion == nil)
  }

  @Test(
    "'like what …' after an open question narrows it: one question",
    arguments: [
      "how did the move go for you? like what was hardest",
      "what changed after the diagnosis? like what do you do differently now",
      "can you tell me about your first job? like what you actually did there",
      "how do you decide who to vote for? like what matters most",
      "what would a good week look like for you? like how would it start",
      "how did you get into climbing? like who took you first",
      "what worries you about the new boss? like what has she done",
      "how would the plan work in practice? like what happens on day one",
      "what was school like for you? like how were the teachers",
      "what made you pick that course? like what drew you in",
    ])
  func narrowingTail(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(!critique.problems.contains { $0.hasPrefix("asks 2 questions") })
  }
}
