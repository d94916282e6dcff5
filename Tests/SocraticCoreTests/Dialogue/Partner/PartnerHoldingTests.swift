import Testing

@testable import SocraticCore

/// Partner mode holds the claim to one clause, sees a person leave by what their words do,
/// lets care and courtesy of the listener's be, and never asks again what it has asked, or
/// what was just told.
@Suite("The partner dialogue: holding the claim, leaving, courtesy and repeats")
struct PartnerHoldingTests {
  private typealias Script = DialogueScript<PartnerDialogue>

  private func partner() -> Script { partnerScript() }

  private func claim(_ step: DialogueStep) -> String? {
    step.events.lazy.compactMap { event -> String? in
      if case .theySaid(let value) = event { return value.claim }
      return nil
    }.first
  }

  private func items(_ step: DialogueStep) -> [PartnerSuggestion] { step.suggestions }

  private func questions(_ step: DialogueStep) -> [String] { step.suggestedQuestions.map(\.text) }

  private func reflection(_ step: DialogueStep) -> String? { step.suggestedReflection }

  @Test(
    "a claim is its first clause: what is spliced on after a comma, and a name, are not part of it",
    arguments: [
      (
        "the council is wrecking the high street with parking fees, honestly jan its a joke",
        "the council is wrecking the high street with parking fees"
      ),
      (
        "school uniforms are a waste of money, it's ridiculous",
        "school uniforms are a waste of money"
      ),
      ("streaming killed the music industry, lol", "streaming killed the music industry"),
      (
        "landlords are bleeding students dry, which is disgusting",
        "landlords are bleeding students dry"
      ),
      (
        "the trains never run on time round here, seriously mate it's a farce",
        "the trains never run on time round here"
      ),
      (
        "the referee ruined the whole match, honestly it was a disgrace",
        "the referee ruined the whole match"
      ),
      (
        "remote work is killing city centres, that's obvious",
        "remote work is killing city centres"
      ),
      (
        "the new estate will clog every road in the village, this is madness",
        "the new estate will clog every road in the village"
      ),
      ("gyms are a rip off, they always were", "gyms are a rip off"),
      ("the school board wastes our taxes, honestly", "the school board wastes our taxes"),
    ])
  func splicedTail(line: String, expected: String) {
    var script = partner()
    #expect(claim(script.type(line)) == expected)
  }

  @Test(
    "a comma that ends an adverbial, not a clause of its own, keeps the claim whole",
    arguments: [
      ("if rents keep rising, young people will leave the city", "young people will leave")
    ])
  func wholeClaim(line: String, part: String) {
    var script = partner()
    #expect(claim(script.type(line))?.contains(part) == true)
  }

  @Test(
    "leaving is read by what the words do: summoned, a need to go now, thanks as it ends",
    arguments: [
      "anyway, my husband's calling, i better go",
      "sorry the kids are waiting for me",
      "oh dinner's ready, gotta run",
      "right i best be off",
      "cheers for talking it through, same time next week?",
      "thanks for listening, coffee friday?",
      "i should make a move, early start tomorrow",
      "mum's shouting me, talk later",
      "we'd better head home",
      "the taxi's outside",
      "my lift is here",
    ])
  func leaving(line: String) {
    var script = partner()
    script.type("the new bypass will ruin the village")
    let step = script.type(line)
    #expect(script.dialogue.state.stage == .close)
    // A warm close: no probe keeps them, nothing they said is argued with.
    #expect(questions(step).isEmpty)
    #expect(reflection(step)?.hasPrefix("So ") != true)
  }

  @Test(
    "waiting, calling and shouting said of others takes no leave",
    arguments: [
      "people are waiting months for surgery",
      "the market's calling the shots now",
      "they are calling us racists for asking",
      "the unions are shouting about it every week",
    ])
  func notLeaving(line: String) {
    var script = partner()
    script.type("the new bypass will ruin the village")
    script.type(line)
    #expect(script.dialogue.state.stage != .close)
  }

  private func asked(_ step: DialogueStep) -> SessionEvent.Critique? {
    step.events.lazy.compactMap { event -> SessionEvent.Critique? in
      if case .asked(let value) = event { return value.critique }
      return nil
    }.first
  }

