import Testing

@testable import SocraticCore

/// What partner takes from the whole of their turn: a drawn-out filler is no claim, the hour
/// a day starts is no wish to stop, a goodbye said stung is met with the pushing owned, a
/// painful turn has no stage of a belief put over it, and a feeling of now is not asked for a
/// story of the past.
@Suite("The partner dialogue: reading the whole turn")
struct PartnerWholeTurnTests {
  @Test(
    "a filler with a letter drawn out is taken off before the claim",
    arguments: [
      "rightttt so dont laugh but im taking up the accordion",
      "sooo hear me out, im taking up the accordion",
      "welll basically im taking up the accordion",
    ])
  func drawnOutFiller(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    let shown = step.suggestions.map(\.text)
    #expect(step.suggestedReflection?.contains("taking up the accordion") == true, "\(shown)")
    let filler = ["rightttt", "sooo", "welll", "dont laugh", "hear me out", "basically"]
    #expect(
      !shown.contains { text in filler.contains { text.lowercased().contains($0) } },
      "\(shown)")
  }

  @Test(
    "the hour their day starts is no wish to leave the matter",
    arguments: [
      "i dont start till nine on thursdays so the early bus is no bother",
      "we don't start before ten anyway, so the traffic hardly matters",
    ])
  func startingTime(_ line: String) {
    var script = partnerScript()
    script.type("the school day should start later for teenagers")
    let step = script.type(line)
    let shown = step.suggestions.map(\.text)
    #expect(!shown.contains { PartnerLines.leavingTheMatter.contains($0) }, "\(shown)")
    #expect(!shown.isEmpty)
  }

  @Test(
    "a goodbye said with a charge at the listener is met with the pushing owned",
    arguments: [
      "fine whatever, I've got to go, you always do this",
      "ok forget it, i gotta go. you never let it go",
    ])
  func leavingStung(_ line: String) {
    var script = partnerScript()
    script.type("allotments are a waste of council land")
    script.type("/me but don't the waiting lists show people want them?")
    let step = script.type(line)
    let shown = step.suggestions.map(\.text)
    #expect(script.dialogue.state.stage == .close)
    #expect(shown.first == "Sorry, I didn't mean to push. Let's leave it there for now.")
    #expect(!shown.contains { $0.hasPrefix("I'll keep thinking about what you said") }, "\(shown)")
    #expect(!shown.contains { $0.hasPrefix("Thank you for talking this through") }, "\(shown)")
  }

  @Test("a charge of habit said without a goodbye is no view of theirs given back")
  func chargeWithoutGoodbye() {
    var script = partnerScript()
    script.type("allotments are a waste of council land")
    script.type("/me but don't the waiting lists show people want them?")
    let step = script.type("see, you always do this")
    // Met where the talk is: not moved on to how sure they are, and never given back.
    #expect(script.dialogue.state.stage == .claim)
    #expect(step.suggestedReflection?.hasPrefix("So ") == false, "\(step.suggestions)")
  }

  @Test("someone else's point granted with a hedge is given back as granted, never questioned")
  func grantingSomeoneElse() {
    var script = partnerScript()
    script.type("im thinking of selling the van and cycling everywhere")
    script.type("my brother thinks ill regret it by november")
    let step = script.type("i mean he's probably right that winter will be grim")
    #expect(step.suggestedReflection == "So you'd grant that winter will be grim.")
    #expect(
      !step.suggestedQuestions.contains { $0.text.hasPrefix("How do you know") },
      "\(step.suggestions)")
  }

  @Test("no stage of a belief is shown over a loss they tell")
  func noStageOverALoss() {
    var script = partnerScript()
    script.type("the village show should move to june")
    let step = script.type("it hasn't been the same since my nan died last spring")
    let stages = step.outputs.compactMap { output -> ConversationStage?? in
      guard case .suggestions(let stage, _) = output else { return nil }
      return stage
    }
    #expect(stages.count == 1)
    #expect(stages.first == .some(nil))
  }

  /// What they said, read as partner reads a turn.
  private func read(_ line: String) -> TheirWords {
    let setting = CoachingSetting(library: DialogueFixtures.library, seed: 7)
    return TheirWords(line, isDiscussingAClaim: true, setting: setting)
  }

  @Test(
    "a feeling of how things are now is not asked about as times past",
    arguments: [
      "honestly i just feel stuck at that desk, like the days are slipping away",
      "i feel worn down by the night shifts",
    ])
  func feelingNow(_ line: String) {
    let fits = StockQuestionFit.fits(
      "What do you remember best from those times?", after: read(line), isTender: false)
    #expect(!fits)
  }

  @Test(
    "what happened is asked only when they have not told it",
    arguments: [
      ("my grandad used to take me down there every saturday and i miss him so much", false),
      ("it hasn't been the same since the youth club shut and i hate it", false),
      ("i just feel really low about it", true),
    ])
  func causeTold(_ line: String, isAsked: Bool) {
    let fits = StockQuestionFit.fits(
      "What happened that made you feel this way?", after: read(line), isTender: true)
    #expect(fits == isAsked)
  }
}

@Suite("The partner dialogue: praise of a habit")
struct PartnerPraiseOfAHabitTests {
  @Test("'you always do it so well' is praise, not a charge of habit")
  func praise() {
    let words = Tokenizer.tokenize("you always do it so well, honestly").filter(\.isWord)
    #expect(!PartnerCueMatcher.chargeOfHabit.matches(words))
    let charge = Tokenizer.tokenize("you always do this, every time").filter(\.isWord)
    #expect(PartnerCueMatcher.chargeOfHabit.matches(charge))
  }
}
