import Testing

@testable import SocraticCore

/// A pack of the tests' own with a belief on each side, so the persona has an other side to give.
private let streetsPack = TopicPack(
  id: "streets", title: "City streets", version: 1, keywords: ["car", "cars", "street", "traffic"],
  beliefs: [
    PackBelief(
      text: "Cities should close their centres to cars.", side: .for,
      reasons: [
        "Exhaust in narrow streets makes the air unhealthy to breathe.",
        "Streets without cars will bring more people to local shops.",
      ],
      replies: [
        "Pedestrian zones in many towns have kept their shops busy.",
        "Buses and bikes carry far more people than cars on the same road.",
      ]),
    PackBelief(
      text: "Closing city centres to cars shuts out people who cannot walk far.", side: .against,
      reasons: [
        "Older and disabled people depend on driving to the door.",
        "Plumbers and electricians need a van to reach their work.",
      ]),
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The persona's answer in a step.
private func answer(_ step: DialogueStep) -> PersonaAnswer? {
  step.outputs.lazy.compactMap { output -> PersonaAnswer? in
    if case .personaReply(let answer) = output { return answer }
    return nil
  }.first
}

@Suite("The drill persona answers about the thing a follow-up names")
struct PersonaFollowUpTests {
  @Test("a thing no line speaks of: it says it knows little of it, and is shaken")
  func unknownThing() throws {
    var script = drill(holdingFirstBeliefOf: streetsPack)
    let reply = try #require(answer(script.type("Which cities do you have in mind, like Lisbon?")))
    #expect(reply.text.hasPrefix("I don't know much about Lisbon specifically"), "\(reply.text)")
    #expect(reply.confidenceAfter < reply.confidenceBefore)
  }

  @Test("a case is asked for with a case, never with a stock exception")
  func exampleIsNoException() throws {
    var script = drill(holdingFirstBeliefOf: streetsPack)
    let reply = try #require(
      answer(script.type("Is there any real example of a town whose trade grew after the ban?")))
    #expect(!PersonaVoice.exceptionGrants.contains { reply.text.hasPrefix($0) }, "\(reply.text)")
  }

  @Test("no stock exception line twice in a drill")
  func exceptionsVary() throws {
    var script = drill(holdingFirstBeliefOf: streetsPack)
    let first = try #require(answer(script.type("Is there ever a street where cars belong?")))
    let second = try #require(answer(script.type("Was there ever a ban you thought went too far?")))
    let grants = [first.text, second.text].compactMap { reply in
      PersonaVoice.exceptionGrants.first { reply.hasPrefix($0) }
    }
    #expect(Set(grants).count == grants.count, "\(first.text) / \(second.text)")
  }

  @Test("asked what those who disagree say: the pack's other side, never the belief negated")
  func opposition() throws {
    var script = drill(holdingFirstBeliefOf: streetsPack)
    let reply = try #require(
      answer(script.type("What do the people who disagree with you usually say?")))
    #expect(
      reply.text
        == "People who disagree would say it's not that simple: older and disabled people "
        + "depend on driving to the door.")
  }

  @Test("what would change its mind is a kind of evidence, never a reason said back undone")
  func changeOfMindByWeight() throws {
    var script = drill(holding: "Democracies should defend Taiwan")
    let reply = try #require(answer(script.type("What would change your mind on this?")))
    #expect(reply.text.hasPrefix("I'd change my mind if the people of Taiwan"), "\(reply.text)")
    #expect(!reply.text.contains("is a democracy"))
  }

  @Test("a leading question is rebuffed short, without the asker's words said back")
  func leadingNamesItsTopic() throws {
    var script = drill(holdingFirstBeliefOf: streetsPack)
    let reply = try #require(
      answer(script.type("Isn't it obvious that shopkeepers hate these bans?")))
    #expect(!reply.text.lowercased().contains("shopkeepers"), "\(reply.text)")
    #expect(PersonaVoice.shortDefences.contains { reply.text.hasSuffix($0) })
    #expect(reply.confidenceAfter > reply.confidenceBefore)
  }

  @Test("its story names what it was asked about, in its own words")
  func originNamesTopic() throws {
    var script = drill(holdingFirstBeliefOf: streetsPack)
    let reply = try #require(answer(script.type("How did you first come to care about pollution?")))
    #expect(reply.text.contains("pollution"), "\(reply.text)")
    #expect(reply.text.hasSuffix(": exhaust in narrow streets makes the air unhealthy to breathe."))
    let again = try #require(answer(script.type("What first got you into this way of thinking?")))
    #expect(again.text.prefix(20) != reply.text.prefix(20), "\(again.text)")
  }
}