  @Test(
    "checking how they are, or thanks and a plan as they go, is no question to coach",
    arguments: [
      ("blimey. you alright? that must have shaken you up", ListenerCourtesy.Kind.checkIn),
      ("are you okay?", .checkIn),
      ("oh god, you ok mate?", .checkIn),
      ("how are you holding up?", .checkIn),
      ("you doing ok?", .checkIn),
      ("everything alright?", .checkIn),
      ("how are you feeling now?", .checkIn),
      ("cheers for talking it through, pint friday?", .closing),
      ("thanks mate, curry saturday?", .closing),
      ("good luck with it, talk later!", .closing),
      ("thanks for telling me, same time next week?", .closing),
    ])
  func courtesy(line: String, kind: ListenerCourtesy.Kind) {
    var script = partner()
    script.type("the new bypass will ruin the village")
    let critique = asked(script.type("/me " + line))
    #expect(critique?.form == QuestionForm.statement.rawValue)
    #expect(critique?.problems == [kind.verdict])
    #expect(critique?.suggestion == nil)
  }

  @Test(
    "a question about the belief is coached, however it is dressed",
    arguments: [
      "you think so?", "are you sure about that?", "thanks, but what makes you say that?",
      "how are you so sure it will?",
    ])
  func notCourtesy(line: String) {
    #expect(ListenerCourtesy.kind(of: line) == nil)
  }

  @Test(
    "no question asks for an example right after they told one",
    arguments: [
      "my cousin got knocked off his bike on that road last month",
      "last winter the bus didn't come for two hours and i missed my shift",
      "for example my neighbour waited six weeks for a plumber",
      "i saw a lorry wedged under the bridge on tuesday",
      "when my gran moved there the post office had already shut",
      "my mate's shop lost half its trade the year they closed the road",
      "we tried the park and ride once and it took longer than driving",
      "my daughter's school had to cancel sports day because of the roadworks",
      "a friend of mine sold his house at a loss after the plans came out",
      "i nearly got hit by a van there last week",
    ])
  func noExampleAfterOne(line: String) {
    var script = partner()
    script.type("the new bypass will ruin the village")
    let step = script.type(line)
    #expect(
      !questions(step).contains { text in
        PartnerCueMatcher.asksForAnExample.matches(Tokenizer.tokenize(text).filter(\.isWord))
      })
  }

  @Test("what would change their mind is offered once about a claim, in whatever words")
  func changeOfMindOnce() {
    var script = partner()
    script.type("the new bypass will ruin the village")
    script.type("/stage falsifiability")
    script.type("nothing would change my mind, it's obvious")
    script.type("the traffic is already terrible on market street")
    script.type("the shops on the green are closing one by one")
    script.type("and the council never listens to anyone")
    let offered = script.steps.flatMap(questions)
    let changeOfMind = offered.filter { QuestionIntent.purposes(of: $0).contains(.changeMind) }
    #expect(changeOfMind.count <= 1, "\(changeOfMind)")
  }

  @Test(
    "the conversation stays with their reasons while they are still giving them",
    arguments: [
      "the traffic backs up every morning because they narrowed the road",
      "takings are down a fifth since they put the barriers in",
      "the bus takes forty minutes now because of the diversion",
    ])
  func staysWithReasons(line: String) {
    var script = partner()
    script.type("the new bypass will ruin the village")
    script.type("because the traffic will come straight through the high street")
    for _ in 0..<3 { script.type(line) }
    #expect(script.dialogue.state.stage == .reasons)
  }

  @Test(
    "what follows \"it's just\" is what they mean, not the answer to how they are",
    arguments: [
      (
        "yeah im fine, scraped my knee is all. its just, the park isn't safe anymore",
        "the park isn't safe anymore"
      ),
      ("i'm ok honestly. it's just, nobody asked us", "nobody asked"),
      ("fine, fine. the thing is, the village feels smaller now", "the village feels smaller now"),
    ])
  func turnToWhatTheyMean(line: String, given: String) {
    var script = partner()
    script.type("the new bypass will ruin the village")
    let text = reflection(script.type(line)) ?? ""
    #expect(text.contains(given), "\(text)")
  }
}
