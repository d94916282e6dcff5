import Testing

@testable import SocraticCore

/// The rules that keep explore's next move on the moment and never repeating itself, each on
/// sentences of its shape.
@Suite("Explore's next move follows the moment and never repeats")
struct ExploreNextMoveRuleTests {
  @Test(
    "two wordings of one purpose are one question",
    arguments: [
      (
        "What would you need to see to think that rent control does not work?",
        "What would change your mind about this?"
      ),
      (
        "If tipping were not fair, what would you expect to see?", "What would make you rethink it?"
      ),
      (
        "What would the world look like if it turned out that cats are not smarter?",
        "What would it take for you to see it differently?"
      ),
      (
        "How much does that change how sure you are?",
        "If some teachers are great, how much of your view still stands?"
      ),
      (
        "What did that show you about whether vaping is safe?",
        "What does that tell you about whether vaping is safe?"
      ),
      (
        "What does that tell you about whether city life is better?",
        "What did it teach you about living there?"
      ),
      (
        "What did you take away from that?",
        "How did what happened with your sister shape the way you see this?"
      ),
      (
        "How do you square that with how you see it?",
        "How does that sit with the rest of your view?"
      ),
      ("How typical do you think that experience is?", "How common is that, do you think?"),
      (
        "How might someone who disagrees with you explain the same facts?",
        "What would people who disagree say?"
      ),
      ("Why might it be that homework does not help?", "In what ways might homework not help?"),
      ("How do you know that prices went up?", "How did you come to know that?"),
    ])
  func onePurpose(first: String, second: String) {
    let shared = QuestionIntent.purposes(of: first).intersection(
      QuestionIntent.purposes(of: second))
    #expect(!shared.isDisjoint(with: ExploreDialogue.intentsAskedOnce), "\(first) / \(second)")
  }

  @Test(
    "a doubt that grants only a part of the claim is asked where they draw the line",
    arguments: [
      "so maybe not all", "some of them are fine i guess", "that part is worth it",
      "ok not every coach is like that", "a few of the apps are decent", "certain breeds are calm",
      "maybe not everyone is like that", "several of my teachers were great",
      "well parts of it make sense", "i guess some fees are fair", "not all of them lie",
    ])
  func narrowing(doubt: String) {
    #expect(MomentQuestions.narrowsTheClaim(doubt))
  }

  @Test(
    "a doubt about the whole claim is not read as granting a part",
    arguments: [
      "maybe it isnt that bad", "i could be wrong", "prices go up anyway", "thats fair",
      "the study was small", "my sister disagrees", "it depends on the city", "none of that is new",
      "he has a point", "it might take longer",
    ])
  func notNarrowing(doubt: String) {
    #expect(!MomentQuestions.narrowsTheClaim(doubt))
  }

