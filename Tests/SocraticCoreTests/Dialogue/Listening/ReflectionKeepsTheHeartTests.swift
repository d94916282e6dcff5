import Testing

@testable import SocraticCore

@Suite("A reflection keeps the loss, the doubt, the name and the 'us' the person said")
struct ReflectionKeepsTheHeartTests {
  @Test(
    "a death told by what gave out is owned before the story around it",
    arguments: [
      "We walked the canal every Sunday for twenty years. It was her heart that went in the end.",
      "he was out on the allotment right up till the spring, then his lungs gave out",
    ])
  func deathByWhatGaveOut(answer: String) {
    #expect(reflected(answer) == "I'm so sorry for your loss.")
  }

  @Test("nobody left to answer what they still say out loud is heard as loneliness")
  func nobodyToAnswer() {
    let answer = "I still shout the quiz answers at the telly. Nobody there to answer me now."
    #expect(reflected(answer) == "It sounds like it's been lonely.")
  }

  @Test(
    "a 'maybe' or 'perhaps' before what they will do stays: no promise is put in their mouth",
    arguments: [
      ("Perhaps I will go along on the Saturday.", "perhaps you will go along"),
      ("probably I'll ring the garage in the morning", "probably you'll ring the garage"),
    ])
  func doubtOverAPlanKept(answer: String, words: String) {
    #expect(reflected(answer)?.lowercased().contains(words) == true)
  }

  @Test(
    "a clause opened by 'if' or 'because' keeps its own verb at the end, never cut as a tag",
    arguments: [
      ("maybe we could hang grandads clock in the hall if we do it", "if you do it"),
      ("maybe she gave up the chess club because nobody her age was there", "was there"),
    ])
  func subordinateVerbNotATag(answer: String, words: String) {
    #expect(reflected(answer)?.contains(words) == true)
  }

  @Test(
    "an auxiliary and a pronoun end a clause of their own after 'if' or 'because', else a tag",
    arguments: [
      ("we could move the piano into the hall if we do it", false),
      ("she left the chess club because nobody her age was there", false),
      ("the prices went up again didn't they", true),
      ("you've tried the new place, haven't you", true),
      ("if it rains the match is off, isn't it", true),
    ])
  func tagOnlyAfterAWholeClause(line: String, isTag: Bool) {
    #expect((TypedForms.tailTagStart(in: Tokenizer.tokenize(line)) != nil) == isTag)
  }

  @Test("an 'us' beside their own 'I' stays many when it is given back")
  func usStaysMany() {
    let text = reflected("Maybe I just didnt want to own up that it was us.") ?? ""
    #expect(text.contains("all of you"))
    #expect(!text.hasSuffix("it was you."))
  }

  @Test("a given name that is a word too keeps its capital at the start of the clause")
  func nameKeepsItsCapital() {
    let text = reflected("The figures I suppose. Ray is only one bloke, I know that.") ?? ""
    #expect(text.contains("Ray is only one bloke"))
  }

  @Test(
    "'In your experience' opens what they have seen, never what another person did or is",
    arguments: [
      ("So she baked every loaf in that oven.", false),
      ("So Ray is only one bloke.", false),
      ("So they kept the shop open on Sundays.", false),
      ("So the fares go up every spring.", true),
    ])
  func experienceLead(text: String, isLedByExperience: Bool) {
    let said = ["So the bus was late.", "You're saying it rained all week."]
    let varied = ReflectionWriter.varied(Reflection(text: text, depth: .simple), after: said)
    #expect(varied?.text.hasPrefix("In your experience, ") == isLedByExperience)
  }
}
