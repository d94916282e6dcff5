import Foundation
import SocraticCore
import Testing

@Suite("InversionEngine")
struct InversionEngineTests {
  let engine = InversionEngine()

  @Test("reads DESIGN.md's example as the contract says")
  func contractExample() throws {
    let analysis = try engine.analyze("I think crypto is a scam because of FTX.")
    #expect(
      analysis
        == BeliefAnalysis(
          belief: "I think crypto is a scam because of FTX.", claim: "crypto is a scam",
          inverted: "crypto is not a scam", reason: "because of FTX", terms: ["scam"],
          topics: []))
    let questions = engine.questions(for: analysis)
    #expect(questions.first == Question(kind: .inversion, text: "Why might crypto not be a scam?"))
  }

  @Test(
    "asks the why-not question by inversion or a modal, never by gluing",
    arguments: [
      ("AI regulation will stifle innovation.", "Why might AI regulation not stifle innovation?"),
      ("Nobody needs a central bank.", "Why might somebody need a central bank?"),
      ("Banks caused the crisis.", "Why might banks not have caused the crisis?"),
      ("We should ban TikTok.", "Why should we not ban TikTok?"),
      ("Don't trust banks.", "Why might it be wise to trust banks?"),
      ("The ferry is still perfectly safe.", "Why might the ferry no longer be perfectly safe?"),
      ("She is always so calm.", "Why might she not always be so calm?"),
    ])
  func whyNot(belief: String, question: String) throws {
    let questions = engine.questions(for: try engine.analyze(belief))
    #expect(questions.first?.text == question)
  }

  @Test(
    "asks about the exceptions a denied universal means, and about a denied duty as a whole",
    arguments: [
      ("All politicians are corrupt.", "Why might some politicians not be corrupt?"),
      ("Everybody lies on their CV.", "Why might some people not lie on their CV?"),
      ("Every war is about resources.", "Why might some wars not be about resources?"),
      ("Everyone can learn to code.", "Why might some people not be able to learn to code?"),
      ("Many banks will fail.", "Why might few banks fail?"),
      (
        "Everyone should learn to code.",
        "Why might it be that not everyone should learn to code?"
      ),
      ("Only banks will fail.", "Why might it be that not only banks will fail?"),
      ("Some banks will fail.", "Why might no banks fail?"),
      ("We should all eat less meat.", "Why should we not all eat less meat?"),
      (
        "Hardly anyone uses Bitcoin to buy things.",
        "Why might quite a few people use Bitcoin to buy things?"
      ),
      (
        "Nothing will change until the voting system changes.",
        "Why might something change before the voting system changes?"
      ),
      (
        "Honestly the new tax on sugar won't make anyone healthier.",
        "Why might the new tax on sugar make someone healthier?"
      ),
      (
        "I used to think crypto was a scam, but now I'm not sure.",
        "Why might you not have thought crypto was a scam?"
      ),
      // A second predicate of the same subject is no clause of its own: kept whole.
      (
        "I'm nervous I'll buy a bike and never ride it.",
        "Why might you not be nervous you'll buy a bike and never ride it?"
      ),
      (
        "im worried ill book the trip and not enjoy it",
        "Why might you not be worried you'll book the trip and not enjoy it?"
      ),
    ])
  func quantifiedWhyNot(belief: String, question: String) throws {
    let questions = engine.questions(for: try engine.analyze(belief))
    #expect(questions.first?.text == question)
  }

  @Test(
    "asks about a subject without its quantifier, in the plural for 'every' and 'no'",
    arguments: [
      ("No country has ever become rich through tariffs.", "countries"),
      ("Each generation thinks the next one is lazy.", "generations"),
      ("\"Trickle-down economics\" has never worked.", "trickle-down economics"),
      ("Neither candidate has a plan.", "candidates"),
      ("Over 60% of marriages end badly.", "marriages"),
      ("More than half of the players are tired.", "the players"),
    ])
  func subjectAskedAbout(belief: String, subject: String) throws {
    let texts = engine.questions(for: try engine.analyze(belief)).map(\.text)
    #expect(texts.contains("What are you taking for granted about \(subject)?"))
  }

  @Test(
    "asks whether a claim led by a condition holds with the condition at its end",
    arguments: [
      ("If we raise taxes, companies will leave.", "companies will leave if we raise taxes"),
      ("Unless prices fall, nobody will buy.", "nobody will buy unless prices fall"),
      ("In the long run, crypto will fail.", "crypto will fail in the long run"),
      ("Crypto will fail.", "crypto will fail"),
    ])
  func whetherWithCondition(belief: String, asked: String) throws {
    let texts = engine.questions(for: try engine.analyze(belief)).map(\.text)
    #expect(texts.contains("Why does the question of whether \(asked) matter to you?"))
    #expect(!texts.contains { $0.contains("whether if") || $0.contains("whether unless") })
  }

  @Test(
    "reads a participle joined to a bare noun before the verb as part of the subject",
    arguments: [
      (
        "honestly being self employed beats sitting in an office all day",
        "being self employed does not beat sitting in an office all day"
      ),
      (
        "hand made furniture lasts longer than flat pack stuff",
        "hand made furniture does not last longer than flat pack stuff"
      ),
      ("state owned buses would run on time", "state owned buses would not run on time"),
      // A past verb after its own subject is still the verb.
      ("the council wasted money on the lane", "the council did not waste money on the lane"),
    ])
  func compoundParticiple(belief: String, inverted: String) throws {
    #expect(try engine.analyze(belief).inverted == inverted)
  }

  @Test(
    "takes no plain noun inside a compound for a loaded term",
    arguments: [
      ("Nuclear power is the only realistic path to net zero.", ["only"]),
      ("Most economists agree that rent control makes housing worse.", ["worse"]),
      ("Power plants are dangerous.", ["dangerous"]),
      ("Billionaires have too much power.", ["too much", "power"]),
      ("Absolute power corrupts absolutely.", ["power", "corrupts", "absolutely"]),
      ("Big Tech controls what we think.", ["controls"]),
      ("Free speech should have limits.", ["free speech"]),
      ("Hardly anyone reads the news.", []),
      ("Federer is the best player of all time.", ["best"]),
      ("Crypto isn't useful at all.", []),
      ("After all, the referee is human.", ["human"]),
      ("All in all, the season was a failure.", ["failure"]),
      ("All politicians lie.", ["all", "lie"]),
    ])
  func compoundTerms(belief: String, terms: [String]) throws {
    #expect(try engine.analyze(belief).terms == terms)
  }

  @Test("asks the inversion family, about the terms and about the stated reason")
  func families() throws {
    let texts = engine.questions(
      for: try engine.analyze("Crypto is a scam because it has no intrinsic value.")
    ).map(\.text)
    #expect(
      texts.contains(
        "What would have to be true for the opposite, that crypto is not a scam, to hold?"))
    #expect(
      texts.contains("What would be the likeliest reason if you turned out to be wrong about this?")
    )
    #expect(
      texts.contains(
        "What would most likely have changed your mind if, five years from now, you no longer "
          + "believed that crypto is a scam?"))
    #expect(
      texts.contains("How would you judge the belief that crypto is a scam if a stranger held it?"))
    #expect(texts.contains("What evidence would convince you that crypto is not a scam?"))
    #expect(texts.contains("What exactly do you mean by \u{201C}scam\u{201D}?"))
    #expect(texts.contains("What makes you confident that it has no intrinsic value?"))
  }

  @Test("speaks to the person about their own beliefs")
  func secondPerson() throws {
    let texts = engine.questions(for: try engine.analyze("My boss hates me because I am late."))
      .map(\.text)
    #expect(texts.first == "Why might your boss not hate you?")
    #expect(texts.contains("What makes you confident that you are late?"))
  }

  @Test("varies the wording with a seed, the same seed always choosing the same")
  func seeds() throws {
    let analysis = try engine.analyze("Remote work kills productivity.")
    let unseeded = engine.questions(for: analysis)
    #expect(engine.questions(for: analysis) == unseeded)
    #expect(engine.questions(for: analysis, seed: 42) == engine.questions(for: analysis, seed: 42))
    let seeded = (1...5).map { engine.questions(for: analysis, seed: $0) }
    #expect(seeded.contains { $0 != unseeded })
    for questions in seeded {
      #expect(Set(questions.map(\.kind)) == Set(QuestionKind.allCases))
      #expect(questions.count >= 10)
    }
  }

  @Test("matches topics from the index it is given, and packs' extra terms")
  func topicsAndTerms() throws {
    let index = TopicIndex([
      (id: "crypto", keywords: ["crypto", "bitcoin"]), (id: "ai", keywords: ["AI"]),
    ])
    let engine = InversionEngine(topicIndex: index, extraTerms: ["whales"])
    let analysis = try engine.analyze("Bitcoin whales manipulate prices. AI helps them.")
    #expect(analysis.topics == ["crypto", "ai"])
    #expect(analysis.terms == ["whales", "manipulate"])
    #expect(try InversionEngine().analyze("Bitcoin is gold.").topics == [])
  }

  @Test(
    "someone of their life is never a term to define; a thing still is",
    arguments: [
      ("My grandad should stop driving.", nil),
      ("Her boss is being unfair to her.", nil),
      (
        "Group chats are exhausting.",
        "When you say \u{201C}group chats\u{201D}, what exactly do you have in mind?"
      ),
    ] as [(String, String?)])
  func personIsNoTerm(belief: String, subjectQuestion: String?) throws {
    let questions = engine.questions(for: try engine.analyze(belief)).map(\.text)
    let asked = questions.first { $0.hasPrefix("When you say \u{201C}") }
    #expect(asked == subjectQuestion, "\(questions)")
  }

  @Test("gives pack templates their values")
  func placeholderValues() throws {
    let analysis = try engine.analyze("Crypto is a scam.")
    let template = QuestionTemplate(kind: .inversion, text: "If {inverted}, what would you expect?")
    #expect(
      template.filled(with: analysis.placeholderValues())?.text
        == "If crypto is not a scam, what would you expect?")
    #expect(analysis.placeholderValues(topicTitle: "Crypto")[.topic] == "Crypto")
    #expect(analysis.placeholderValues()[.term] == "scam")
  }

  @Test("throws NotABelief for what is not a belief")
  func notABelief() {
    #expect(throws: NotABelief.question(suggestion: "Crypto is a scam.")) {
      try engine.analyze("Is crypto a scam?")
    }
    #expect(throws: NotABelief.empty) { try engine.analyze(" ") }
  }
}
