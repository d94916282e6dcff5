import Foundation
import Testing

@Suite("A session killed mid-way")
struct SessionCrashTests {
  @Test("after SIGKILL, --resume shows every answer given and goes on; show and export have them")
  func killThenResume() throws {
    let home = try SocraticProcess.temporaryFolder()
    let answers = ["Cafes are full of them.", "The last two offices I saw.", "Pay went up there."]
    var steps: [TerminalStep] = [
      .start(["--seed", "5"]),
      .expect(topicPrompt),
      .type("Remote work hurts junior developers." + Key.enter),
      .expect("(y/n) "),
      .type("y" + Key.enter),
      .expect("Confidence (0-100): "),
      .type("70" + Key.enter),
    ]
    for (index, answer) in answers.enumerated() {
      steps += [
        .expect("Question \(index + 1) \u{00B7}"), .expect(answerPrompt), .type(answer + Key.enter),
      ]
    }
    steps += [
      .expect("Question 4 \u{00B7}"), .expect(answerPrompt), .signal(SIGKILL), .waitForExit(),
      .start(["--resume", "last"], session: "resumed"),
      // The notice is wrapped to the terminal's 80 columns after "waits".
      .expect(
        "Picking up where you left off (3 questions answered): question 4 waits", in: "resumed"),
      .expect(answerPrompt, in: "resumed"),
      .type("They learn less." + Key.enter, in: "resumed"),
      .expect("Question 5 \u{00B7}", in: "resumed"),
      .expect(answerPrompt, in: "resumed"),
      .type(Key.ctrlD, in: "resumed"),
      .expect("Confidence (0-100): ", in: "resumed"),
      .type("65" + Key.enter, in: "resumed"),
      .expect("Where you ended up", in: "resumed"),
      .waitForExit(of: "resumed"),
    ]
    let run = try PseudoTerminal.run(steps, home: home)
    #expect(run.failure == nil)
    #expect(run.main.signal == SIGKILL)
    let resumed = try #require(run.sessions["resumed"])
    #expect(resumed.status == 0)
    for answer in answers { #expect(resumed.output.contains(answer)) }
    #expect(resumed.output.contains("Confidence: 70 \u{2192} 65 (-5)"))
    #expect(resumed.output.contains("Answered: 4 questions"))

    let log = try SessionLog.only(in: home)
    #expect(log.answers == answers + ["They learn less."])
    #expect(log.types.filter { $0 == "resumed" }.count == 1)
    let shown = try SocraticProcess.run(["sessions", "show", "last"], home: home)
    #expect(shown.status == 0)
    let exported = try SocraticProcess.run(["sessions", "export", "last"], home: home)
    #expect(exported.status == 0)
    for answer in answers + ["They learn less."] {
      #expect(shown.stdout.contains(answer))
      #expect(exported.stdout.contains(answer))
    }
  }

  @Test("a session still open in one terminal cannot be resumed in another; the first goes on")
  func resumeWhileOpen() throws {
    let home = try SocraticProcess.temporaryFolder()
    let steps: [TerminalStep] = [
      .start(["--seed", "5"]),
      .expect(topicPrompt),
      .type("Remote work hurts junior developers." + Key.enter),
      .expect("(y/n) "),
      .type("y" + Key.enter),
      .expect("Confidence (0-100): "),
      .type("70" + Key.enter),
      .expect("Question 1 \u{00B7}"), .expect(answerPrompt),
      .start(["--resume", "last"], session: "second"),
      .expect("is open in another socratic", in: "second"),
      .waitForExit(of: "second"),
      .type("Cafes are full of them." + Key.enter),
      .expect("Question 2 \u{00B7}"), .expect(answerPrompt),
      .type(Key.ctrlD),
      .expect("Confidence (0-100): "),
      .type("60" + Key.enter),
      .waitForExit(),
    ]
    let run = try PseudoTerminal.run(steps, home: home)
    #expect(run.failure == nil)
    let second = try #require(run.sessions["second"])
    #expect(second.status == 1)
    let id = try SessionLog.only(in: home).id
    #expect(second.output.contains("The session \(id) is open in another socratic."))
    #expect(run.main.status == 0)
    let log = try SessionLog.only(in: home)
    #expect(log.answers == ["Cafes are full of them."])
    #expect(!log.types.contains("resumed"))
  }
}
