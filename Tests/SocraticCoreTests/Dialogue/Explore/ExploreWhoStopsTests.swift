import Testing

@testable import SocraticCore

/// A need to run or dash ends the session only when it is the person's own: someone else who
/// needs to run ("huskies need to run") is a reason about them.
@Suite("Explore ends only on the person's own stop")
struct ExploreWhoStopsTests {
  private func said(after answer: String) -> [String] {
    var script = ExploreScript()
    script.type(["My husky would be happier in the countryside.", "y", "70", answer])
    return script.events.compactMap { event -> String? in
      if case .said(let value) = event { return value.text }
      return nil
    }
  }

  @Test(
    "someone else's need to run is no goodbye",
    arguments: [
      "huskies are sled dogs, they need to run",
      "honestly labs are the same, they have to run",
    ])
  func someoneElse(answer: String) {
    #expect(!said(after: answer).contains(ExploreDialogue.leavingNotice))
  }

  @Test("a greeting's 'see you' is no goodbye", arguments: ["honestly so nice to see you"])
  func greeting(answer: String) {
    #expect(!said(after: answer).contains(ExploreDialogue.leavingNotice))
  }

  @Test(
    "the person's own need to run ends the session",
    arguments: ["sorry need to run", "ok, gotta run", "i really need to dash", "i'll have to run"])
  func theirOwn(answer: String) {
    #expect(said(after: answer).contains(ExploreDialogue.leavingNotice))
  }
}
