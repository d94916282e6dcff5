import Testing

@testable import SocraticCore

/// What they ask of the listener is answered or honoured, never met with a stock go-on: their
/// yes or leave is theirs to give straight, an errand is said yes or no to, and a plea to be
/// heard out is listened to, before any answer.
@Suite("Partner: requests to the listener are answered or honoured")
struct PartnerRequestsToTheListenerTests {
  /// The notices of a step that say where the stages are.
  private func stageNotices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output -> String? in
      if case .notice(let text, _) = output, text.contains("Stage ") { return text }
      return nil
    }
  }

  @Test(
    "asking the listener's yes gets a straight answer first, and no goodbye",
    arguments: [
      "so is that a yes then??", "can i choose the colour myself?", "am i allowed or not",
    ])
  func permission(line: String) {
    var script = builtInPartnerScript(["i really want to repaint my bedroom"])
    let step = script.type(line)
    let items = offeredItems(in: step)
    #expect(
      items.first?.text == ListenerQuestion.permission.guidance, "\(items.map(\.text))")
    #expect(!items.contains { $0.text.contains("hear more") }, "\(items.map(\.text))")
    #expect(stageNotices(step).isEmpty, "\(stageNotices(step))")
  }

  @Test(
    "an errand asked of the listener is said yes or no to",
    arguments: ["bring the crisps", "oh and grab some milk on the way"])
  func errand(line: String) {
    var script = builtInPartnerScript(["we're having people over on friday"])
    let step = script.type(line)
    let items = offeredItems(in: step)
    #expect(
      items.first?.text == ListenerQuestion.joiningThem.guidance, "\(items.map(\.text))")
  }

  @Test(
    "asked to be heard out, the listener listens: nothing asked, nothing answered yet",
    arguments: [
      "just listen ok", "can i have a party? before you say no just listen",
      "let me finish please",
    ])
  func heardOut(line: String) {
    var script = builtInPartnerScript(["there's something about college i need to say"])
    let step = script.type(line)
    let items = offeredItems(in: step)
    #expect(
      items.map(\.text).count == 1 && PartnerLines.listeningOn.contains(items[0].text),
      "\(items.map(\.text))")
    #expect(stageNotices(step).isEmpty, "\(stageNotices(step))")
  }
}
