import Testing

@testable import SocraticCore

/// What they ask of the listener is answered or honoured, never walked past with a stock
/// question: whose side the listener is on answered straight, a stop honoured, an apology for
/// pouring it out received warmly.
@Suite("Partner: questions and requests to the listener are answered or honoured")
struct PartnerHonoursWhatTheyAskTests {
  @Test(
    "asked whose side the listener is on, the answer comes first, never a calm line alone",
    arguments: [
      "are you on his side?", "whose side are you on anyway", "so you agree with her then?",
      "r u taking their side",
    ])
  func whoseSide(line: String) {
    var script = builtInPartnerScript(["my brother and i argued about dads care home"])
    let step = script.type(line)
    let first = offeredItems(in: step).first
    #expect(first == .answer(ListenerQuestion.whoseSide.guidance), "\(offeredItems(in: step))")
  }

  @Test(
    "asked to just not talk about it, the stop is honoured and nothing is asked",
    arguments: [
      "can we just not talk about it", "could we please not go into the wedding",
      "can you just not bring up the money",
    ])
  func stopHonoured(line: String) {
    var script = builtInPartnerScript(["the allotment committee voted me off"])
    let step = script.type(line)
    #expect(
      PartnerLines.steeringClear.contains(step.suggestedReflection ?? ""),
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
  }

  @Test(
    "sorry for pouring it out is received warmly, sigh or not, with nothing asked",
    arguments: [
      "sorry, im ranting again", "ugh sorry for going on and on",
      "sorry for moaning, you didnt sign up for this", "sorry for the essay lol",
    ])
  func apologyReceived(line: String) {
    var script = builtInPartnerScript(["my flatmate never does the dishes"])
    let step = script.type(line)
    #expect(
      PartnerLines.gladYouSaidIt.contains(step.suggestedReflection ?? ""),
      "\(offeredItems(in: step))")
    #expect(step.suggestedQuestions.isEmpty, "\(offeredItems(in: step))")
    #expect(script.dialogue.state.claim?.claim == "your flatmate never does the dishes")
  }
}
