import Testing

@testable import SocraticCore

/// A belief of these tests' own, held by the persona.
private let cameras = TopicPack(
  id: "cameras", title: "Cameras", version: 1, keywords: ["camera", "cameras"],
  beliefs: [
    PackBelief(
      text: "Speed cameras make the roads safer.",
      reasons: ["Drivers slow right down wherever they know a camera is waiting."],
      replies: ["Crashes dropped on our road the year the camera went up."])
  ], questions: [])

@Suite("The drill coaches a reframe of the persona's view as the reflection it is")
struct ReframedReflectionTests {
  @Test(
    "setting one side aside for another is no view turned round",
    arguments: [
      "so for you the cameras arent the problem, its that drivers slow down when they know",
      "so the camera isn't the point — it's that people know it's there",
    ])
  func reframe(line: String) throws {
    let setting = CoachingSetting(
      library: PackLibrary([LoadedPack(pack: cameras, source: .builtIn(file: "cameras.yaml"))]),
      seed: 3)
    var script = DialogueScript(DrillDialogue.start(setting: setting, topic: "cameras"))
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(critique.form == QuestionForm.reflection.rawValue)
    #expect(!critique.problems.contains(ReflectionFit.Misfit.turnsRound.problem))
    #expect(!answer.text.contains("putting words in my mouth"), "\(answer.text)")
  }

  @Test(
    "giving back what others tell it is no view turned round",
    arguments: [
      "so you've been told speed cameras don't make roads safer",
      "so your mates keep telling you the cameras don't make the roads safer",
    ])
  func reportedView(line: String) throws {
    let setting = CoachingSetting(
      library: PackLibrary([LoadedPack(pack: cameras, source: .builtIn(file: "cameras.yaml"))]),
      seed: 3)
    var script = DialogueScript(DrillDialogue.start(setting: setting, topic: "cameras"))
    let (answer, critique) = try replyAndCritique(in: script.type(line))
    #expect(!critique.problems.contains(ReflectionFit.Misfit.turnsRound.problem))
    #expect(!answer.text.contains("putting words in my mouth"), "\(answer.text)")
  }
}

@Suite("Reflections that report others")
struct ReportedOthersTests {
  @Test("'you've told everyone' is the persona telling, not told; 'you've been told' is told")
  func tellingOrTold() {
    let telling = Tokenizer.tokenize("so you've told everyone the jab is risky").filter(\.isWord)
      .map(\.lowercased)
    let told = Tokenizer.tokenize("so you've been told the jab is risky").filter(\.isWord)
      .map(\.lowercased)
    #expect(!ReflectionFit.reportsOthers(telling))
    #expect(ReflectionFit.reportsOthers(told))
  }
}
