import Testing

@testable import SocraticCore

/// The end of a session shows what they said, cleanly: only whole statements, each filed by what
/// it does, quotes cut where a clause ends, every point they granted, and for a partner talk
/// about their own life no belief, stages or checklist it never had.
@Suite("The end shows what they said, whole")
struct SessionEndShowsWholeTests {
  private static func items(_ summary: SessionSummary, _ heading: String) -> [String] {
    summary.mapDigest.first { $0.heading == heading }?.items ?? []
  }

  private static func partner(_ lines: [String]) -> SessionSummary {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type(lines)
    return SessionSummary(DialogueScript<PartnerDialogue>.transcript(script.events, mode: .partner))
  }

  @Test("where they live is where they come from, never a reason")
  func whereTheyLive() {
    let summary = SessionSummary(
      SampleTranscripts.exploreSession(
        "every town should keep its market",
        byArc: [
          ("reasons", "i live in hull, the market is the only place my nan sees anyone all week")
        ]))
    let reasons = Self.items(summary, "Your reasons")
    #expect(!reasons.contains { $0.lowercased().contains("live in hull") }, "\(reasons)")
    #expect(
      Self.items(summary, "Where you're coming from").contains { $0.contains("live in hull") })
  }

  @Test("a saying that points back at what they said is no reason")
  func pointingBack() {
    let summary = SessionSummary(
      SampleTranscripts.exploreSession(
        "every town should keep its market",
        byArc: [
          ("reasons", "the stalls are cheaper than the big shops"),
          ("more_reasons", "i literally just told you lol"),
        ]))
    let reasons = Self.items(summary, "Your reasons")
    #expect(!reasons.contains { $0.lowercased().contains("told you") }, "\(reasons)")
  }

  @Test("a long story is quoted up to where a clause ends, never cut inside one")
  func quoteEndsWhole() {
    let summary = SessionSummary(
      SampleTranscripts.exploreSession(
        "every town should keep its market",
        byArc: [
          (
            "reasons",
            "when the market shut for roadworks last summer the whole high street went dead "
              + "for weeks, the cafe nearly went under and my mate gave up his stall"
          )
        ]))
    let shown = summary.mapDigest.flatMap(\.items)
    for item in shown where item.hasSuffix("\u{2026}\u{201D}") {
      #expect(item.contains("went dead for weeks\u{2026}"), "\(item)")
    }
    #expect(!shown.contains { $0.contains("the whole high street\u{2026}") }, "\(shown)")
  }

  @Test("every clause of a long rerating that grants a point is shown, not its first clause")
  func grantedClauses() {
    let summary = SessionSummary(
      SampleTranscripts.exploreSession(
        "every town should keep its market",
        byArc: [
          ("reasons", "the stalls are cheaper than the big shops"),
          (
            "rerate",
            "the parking thing got to me, not everybody can get there and maybe every town is "
              + "pushing it. but most towns yeah"
          ),
        ]))
    let granted = Self.items(summary, "What you granted")
    #expect(granted.contains { $0.contains("not everybody can get there") }, "\(granted)")
  }

  @Test("a talk about their own news shows no stages and no reason made of a bare 'still am'")
  func personalTalk() {
    let summary = Self.partner([
      "got my scan results back today. they want to operate on my hip next month",
      "/me thats a lot to take in. you must have been dreading that letter",
      "course i was. still am to be honest. dont tell your sister",
      "/me i wont. what would help most right now?",
    ])
    #expect(Self.items(summary, "Their reasons").isEmpty, "\(summary.mapDigest)")
    #expect(summary.shownStages.isEmpty, "\(summary.stages)")
  }

  @Test("a view argued at the start keeps its stages when a worry is said later")
  func worryAfterAView() {
    let summary = Self.partner([
      "I think quitting a steady job at 40 is daft",
      "its a gamble, a big one",
      "I worry. Thats what dads do isnt it",
      "ok well I still think its a gamble",
      "ta ra",
    ])
    #expect(!summary.shownStages.isEmpty, "\(summary.stages)")
  }

  @Test("a talk that goes back to an earlier stage shows each stage reached once, in arc order")
  func stagesOnce() {
    let summary = Self.partner([
      "I think the village hall should stay open on sundays",
      "because the old folk have nowhere else to go, my gran goes every week",
      "/stage claim",
      "/stage falsifiability",
    ])
    #expect(summary.shownStages == ["claim", "reasons", "falsifiability"], "\(summary.stages)")
  }

  @Test("a question they asked back is no reason of theirs")
  func questionBack() {
    let summary = Self.partner([
      "i reckon i should quit the gym, its a waste of money",
      "/me what makes it feel like a waste?",
      "i go like twice a month lol. anyway what would u do if u were me",
    ])
    let reasons = Self.items(summary, "Their reasons")
    #expect(!reasons.contains { $0.contains("what would u do") }, "\(reasons)")
  }

  @Test("a yes after a first thought takes the plan up")
  func planAfterAThought() {
    let summary = Self.partner([
      "i cant face the garden this year, not with my knees",
      "/me how about me and sam come over sunday and do the weeding with you?",
      "hm. sam would pull up the tulips. ...go on then. sunday. after lunch mind",
    ])
    #expect(summary.mapDigest.first?.heading == "Where they got to", "\(summary.mapDigest)")
  }
}
