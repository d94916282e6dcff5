import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief with two reasons and nothing else to say.
private let laneBelief = PackBelief(
  text: "Bike lanes make a high street busier.", side: .for,
  reasons: [
    "People on bikes stop at more shops than drivers do.",
    "A street with fewer cars is a nicer place to linger.",
  ])

private let lanesPack = TopicPack(
  id: "lanes", title: "Bike lanes", version: 1, keywords: ["bike", "lanes", "cycling"],
  beliefs: [laneBelief],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's replies to some lines, in order.
private func replies(to lines: [String]) throws -> [String] {
  var script = drill(holdingFirstBeliefOf: lanesPack)
  return try lines.map { try personaReply(in: script.type($0)).text }
}

/// A persona asked what would happen in a case it has not thought through guesses from a
/// reason it has not given yet, never from one it has: a reason said again in a wrapper is a
/// stock dodge, not an answer.
@Suite struct PersonaNoStockDodgeTests {
  @Test("a guess at a new case ends in a reason not given yet")
  func guessFromAnUnsaidReason() throws {
    let said = try replies(to: [
      "why do you reckon the lanes bring people in?",
      "what would happen if the council put a bus gate at the top of the road?",
    ])
    let reasonGiven = try #require(laneBelief.reasons.first { said[0].contains($0) })
    let other = try #require(laneBelief.reasons.first { $0 != reasonGiven })
    #expect(!said[1].lowercased().contains(reasonGiven.dropLast().lowercased()), "\(said)")
    #expect(said[1].lowercased().contains(other.dropLast().lowercased()), "\(said)")
  }

  @Test("with every reason given, a new case is one it owns it has not thought through")
  func noReasonLeftToGuessFrom() throws {
    let said = try replies(to: [
      "why do you reckon the lanes bring people in?",
      "what would happen if the council put a bus gate at the top of the road?",
      "what would happen if a big supermarket opened on the ring road?",
    ])
    for reason in laneBelief.reasons {
      #expect(said.prefix(2).contains { $0.contains(reason.dropFirst()) }, "\(said)")
    }
    for reason in laneBelief.reasons {
      #expect(!said[2].lowercased().contains(reason.dropLast().lowercased()), "\(said)")
    }
    #expect(!said[2].contains("What I do know is"), "\(said)")
  }
}

/// An impatient word about the persona's last answer before a question gives nothing of it
/// back: it is not counted as a reflection.
@Suite struct ComplaintIsNoReflectionTests {
  @Test(
    "a complaint that it said that already is no reflection",
    arguments: [
      "you already said that bit honestly. what would happen if the rent went up?",
      "u just said that lol. so what would the shop owners say?",
    ])
  func complaintIsNoReflection(line: String) {
    let count = ListeningScorecard.reflections(
      in: line, form: .open, after: "People on bikes stop at more shops than drivers do.")
    #expect(count == 0)
  }

  @Test("a reflection before a question is still counted")
  func reflectionStillCounted() {
    let count = ListeningScorecard.reflections(
      in: "so you think cyclists shop more often. what have you seen that shows it?",
      form: .open, after: "People on bikes stop at more shops than drivers do.")
    #expect(count == 1)
  }
}
