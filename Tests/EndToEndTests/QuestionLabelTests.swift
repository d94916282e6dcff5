import Foundation
import Testing

@Suite("A question's label on screen and in the transcript")
struct QuestionLabelTests {
  /// The lines that head each question ("Question 3 · inversion · pack politics").
  private func questionLabels(in text: String) -> [String] {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { $0.hasPrefix("Question ") && $0.contains("\u{00B7}") }
  }

  @Test("The screen names the pack a question came from, as `sessions show` does")
  func packNamedOnScreen() throws {
    let home = try SocraticProcess.temporaryFolder()
    let data = home.appendingPathComponent("logs").path
    let answers = [
      "1", "y", "70", "most governments print far too much", "look at what happened to the lira",
      "the news and a mate who lives there", "it keeps its value over years",
      "maybe gold does that too i guess", "/quit",
    ]
    let explored = try SocraticProcess.run(
      ["explore", "--data-dir", data, "--seed", "1", "--topic", "crypto", "--no-color"],
      stdin: answers.joined(separator: "\n") + "\n", home: home)
    #expect(explored.status == 0, "\(explored.stderr)")
    let shown = try SocraticProcess.run(
      ["sessions", "show", "last", "--data-dir", data, "--no-color"], home: home)
    let onScreen = questionLabels(in: explored.stdout)
    let inTranscript = questionLabels(in: shown.stdout)
    #expect(inTranscript.contains { $0.contains("\u{00B7} pack ") })
    #expect(onScreen == inTranscript)
  }
}
