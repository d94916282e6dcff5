import Testing

@testable import SocraticCore

/// A pack of these tests' own: a belief about a town's post office, with a reason about people
/// the persona knows, one about cost, and an other side to give.
private let postPack = TopicPack(
  id: "post", title: "Post offices", version: 1, keywords: ["post", "office", "letters"],
  beliefs: [
    PackBelief(
      text: "Every village should keep its post office.", side: .for,
      reasons: [
        "The clerks behind the counter are people I know by name.",
        "A trip to the town costs pensioners more than they can spare.",
      ],
      replies: [
        "Parcels sent from the village arrive the next day.",
        "Banks are closing too, and the counter is where people draw cash.",
      ]),
    PackBelief(
      text: "Village post offices are a luxury the country cannot afford.", side: .against,
      reasons: [
        "Most letters now go by email, so the counters stand empty half the day.",
        "A van that calls twice a week would serve the same people for less.",
      ]),
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// The post pack with another belief on the persona's side, whose lines share words with a
/// question about the persona's own belief.
private let villagePack = TopicPack(
  id: "village", title: "Village life", version: 1, keywords: postPack.keywords,
  beliefs: [
    postPack.beliefs[0],
    PackBelief(
      text: "Children need the village school to stay open.", side: .for,
      reasons: [
        "Children in small classes learn to read sooner.",
        "A village without a school empties within a generation.",
      ]),
  ],
  questions: postPack.questions)

@Suite("The drill persona hears what the asker means, not only the words")
struct PersonaHearsTheAskerTests {
  @Test("asked about someone it knows on the other side, it tells what they say")
  func dissenterIsAskedAbout() throws {
    var script = drill(holdingFirstBeliefOf: postPack)
    let reply = try personaReply(
      in: script.type("is there anyone you know who thinks the village doesnt need one"))
    #expect(!reply.text.contains("comes to mind, one of the clerks"), "\(reply.text)")
    #expect(reply.text.contains("other way"), "\(reply.text)")
    #expect(reply.text.contains("email") || reply.text.contains("van"), "\(reply.text)")
  }

  @Test("its own words said back in surprise, with what the asker makes of them, is a reflection")
  func surprisedEchoIsAReflection() throws {
    var script = drill(holdingFirstBeliefOf: postPack)
    let first = try personaReply(in: script.type("why do you care about it so much"))
    try #require(first.text.contains("clerks"))
    let step = script.type(
      "the clerks are people you know?? thats lovely, so it feels like it belongs to the village")
    let (reply, critique) = try replyAndCritique(in: step)
    #expect(critique.form == "reflection", "\(critique)")
    #expect(!reply.text.hasPrefix("Not that I know of"), "\(reply.text)")
    #expect(!reply.text.contains("won't talk me into it"), "\(reply.text)")
  }

  @Test("a reflection in another degree of its own word gives back what it said")
  func otherDegreeIsGivenBack() throws {
    #expect(
      !ReflectionFit.addsView(
        "so it's less about what the gadgets can do and more about what's cheapest for the firms",
        said: ["Firms will drop staff whenever machines come cheaper."]))
  }

  @Test("someone the asker pictures is said back as the persona's own acquaintance")
  func picturedAcquaintance() throws {
    var script = drill(holdingFirstBeliefOf: postPack)
    let reply = try personaReply(
      in: script.type("think of someone you know who's given up on letters, what would they say?"))
    #expect(reply.text.hasPrefix("Someone I know who's given up on letters"), "\(reply.text)")
  }

  @Test("steps asked of its own belief come from its own lines, not another belief's")
  func stepsStayOnItsBelief() throws {
    var script = drill(holdingFirstBeliefOf: villagePack)
    let reply = try personaReply(
      in: script.type(
        "how would that work step by step, like the post office stays open and the children grow up, then what"
      ))
    #expect(!reply.text.contains("classes") && !reply.text.contains("school"), "\(reply.text)")
  }

  @Test("the asker's 'you' as an object is the persona's 'me'")
  func youAsObject() throws {
    var script = drill(holdingFirstBeliefOf: postPack)
    let reply = try personaReply(
      in: script.type("think of someone close to you, what would they say?"))
    #expect(reply.text.hasPrefix("Someone close to me? They'd probably say"), "\(reply.text)")
  }

  @Test("a time it saw it differently itself is no question about the other side")
  func itsOwnOtherView() throws {
    var script = drill(holdingFirstBeliefOf: postPack)
    let reply = try personaReply(in: script.type("was there a time you saw it differently?"))
    #expect(!reply.text.contains("people I know see it the other way"), "\(reply.text)")
  }
}
