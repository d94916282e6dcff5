import Testing

@testable import SocraticCore

/// A question stands on something they claimed, named in whole clauses: never on a shrug that
/// claims nothing, a detail only their story can point at, a word said to the listener, or a
/// motive for a point they granted.
@Suite("Explore asks about what they claimed, named plainly")
struct ExploreQuestionGroundTests {
  private func next(after answers: [String], about belief: String) -> String? {
    var script = ExploreScript()
    script.type([belief, "y", "70"])
    for answer in answers.dropLast() { script.type(answer) }
    return ExploreScript.question(script.type(answers.last ?? ""))?.text
  }

  @Test("a thing said to be itself is a shrug: never asked how they know it, nor explained")
  func sayingAThingIsItselfIsNoClaim() throws {
    let asked = try #require(
      next(
        after: ["the council is the council. they just want money"],
        about: "Parking fines in our town are too harsh."))
    #expect(!asked.contains("the council is the council"), "\(asked)")
    for shrug in ["a promise is a promise", "kids will be kids", "the law was the law"] {
      #expect(!ExploreArc.isExaminable(shrug), "\(shrug)")
    }
    #expect(ExploreArc.isExaminable("the fines are higher than the next town"))
  }

  @Test("people only their story points at are known through them, never asked how they know")
  func peopleOfTheirStoryAreNotDoubted() throws {
    let asked = try #require(
      next(
        after: ["some of those kids were there every night, it kept them off the street"],
        about: "Closing the youth club was a mistake."))
    #expect(!asked.hasPrefix("How do you know"), "\(asked)")
    #expect(!QuestionSlot.standsAlone("some of those nurses stayed on for years"))
    #expect(QuestionSlot.standsAlone("the nurses stayed on for years"))
  }

  @Test(
    "a word said to the listener is no part of whom it happened to",
    arguments: [
      ("it was my bakery man", "How typical is what happened to your bakery, do you think?"),
      ("they closed my pub bro", "How typical is what happened to your pub, do you think?"),
    ])
  func addressIsNotNamed(told: String, question: String) {
    #expect(AnswerFollowUp.typicalQuestion(of: told) == question, "\(told)")
  }

  @Test(
    "how something of theirs was is a state, nothing that happened to weigh",
    arguments: ["my mood was low for months tbh", "my knee was sore all winter"])
  func stateIsNoEvent(told: String) {
    #expect(AnswerFollowUp.typicalQuestion(of: told) == nil, "\(told)")
  }

  @Test(
    "'You said' leads in only with a clause that has its subject",
    arguments: [
      "grew up next to the docks so you've seen how the work dried up",
      "that's what you were telling your sister",
    ])
  func leadHasItsSubject(clause: String) {
    #expect(!QuestionSlot.readsPlainly(clause), "\(clause)")
  }

  @Test("a point they grant is never asked what lies behind granting it")
  func grantingHasNoMotiveToAsk() {
    let conceded =
      "well. i guess you could say online shopping killed the shops more than any councillor."
      + " my cousin says that, she works in retail. but someone could have planned for it"
    var script = ExploreScript()
    script.type([
      "The high street was let down by every council.", "y", "90",
      "i ran a shop there for 20 years and watched it empty out. they put the rates up and"
        + " cut the parking and then wondered why it died",
    ])
    let asked = ExploreScript.question(script.type(conceded))?.text ?? ""
    #expect(!asked.contains("behind that"), "\(asked)")
    let gate = ReferentGate(
      claim: "the high street was let down by every council",
      last: AnswerMoveReader.read(conceded), lastText: conceded)
    #expect(!gate.allows("What's behind that, for you?"))
  }

  @Test("what would settle a doubt is asked only after they voiced one of their own")
  func doubtOnlyWhenVoiced() throws {
    let asked = try #require(
      next(
        after: [
          "i work from home three days a week and the two lads who are in every day both got"
            + " promoted this year",
          "my manager says it is about who speaks up in meetings, not where you sit. maybe shes a"
            + " bit right, some of it is about being loud not about being remote",
        ],
        about: "Remote workers get passed over for promotion."))
    #expect(!asked.contains("surer") && !asked.contains("make up your mind"), "\(asked)")
    let unsure = "honestly i go back and forth, i'm not sure anymore"
    let gate = ReferentGate(
      claim: "remote workers get passed over for promotion", last: AnswerMoveReader.read(unsure),
      lastText: unsure)
    #expect(gate.allows("What would help you feel surer, one way or the other?"))
  }

  @Test("someone of theirs named beside what happened is not asked about as whom it happened with")
  func personBesideTheEventIsNotItsSubject() throws {
    let asked = try #require(
      next(
        after: [
          "just listen to anyone. house prices, young people. crime, young people. i had a"
            + " customer last week tell me we are all lazy while i was making his coffee at 6am",
          "most of my customers are fine tbh but you get a couple a week. and its all over the"
            + " radio every day",
          "i am one. moved out at 18. i make coffee in the morning and study at night, send money"
            + " home to my nan in leeds every month. nobody is blaming me to my face but you feel it",
        ],
        about: "Young people are blamed for everything in this country."))
    #expect(!asked.contains("your nan"), "\(asked)")
  }
}
