import Testing

@testable import SocraticCore

/// A line that likens the listener to their family is said of the listener, so it is never
/// given back as "So you're …"; asking for discretion in passing ("dont quote me") is no
/// rupture, and what it rides on is reflected rather than apologised for.
@Suite("Partner owns a likening and hears an aside of discretion as no rupture")
struct PartnerAsideAndLikeningTests {
  private func texts(_ step: DialogueStep) -> [String] { step.suggestions.map(\.text) }

  @Test(
    "a line likening the listener to their family is owned, never given back as theirs",
    arguments: [
      "you're as bad as your mum for nagging about bedtimes",
      "honestly you are just like your father, always checking up",
      "you sound like your sister with all these questions",
      "youre worse than your dad for going on about money",
    ])
  func likening(line: String) {
    var script = partnerScript()
    script.type("kids get far too much homework these days")
    let step = script.type(line)
    let reflection = step.suggestedReflection ?? ""
    #expect(!reflection.hasPrefix("So you"), "\(texts(step))")
    #expect(PartnerLines.takingALikening.contains(reflection), "\(texts(step))")
  }

  @Test(
    "'your mum' and 'than' or 'like' apart liken no one",
    arguments: [
      "you should ask your mum, she knows more about it than me",
      "you could always ring your dad like last time",
    ])
  func noLikening(line: String) {
    var script = partnerScript()
    script.type("kids get far too much homework these days")
    let step = script.type(line)
    #expect(
      !PartnerLines.takingALikening.contains(step.suggestedReflection ?? ""), "\(texts(step))")
  }

  @Test(
    "asking for discretion in passing gets no apology; what they granted is reflected",
    arguments: [
      (
        "so maybe its the parents thats spoiled the club not the coach. dont quote me",
        "So maybe it's the parents that's spoiled the club not the coach."
      ),
      (
        "the ref was fair to be honest, don't repeat me on that",
        "So the ref was fair."
      ),
    ])
  func discretion(line: String, reflection: String) {
    var script = partnerScript()
    script.type("the youth football club is run badly")
    let step = script.type(line)
    let said = step.suggestedReflection ?? ""
    #expect(!said.lowercased().contains("sorry"), "\(texts(step))")
    #expect(said == reflection, "\(texts(step))")
  }
}
