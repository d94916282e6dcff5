import Testing

@testable import SocraticCore

@Suite("A verb whose subject was left off is never given back bare, and 'feels like' keeps its it")
struct ReflectionLeftOffSubjectTests {
  @Test(
    "a frame made for a clause turns down a verb with its subject left off",
    arguments: [
      "In your experience, sleeps in his nans spare room.",
      "In your experience, stays in her brothers box room.",
      "In your experience, feels like giving up.",
      "So still seems like losing.",
    ])
  func bareVerb(line: String) {
    #expect(!ReflectionCheck.isFramedWell(line))
  }

  @Test("a story of someone else's is never given back as a verb without its person")
  func storyOfSomeoneElse() {
    let answer =
      "my mate callum. went to leeds, came back after a year, sleeps in his nans spare room, "
      + "his dad brings it up every birthday"
    let text = reflected(answer) ?? ""
    #expect(!text.contains("experience, sleeps") && !text.contains("So sleeps"), "\(text)")
  }

  @Test("a feeling with its 'it' left off is given back as the feeling, with the 'it'")
  func feelingKeepsIt() {
    let answer = "50? the money side i suppose. still feels like giving up though"
    let text = reflected(answer) ?? ""
    #expect(
      text.contains("it feels like giving up") || text.contains("it still feels like giving up"),
      "\(text)")
  }

  @Test(
    "how a thing feels to them is never led in as an experience",
    arguments: ["it still feels like giving up", "it seems like starting over"])
  func feelingIsNoExperience(clause: String) {
    let experience = ReflectionLead.all.first { $0.opening == "In your experience, " }
    #expect(experience?.suits(clause) == false)
  }
}
