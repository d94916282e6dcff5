import Testing

@testable import SocraticCore

private let calm = PartnerLines.self

/// Conversations in which the questions must aim at the right thing: a request, an aside, a
/// story, a confidence and a goodbye never take over the belief on the table.
let targetConversations: [PartnerConversation] = [
  PartnerConversation(
    name: "a dad on crypto: a story of his, a jibe, a coffee, how sure, a concession, a worry",
    turns: [
      PartnerTurn(
        line: "crypto is where the real money is going",
        reflection: .exactly("So you think crypto is where the real money is going."),
        stage: .claim, claim: "crypto is where the real money is going"),
      // A story of his is about the claim: it never becomes the claim.
      PartnerTurn(
        line: "I put like 5 grand into ethereum last winter",
        reflection: .containing("5 grand into ethereum"),
        stage: .reasons, claim: "crypto is where the real money is going"),
      PartnerTurn(
        line: "lol you're such a normie", reflection: .exactly(calm.calmLines(for: .joke)[0]),
        stage: .reasons, claim: "crypto is where the real money is going"),
      PartnerTurn(
        // An errand asked of the listener is said yes or no to first, never a go-on.
        line: "can you grab me a coffee",
        reflection: .lacking("hear more"), stage: .reasons,
        claim: "crypto is where the real money is going"),
      // How sure he is of it, said with "it": no reason, no new claim.
      PartnerTurn(
        line: "I'd say I'm 85% sure it keeps going up",
        reflection: .exactly(calm.rating(85)), stage: .reasons,
        claim: "crypto is where the real money is going"),
      PartnerTurn(
        line: "ok I'll admit the exchanges are a mess",
        reflection: .exactly("So you'd grant that the exchanges are a mess."),
        firstKind: .clarification, stage: .reasons,
        claim: "crypto is where the real money is going"),
    ]),
  PartnerConversation(
    name: "a friend on an election: a verbless example, a change of subject, a bad day, giving up",
    turns: [
      PartnerTurn(
        line: "the count in our county was crooked",
        reflection: .exactly("So you think the count in your county was crooked."),
        stage: .claim, claim: "the count in our county was crooked"),
      // An example given with "like" is no belief: it is asked about as evidence for the claim.
      PartnerTurn(
        line: "like vans of ballots turning up at midnight",
        reflection: .containing("vans of ballots"), firstKind: .evidence, stage: .reasons,
        claim: "the count in our county was crooked"),
      // "anyway" and a question about something else changes the subject: a warm close.
      PartnerTurn(
        line: "anyway did you watch the match on sunday",
        reflection: .exactly(calm.calmLines(for: .leaving)[0]), stage: .close,
        claim: "the count in our county was crooked"),
      // Still talking after the close, and naming what stands in their way: no goodbye, the
      // talk goes back to their reasons.
      PartnerTurn(
        line: "idk maybe I'm just sick of all of it",
        reflection: .exactly("It sounds like you wonder whether you're just sick of all of it."),
        stage: .reasons, claim: "the count in our county was crooked"),
    ]),
]

@Suite("Partner questions aim at the belief on the table or at what they just said")
struct PartnerTargetTests {
  private func script(_ lines: [String]) -> DialogueScript<PartnerDialogue> {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    script.type(lines)
    return script
  }

  private func questions(_ step: DialogueStep) -> [Question] {
    step.outputs.flatMap { output -> [Question] in
      guard case .suggestions(_, let items) = output else { return [] }
      return items.compactMap { item in
        if case .question(let question) = item { return question }
        return nil
      }
    }
  }

  /// Everything offered, as it reads.
  private func offered(_ step: DialogueStep) -> [String] {
    step.outputs.flatMap { output -> [String] in
      guard case .suggestions(_, let items) = output else { return [] }
      return items.map(\.text)
    }
  }

  @Test(
    "each kind of turn has its target",
    arguments: [
      ("can you grab me a glass of water", QuestionTarget.claim),
      ("pass the bread please", .close),
      ("anyway did you see the fight last night", .close),
      ("my landlord raised the rent again last month", .theirWords),
      ("what would you do in my place?", .theirWords),
      ("thanks, this was a good talk", .close),
    ])
  func target(line: String, expected: QuestionTarget) {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    let words = TheirWords(line, isDiscussingAClaim: true, setting: setting)
    #expect(QuestionTarget.after(words) == expected)
  }

  @Test(
    "after a request, it is answered first, the questions keep to the claim and the stage stays")
  func request() {
    var script = script(["rent control makes housing worse", "because landlords stop building"])
    let stage = script.dialogue.state.stage
    let step = script.type("can you grab me a coffee")
    #expect(script.dialogue.state.stage == stage)
    #expect(script.dialogue.state.claim?.claim == "rent control makes housing worse")
    #expect(offeredItems(in: step).first?.text == ListenerQuestion.joiningThem.guidance)
    #expect(!questions(step).contains { $0.text.lowercased().contains("coffee") })
    #expect(!questions(step).contains { SuggestionPlanner.stockWordings.contains($0.text) })
  }

  @Test("a story told mid-conversation is asked about as a story, never probed as a belief")
  func story() {
    var script = script(["rent control makes housing worse"])
    let step = script.type("my boss shouted at me this morning for being late")
    #expect(script.dialogue.state.claim?.claim == "rent control makes housing worse")
    for question in questions(step) {
      #expect(!question.text.contains("change your mind about"), "\(question.text)")
      #expect(!question.text.contains("How sure are you that your boss"), "\(question.text)")
    }
  }

  @Test("the inversion of a claim that joins two clauses is not put in a question")
  func joinedClaim() throws {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    let step = script.type("solar is cheap now and the utilities are scared of it")
    let claim = try #require(script.dialogue.state.claim)
    #expect(SuggestionPlanner.misreadInversion(claim) == claim.inverted)
    #expect(!questions(step).contains { $0.text.contains(claim.inverted) })
    let single = try setting.engine.analyze("solar is cheap now")
    #expect(SuggestionPlanner.misreadInversion(single) == nil)
  }

  @Test("when they take their leave, only lines to say: thanks and what was understood")
  func close() {
    var script = script(["rent control makes housing worse", "because landlords stop building"])
    let step = script.type("thanks for hearing me out")
    #expect(questions(step).isEmpty)
    #expect(
      offered(step) == [
        PartnerLines.calmLines(for: .leaving)[0],
        "I'll keep thinking about what you said, that rent control makes housing worse. We can "
          + "pick it up again any time.",
      ])
  }

  @Test("moving to the close yourself offers questions that wind the talk down")
  func closeByStage() {
    var script = script(["rent control makes housing worse", "because landlords stop building"])
    let step = script.type("/stage close")
    let closing = Set(
      PartnerWordings.stage(.close, hasAnswered: true).compactMap { $0.filled(with: [:])?.text })
    #expect(!questions(step).isEmpty)
    for question in questions(step) { #expect(closing.contains(question.text), "\(question.text)") }
  }
}
