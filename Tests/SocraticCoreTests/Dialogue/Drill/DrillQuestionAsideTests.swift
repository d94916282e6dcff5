import Testing

@testable import SocraticCore

/// A belief about growing food, with lines of the persona's own.
private let growingPack = TopicPack(
  id: "growing", title: "Growing food", version: 1,
  keywords: ["allotment", "garden", "vegetables"],
  beliefs: [
    PackBelief(
      text: "Everyone should grow some of their own food.",
      reasons: [
        "Home-grown vegetables taste better than shop ones.", "Digging is cheaper than a gym.",
      ],
      replies: [
        "My tomatoes last summer fed the whole street.",
        "Supermarket veg travels thousands of miles.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

@Suite("An aside beside a question is no part of it: the question is coached and answered alone")
struct DrillQuestionAsideTests {
  @Test(
    "a laugh, a shrug or a wave on said around a question changes neither coaching nor reply",
    arguments: [
      (
        "what do you reckon about growing your own?",
        "what do you reckon about growing your own? ha fair enough"
      ),
      (
        "what do you reckon about growing your own?",
        "what do you reckon about growing your own? lol"
      ),
      ("why is digging cheaper?", "why is digging cheaper? go on then"),
      ("how do the tomatoes taste?", "how do the tomatoes taste? no worries, just curious"),
      ("do you ever give veg away?", "haha fair play. do you ever give veg away?"),
    ])
  func asideAsksNothing(question: String, withAside: String) throws {
    let plain = drillSteps(
      typing: ["why do you believe it?", question], holdingFirstBeliefOf: growingPack)
    let aside = drillSteps(
      typing: ["why do you believe it?", withAside], holdingFirstBeliefOf: growingPack)
    let (plainAnswer, plainCritique) = try replyAndCritique(in: plain[1])
    let (asideAnswer, asideCritique) = try replyAndCritique(in: aside[1])
    #expect(asideAnswer == plainAnswer)
    #expect(asideCritique.form == plainCritique.form)
    #expect(asideCritique.kind == plainCritique.kind)
    #expect(!asideAnswer.text.contains("haven't really thought"))
    #expect(asideAnswer.confidenceAfter >= asideAnswer.confidenceBefore)
  }

  @Test("the log keeps the line as typed, aside and all")
  func logKeepsAside() throws {
    var script = drill(holdingFirstBeliefOf: growingPack)
    script.type("why is digging cheaper? lol fair enough")
    let asked = try #require(
      script.events.lazy.compactMap { event -> SessionEvent.Asked? in
        if case .asked(let asked) = event { return asked }
        return nil
      }.first)
    #expect(asked.text == "why is digging cheaper? lol fair enough")
  }

  @Test(
    "what is read around an aside",
    arguments: [
      ("what got you into it? ha fair enough", "what got you into it?"),
      ("lol ok. do you cycle?", "Do you cycle?"),
      ("is that fair enough?", "is that fair enough?"),
      ("go on then", "go on then"),
      ("why? because it's cheap", "why? because it's cheap"),
    ])
  func questionRead(line: String, question: String) {
    #expect(QuestionAside.question(in: line) == question)
  }
}

/// The drill's asides and the critic's openers are one table: every word the critic passes
/// over at the start of a turn is an aside beside a drill question too.
@Suite struct AsideAndOpenerTableTests {
  @Test("each of the critic's turn openers, said alone before a question, is left out of it")
  func everyOpenerIsAnAside() {
    let question = "How did the hedge end up so tall?"
    let kept = CritiqueVocabulary.turnOpeners.sorted().filter {
      QuestionAside.question(in: "\($0). \(question)") != question
    }
    #expect(kept.isEmpty, "\(kept)")
  }

  @Test(
    "an opener word said after a question is no part of what the persona is asked",
    arguments: [
      "what got you digging in the first place? mate", "how long have you grown beans? um",
    ])
  func openerAfterAQuestion(line: String) {
    #expect(QuestionAside.question(in: line).hasSuffix("?"), "\(QuestionAside.question(in: line))")
  }
}
