import Testing

@testable import SocraticCore

/// Words of mourning said in a joke or a figure of speech tell no death: a loss is a loss only
/// when someone is lost. Told the listener made it too heavy ("nobody died"), the weight is
/// owned and dropped; a laugh that closes a rating or a list is no joke to set aside.
@Suite("Partner: a loss only when someone is lost")
struct PartnerFigureOfLossTests {
  /// Words of grief the person coaching must not see after a turn that tells no death.
  private static let grief = ["sorry", "loss", "miss", "these days", "around you now", "like?"]

  /// Every line a step suggests, reflection and questions alike.
  private static func lines(of step: DialogueStep) -> [String] {
    [step.suggestedReflection].compactMap { $0 } + step.suggestedQuestions.map(\.text)
  }

  @Test(
    "mourning likened, denied or laughed at is no loss",
    arguments: [
      "the ring road at eight is a funeral procession lol",
      "its a parking ticket not a bereavement haha",
      "the office do was a total bereavement",
      "the canteen feels like a funeral since they took the chips off",
    ])
  func noLossInAFigure(_ line: String) {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    let said = Self.lines(of: script.type(line))
    #expect(!said.isEmpty)
    #expect(!said.contains { line in Self.grief.contains { line.contains($0) } }, "\(said)")
  }

  @Test("a funeral told of someone of theirs is still a loss")
  func funeralOfSomeone() {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    let step = script.type("we had my uncle's funeral on tuesday and i'm still wiped out")
    #expect(
      step.suggestedReflection
        == "I'm so sorry. That's a big loss, and it sounds like you still feel it.")
  }

  @Test("'nobody died' owns the weight and asks nothing heavy")
  func nobodyDied() {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    let step = script.type("mate. nobody died. im just on about buses")
    #expect(
      step.suggestedReflection
        == "Sorry, you're right, I didn't mean it to come out like that. I'm just interested in "
        + "how you see it.")
    #expect(step.suggestedQuestions.isEmpty)
  }

  @Test("'nobody died in it' tells of what happened: no objection")
  func nobodyDiedInAStory() {
    #expect(TheirWords.objection(in: "there was a pile up but nobody died in it") == nil)
  }

  @Test(
    "a laugh closing a rating or a list is no joke to set aside",
    arguments: [
      "like 80? maybe 75. the bus was late six days running so it cant get any worse lol",
      "its everywhere. leeds, york, even whitby has them now lol",
    ])
  func laughAfterWhatTheyMean(_ line: String) {
    var script = partnerScript()
    script.type("the new bus timetable is a shambles")
    script.type("/me how sure are you, out of 100?")
    let reflection = script.type(line).suggestedReflection ?? ""
    #expect(!reflection.contains("Joking aside"), "\(reflection)")
  }
}
