import Testing

@testable import SocraticCore

/// A line that paints a scene ("the lads going quiet when i walk in. jake doing his
/// impression") is given back, never met with a flat "I'm listening. Go on.".
@Suite("The partner dialogue: a scene they paint")
struct PartnerSceneTests {
  @Test("the first picture of a scene is given back as what it is")
  func sceneGivenBack() {
    var script = partnerScript()
    script.type("i dont want to go back to swimming club on tuesday")
    script.type("/me what are you dreading about tuesday?")
    let step = script.type(
      "the whole group going quiet when i get in the pool. megan doing her fake cough. "
        + "the coach putting me in the slow lane again")
    let reflection = step.suggestedReflection
    #expect(reflection?.hasPrefix("So it's the whole group going quiet") == true)
    #expect(!PartnerLines.goingOn.contains(reflection ?? ""))
  }

  @Test("a line that states something is given back as before, not as a scene")
  func statementNotAScene() {
    var script = partnerScript()
    script.type("i dont want to go back to swimming club on tuesday")
    let reflection = script.type("megan keeps doing this fake cough when i swim past")
      .suggestedReflection
    #expect(reflection?.hasPrefix("So it's") != true)
  }
}
