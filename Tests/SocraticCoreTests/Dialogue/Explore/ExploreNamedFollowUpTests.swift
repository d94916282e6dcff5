import Testing

@testable import SocraticCore

/// Conversations in which the next question must name what it is about, build on what was
/// answered, and never reach for a stock line: a story named as the story, a loss met before it
/// is weighed, a reason leaned on twice built on, an admission never turned into a story, a
/// question put back answered warmly and never in the same words twice.
@Suite("Explore names what it asks about and builds on what was answered")
struct ExploreNamedFollowUpTests {
  private func session(_ belief: String) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "70"])
    return script
  }

  /// Stock lines that name nothing, which people met with "from what?", "shape it how?".
  private static let unnamedLines = [
    "What did you take away from that?", "How did that shape the way you see this?",
    "What makes that the heart of it for you?",
  ]

  /// What was said to a question put back in a step: its notices, reflections aside.
  private func said(_ step: DialogueStep) -> [String] {
    ExploreScript.notices(step).filter { !ExploreScript.reflections(step).contains($0) }
  }

  @Test("a loss told is asked about as the story it is, named, and never weighed as typical")
  func lossNamedNotWeighed() {
    var script = session("The fighting along the border is pointless.")
    let step = script.type("my cousin was killed at a checkpoint three years ago")
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(question.contains("your cousin"), "\(question)")
    #expect(!question.contains("typical"), "\(question)")
    #expect(!Self.unnamedLines.contains(question), "\(question)")
  }

  @Test("an event of their own is named in their words before it is asked about")
  func eventNamed() {
    var script = session("Buying a house is a trap for young couples.")
    let step = script.type("because we bought in 2021 and the rate reset last spring")
    let questions = script.questions.map(\.text)
    #expect(!questions.contains(where: Self.unnamedLines.contains), "\(questions)")
    #expect(ExploreScript.question(step) != nil)
  }

  @Test("someone who came back to the same person twice is not asked which reason counts most")
  func leanedOnIsBuiltOn() {
    var script = session("Teenagers should not have smartphones.")
    script.type("because my niece was up till 2am every night on hers")
    script.type("also because my niece gets picked on in the class chat")
    let step = script.type("i dont know, both")
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(question.hasPrefix("You keep coming back to your niece."), "\(question)")
    #expect(!script.questions.contains { $0.text.contains("which reason") })
  }

  @Test("an admission is neither held against the view nor asked about as something lived")
  func admissionIsNoStory() {
    var script = session("The new maths textbooks are too hard.")
    script.type("they skip the basic steps")
    let step = script.type("ok i havent actually looked at the newest edition")
    let question = ExploreScript.question(step)?.text ?? ""
    #expect(!question.contains("looked at the newest edition"), "\(question)")
    #expect(!question.contains("hold the two"), "\(question)")
  }

  @Test("a worried question about themselves is answered warmly, in other words the second time")
  func worriedQuestionAnsweredWarmly() {
    var script = session("My brother should take our father in.")
    script.type("because i have done it alone for four years")
    let first = said(script.type("is it selfish of me to want that?"))
    #expect(first.contains { $0.contains("wrong") }, "\(first)")
    #expect(!first.contains(where: ExploreDialogue.standAnswers.contains), "\(first)")
    let second = said(script.type("do you think i'm being unreasonable?"))
    #expect(second.contains { $0.contains("wrong") }, "\(second)")
    #expect(Set(first).isDisjoint(with: second), "\(first) \(second)")
  }

  @Test("'what do you think?' twice is answered in other words the second time")
  func askedBackTwice() {
    var script = session("Homework should be banned in primary school.")
    script.type("because kids need to play after school")
    let first = said(script.type("what do you think?"))
    script.type("the evenings are short")
    let second = said(script.type("what do you think though?"))
    #expect(!first.isEmpty && !second.isEmpty, "\(first) \(second)")
    #expect(Set(first).isDisjoint(with: second), "\(first) \(second)")
  }

  @Test("the built-in packs ask no question that insinuates, presumes or names nothing")
  func packsRetireStockLines() {
    let retired = [
      "Who gains if", "assumptions behind your belief", "study this question for a living",
      "phrase it if 'never'",
    ]
    let texts = BuiltInPacks.all.flatMap { loaded in
      loaded.pack.questions.map(\.text) + loaded.pack.terms.flatMap { $0.questions.map(\.text) }
    }
    for phrase in retired {
      #expect(!texts.contains { $0.contains(phrase) }, "\(phrase)")
    }
  }
}
