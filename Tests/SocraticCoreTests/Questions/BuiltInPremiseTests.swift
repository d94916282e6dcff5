import Testing

@testable import SocraticCore

/// Questions that lead by what their structure takes for granted, not by a loaded word: a
/// premise set against the act, a belittled view put in the person's mouth, doubt of someone
/// else's choice, a future the asker doubts, and a second option that leaves the asker doing it.
@Suite("Premises built into a question")
struct BuiltInPremiseTests {
  let critic = QuestionCritic()

  @Test(
    "a why- or how-question set against a sweeping fact about someone makes a point",
    arguments: [
      "How did Priya end up in charge when she hardly does any work?",
      "Why do you keep lending him money when he never pays you back?",
      "How can the council allow it when nobody wants a car park?",
      "Why do you lend her the car when she always brings it back empty?",
      "How did that film win an award when nothing happens in it?",
      "Why do we still invite them when they never invite us?",
      "How can you trust the forecast when it's rarely right?",
      "How did Marco pass the exam when he barely opened a book?",
      "Why are you defending him although he didn't even apologise?",
      "Why should the school cut music when the kids barely get any art as it is?",
      "How come she gets the window seat while he never gets a turn?",
    ])
  func premiseClause(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("rhetorical") })
  }

  @Test(
    "a view put in their mouth with a belittling word before its predicate leads",
    arguments: [
      "When did you decide that meat was basically poison?",
      "Why do you think football is just a religion?",
      "What made you conclude the gym was basically a cult?",
      "Since when do you believe that school is simply a waste of time?",
      "When did you start thinking cars were basically weapons?",
      "How long have you felt that marriage is merely a contract?",
      "Why do you say modern art is practically a scam?",
      "When did you realise your job was basically slavery?",
      "Do you believe homework is essentially punishment?",
      "When did you figure out that chess was basically a science?",
    ])
  func scornedPredicate(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
  }

  @Test(
    "'actually' after someone else doubts their choice, as it does in a yes/no question",
    arguments: [
      "What does he actually do at that job?",
      "Why does she seriously want another dog?",
      "How does Tomasz actually pay for all those trips?",
      "What do they actually get from those meetings?",
      "Where does she actually go every Friday night?",
      "Why do they actually bother with the gym?",
      "What would she actually do with a horse?",
      "What does Kwame actually see in that car?",
      "Why does he actually need three phones?",
      "What will they actually change with the new rules?",
    ])
  func doubtOfSomeoneElse(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("disbelief") })
  }

  @Test(
    "'actually' after a future the person keeps putting off sounds like disbelief",
    arguments: [
      "Are you ever going to actually fix the gate?",
      "Will you ever actually call your sister?",
      "Are you going to actually finish that course?",
      "Are you gonna actually pay me back?",
      "Is he ever going to actually move out?",
      "Are they planning to actually open the shop?",
      "Are you ever going to really listen to me?",
      "Is she going to seriously wear that to the wedding?",
      "Are we ever going to actually see the garden finished?",
      "Are you about to actually apologise?",
    ])
  func doubtedFuture(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("disbelief") })
  }

  @Test(
    "a second option that leaves the asker doing it is a complaint",
    arguments: [
      "Are you going to sort the recycling or do I have to do it myself?",
      "Will you ring the school or will I need to?",
      "Can you pick up the kids or do I have to leave work early again?",
      "Did you book the table or do I have to?",
      "Are you walking the dog or have I got to?",
      "Is he paying his share or do we have to cover him again?",
      "Will you tidy your room or do I need to do it for you?",
      "Are you fixing the tap or am I going to have to call someone?",
      "Have you paid the gas bill or do I need to ring them?",
      "Is anyone emptying the dishwasher or do I have to?",
    ])
  func askerBurden(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading)
    #expect(critique.problems.contains { $0.contains("complaint") })
  }

  @Test(
    "a time clause, a plain view and the person's own real view still ask openly",
    arguments: [
      "How did you cope when you couldn't sleep?",
      "How did you feel when she never called back?",
      "What happened when your dad never came home?",
      "How do plants grow when there's hardly any light?",
      "How did the team react when the coach never showed up?",
      "Why did you stay when you weren't happy?",
      "How did you manage when the money never came through?",
      "What was it like when he barely spoke to you?",
      "What makes you think the plan is basically sound?",
      "Why do you think the deal is just about money?",
      "What do you actually want from this?",
      "What did she actually say to you?",
      "What does the law actually say about it?",
      "Why did you decide to stop when nothing was working?",
      "How did you keep going when nobody believed in you?",
      "How could you tell when he never said anything?",
      "How would you explain it to someone when they have never seen it?",
      "How did it end up like this when it was always so good?",
    ])
  func stillOpen(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.problems.isEmpty)
  }

  @Test(
    "an offer or a plain choice as the second option is no complaint",
    arguments: [
      "Do you want to cook or shall I?",
      "Would you like tea or coffee?",
      "Are you driving or are we getting the train?",
      "Is it your turn or mine to pick the film?",
      "Do you want to talk now or do I need to come back later?",
    ])
  func plainAlternative(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .closed)
  }
}
