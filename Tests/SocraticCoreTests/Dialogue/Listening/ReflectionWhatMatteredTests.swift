import Testing

@testable import SocraticCore

/// A feeling, a change of mind, their stake or a plan is given back before a side fact, in
/// explore and in partner's suggested reflection; a fact or an event is never "you think".
@Suite("Reflections give back what mattered, not the side fact")
struct ReflectionWhatMatteredTests {
  @Test(
    "explore gives back the feeling or the plan, not the side fact said first",
    arguments: [
      (
        "im on my pension pet, every penny counts. i get a knot in my stomach when the water bill lands",
        "knot in your stomach"
      ),
      (
        "ill tell my manager on friday i want to go part time. the bus is 6 quid return though",
        "tell your manager"
      ),
    ])
  func explore(answer: String, kept: String) {
    let text = ReflectionWriter.reflection(of: AnswerMoveReader.read(answer), saying: answer)?.text
    #expect(text?.contains(kept) == true, "\(text ?? "none")")
  }

  @Test("someone else's view is never given back as the person's experience")
  func othersView() {
    let answer = "my cousin reckons its the parking charges that keep folk away"
    let text = ReflectionWriter.reflection(of: AnswerMoveReader.read(answer), saying: answer)?.text
    #expect(text?.hasPrefix("In your experience") != true, "\(text ?? "none")")
    #expect(text?.hasPrefix("For you") != true, "\(text ?? "none")")
  }

  @Test(
    "partner suggests giving back what mattered, never 'you think' on a fact or an event",
    arguments: [
      (
        "well thats that, gave the van keys back on monday. now im just a spare part round the yard",
        "So now you're just a spare part round the yard."
      ),
      (
        "the tram is every 15 mins. i feel like a nuisance asking my son for a lift",
        "So you feel like a nuisance asking your son for a lift."
      ),
      (
        "i booked the coach to glasgow!! its 40 quid and i go in may",
        "So you booked the coach to glasgow."
      ),
    ])
  func partner(line: String, reflection: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(step.suggestedReflection == reflection, "\(step.suggestions)")
  }

  @Test("partner's doubt never hands back someone else's view as the one they give room to")
  func partnerReportedView() {
    var script = partnerScript()
    let step = script.type(
      "my sister reckons the landlord is pocketing the deposit. i dont know what to think tbh")
    #expect(step.suggestedReflection?.contains("sister") != true, "\(step.suggestions)")
  }
}