  @Test(
    "after a part is granted, the next question is about that part",
    arguments: [
      ("Zoos should all close.", "ok maybe not all zoos are bad"),
      ("Homework is useless.", "i guess some homework helps"),
      ("Landlords are greedy.", "fair, not every landlord is rich"),
      ("Diets never work.", "well some diets work for a while i guess"),
    ])
  func afterNarrowing(belief: String, answer: String) {
    var script = ExploreScript.questioning(belief)
    let asked = ExploreScript.question(script.type(answer))
    #expect(
      asked?.text == "Where would you draw the line, and what makes the difference?",
      "\(asked?.text ?? "")")
  }

  @Test(
    "a complaint that something was passed over is owned and goes back to it",
    arguments: [
      "you skipped the part where i said maybe not all",
      "hey you totally ignored what i said about my uncle",
      "you missed the bit where i said some are fine",
      "wait you skipped him", "you glossed over that", "you didnt ask anything about my job",
      "lol you went right past that", "you kinda dodged the thing about the fees",
      "um you passed over my point", "you skip everything i say about money",
    ])
  func passedOver(line: String) {
    guard case .passedOver = TurnRequest.read(line) else {
      Issue.record("not read as passed over: \(line)")
      return
    }
    var script = ExploreScript.questioning("Gyms are a waste of money.")
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains("You're right, I went past that."))
    #expect(ExploreScript.question(step)?.arc == ExploreArcStep.moment.rawValue)
  }

  @Test("what they named as passed over is taken up as the moment it is")
  func passedOverPart() {
    var script = ExploreScript.questioning("Zoos should all close.")
    let step = script.type("you skipped the part where i said maybe not all")
    #expect(
      ExploreScript.question(step)?.text
        == "Where would you draw the line, and what makes the difference?")
    var named = ExploreScript.questioning("The minimum wage should be 20 dollars.")
    let other = named.type("what about Marco though, you skipped him")
    #expect(
      ExploreScript.question(other)?.text == "How does Marco's side of it sit with your view?")
    var family = ExploreScript.questioning("My sister should help more.")
    let sister = family.type("what about my dad though, you skipped him")
    #expect(
      ExploreScript.question(sister)?.text == "How does your dad's side of it sit with your view?")
  }

  @Test(
    "a clause that only ends in a farewell word takes no leave; a farewell does",
    arguments: [
      ("a degree opens doors later", false), ("the bill comes later", false),
      ("you pay for it later", false), ("we found out much later", false),
      ("my boss said thanks", false), ("they hire people later", false),
      ("i get paid later", false), ("the effects show up later", false),
      ("ok bye", true), ("talk to you later", true), ("ok, thanks", true), ("cya later", true),
    ])
  func farewell(line: String, leaves: Bool) {
    #expect(AnswerMoveReader.read(line).isLeaving == leaves, "\(line)")
  }

  @Test("an answer that grants a point with a word like 'later' in it does not end the session")
  func noEnd() {
    var script = ExploreScript.questioning("College is a scam.")
    let step = script.type(
      "they'd say a degree pays off later. ok fair some jobs need it")
    #expect(ExploreScript.question(step) != nil)
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
  }

  @Test(
    "a clause put after 'If' is a whole clause spelled out, or the slot is not filled",
    arguments: [
      ("some landlords are decent", true), ("prices go up anyway", true),
      ("the tests are too easy", true), ("most kids like it", true),
      ("licensing would push rents up", true), ("Marco has a point", true),
      ("part is not a scam", false), ("part isnt a scam", false),
      ("some jobs u cant get without it", false), ("that is happening", false),
      ("it was fine", false), ("if they try", false), ("rent, food, bills", false),
      ("the bit is fine", true), ("bit is fine", false),
    ])
  func wellFormedSlot(clause: String, fits: Bool) {
    #expect(QuestionSlot.isWellFormedClause(clause) == fits, "\(clause)")
  }

  @Test(
    "what is possible, said as a reason, is no plan; what they mean to do is",
    arguments: [
      ("i could watch that on youtube for free", true),
      ("you can get the same book at the library", true),
      ("i might learn it myself", true), ("we could just cook at home", true),
      ("ill call her on sunday", false), ("im going to ask my boss", false),
      ("gonna try it next week", false), ("i will text him", false),
      ("i want to sign up", false), ("we'll see the doctor", false),
    ])
  func possibility(plan: String, isPossible: Bool) {
    #expect(MomentQuestions.isPossibility(plan) == isPossible, "\(plan)")
  }

  @Test(
    "a source they say they never checked is not weighed",
    arguments: [
      "i never looked up the actual numbers", "honestly i didnt read the study",
      "i havent seen the data myself", "i dont trust the news", "not the report, my gut",
      "never watched the documentary", "i didnt check the stats", "we never saw the survey",
      "i did not read that article", "i cant find the figures",
    ])
  func disownedSource(line: String) {
    #expect(AnswerFollowUp.sourcePhrase(in: line) == nil, "\(line)")
  }

  @Test(
    "what never happened is no experience to weigh",
    arguments: [
      "i never went to college", "we didnt get a raise", "my dad never lost his job",
      "i did not see it myself", "she never called back", "we never had a car",
      "i wasnt there", "my school didnt have one", "they never fixed the heater",
      "i have not been", "nobody told me",
    ])
  func nonEvent(text: String) {
    #expect(!AnswerFollowUp.tellsAnEvent(text), "\(text)")
  }

  @Test("the re-rating is the last question of the arc: its rating is the closing one")
  func rerateCloses() {
    var script = ExploreScript.questioning("Remote work is better.")
    var answers = 0
    while case .answering = script.dialogue.state.phase,
      script.dialogue.state.currentQuestion?.arc != ExploreArcStep.rerate.rawValue, answers < 30
    {
      script.type("some of my team like it, my manager doesnt")
      answers += 1
    }
    let step = script.type("maybe 60, the commute thing moved it")
    // The rating in that answer is the closing one: not offered back ("Still 60?") again, and
    // only the closing word is asked.
    #expect(
      ExploreScript.question(step).map { ClosingWords.lastWordQuestions.contains($0.text) } == true)
    #expect(!ExploreScript.notices(step).contains { $0.contains("Still 60?") })
    let last = script.type("no thats it")
    #expect(script.dialogue.state.phase == .finished)
    #expect(last.outputs.contains(.closingSummary))
    let after = script.events.compactMap { event -> Int? in
      if case .confidence(let rating) = event, rating.moment == .after { rating.value } else { nil }
    }
    #expect(after == [60])
  }
}
