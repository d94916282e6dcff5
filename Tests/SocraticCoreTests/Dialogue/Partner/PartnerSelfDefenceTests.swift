import Testing

@testable import SocraticCore

/// "I'm not daft": defending themselves against a doubt they heard is never given back ("So
/// you're not daft." sounds like a point scored). Said alone, the doubt is owned; said beside
/// what they think, it is left out.
@Suite("Partner: a self-defence is never parroted back")
struct PartnerSelfDefenceTests {
  private func talk() -> DialogueScript<PartnerDialogue> {
    builtInPartnerScript([
      "buy now pay later is fine, you just pay it in three goes",
      "/me what makes you sure you'll keep up with the three goes?",
    ])
  }

  @Test(
    "said alone, the doubt they heard is owned",
    arguments: ["cos im not thick dave", "well im not a muppet"])
  func alone(line: String) {
    var script = talk()
    let step = script.type(line)
    #expect(
      step.suggestedReflection.map(PartnerLines.notDoubtingThem.contains) == true,
      "\(offeredItems(in: step))")
  }

  @Test("said beside more, the defence is left out of what is given back")
  func besideMore() {
    var script = talk()
    let step = script.type("no i dont. im not daft either. the app reminds you the day before")
    #expect(
      !offeredItems(in: step).contains { $0.text.contains("daft") }, "\(offeredItems(in: step))")
  }
}
