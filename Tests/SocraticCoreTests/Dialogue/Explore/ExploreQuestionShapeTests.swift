import Testing

@testable import SocraticCore

/// Conversations in which the next question must read as plain English around the words it
/// takes from them, name someone of theirs as theirs without making them an authority, leave
/// an aside about a name alone, meet a hurt before weighing anything, and never point at
/// nothing or presume what they did not say.
@Suite("Explore fills its questions plainly and asks nothing the moment rules out")
struct ExploreQuestionShapeTests {
  /// Every question asked in a conversation about a belief, after the answers given.
  private func asked(_ belief: String, _ answers: [String]) -> [String] {
    ExploreScript.questioning(belief, answers: answers).questions.map(\.text)
  }

  @Test("a point granted with a filler 'like' is never put after 'If', and a habit is no event")
  func fillerNeverInSlot() {
    let questions = asked(
      "My housemate should do more of the washing up.",
      [
        "because he is at home every evening playing games",
        "i guess he does like all the hoovering",
      ])
    #expect(!questions.contains { $0.contains("does like") }, "\(questions)")
    #expect(!questions.contains { $0.contains("tell what happened") }, "\(questions)")
  }

  @Test("a clause run on with 'so' is never put after 'If' or 'whether'")
  func secondClauseNeverInSlot() {
    let questions = asked(
      "Our town needs a second bridge.",
      [
        "the traffic on the old one backs up every morning",
        "ok fair, the council is broke so it will never get built",
      ])
    #expect(
      !questions.contains { $0.hasPrefix("If the council") || $0.contains("whether the council") },
      "\(questions)")
  }

  @Test("someone quoted is named as theirs and asked about without being made an authority")
  func quotedPersonNamedPlainly() {
    let questions = asked(
      "Teenagers should have a part-time job.",
      ["my granddad would always say hard work never hurt anyone"])
    #expect(questions.contains { $0.contains("your granddad") }, "\(questions)")
    #expect(
      !questions.contains {
        $0.contains("granddad would") || $0.contains("someone to listen to")
          || $0.contains("weight do you give")
      }, "\(questions)")
  }

  @Test("someone they turned against is never asked about as someone to go by")
  func rejectedSourceNotWeighed() {
    let questions = asked(
      "Takeaway apps are ruining local restaurants.",
      ["my uncle literally thinks the apps saved his chip shop. i disagree"])
    #expect(
      !questions.contains {
        $0.contains("literally") || $0.contains("someone to listen to")
          || $0.contains("weight do you give")
      }, "\(questions)")
  }

  @Test("what something is called is an aside, never probed nor held against the view")
  func namingIsAnAside() {
    let questions = asked(
      "Lottery tickets are a waste of money.",
      ["half my street calls it the stupidity tax"])
    #expect(!questions.contains { $0.contains("stupidity tax") }, "\(questions)")
    #expect(!questions.contains { $0.contains("come to know that") }, "\(questions)")
  }

  @Test("someone of theirs named with no event is not asked about 'what happened'")
  func noEventNoStory() {
    let questions = asked(
      "Service charges on restaurant bills should be scrapped.",
      ["my niece is a bartender so she sees how little of it staff get"])
    #expect(!questions.contains { $0.contains("what happened with your niece") }, "\(questions)")
  }

  @Test("after a hurt to someone of theirs, nothing is weighed: it is met, by whom it befell")
  func hurtMetBeforeWeighing() {
    var script = ExploreScript.questioning(
      "Supermarkets should stop selling cheap energy drinks.",
      answers: ["they are full of caffeine and kids buy them on the way to school"])
    let step = script.type(
      "my little brother ended up in hospital and my dad cried in the car park")
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(
      question.contains("your little brother") || question.contains("your dad"), "\(question)")
    for weighing in ["typical", "know that", "weight", "disagree", "change your mind", "evidence"] {
      #expect(!question.contains(weighing), "\(question)")
    }
  }
}
