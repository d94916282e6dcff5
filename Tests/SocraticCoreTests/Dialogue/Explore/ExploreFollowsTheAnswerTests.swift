import Testing

@testable import SocraticCore

/// The next question follows what the person just said: no stock pack question after an
/// answer that gave something, no splice of a phrase that is not a clause, no bare "that"
/// when the answer said several things, no source weighed that they disowned, no kind of
/// question asked again in other words.
@Suite("Explore follows the answer")
struct ExploreFollowsTheAnswerTests {
  private func asked(_ belief: String, _ answers: [String], seed: UInt64 = 7) -> [String] {
    var script = ExploreScript(setting: DialogueFixtures.setting(seed: seed))
    script.type([belief, "y", "70"] + answers)
    return script.questions.map(\.text)
  }

  @Test("after an answer that told something, a pack question naming nothing of it is not asked")
  func noStockQuestionAfterAStory() {
    var script = ExploreScript(setting: ExploreSetting(library: .builtIn(), seed: 3))
    script.type([
      "Trump is the only politician who speaks for towns like ours.", "y", "75",
      "he stood outside our steelworks and promised to keep it open, nobody else ever bothered",
      "my brother in law lost his job at the mill when it shut in 2016",
      "the local paper called us all idiots for voting for him",
    ])
    let questions = script.questions.map(\.text)
    #expect(questions.count == 4, "\(questions)")
    #expect(!questions.contains { $0.contains("younger and older") }, "\(questions)")
  }

  @Test(
    "a noun with a participle is never pasted as a clause into 'How do you know that …?'",
    arguments: [
      ("The council is wrecking this town.", "the parking charges going up every year"),
      ("Our landlord is greedy.", "the rent going up twice in one year"),
    ])
  func participlePhraseNotPasted(belief: String, answer: String) {
    let questions = asked(belief, [answer])
    #expect(questions.count == 2, "\(questions)")
    #expect(!(questions.last ?? "").contains("going up"), "\(questions)")
  }

  @Test("'X is they …' is a splice of two clauses, never pasted into a question")
  func copulaSpliceNotPasted() {
    let questions = asked(
      "Public transport here is a joke.", ["the real problem is they never run on time"])
    #expect(questions.count == 2, "\(questions)")
    #expect(!(questions.last ?? "").contains("is they"), "\(questions)")
  }

  @Test("a source they say they do not need is not weighed as one they trust")
  func disownedSourceNotWeighed() {
    let questions = asked(
      "Supermarkets are ripping people off.",
      [
        "my weekly shop costs twice what it did",
        "the news? now and then. i dont need the news for this, i see the till receipt every week",
      ])
    #expect(questions.count == 3, "\(questions)")
    #expect(!questions.contains { $0.contains("the news") }, "\(questions)")
  }

  @Test("something of theirs that is no person is never asked about as what happened to it")
  func happenedOnlyToPeople() {
    let questions = asked(
      "Supermarkets are ripping people off.", ["my weekly shop costs twice what it did"])
    #expect(!questions.contains { $0.contains("happened to your weekly") }, "\(questions)")
  }

  @Test("where a point leaves them is one question, however it is worded")
  func whereItLeavesThemIsOneQuestion() {
    let short = QuestionIntent.purposes(of: "Where does that leave your view now?")
    let named = QuestionIntent.purposes(
      of: "Where does that leave you on whether the buses should be free?")
    #expect(!short.isEmpty && short == named, "\(short) \(named)")
    let toOthers = QuestionIntent.purposes(
      of: "What would you want your neighbours to understand about you?")
    let toMe = QuestionIntent.purposes(
      of: "What would you most want me to understand about how you see it?")
    #expect(!toOthers.isDisjoint(with: toMe), "\(toOthers) \(toMe)")
  }

  @Test("which reason weighs most is not asked after they said which, earlier in the thread")
  func weightNotAskedAfterRanking() {
    let questions = asked(
      "Schools give too much homework.",
      [
        "mostly that my son is up past ten every night doing it",
        "and he has no time for swimming anymore",
        "his teacher blames the exam board",
        "ok i suppose a bit of it helps with spelling",
        "the other parents at the gate say the same",
      ])
    #expect(
      !questions.contains { QuestionIntent.purposes(of: $0).contains(.weight) }, "\(questions)")
  }

  @Test("the line said to a question put back differs from session to session")
  func standAnswerVariesBySession() {
    let firstLines = (0..<3).compactMap { seed -> String? in
      var script = ExploreScript(setting: DialogueFixtures.setting(seed: UInt64(seed)))
      script.type(["Cities should ban cars from the centre.", "y", "60"])
      let step = script.type("whats your view on it?")
      return ExploreScript.notices(step).first(where: ExploreDialogue.standAnswers.contains)
    }
    #expect(firstLines.count == 3, "\(firstLines)")
    #expect(Set(firstLines).count > 1, "\(firstLines)")
  }

  @Test(
    "a question never opens 'You said X.' right after a reflection that gave X back",
    arguments: [
      ("The seaside towns have been left behind.", "they shut our library in the spring"),
      ("Small farms are being squeezed out.", "my uncle sold his herd last winter"),
    ])
  func noEchoedLead(belief: String, answer: String) {
    var script = ExploreScript(setting: DialogueFixtures.setting(seed: 7))
    script.type([belief, "y", "70", answer])
    let reflection = ExploreScript.reflections(script.last).last ?? ""
    let question = script.questions.last?.text ?? ""
    #expect(!reflection.isEmpty, "\(question)")
    let lead =
      question.hasPrefix("You said ") ? question.components(separatedBy: ". ").first ?? "" : ""
    let told = lead.dropFirst("You said ".count)
    #expect(lead.isEmpty || !reflection.contains(told), "\(reflection) / \(question)")
  }
}
