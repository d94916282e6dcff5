import SocraticCore
import Testing

/// Questions as people say them in conversation (issue 12): the critic reads them through
/// their stutters and fillers, and calls them open or not open as expert labellers of real
/// conversations do — closed when one fact, number, name, date or point on a scale answers
/// them fully.
@Suite("Spoken questions")
struct SpokenQuestionTests {
  let critic = QuestionCritic()

  @Test(
    "stutters, restarts and fillers do not change what is asked",
    arguments: [
      ("Wh-what made you move out?", QuestionForm.open),
      ("So-- what do you enjoy about running?", .open),
      ("Okay. What happened at the party?", .open),
      ("Yeah. How did your father take it?", .open),
      ("Mm-hmm, and how does the team feel about it?", .open),
      ("Right. Do you still see her?", .closed),
      ("Um, is- are you still at the same job?", .closed),
      ("And-and your boss, what does he make of it?", .open),
    ])
  func speech(question: String, form: QuestionForm) throws {
    #expect(try critic.critique(question).form == form)
  }

  @Test(
    "a question that one fact, number or point on a scale answers is closed",
    arguments: [
      ("What bank do you use?", QuestionForm.closed),
      ("Which school does your daughter go to?", .closed),
      ("How much do you spend on takeaways?", .closed),
      ("How long have you lived there?", .closed),
      ("How important is it for you to sleep more?", .closed),
      ("How confident are you that you can keep it up?", .closed),
      ("What thoughts do you have about the move?", .open),
      ("What things would make the mornings easier?", .open),
      ("Can you tell me more about your brother?", .open),
      ("What else?", .open),
    ])
  func singleFact(question: String, form: QuestionForm) throws {
    #expect(try critic.critique(question).form == form)
  }

  @Test(
    "in chat, a question after a short remark asks without its question mark",
    arguments: [
      ("haha fair. so what got you into it", QuestionForm.open),
      ("no judgement from me. how do you feel about it now", .open),
      ("ok ok. is it the cost that bothers you", .closed),
      ("ha, the famous caravan. tell me more about that summer", .open),
    ])
  func unmarkedAfterRemark(line: String, form: QuestionForm) throws {
    #expect(try critic.critique(line).form == form)
  }

  @Test(
    "a jab put without its question mark still leads",
    arguments: [
      "surely you're not still driving to the big tesco for milk",
      "how hard can it be to put a lid back on the jar",
      "be honest, you only went because your mates did",
      "admit it, you never wanted the puppy",
    ])
  func unmarkedJab(line: String) throws {
    #expect(try critic.critique(line).form == .leading)
  }

  @Test(
    "a later sentence that only opens like a question, unmarked, asks nothing",
    arguments: [
      "Thanks for coming in. Have a good weekend.",
      "Good for you. When people cut down, they often sleep better.",
      "That makes sense. What worries you is the cost, and that's fair enough given the year you've had.",
    ])
  func unmarkedStatement(line: String) throws {
    #expect(try critic.critique(line).form != .open)
    #expect(try critic.critique(line).form != .closed)
  }

  @Test(
    "a question word leading in to a yes/no question asks yes or no",
    arguments: [
      ("What about your neighbours, are they any help?", QuestionForm.closed),
      ("Um, what about the weekends, do you drink then?", .closed),
      ("What about your neighbours, how do they see it?", .open),
    ])
  func leadIn(question: String, form: QuestionForm) throws {
    #expect(try critic.critique(question).form == form)
  }
}
