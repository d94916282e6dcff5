import Testing

@testable import SocraticCore

@Suite("Explore: the closing word after the closing rating")
struct ExploreClosingWordTests {
  /// A session walked along its arc, one answer at a time, up to the re-rating question.
  static func atRerate(_ belief: String, answer: String) -> ExploreScript {
    var script = ExploreScript.questioning(belief)
    for _ in 0..<30
    where script.dialogue.state.currentQuestion?.arc != ExploreArcStep.rerate.rawValue {
      switch script.dialogue.state.phase {
      case .answering: script.type(answer)
      case .checkingRecap: script.type("yes")
      default: return script
      }
    }
    return script
  }

  /// The closing word the tests' seed (7) picks.
  static let closingWord = "Last thing from me: is there something we missed that matters to you?"

  @Test("a rating given to the re-rating leaves room for a last word, which is heard")
  func rerateThenLastWord() {
    var script = Self.atRerate(
      "Public libraries are still worth funding",
      answer: "my kids go every week, my uncle says theyre dead")
    let rated = script.type("55 probably, the ebooks thing knocked it")
    #expect(script.dialogue.state.phase != .finished)
    #expect(!rated.outputs.contains(.closingSummary))
    #expect(ExploreScript.question(rated)?.text == Self.closingWord)
    let last = script.type("only that my mum learned to read english in one, so it matters to me")
    #expect(script.dialogue.state.phase == .finished)
    #expect(last.outputs.contains(.closingSummary))
    #expect(
      ExploreScript.notices(last).contains(
        "Thank you for thinking about public libraries out loud with me."))
    #expect(ExploreScript.reflections(last).count == 1)
  }

  @Test("a rating typed at the closing prompt is given back with its change, then the last word")
  func closingPromptRating() {
    var script = Self.atRerate(
      "Tipping should be abolished", answer: "waiters should get a proper wage, my boss disagrees")
    script.type("the bit about small cafes i guess")
    #expect(script.dialogue.state.phase == .closingSession(.finished))
    let rated = script.type("45")
    #expect(ExploreScript.reflections(rated).contains("So 45 now, down from 70 at the start."))
    #expect(ExploreScript.question(rated)?.text == Self.closingWord)
    let yes = script.type("yeah")
    #expect(ExploreScript.question(yes)?.text == "Go on, what would you add?")
    let last = script.type("nah actually thats all, cheers")
    #expect(script.dialogue.state.phase == .finished)
    #expect(last.outputs.contains(.closingSummary))
  }

  @Test(
    "a goodbye, /quit or the end of input at the closing word ends the session at once",
    arguments: ["/quit", "no thats all", "gotta go, bye", ""])
  func goodbyeEnds(line: String) {
    var script = Self.atRerate(
      "Cities should ban cars from the centre",
      answer: "the air is awful, my neighbour drives though")
    #expect(script.dialogue.state.currentQuestion?.arc == ExploreArcStep.rerate.rawValue)
    script.type("70 still")
    #expect(script.dialogue.state.phase != .finished)
    let last = line.isEmpty ? script.endInput() : script.type(line)
    #expect(script.dialogue.state.phase == .finished)
    #expect(last.outputs.contains(.closingSummary))
    #expect(ExploreScript.question(last) == nil)
    #expect(!ExploreScript.notices(last).contains { $0.contains("0 to 100") })
  }
}
