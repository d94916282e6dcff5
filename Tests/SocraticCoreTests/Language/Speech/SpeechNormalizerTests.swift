import SocraticCore
import Testing

@Suite("SpeechNormalizer")
struct SpeechNormalizerTests {
  @Test(
    "reads stutters and restarts as what the speaker went on to say",
    arguments: [
      ("Wh-what did the coach say?", "What did the coach say?"),
      ("How-how often do you run?", "How often do you run?"),
      ("I-I sold my car last week", "I sold my car last week"),
      ("I want- I wanted to move abroad", "I wanted to move abroad"),
      ("Is-- can you say more about the move?", "Can you say more about the move?"),
      ("What would- what would help you sleep?", "What would help you sleep?"),
      ("The film was so-so", "The film was so-so"),
      ("A long-term plan is well-known here", "A long-term plan is well-known here"),
    ])
  func restarts(text: String, expected: String) {
    #expect(SpeechNormalizer.normalized(text) == expected)
  }

  @Test(
    "drops fillers and acknowledgements before what is said",
    arguments: [
      ("Okay. What brought you to the clinic?", "What brought you to the clinic?"),
      ("Yeah, so, how did the exam go?", "how did the exam go?"),
      ("Mm-hmm, and what did your brother say?", "what did your brother say?"),
      ("Um, the rent is too high", "the rent is too high"),
      ("And, uh, what happened after that?", "what happened after that?"),
      ("So many people moved away", "So many people moved away"),
      ("Right wingers won the vote", "Right wingers won the vote"),
      ("Okay?", "Okay?"),
    ])
  func fillers(text: String, expected: String) {
    #expect(SpeechNormalizer.normalized(text) == expected)
  }

  @Test(
    "puts back the \"there's\" speech drops before \"no point\" and its kin",
    arguments: [
      ("no point ringing the garage again", "there's no point ringing the garage again"),
      ("No sense in waiting for the bus", "There's no sense in waiting for the bus"),
      ("no need to book the hall this early", "there's no need to book the hall this early"),
      ("no harm asking the landlord", "there's no harm asking the landlord"),
      ("no point.", "no point."),
      ("no way the bus comes on time", "no way the bus comes on time"),
      ("No point is made twice", "No point is made twice"),
    ])
  func droppedThere(text: String, expected: String) {
    #expect(SpeechNormalizer.normalized(text) == expected)
  }

  @Test(
    "drops chat hedges wherever they stand",
    arguments: [
      ("ngl the finale was weak", "the finale was weak"),
      ("the finale lowkey ruined the show", "the finale ruined the show"),
      ("idk man, the bus is never on time", "the bus is never on time"),
      ("the bus is never on time lol", "the bus is never on time"),
      ("pineapple belongs on pizza fr", "pineapple belongs on pizza"),
      ("the team is finished, bro", "the team is finished"),
      ("we threw a lowkey party", "we threw a lowkey party"),
      ("be a man", "be a man"),
    ])
  func hedges(text: String, expected: String) {
    #expect(SpeechNormalizer.normalized(text) == expected)
  }

  @Test(
    "corrects slips of typing in common words, never a real word or a name",
    arguments: [
      ("cities shoudl ban cars", "cities should ban cars"),
      ("teh bank lied", "the bank lied"),
      ("it failed becuase of greed", "it failed because of greed"),
      ("Thier plan is bad", "Their plan is bad"),
      ("ftx was a fraud", "ftx was a fraud"),
      ("yall are wrong", "yall are wrong"),
      ("the form was sent by Theil", "the form was sent by Theil"),
      ("dont panic", "dont panic"),
      ("we should of sold in march", "we should have sold in march"),
      ("they could of course wait", "they could of course wait"),
    ])
  func typos(text: String, expected: String) {
    #expect(SpeechNormalizer.normalized(text) == expected)
  }

  @Test(
    "reads title case as sentence case, keeping names and acronyms",
    arguments: [
      ("Online Voting Is A Bad Idea", "Online voting is a bad idea"),
      ("NASA Should Build A New Rocket", "NASA should build a new rocket"),
      ("I voted for the Greens in Berlin", "I voted for the Greens in Berlin"),
    ])
  func titleCase(text: String, expected: String) {
    #expect(SpeechNormalizer.normalized(text) == expected)
  }
}
