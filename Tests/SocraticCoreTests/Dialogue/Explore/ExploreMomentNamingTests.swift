import Testing

@testable import SocraticCore

/// The next question after a moment is about that moment, names what it asks about in the
/// person's words, and never asks what was answered.
@Suite("Explore names the moment it follows")
struct ExploreMomentNamingTests {
  @Test(
    "a 'maybe' is asked what makes them wonder, in their words",
    arguments: [
      (
        "Self checkout machines should be banned.", "maybe it's just that one store",
        "it's just that one store"
      ),
      ("Homework is useless.", "maybe the teachers are overloaded", "the teachers are overloaded"),
      (
        "Cities should ban cars downtown.", "maybe the shops would lose customers",
        "the shops would lose customers"
      ),
      (
        "Video games make kids violent.", "maybe the news makes it look worse",
        "the news makes it look worse"
      ),
      ("Tipping should be abolished.", "maybe servers would earn less", "servers would earn less"),
      ("Zoos are cruel.", "maybe the keepers care a lot", "the keepers care a lot"),
      (
        "Nuclear power is too risky.", "maybe the new reactors are safer",
        "the new reactors are safer"
      ),
      (
        "Social media ruins friendships.", "maybe my friends just got busy",
        "your friends just got busy"
      ),
      (
        "The four-day week would never work in hospitals.", "maybe the rota could change",
        "the rota could change"
      ),
      (
        "Exams measure nothing useful.", "maybe the tests show who studied",
        "the tests show who studied"
      ),
    ])
  func wondering(belief: String, answer: String, named: String) {
    var script = ExploreScript.questioning(belief)
    let asked = ExploreScript.question(script.type(answer))
    #expect(asked?.text == "What makes you wonder whether \(named)?", "\(asked?.text ?? "-")")
    #expect(asked?.arc == ExploreArcStep.moment.rawValue)
  }

  @Test(
    "a point granted in a word or two is asked how it sits with their view, never pointed at 'what we just talked about'",
    arguments: [
      "yeah true i guess", "ok fair", "fair point", "true", "ok thats fair", "hm yeah fair enough",
    ])
  func bareConcession(answer: String) {
    var script = ExploreScript.questioning("Landlords are greedy.")
    _ = script.type("because my rent went up twice in a year")
    let asked = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(!asked.contains("what we just talked about"), "\(answer): \(asked)")
  }

  @Test(
    "a 'maybe' that cannot be named whole is asked a plain question about it, never a fragment",
    arguments: [
      "maybe", "maybe not", "maybe idk", "maybe its not that", "perhaps a bit",
      "maybe, in some places", "maybe that is it", "maybe so", "maybe it is", "maybe this",
    ])
  func wonderingUnnamed(answer: String) {
    var script = ExploreScript.questioning("Remote work kills productivity.")
    let asked = ExploreScript.question(script.type(answer))?.text ?? ""
    #expect(!asked.hasPrefix("What makes you wonder whether"), "\(answer): \(asked)")
  }

  @Test(
    "what would change their mind is named in the question, in their words",
    arguments: [
      (
        "Remote work hurts juniors.", "if the new hires got promoted as fast i'd change my mind",
        "the new hires got promoted as fast"
      ),
      (
        "Rent control works.", "if rents rose faster in those cities i would rethink it",
        "rents rose faster in those cities"
      ),
      (
        "Wind farms ruin the countryside.",
        "if the turbines killed fewer birds than cats, i'd think again",
        "the turbines killed fewer birds than cats"
      ),
      (
        "Homework is useless.", "if the kids with homework scored higher, I would change my mind",
        "the kids with homework scored higher"
      ),
      (
        "Crypto is a scam.", "if shops took it for groceries I'd rethink it",
        "shops took it for groceries"
      ),
      (
        "School uniforms are pointless.", "if the fights dropped after uniforms i'd change my mind",
        "the fights dropped after uniforms"
      ),
      (
        "Tipping should be abolished.", "if servers earned more with tips, i'd change my mind",
        "servers earned more with tips"
      ),
      (
        "Zoos are cruel.", "if the animals lived longer in zoos I would see it differently",
        "the animals lived longer in zoos"
      ),
      (
        "Fast fashion should be taxed.", "if the workers were paid fairly I'd think again",
        "the workers were paid fairly"
      ),
      (
        "Electric cars are a fad.", "if the batteries lasted twenty years, i would change my mind",
        "the batteries lasted twenty years"
      ),
    ])
  func changeNamed(belief: String, answer: String, named: String) {
    var script = ExploreScript.questioning(belief)
    let asked = ExploreScript.question(script.type(answer))
    #expect(asked?.text == "If \(named), how would you find out?", "\(asked?.text ?? "-")")
  }

