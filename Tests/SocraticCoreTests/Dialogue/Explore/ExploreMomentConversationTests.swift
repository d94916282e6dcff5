import Testing

@testable import SocraticCore

/// Four conversations as people have them, each with a feeling said only through what it does
/// to their days, a correction of what was given back, a rating said loosely and something they
/// see anew: what the tool says right after each moment.
@Suite(
  "Explore answers the moment: a feeling said by its effect, a correction, a loose rating, an insight"
)
struct ExploreMomentConversationTests {
  /// The gentle questions that stay with a feeling told through its effect.
  private static let gentle = MomentQuestions.wordings[.impliedFeeling]?.map(\.1) ?? []

  /// A session past its belief and a first rating, with the answers typed after it.
  private func session(_ belief: String, rating: String = "70", _ answers: [String] = [])
    -> ExploreScript
  {
    var script = ExploreScript()
    script.type([belief, "y", rating] + answers)
    return script
  }

  @Test(
    "a feeling told only by its effect is named underneath and stayed with, never walked past",
    arguments: [
      (
        "Retiring early was the right call.", "because the job was grinding me down",
        "since my wife died the flat feels so empty", ["lonely", "since your wife died"]
      ),
      (
        "Working from home is better for everyone.", "no commute and i see the kids more",
        "honestly i barely sleep since the restructure",
        ["wearing you out", "since the restructure"]
      ),
      (
        "Selling the family farm was the only option.", "the bank would have taken it anyway",
        "i still can't face driving past the gate", ["a lot to face"]
      ),
      (
        "The neighbourhood has got more dangerous.", "there were three break-ins on our road",
        "i double check the locks every night now", ["frightening"]
      ),
      (
        "The hospital did all it could.", "the nurses were there day and night",
        "its not the nurses its the whole system. my dad was ill for years, hes gone now",
        ["sorry"]
      ),
    ] as [(String, String, String, [String])])
  func feelingByItsEffect(belief: String, reason: String, effect: String, named: [String]) {
    var script = session(belief, [reason])
    let step = script.type(effect)
    let said = ExploreScript.reflections(step)
    #expect(said.count == 1, "\(said)")
    for words in named {
      #expect(said.first?.contains(words) == true, "\(said)")
    }
    // A loss said plainly is owned with sorrow; any other effect, named underneath.
    #expect(
      said.first.map { $0.hasPrefix("It sounds like") || $0.hasPrefix("I'm so sorry") } == true,
      "\(said)")
    // A loss of someone they name is asked about gently by whom it was.
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(
      Self.gentle.contains(question)
        || question.hasPrefix("What stays with you most from what happened with your"),
      "\(question)")
  }

  @Test(
    "a correction of what was given back is owned, and their version given back",
    arguments: [
      ("no, I said my sister, not my mum", "it's your sister."),
      ("nope i meant the landlord, not the agency", "it's the landlord."),
    ])
  func correctionOwned(line: String, version: String) {
    var script = session(
      "Renting is a trap for people my age.", ["my mum has been renting for thirty years"])
    let step = script.type(line)
    // Only what is so, after one apology: what they turned down stays out.
    #expect(ExploreScript.reflections(step) == ["Sorry, I got that wrong \u{2014} \(version)"])
  }

  @Test(
    "a concession that says their own point was off is reflected, with no apology for mishearing",
    arguments: [
      "ok fair, maybe that's not really the point", "true, i guess that's not it",
    ])
  func concessionIsNoCorrection(line: String) {
    var script = session("Kids spend too much time on screens.", ["they can't sit through a film"])
    let step = script.type(line)
    let notices = ExploreScript.notices(step)
    #expect(!notices.contains { $0.hasPrefix(ReflectionWriter.repair) }, "\(notices)")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "a rating said loosely counts, and is not asked for again in the next turns",
    arguments: ["not much, sixty-ish", "6 out of 10 i guess", "about 60", "60 i guess"])
  func looseRating(line: String) {
    var script = ExploreScript.askedHowSure(
      "Public transport should be free.", after: ["the fares keep the poorest off the buses"])
    script.type(line)
    #expect(script.dialogue.state.map.confidence == 60)
    script.type("the buses here are half empty at noon anyway")
    let asked = script.questions.suffix(2).map(\.text)
    #expect(
      !asked.contains {
        QuestionIntent(of: $0).map(ExploreDialogue.ratingIntents.contains) == true
      }, "\(asked)")
  }

  @Test(
    "a first rating said in words or out of ten is taken",
    arguments: [("seventy-ish", 70), ("8 out of 10", 80), ("sixty five", 65), ("7/10", 70)])
  func spokenRating(typed: String, value: Int) {
    #expect(ConfidenceRating.read(typed) == .success(value))
  }

  @Test(
    "an insight is given back as what they just saw, and they are let go on",
    arguments: [
      ("How might a landlord see it?", "as a landlord would"),
      ("What would your brother say about it?", "as your brother would"),
      ("Why might it not be true?", "hadn't tried before"),
    ])
  func insightAfterQuestion(question: String, given: String) {
    #expect(
      ReflectionWriter.insight(after: question, saying: "huh never thought of it that way")
        .contains(given))
  }

  @Test("an insight in a conversation is reflected before a question that lets them go on")
  func insightInConversation() {
    var script = session(
      "Tourists ruin small villages.", ["the car parks are full every weekend"])
    let step = script.type("huh, never thought about it like that")
    let said = ExploreScript.reflections(step)
    #expect(said.count == 1, "\(said)")
    #expect(said.first?.hasPrefix("So ") == true, "\(said)")
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(MomentQuestions.insightWordings.contains(question), "\(question)")
  }

  @Test(
    "a label with no clause is never given back as their point",
    arguments: ["mostly the whole parking thing", "the left over stuff"])
  func noLabelReflection(line: String) {
    var script = session("Tourists ruin small villages.", ["the car parks are full every weekend"])
    let step = script.type(line)
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.hasSuffix("thing.") || $0.hasSuffix("stuff.") }, "\(said)")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test("a correction that keeps only a pronoun gives back no 'it's it'")
  func noBarePronounCorrection() {
    var script = session("Schools give too much homework.", ["my two are up till ten every night"])
    let step = script.type("its not the teachers doing it, its it")
    #expect(!ExploreScript.reflections(step).contains { $0.contains("it's it") })
  }
}
