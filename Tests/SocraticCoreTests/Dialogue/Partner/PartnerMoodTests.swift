import Testing

@testable import SocraticCore

/// Partner reads the mood of a line before it answers: bravado is no distress, a challenge put
/// to the listener gets a plain calm no, an idiom that says they have more to say is no
/// offence, and a source they stand by is not met with other people set against it.
@Suite("Partner reads the mood")
struct PartnerMoodTests {
  private typealias Script = DialogueScript<PartnerDialogue>

  private func partner() -> Script { partnerScript() }

  private func items(_ step: DialogueStep) -> [PartnerSuggestion] { step.suggestions }

  private func reflection(_ step: DialogueStep) -> String? { step.suggestedReflection }

  private func questions(_ step: DialogueStep) -> [Question] { step.suggestedQuestions }

  @Test(
    "a confident number pressed with 'come on' is bravado, not distress",
    arguments: [
      "90. easy. anyone with eyes can see it, come on",
      "100. come on, its obvious",
      "95 easy. the numbers are right there, come on",
      "a solid 90. come on now",
      "85. seriously, come on. look at the queues",
      "99. come on. nobody believes otherwise",
      "90, come on. its not rocket science",
      "80 at least. come on, you know it too",
      "100 percent. come on",
      "90. easy. the shops are empty, come on",
    ])
  func bravado(line: String) {
    var script = partner()
    script.type("the high street is finished")
    let step = script.type(line)
    let said = reflection(step) ?? ""
    #expect(!said.contains("hard"), "\(said)")
    #expect(!questions(step).contains { $0.text.contains("hardest") || $0.text.contains("feel") })
  }

  @Test(
    "a challenge put to the listener is answered with a calm no in its own words",
    arguments: [
      ("ha. are you calling me a dinosaur? i like my landline", "No, I'm not."),
      ("are you saying i'm stupid?", "No, I'm not."),
      ("so are you telling me i'm wrong about my own street?", "No, I'm not."),
      ("do you think i'm a liar or something?", "No, I don't."),
      ("do you reckon i'm naive?", "No, I don't."),
      ("did you just call me old?", "No, I didn't."),
      ("were you implying i'm cheap?", "No, I wasn't."),
      ("are you accusing me of something?", "No, I'm not."),
      ("what, are you calling me a snob now?", "No, I'm not."),
      ("do you really think i'm that gullible?", "No, I don't."),
    ] as [(String, String)])
  func challenge(line: String, answer: String) {
    var script = partner()
    script.type("cash is better than cards")
    let step = script.type(line)
    let said = reflection(step) ?? ""
    #expect(said.hasPrefix(answer), "\(said)")
    #expect(!said.contains("Sorry"), "\(said)")
    // The conversation stays where it is: a challenge never moves it on.
    #expect(!step.events.contains { if case .stage = $0 { true } else { false } })
  }

  @Test(
    "'don't get me started' says they have more to say: no apology for it",
    arguments: [
      "and dont get me started on the parking fees",
      "don't get me started on the council",
      "dont get me going on the prices",
      "and don't get me started about the bins",
      "the service is awful. dont get me started on the staff",
      "dont get me started. the queues alone are a joke",
      "oh don't get me started on the managers",
      "dont even get me started on the delivery charges",
      "and dont get me started on the so called experts",
      "don't get me started on the ads",
    ])
  func notOffended(line: String) {
    var script = partner()
    script.type("online shopping is killing towns")
    let step = script.type(line)
    let said = reflection(step) ?? ""
    #expect(!said.contains("Sorry"), "\(said)")
    #expect(!said.contains("get you"), "\(said)")
  }

  @Test(
    "after they cite a source, and while they defend it, no one is set against it",
    arguments: [
      (
        "the news had a whole piece on it last night",
        "it was on the news! they dont lie about that"
      ),
      ("i read an article in the paper about it", "it was in the paper, they check these things"),
      ("i saw a report on the bbc about it", "the bbc! you trust them or you dont"),
      ("a study from the university found it", "it was a proper study, not some blog"),
      ("i saw a report on the news about it", "it was on the news, I didnt make it up"),
      ("i read an article in the times about it", "the times! they dont print rubbish"),
      ("the news showed the figures", "it was on the news, plain as day"),
      ("i read a report about it last week", "it was a proper report, look it up"),
      ("there was a programme on channel 4 about it", "it was on telly, they have to check"),
      ("a survey in the paper showed it", "it was in the paper! everyone saw it"),
    ] as [(String, String)])
  func standingBySource(cited: String, defended: String) {
    var script = partner()
    script.type("phone masts are bad for you")
    let first = script.type(cited)
    let second = script.type(defended)
    for step in [first, second] {
      let sources = questions(step).filter { $0.kind == .viewpoints }.map(\.text)
      #expect(sources.isEmpty, "\(sources)")
    }
  }

  @Test("no suggestion presumes what they fail to understand or assume about others")
  func noPresumption() {
    var script = partner()
    let lines = [
      "nuclear power is the only answer", "because wind is useless when its calm",
      "everyone knows the turbines break down", "100. its simple physics",
      "the greens just dont get the engineering", "maybe solar helps a bit in summer",
      "i still think nuclear is the answer", "what would change my mind? a battery that works",
    ]
    var offered: [String] = []
    for line in lines { offered += questions(script.type(line)).map(\.text) }
    #expect(!offered.contains { $0.contains("that you do not") }, "\(offered)")
    #expect(!offered.contains { $0.contains("assuming about the people") }, "\(offered)")
    #expect(!offered.contains { $0.contains("distrusts that source") }, "\(offered)")
  }

  @Test(
    "partner's own wordings of the other side set it before them, as any other does",
    arguments: [
      "How do you think I see it?", "What would I need to show you for you to see it differently?",
    ])
  func ownOtherSideWordings(text: String) {
    #expect(PartnerMood.setsTheOtherSide(Question(kind: .viewpoints, text: text), inverted: nil))
  }
}
