import Testing

@testable import SocraticCore

@Suite("A pack's questions are asked only of beliefs they fit")
struct QuestionFitTests {
  let library = PackLibrary.builtIn()

  /// The texts of a pack's questions that fit a belief, the belief's topics matched as a session
  /// matches them.
  private func questions(of id: String, fitting belief: String) -> [String] {
    let topics = library.topics(in: belief)
    #expect(topics.contains(id), "\(belief) matches \(topics)")
    return library.packs(forTopics: topics, fitting: belief)
      .first { $0.pack.id == id }?.pack.questions.map(\.text) ?? []
  }

  @Test("a belief about tariffs gets the geopolitics pack's questions, but none about war")
  func tariffsAreNotAWar() {
    let asked = questions(
      of: "geopolitics", fitting: "Tariffs on cheap imports will save our steel towns.")
    #expect(!asked.isEmpty)
    #expect(!asked.contains { $0.contains("winning, losing or peace") })
    #expect(!asked.contains { $0.contains("conflict") })
  }

  @Test("a belief about a war keeps the pack's war questions")
  func warKeepsWarQuestions() {
    let asked = questions(
      of: "geopolitics", fitting: "A war only plants the seeds of the next one.")
    #expect(asked.contains { $0.contains("winning, losing or peace") })
  }

  @Test("a belief about AI and artists gets no questions about regulation; one about licences does")
  func regulationOnlyWhenItIsTheSubject() {
    let art = questions(
      of: "ai-regulation", fitting: "Pictures made by AI are stolen from illustrators.")
    #expect(!art.contains { $0.contains("What would regulation mean in practice") })
    #expect(art.contains { $0.contains("Which harms from AI worry you most") })
    let school = questions(
      of: "ai-regulation", fitting: "Students should not be allowed to use AI for homework.")
    #expect(!school.contains { $0.contains("rule on AI") })
    let licence = questions(
      of: "ai-regulation", fitting: "Lawmakers should license every big AI model.")
    #expect(licence.contains { $0.contains("What would regulation mean in practice") })
  }

  @Test("a term's question about losing is for a contest, not for any unfairness")
  func fairnessOfLosingIsForContests() {
    let school = library.termQuestions(
      for: "fair",
      fitting: QuestionFit.subjects(in: "Banning phones in class is not fair to the older kids."))
    #expect(!school.contains { $0.text.contains("someone who lost") })
    #expect(!school.isEmpty)
    let count = library.termQuestions(
      for: "fair",
      fitting: QuestionFit.subjects(in: "The way the votes were counted was not fair."))
    #expect(count.contains { $0.text.contains("someone who lost") })
  }

  @Test("words in another sense do not tie a question to a subject")
  func otherSenses() {
    #expect(QuestionFit.subjects(in: "What would someone who lost their savings say?").isEmpty)
    #expect(QuestionFit.subjects(in: "How would the losing side see it?") == ["contest"])
  }

  @Test("the questions filled for a belief are those that fit its claim")
  func filledQuestionsFit() {
    let belief = "Tariffs on cheap imports will save our steel towns."
    let filled = library.questions(
      forTopics: library.topics(in: belief), filling: [.claim: belief, .inverted: belief])
    #expect(!filled.isEmpty)
    #expect(!filled.contains { $0.text.contains("winning, losing or peace") })
  }

  @Test("a facilitator's own pack keeps every question it matches")
  func facilitatorPackKeepsItsQuestions() {
    let pack = TopicPack(
      id: "steel", title: "Steel", version: 1, keywords: ["steel"],
      questions: [QuestionTemplate(kind: .viewpoints, text: "Who wins and who loses here?")])
    let library = PackLibrary([LoadedPack(pack: pack, source: .packOption(path: "steel.yaml"))])
    let kept = library.packs(forTopics: ["steel"], fitting: "Steel towns deserve help.")
    #expect(kept.first?.pack.questions.count == 1)
  }
}
