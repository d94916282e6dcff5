import Testing

@testable import SocraticCore

/// What explore does with a reply about its question rather than to it: an unclear question
/// owned and asked again with what it pointed to named, "why do you ask" told what that question
/// is for, time to think given only to someone still thinking; an insight taken up, leave-taking
/// let go, a question asked twice granted.
@Suite("Explore repairs its questions")
struct ExploreQuestionRepairTests {
  private func session(_ belief: String) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "70"])
    return script
  }

  @Test(
    "a reply that gives the question's words back with a question word asks what it meant",
    arguments: [
      ("How does that square with what you said?", "square with what?"),
      ("Where do you put the limit, and why there?", "limit on what sorry"),
      ("What would you change if this proved wrong?", "if what proved wrong?"),
      ("How does that sit with you?", "how does what sit with me?"),
      ("What makes the difference for you?", "difference between what"),
      ("How far do you trust that report?", "which report?"),
      ("What would the other side point to?", "the other side of what?"),
      ("Who gains most from that?", "gains from what??"),
      ("What would that cost you?", "cost me what"),
      ("When did that start for you?", "when did what start"),
      ("How much weight does that carry?", "um weight of what"),
    ])
  func echo(question: String, reply: String) {
    #expect(QuestionRepair.read(reply, question: question) == .unclear)
  }

  @Test(
    "a short question with its question word in place of what it did not follow asks what was meant, whatever was asked",
    arguments: [
      "how does what sit with me?", "if what turned out false?", "line between what sorry?",
      "you mean what", "the rest of what?", "so i would do what", "it tells me what?",
      "compared to what?", "from who?", "draw it where?",
    ])
  func inSituEcho(reply: String) {
    #expect(QuestionRepair.read(reply, question: "What is the main thing for you?") == .unclear)
  }

  @Test(
    "a question of their own, opened by its question word, or a plain word, is no echo",
    arguments: [
      "what about the kids?", "ok", "yes", "what if they cut the buses too?",
      "i did what i could", "who knows", "where is the money going",
    ])
  func notEcho(reply: String) {
    #expect(QuestionRepair.read(reply, question: "What is the main thing for you?") != .unclear)
  }

  @Test(
    "a reply that answers, or says words of its own, is no request to clarify",
    arguments: [
      ("What would that cost you?", "it would cost me my weekends"),
      ("Where do you put the limit?", "what about the people who cannot drive"),
      ("How far do you trust that report?", "which is why i trust the council figures more"),
      ("What makes the difference for you?", "the difference is who pays"),
      ("When did that start for you?", "what started it was the flood in 2019 near our house"),
      ("How does that sit with you?", "what sits badly is the noise"),
      ("Who gains most from that?", "the landlords"),
      ("What would the other side point to?", "they would point to the crime figures"),
      ("How much weight does that carry?", "a lot honestly"),
      ("What would you change if this proved wrong?", "i would sell the car"),
    ])
  func answers(question: String, reply: String) {
    #expect(QuestionRepair.read(reply, question: question) == nil)
  }

  @Test(
    "a request to clarify is owned, never met with 'No rush', and the question is asked again plainly, naming what it was about",
    arguments: [
      "?", "??", "huh?", "sorry what?", "what do you mean?", "meaning what", "i don't follow",
      "im lost", "wait what", "which part?", "what does that mean",
    ])
  func unclearIsOwned(reply: String) {
    var script = session("Night buses should run every hour.")
    script.type("because the last one leaves before my shift ends")
    let asked = script.questions.last?.text ?? ""
    let step = script.type(reply)
    let notices = ExploreScript.notices(step)
    #expect(notices.contains(ExploreDialogue.unclearNotice), "\(notices)")
    #expect(!notices.contains(ExploreDialogue.noRushNotice), "\(notices)")
    let next = ExploreScript.question(step)?.text ?? ""
    // The same question, plainly: what it was about is named, what they said or their view.
    #expect(next != asked, "\(asked) → \(next)")
    #expect(
      next.hasPrefix("You said the last one leaves before your shift ends")
        || next.contains("night buses should run every hour"),
      "\(asked) → \(next)")
  }

  @Test(
    "a question whose 'that' or 'this' points back is asked again with what it stood for",
    arguments: [
      "How does that sit with you?", "What would you do if this turned out to be false?",
      "How much does that tell you?", "What does this say about the rest?",
    ])
  func pointsBack(question: String) {
    #expect(QuestionRepair.pointsBack(question))
  }

  @Test(
    "'that' as a determiner or a conjunction points at nothing",
    arguments: [
      "How far do you trust that video?", "What makes you think that prices will rise?",
      "Where would you draw the line?", "What leads you to this view?",
    ])
  func pointsAtNothing(question: String) {
    #expect(!QuestionRepair.pointsBack(question))
  }

  @Test(
    "'why do you ask' is told what that question is for, and the question is asked again",
    arguments: [
      "why do you ask", "why do you ask?", "how come you ask", "why are you asking",
      "why do you want to know", "whats this for", "why would that matter", "why do u ask tho",
      "um why do you ask", "ok but why do you ask",
    ])
  func purpose(reply: String) {
    var script = session("Schools should start later in the morning.")
    let asked = script.questions.last?.text
    let step = script.type(reply)
    let notices = ExploreScript.notices(step)
    #expect(notices.contains { $0.hasPrefix("Fair question. ") }, "\(notices)")
    #expect(!notices.contains(ExploreDialogue.purposeNotice), "\(notices)")
    #expect(ExploreScript.question(step)?.text == asked)
  }

  @Test(
    "only someone still thinking is told 'No rush'",
    arguments: [
      ("hmm", true), ("not sure", true), ("let me think", true), ("um idk", true),
      ("i dunno", true), ("hmm not sure", true), ("no idea", true), ("hard to say", true),
      ("erm", true), ("good question", true), ("yes", false), ("ok", false), ("lol", false),
      ("sure", false), ("nope", false),
    ])
  func noRush(reply: String, isThinking: Bool) {
    var script = session("Dogs should be banned from beaches in summer.")
    let step = script.type(reply)
    let notices = ExploreScript.notices(step)
    #expect(notices.contains(ExploreDialogue.noRushNotice) == isThinking, "\(notices)")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "an insight is taken up as one, never met as confusion",
    arguments: [
      "huh, never thought about it that way", "oh. fair point actually",
      "hm thats interesting", "i never looked at it like that", "ok that's a good point",
      "wow never thought of it like that before", "you've got a point", "thats a fair point tbh",
      "huh. good point", "never really thought about it like that",
    ])
  func insight(reply: String) {
    var script = session("Tourists ruin small villages.")
    script.type("the car parks are full every weekend and locals cant park")
    let step = script.type(reply)
    let notices = ExploreScript.notices(step)
    #expect(!notices.contains(ExploreDialogue.confusedNotice), "\(notices)")
    #expect(!notices.contains(ExploreDialogue.confusedAfterReflectionNotice), "\(notices)")
    #expect(ExploreScript.reflections(step).count == 1, "\(notices)")
    #expect(MomentQuestions.insightWordings.contains(ExploreScript.question(step)?.text ?? ""))
  }

  @Test(
    "a clause that says they must stop closes the session",
    arguments: [
      "i should stop, kids need feeding", "anyway I've got to go",
      "ok we better wrap up now, early start tomorrow", "sorry i have to stop here, work call",
      "i'd better stop there", "right i must stop, dinner", "ok i need to stop now",
      "i'll have to stop, my phone is dying", "we should stop for tonight", "anyway i should stop",
    ])
  func leaving(reply: String) {
    var script = session("Self-checkouts are worse than cashiers.")
    let step = script.type(reply)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(ExploreScript.question(step) == nil)
  }

  @Test(
    "stopping a habit is no leave-taking",
    arguments: [
      "i should stop buying so much online", "we need to stop pretending it works",
      "i should stop caring what people think", "they should stop the cuts, honestly",
    ])
  func stoppingSomething(reply: String) {
    #expect(TurnRequest.read(reply) != .stop)
  }

  @Test(
    "a question asked again is granted and one of another family follows",
    arguments: [
      "you asked that", "you already asked me that", "i kinda already answered that",
      "i already answered that", "i explained that already", "i've covered that before",
      "u just asked that", "i basically already covered it", "you asked that already",
      "i already covered this",
    ])
  func repeated(reply: String) {
    var script = session("Phones should be banned in classrooms.")
    script.type("kids just scroll all lesson when they have them")
    let asked = script.questions.last?.text ?? ""
    let step = script.type(reply)
    let notices = ExploreScript.notices(step)
    let owned = [TurnRequest.repeatedQuestion, .answeredAlready].compactMap(\.notice)
    #expect(notices.contains { owned.contains($0) }, "\(notices)")
    #expect(!notices.contains(ExploreDialogue.confusedNotice), "\(notices)")
    let next = ExploreScript.question(step)?.text ?? ""
    let plan = script.dialogue.state.plan
    let families = { (text: String) in plan.map { $0.families(of: text) } ?? [] }
    #expect(families(next).isDisjoint(with: families(asked)), "\(asked) → \(next)")
  }
}
