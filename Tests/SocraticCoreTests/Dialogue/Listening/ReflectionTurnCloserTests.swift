import Testing

@testable import SocraticCore

@Suite("A sentence that closes on 'mostly' comes down to something only when it names it")
struct ReflectionTurnCloserTests {
  @Test(
    "'really' closes any turn; 'mostly' and 'mainly' only one that names what it comes down to",
    arguments: [
      ("the bus, the parking. its the rent mostly", "it's the rent, mostly"),
      ("the bus, the parking. it's the damp really", "it's the damp, really"),
    ] as [(String, String)])
  func closerKept(line: String, turn: String) {
    #expect(ReflectionWriter.turningPoint(in: line)?.lowercased() == turn)
  }

  @Test("'mostly' after what they do says how often, and turns nothing")
  func habitIsNoTurn() {
    let turn = ReflectionWriter.turningPoint(
      in: "the papers went. i listen to the radio mostly")
    #expect(turn?.contains("really") != true, "\(turn ?? "nil")")
    #expect(turn?.hasSuffix(", mostly") != true, "\(turn ?? "nil")")
  }
}
