import Testing

@testable import SocraticCore

/// Conversations in which the moment of an answer sits beside a weaker part of it: the point
/// after a scene-setting clause, a "we" of everyone, a feeling someone else put on them, a
/// feeling or a personal reading turned down, a loss said sideways. What is given back right
/// after each.
@Suite("Explore takes up the point and the moment, in their words and their person")
struct ExploreMomentTakenUpTests {
  @Test("the clause that carries the point is given back, never the aside before it")
  func pointOverAside() {
    var script = ExploreScript.questioning("Self-checkouts are bad for shops.")
    var said = ExploreScript.reflections(
      script.type(
        "the queues are just annoying, the real problem is once the tills go those jobs never come back"
      ))
    #expect(said.contains { $0.contains("those jobs never come back") }, "\(said)")
    #expect(!said.contains { $0.contains("queues") }, "\(said)")
    said = ExploreScript.reflections(
      script.type("i read an article on it, it showed theft doubling at the stores that switched"))
    #expect(said.contains { $0.contains("theft doubling") }, "\(said)")
    #expect(!said.contains { $0.contains("you read an article") }, "\(said)")
    said = ExploreScript.reflections(
      script.type("my neighbour manages a supermarket and shrinkage costs them 3% of sales"))
    #expect(said.contains { $0.contains("3% of sales") }, "\(said)")
    #expect(!said.contains { $0.contains("manages a supermarket") }, "\(said)")
  }

  @Test("a 'we' or 'us' of people at large stays 'we', never turned on them as 'you'")
  func weOfEveryone() {
    var script = ExploreScript.questioning("Zoos should be closed.")
    var said = ExploreScript.reflections(
      script.type("elephants mourn their dead the same as us"))
    #expect(said.contains { $0.contains("the same as us") }, "\(said)")
    said = ExploreScript.reflections(
      script.type("bear pits were normal once and we got rid of them"))
    #expect(said.contains { $0.contains("we got rid of them") }, "\(said)")
    #expect(!said.contains { $0.contains("you got rid") }, "\(said)")
  }

  @Test("a feeling put on them by someone is named as theirs, a verb of harm is no feeling")
  func feelingNamedRight() {
    var script = ExploreScript.questioning("Rent controls would help cities.")
    var said = ExploreScript.reflections(
      script.type("my landlord made me feel like the problem for asking about the damp"))
    #expect(said.contains { $0.contains("blamed") }, "\(said)")
    #expect(!said.contains { $0.contains("guilty") }, "\(said)")
    said = ExploreScript.reflections(script.type("the rises hurt every shop on our parade"))
    #expect(!said.contains { $0.contains("feeling hurt") }, "\(said)")
  }

  @Test("a feeling or a personal reading turned down is owned, and their point taken up")
  func correctionOwned() {
    var script = ExploreScript.questioning("Homework should be scrapped.")
    script.type("i get furious when my daughter is still doing it at ten")
    var step = script.type("i'm not furious, i'm sad for her")
    #expect(
      ExploreScript.reflections(step).first?.hasPrefix(ReflectionWriter.repair) == true,
      "\(ExploreScript.reflections(step))")
    // One apology a session: the second miss is owned without another.
    step = script.type("this isn't about me, it's about kids having no evenings")
    #expect(!ExploreScript.notices(step).contains { $0.hasPrefix("Sorry") })
    let said = ExploreScript.reflections(step)
    #expect(
      said.contains {
        $0.hasPrefix(CorrectionReply.laterOwning) && $0.contains("kids having no evenings")
      }, "\(said)")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(TurnRequest.correction(restated: true).wordings.contains(asked), "\(asked)")
  }

  @Test("a loss said sideways is met with the feeling under it, never given back as a point")
  func lossSideways() {
    var script = ExploreScript.questioning("Older people should downsize.")
    script.type("my wife passed last winter")
    var said = ExploreScript.reflections(script.type("the bedroom is so empty now"))
    #expect(said.contains { $0.contains("lonely") }, "\(said)")
    said = ExploreScript.reflections(script.type("what if i had a fall on the stairs?"))
    #expect(said.contains { $0.contains("frightens you") }, "\(said)")
    #expect(!said.contains { $0.contains("what if") }, "\(said)")
  }

  @Test("two reflections in a row never open the same way, and a line that asks is not a view")
  func variedAndNoQuestionGiven() {
    var script = ExploreScript.questioning("Night buses should run every hour.")
    let first = ExploreScript.reflections(
      script.type("i get nervous walking home from the late shift"))
    let second = ExploreScript.reflections(script.type("i feel uneasy at the stop on my own"))
    let opening = { (text: String?) in text?.split(separator: " ").prefix(2).joined() }
    #expect(first.count == 1 && second.count == 1, "\(first) \(second)")
    #expect(opening(first.first) != opening(second.first), "\(first) \(second)")
    let asked = ExploreScript.reflections(script.type("why would the council pay for empty buses"))
    #expect(!asked.contains { $0.contains("council pay") }, "\(asked)")
  }
}
