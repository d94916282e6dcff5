import Testing

@testable import SocraticCore

/// A step put to the listener, a wish for them or an offer is no reflection, however many of
/// their words it shares; answers offered after a question close it; a bare "why" is open but
/// told how it can land; an echo before a question is a reaction; a measure only they can set
/// is theirs to judge.
@Suite("Steering lines and bare questions")
struct SteeringAndBareQuestionTests {
  let critic = QuestionCritic()

  @Test(
    "a modal of advice or of what they may not do, put to them, is advice",
    arguments: [
      (
        "i keep meaning to sort things out with my neighbour about the fence",
        "you could pop round and ask him"
      ),
      ("im thinking of giving grandads piano to the school", "you cant give it away though"),
      (
        "i never know whether to go to the reunion",
        "the reunion sounds fun. you could go with your sister"
      ),
    ])
  func adviceByModal(after: String, line: String) throws {
    let critique = try critic.critique(line, after: after)
    #expect(critique.form == .statement, "\(critique)")
    #expect(critique.problems.first?.hasPrefix("advice:") == true, "\(critique.problems)")
  }

  @Test("an offer of the speaker's own, after a reassurance, is warmth")
  func offer() throws {
    let critique = try critic.critique(
      "you wouldnt be doing it alone, id come with you",
      after: "i dont think i can face the hospital appointment on my own")
    #expect(critique.form == .statement)
    #expect(critique.problems.first?.hasPrefix("warmth:") == true, "\(critique.problems)")
  }

  @Test("the speaker's own wish for them is their view, not their words given back")
  func wish() throws {
    let critique = try critic.critique(
      "i just dont want you out of pocket", after: "ive said ill lend my cousin two hundred quid")
    #expect(critique.form == .statement, "\(critique)")
  }

  @Test("'yes or no' after a question closes it to one word")
  func forcedChoice() throws {
    let critique = try critic.critique("would you say its worth it? yes or no lol")
    #expect(critique.form == .closed, "\(critique)")
    // The question alone, offered back, would be no better.
    #expect(critique.suggestion?.lowercased().hasPrefix("would you say") != true)
  }

  @Test("a step put to them in a tag is asked as advice is, not 'what makes you think you can'")
  func stepInTag() throws {
    let critique = try critic.critique("you know you could just get the bus, right?")
    #expect(critique.suggestion?.hasPrefix("How would you feel about") == true, "\(critique)")
  }

  @Test("what a source reports is information, asked about without a quiz")
  func reportedSource() throws {
    let reported = try critic.critique("the parish newsletter says the hall is being sold")
    #expect(reported.form == .statement, "\(reported)")
    #expect(reported.problems.first?.hasPrefix("information:") == true, "\(reported.problems)")
    let fact = try critic.critique("the bus company put the fares up by twenty percent")
    #expect(fact.suggestion != nil)
    #expect(fact.suggestion?.hasPrefix("What do you know") != true, "\(fact)")
  }

  @Test(
    "a bare 'why' is open, but told it can put them on the defensive",
    arguments: ["Why?", "but why tho"])
  func bareWhy(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open)
    #expect(critique.kind == .evidence)
    #expect(critique.problems.first?.contains("defensive") == true, "\(critique.problems)")
    #expect(critique.suggestion == "What leads you to that?")
    #expect(critic.isOpen("What leads you to that?"))
  }

  @Test(
    "how many or how much would do asks their own measure: open",
    arguments: [
      "how many hours a week would be enough", "how much is too much for a pair of trainers",
    ])
  func ownMeasure(question: String) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .open, "\(critique)")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }

  @Test("'would they?' before an open question is a reaction; the open question is asked")
  func echoThenQuestion() throws {
    let critique = try critic.critique("would they? what would they do instead")
    #expect(critique.form == .open, "\(critique)")
    #expect(critique.problems.isEmpty, "\(critique.problems)")
  }
}