  @Test(
    "no question points only with a bare 'that', 'this' or 'there' at what a moment said",
    arguments: [
      "yeah true i guess", "ok fair enough", "hard to argue with that", "fair point",
      "honestly im exhausted", "it makes me sad", "im angry", "i feel stuck",
      "if it worked somewhere else id change my mind", "nothing would change my mind",
      "maybe", "i dont know anymore",
    ])
  func noBarePointer(answer: String) {
    var script = ExploreScript.questioning("The four-day week would never work in hospitals.")
    let asked = ExploreScript.question(script.type(answer))?.text ?? ""
    let retired = [
      "What do you have in mind there?", "How would you find out whether that is happening?",
      "What is it about this that leaves you feeling", "How likely do you think that is",
      "How typical do you think that experience is?", "would tell it?",
    ]
    #expect(!retired.contains { asked.contains($0) }, "\(answer): \(asked)")
  }

  @Test(
    "after a moment, the next question is not which reason weighs most, the inversion or another's view",
    arguments: [
      "maybe its just that one store", "ok fair, some of them are fine", "honestly it makes me sad",
      "maybe the staffing gets better", "i guess they have a point there", "im torn honestly",
      "hard to argue with him", "i dont know anymore", "perhaps the prices drop later",
      "fair enough, the numbers are small", "it scares me a bit", "maybe im wrong about the shops",
    ])
  func momentOutranksArc(answer: String) {
    var script = ExploreScript.questioning(
      "Self checkout machines should be banned.",
      answers: [
        "because they took real jobs away",
        "and because people just walk out with stuff, the store had to hire guards",
      ])
    let asked = ExploreScript.question(script.type(answer))
    let walksAway: Set<String> = [
      ExploreArcStep.weight.rawValue, ExploreArcStep.inversion.rawValue,
      ExploreArcStep.outsider.rawValue,
    ]
    #expect(!walksAway.contains(asked?.arc ?? ""), "\(answer): \(asked?.text ?? "-")")
    #expect(asked?.kind != .inversion, "\(answer): \(asked?.text ?? "-")")
  }

  @Test(
    "another person's eyes on it is one purpose, however it is worded",
    arguments: [
      "How might a friend who knows you well see this?",
      "How might someone who disagrees with you explain the same facts?",
      "Who do you know who sees this differently, and what might they say?",
      "How would others see it?", "How might your friends view it?",
      "How would other people explain it?", "What would someone who knows you well say?",
      "How do others see it?", "What would people who disagree say?",
      "How would a friend explain it?",
    ])
  func otherSide(question: String) {
    #expect(QuestionIntent.purposes(of: question).contains(.otherSide), "\(question)")
  }

  @Test(
    "a source named as what would change their mind is never asked how far they trust it",
    arguments: [
      "a real trial on a ward, with the numbers before and after",
      "a proper study on it, done by someone neutral", "the data from a few years of it",
      "some statistics from places that tried it", "a survey of the nurses who did it",
      "the figures from the pilot", "a report from the ministry on it",
      "the research on long shifts", "a documentary that followed a ward", "the stats after a year",
    ])
  func wantedSourceNotTrusted(answer: String) {
    var script = ExploreScript.questioning(
      "The four-day week would never work in hospitals.",
      answers: ["because we are short three nurses every week"])
    var asked = script.questions.last?.text ?? ""
    // Walk to the question of what would change their mind, then answer it.
    for filler in [
      "we already do long shifts", "the agency costs a fortune", "nobody gets a break",
    ]
    where !QuestionIntent.purposes(of: asked).contains(.changeMind) {
      script.type(filler)
      asked = script.questions.last?.text ?? ""
    }
    let step = script.type(answer)
    let next = ExploreScript.question(step)?.text ?? ""
    #expect(!next.contains("trust"), "\(answer): \(next)")
  }

  @Test(
    "the abstract 'single exception' question is not asked of a 'never' belief",
    arguments: [
      "The four-day week would never work in hospitals.", "Crypto will never be money.",
      "Robots will never replace nurses.", "Rent control never works.",
      "Diets never work.", "Trains will never beat planes.", "Kids never read anymore.",
      "Politicians never keep promises.", "Sanctions never work.", "Remote work will never last.",
    ])
  func noSingleException(belief: String) {
    var script = ExploreScript.questioning(belief)
    script.type(["because it has failed before", "ok", "i dont know"])
    #expect(!script.questions.contains { $0.text.contains("single exception") })
  }
}
