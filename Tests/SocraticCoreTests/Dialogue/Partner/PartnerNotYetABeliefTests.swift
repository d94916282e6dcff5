import Testing

@testable import SocraticCore

/// Lines that state no belief to weigh: a greeting or a compliment to the listener, a date set
/// for them, a shrugged yes to what was offered, good news; and thanks said as "ta". A charge
/// that the listener takes sides is met with a plain line.
@Suite("Partner: greetings, dates ahead, shrugged yeses and short thanks are no belief")
struct PartnerNotYetABeliefTests {
  @Test(
    "a greeting or a compliment at meeting is met warmly, and is no belief",
    arguments: [
      "hiya pet, you are a sight for sore eyes", "ey up duck, you look grand",
      "oh lovely to see you love", "you haven't changed a bit love",
      "you havent changed at all pet",
    ])
  func greeting(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(step.suggestedReflection == "That's nice to hear. I'm glad we're talking.")
    #expect(script.dialogue.state.claim == nil)
  }

  @Test(
    "a greeting reported or denied is no warmth: what they say is given back",
    arguments: [
      ("my sister says you look well, so she thinks i'm coping", "So she thinks you're coping.")
    ])
  func greetingReported(_ line: String, reflection: String) {
    var script = partnerScript()
    #expect(script.type(line).suggestedReflection == reflection)
  }

  @Test(
    "a date set for them is news of their life, given back as theirs",
    arguments: [
      ("my knee op is on the 9th", "So your knee op is on the 9th."),
      ("our lass's wedding is on 21st", "So your lass's wedding is on 21st."),
    ])
  func dateAhead(_ line: String, reflection: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(script.dialogue.state.isPersonalTalk)
    #expect(step.suggestedReflection == reflection, "\(offeredItems(in: step))")
  }

  @Test(
    "a weekday or a bare date set for them is news: no question asks how they know it",
    arguments: ["my scan is next thursday", "my smear test is on monday", "my mot is on 3rd"])
  func weekdayAhead(_ line: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(script.dialogue.state.isPersonalTalk)
    #expect(
      step.suggestedQuestions.map(\.text) == [
        "What matters most to you in all this?", "How are the people around you taking it?",
      ], "\(offeredItems(in: step))")
  }

  @Test(
    "a verdict said after the date is a view: the belief is kept",
    arguments: [
      (
        "my council tax goes up next month and its a disgrace",
        "So you think your council tax goes up next month and it's a disgrace."
      ),
      (
        "our bus fares double next year, what a joke",
        "So you think your bus fares double next year, what a joke."
      ),
    ])
  func verdictAfterADate(_ line: String, reflection: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(!script.dialogue.state.isPersonalTalk)
    #expect(step.suggestedReflection == reflection, "\(offeredItems(in: step))")
  }

  @Test("a yes to an offer is given back plainly; a shrugged one with how keen they are")
  func takingItUp() {
    var plain = partnerScript()
    plain.type(["the garden is getting too much for me", "/me shall i come and do it saturday?"])
    #expect(
      plain.type("oh go on then, bring the strimmer").suggestedReflection
        == "Great, so you're up for it.")
    var shrug = partnerScript()
    shrug.type(["the garden is getting too much for me", "/me want me to ask about a gardener?"])
    #expect(
      shrug.type("go on then, ask them, cant hurt i suppose").suggestedReflection
        == "So you'll give it a go, even if you're not sold on it yet.")
  }

  @Test("thanks said as 'ta' close the talk as thanks do", arguments: ["ok ta", "ta for that"])
  func shortThanks(_ line: String) {
    var script = partnerScript()
    script.type(["electric cars are a con", "/me what makes you say that?", "the batteries die"])
    script.type(line)
    #expect(script.dialogue.state.stage == .close)
  }

  @Test("asked whose side the listener is on, the calm line says plainly that it is on none")
  func whoseSide() {
    var script = partnerScript()
    script.type("the new bypass is a waste of money")
    let step = script.type("whose side are you on anyway")
    #expect(
      step.suggestedReflection
        == "I'm not on the other side here. I'm not trying to win anything; I want to understand "
        + "how you see it.")
  }

  @Test("someone quoted in a story is not asked about as a source; an article cited is")
  func quotedIsNoSource() {
    let sourceQuestion = "What makes that source one you rely on?"
    var story = partnerScript()
    story.type("the new leisure centre is better")
    let told = story.type("we went for a swim and she says mum its lovely")
    #expect(
      told.suggestedReflection == "So you went for a swim and she says mum it's lovely.",
      "\(offeredItems(in: told))")
    #expect(
      !told.suggestedQuestions.map(\.text).contains(sourceQuestion), "\(offeredItems(in: told))")
    var cited = partnerScript()
    cited.type("the new leisure centre is better")
    let read = cited.type("i read an article about it in the local paper")
    #expect(
      read.suggestedQuestions.map(\.text).contains(sourceQuestion), "\(offeredItems(in: read))")
  }

  @Test(
    "good news is met gladly, never with sympathy nor as a belief",
    arguments: [
      ("the school play went really well, so proud of her", "It sounds like you're really proud."),
      ("our lad passed his driving test", "I'm really glad for you."),
      ("the interview has gone really well actually", "I'm really glad for you."),
    ])
  func goodNews(_ line: String, gladness: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(step.suggestedReflection == "That's lovely news. \(gladness)")
    #expect(script.dialogue.state.claim == nil)
  }

  @Test(
    "a hope, a denial or a but after it is no good news to be glad of",
    arguments: [
      (
        "his hip op went well but he's struggling on the stairs",
        "So you think his hip op went well but he's struggling on the stairs."
      ),
      ("i hope her exam went well", "So you're hoping her exam went well."),
      (
        "fingers crossed the audition has gone well",
        "So you're hoping the audition has gone well."
      ),
      (
        "nothing has gone well since the move", "So you think nothing has gone well since the move."
      ),
    ])
  func noGoodNews(_ line: String, reflection: String) {
    var script = partnerScript()
    #expect(script.type(line).suggestedReflection == reflection)
  }
}
