import Testing

@testable import SocraticCore

@Suite("Explore: the recap names a main reason only when they leaned on one")
struct ExploreRecapMainReasonTests {
  /// The recaps that asked whether they got the person right, as shown.
  static func recaps(_ script: ExploreScript) -> [String] {
    script.events.compactMap { event in
      if case .summary(let value) = event, value.isCheck { return value.text }
      return nil
    }
  }

  @Test("reasons given one after another, none leaned on, bring no recap that picks one")
  func noMainReasonNoRecap() {
    let script = ExploreScript.questioning(
      "The town should build a skate park",
      answers: [
        "teenagers have nowhere to go after school round here",
        "my nephew skates in the supermarket car park",
        "the security guards keep chasing them off",
        "the next town over built one and its always busy",
        "it would get them off their phones for a bit",
      ])
    #expect(Self.recaps(script).isEmpty, "\(Self.recaps(script)) \(script.questions.map(\.text))")
    if case .checkingRecap = script.dialogue.state.phase { Issue.record("a recap waits") }
  }

  @Test("the reason they say is the main one leads the recap, and nothing is called granted")
  func leanedOnLeads() {
    let script = ExploreScript.questioning(
      "Night buses should run every weekend",
      answers: [
        "the taxis charge a fortune after midnight",
        "ok fair, not every town needs them",
        "the bar staff finish at two and have no way home",
        "my cousin walked four miles home last month",
        "the main thing is the bar staff have no way home",
      ])
    let recap = Self.recaps(script).last ?? ""
    #expect(recap.contains("mostly because"), "\(recap)")
    #expect(recap.contains("bar staff"), "\(recap)")
    #expect(!recap.contains("taxis"), "\(recap)")
    #expect(!recap.contains("granted"), "\(recap)")
  }

  @Test(
    "the claim said again is no reason to recap",
    arguments: [
      ("fireworks should be banned", "you still think they should"),
      ("homework should be scrapped", "you just think it should be scrapped"),
      ("the ferry should run all year", "because it should, really"),
    ])
  func restatementIsNoReason(claim: String, said: String) {
    var map = BeliefMap(claim: claim)
    map.reasons = [BeliefMap.Reason(text: said), BeliefMap.Reason(text: "the island shop shuts")]
    map.strongest = 0
    #expect(ReflectionWriter.recap(of: map) == nil)
  }

  @Test(
    "the claim's own subject given back as its reason is no reason to recap",
    arguments: [
      ("every town should have a bonfire night", "for me the bonfire is the whole point"),
      ("allotments should be cheaper", "honestly its the allotments themselves lol"),
    ])
  func ownSubjectIsNoReason(claim: String, said: String) {
    var map = BeliefMap(claim: claim)
    map.reasons = [
      BeliefMap.Reason(text: said), BeliefMap.Reason(text: "the waiting list is years"),
    ]
    map.strongest = 0
    let recap = ReflectionWriter.recap(of: map)
    #expect(recap == nil, "\(recap ?? "")")
  }

  /// A session whose recap leads with the bar staff.
  static func atRecap() -> ExploreScript {
    ExploreScript.questioning(
      "Night buses should run every weekend",
      answers: [
        "the taxis charge a fortune after midnight",
        "the bar staff finish at two and have no way home",
        "my cousin walked four miles home last month",
        "the main thing is the bar staff have no way home",
        "the council could afford it easily",
      ])
  }

  @Test(
    "what they name as the main thing, in any sentence of a turn-down, is given back",
    arguments: [
      (
        "not really, the bar staff are a side thing. main thing is the roads are dark with no path",
        "the roads are dark with no path"
      ),
      (
        "no. the staff thing is minor, the real reason is kids get stranded in town",
        "kids get stranded in town"
      ),
    ])
  func mainThingInCorrection(reply: String, meant: String) {
    var script = Self.atRecap()
    guard case .checkingRecap = script.dialogue.state.phase else {
      Issue.record("no recap: \(Self.recaps(script))")
      return
    }
    let step = script.type(reply)
    let shown = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(shown.contains { $0.contains(meant) }, "\(shown)")
    #expect(!shown.contains { $0.contains("main thing") || $0.contains("real reason") }, "\(shown)")
  }

  @Test("what they turn down in a correction is never given back as what they meant")
  func turnedDownIsNotMeant() {
    var script = Self.atRecap()
    guard case .checkingRecap = script.dialogue.state.phase else {
      Issue.record("no recap: \(Self.recaps(script))")
      return
    }
    let step = script.type("no, not the bar staff, i already said forget the bar staff")
    let shown = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(
      !shown.contains {
        $0.contains("\u{2014} the bar staff") || $0.contains("it's the bar staff")
      }, "\(shown)")
  }

  @Test(
    "a point they take back stays off the closing map, wherever it was filed",
    arguments: [
      (
        "the council should fix the potholes",
        "my tyre burst last week, and there was a radio phone-in about it",
        "forget the radio bit, that was never my reason. my tyre cost ninety quid", "radio"
      ),
      (
        "the school day should start later",
        "teenagers need more sleep, i read an article in the times about it",
        "scratch the article, its just my son is a zombie at 8am", "article"
      ),
    ])
  func takenBackStaysOff(belief: String, first: String, takeBack: String, word: String) {
    var script = ExploreScript.questioning(belief, answers: [first, takeBack])
    script.type(["/quit", "60"])
    let digest = SessionSummary(ExploreScript.transcript(script.events)).mapDigest
    #expect(!digest.flatMap(\.items).contains { $0.contains(word) }, "\(digest)")
  }
}
