import Testing

@testable import SocraticCore

/// A regret, a money strain, what they live for or a doubt about how little they saw is given
/// back before the setting, the figure or the example beside it, in explore and in partner.
@Suite("A reflection gives back what the answer does, not the side fact beside it")
struct ReflectionWhatItDoesTests {
  @Test(
    "explore gives back the regret, the strain, the stake or the doubt, not the side fact",
    arguments: [
      (
        "theres 32 in her year and the party bags are a fiver each. we cant afford a tenner a kid on one wage",
        "you can't afford a tenner a kid on one wage"
      ),
      (
        "we came over from poland in 2009 when i was 19. i regret not finishing my degree first",
        "you regret not finishing your degree"
      ),
      (
        "we got the cat off my nan in 2019 lol. honestly shes the only reason i come home at all",
        "the only reason you come home"
      ),
      (
        "the strongest bit is what i saw on the wards. the weakest is prob that i only ever worked in one trust",
        "you only ever worked in one trust"
      ),
    ])
  func explore(answer: String, kept: String) {
    let text = ReflectionWriter.reflection(of: AnswerMoveReader.read(answer), saying: answer)?.text
    #expect(text?.contains(kept) == true, "\(text ?? "none")")
  }

  @Test("explore gives back the doubt itself, without the frame that announced it")
  func doubtWithoutFrame() {
    let answer =
      "best thing is the lads i trained. worst is probably that i only knew the one depot"
    let text = ReflectionWriter.reflection(of: AnswerMoveReader.read(answer), saying: answer)?.text
    #expect(text?.contains("worst") == false, "\(text ?? "none")")
    #expect(text?.contains("you only knew the one depot") == true, "\(text ?? "none")")
  }

  @Test("a grant that names nothing gives back the doubt it comes with, never 'that one'")
  func grantWithDoubt() {
    let answer =
      "my lad says hes had loads of mates move jobs and do fine. fair enough. i only ever worked at the one plant"
    let text = ReflectionWriter.reflection(of: AnswerMoveReader.read(answer), saying: answer)?.text
    #expect(text == "So you only ever worked at the one plant.", "\(text ?? "none")")
  }

  @Test(
    "partner suggests giving back the strain, the regret or the stake, not the setting",
    arguments: [
      (
        "the vet in town says its her hips. we cant afford the operation this year",
        "afford the operation"
      ),
      (
        "we moved out to the coast in 2018 for his job. i wish we'd stayed near my sister",
        "you wish you'd stayed near your sister"
      ),
      (
        "the allotment is 40 quid a year. ill ask my neighbour if she wants to share it",
        "you'll ask your neighbour"
      ),
    ])
  func partner(line: String, kept: String) {
    var script = partnerScript()
    let step = script.type(line)
    #expect(step.suggestedReflection?.contains(kept) == true, "\(step.suggestions)")
  }
}
