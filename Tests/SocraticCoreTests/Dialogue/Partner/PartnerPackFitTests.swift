import Testing

@testable import SocraticCore

@Suite("Partner suggests a pack's questions only for beliefs they fit")
struct PartnerPackFitTests {
  /// Every question suggested over a few lines of someone defending a belief, on the built-in
  /// packs.
  private func questionsSuggested(for lines: [String]) -> [String] {
    let setting = CoachingSetting(library: .builtIn(), seed: 5)
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: setting, topic: nil))
    return lines.flatMap { line in
      script.type(line).outputs.flatMap { output -> [String] in
        guard case .suggestions(_, let items) = output else { return [] }
        return items.compactMap { item in
          if case .question(let question) = item { return question.text }
          return nil
        }
      }
    }
  }

  @Test("a dad sure tariffs bring the plants back is asked nothing about winning a war")
  func tariffsGetNoWarQuestion() {
    let asked = questionsSuggested(for: [
      "these tariffs will bring the factories back to ohio",
      "because companies will not pay the tax, they will build here",
      "I worked at the plant for twenty years, I know how they think",
    ])
    #expect(asked.count >= 2)
    #expect(!asked.contains { $0.contains("winning, losing or peace") })
    #expect(!asked.contains { $0.contains("leaders involved") })
  }
}
