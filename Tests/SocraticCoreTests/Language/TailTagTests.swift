import Testing

@testable import SocraticCore

/// One reader of the tags that only ask for agreement (`TypedForms.tailTagStart`), for what is
/// written from their words and for the reflections given back.
@Suite("Tail tags")
struct TailTagTests {
  @Test(
    "an auxiliary and a pronoun after a clause with a verb only ask for agreement: they go",
    arguments: [
      ("the landlord raised it again, didn't he", "the landlord raised it again"),
      ("we paid for the repairs ourselves didn't we", "we paid for the repairs ourselves"),
      ("the buses used to run later, didn't they?", "the buses used to run later?"),
      ("you've tried that already, haven't you", "you've tried that already"),
      ("she works too many hours, doesn't she", "she works too many hours"),
      ("there were cheaper flats back then, weren't there", "there were cheaper flats back then"),
      ("the kids will love it won't they", "the kids will love it"),
      ("i can still change my mind, cant i", "I can still change my mind"),
      ("the price was fair, wasn't it", "the price was fair"),
      ("our street floods every winter, doesn't it", "our street floods every winter"),
      ("bills always go up dont they", "bills always go up"),
      ("the lads ran off didn't they", "the lads ran off"),
    ])
  func auxiliaryTag(typed: String, expected: String) {
    #expect(TypedForms.cleaned(typed) == expected)
  }

  @Test(
    "an auxiliary and a pronoun that make a clause of their own stay",
    arguments: [
      "my sister trains hard and so do I", "she never complains and neither do I",
      "nobody voted for it, nor did we", "the others had left early, and so had we",
      "I keep asking myself why should I", "nobody could tell me where were they",
      "I wondered how could they", "they spend less on food than do we",
    ])
  func clauseOfItsOwn(typed: String) {
    #expect(TypedForms.cleaned(typed) == typed)
  }

  @Test(
    "a reflection leaves off every tag the written form leaves off",
    arguments: [
      ("the rent keeps going up, yeah", "So the rent keeps going up."),
      ("the ferry was cancelled twice ya know", "So the ferry was cancelled twice."),
      ("the fees are lower y'know", "So the fees are lower."),
    ])
  func reflection(answer: String, text: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }
}
