import Testing

@testable import SocraticCore

/// The next question after an answer that already gave something: a point for the other side,
/// what would change their mind, a feeling. It takes that up; it never asks for it again nor
/// walks away to another's view.
@Suite("Explore never asks for what was just given")
struct ExploreTakesUpWhatWasGivenTests {
  /// The purposes that ask for the other side of the belief.
  static let askingForTheOtherSide: Set<QuestionIntent> = [.opposite, .changeMind, .otherSide]

  /// A session at the point where the arc would turn to the other side: a reason given, how
  /// they know it, and where the view began.
  static func session(_ belief: String) -> ExploreScript {
    ExploreScript.questioning(
      belief,
      answers: [
        "because the people i know have seen it first hand",
        "mostly from talking to them over the years",
        "a few years back when it came up at work",
      ])
  }

  /// Whether a question asks for the other side, or turns to a generic viewpoint or inversion
  /// of the plan.
  static func walksAway(_ question: SessionEvent.QuestionAsked) -> Bool {
    !QuestionIntent.purposes(of: question.text).isDisjoint(with: askingForTheOtherSide)
      || (question.source != .followUp && [.inversion, .viewpoints].contains(question.kind))
  }

  @Test(
    "after a point against the claim, the next question takes it up",
    arguments: [
      ("Public transport should be free.", "then again the buses near me are half empty even now"),
      (
        "Voting does not change anything.",
        "although last year the council did reopen our library after a petition"
      ),
      ("Dogs are better than cats.", "to be fair my neighbour's cat is calmer than any dog i know"),
      (
        "Fast food should be taxed.",
        "but the salad places near my office are cheaper than the burger ones"
      ),
      (
        "Video games make kids violent.",
        "i guess my nephew plays shooters all day and he is the gentlest kid"
      ),
      (
        "Tipping should be banned.",
        "admittedly the waiters at my local earn more from tips than from wages"
      ),
      (
        "Remote work kills teamwork.",
        "then again my old team never spoke even when we sat together"
      ),
      (
        "Cities are unsafe at night.",
        "although honestly i walk home late all the time and nothing happens"
      ),
      ("Homework is useless.", "but my daughter only learned her times tables from the worksheets"),
      ("Electric cars are a fad.", "fair enough half my street has one now"),
      ("Gyms are a waste of money.", "although i did lose ten kilos the year i went"),
    ])
  func counterPoint(belief: String, answer: String) {
    var script = Self.session(belief)
    guard let asked = ExploreScript.question(script.type(answer)) else {
      Issue.record("no question after: \(answer)")
      return
    }
    #expect(!Self.walksAway(asked), "\(answer) → \(asked.text)")
  }

  @Test(
    "how a point of theirs fits their view is asked once a session, in any wording",
    arguments: [
      (
        "Homework is useless.",
        [
          "but my daughter only learned her times tables from the worksheets",
          "then again the reading log got my son reading every night",
          "although the head says the scores went up when they brought it in",
        ]
      ),
      (
        "Electric cars are a fad.",
        [
          "fair enough half my street has one now", "although the buses here are all electric",
          "then again my brother says his is cheaper to run than mine",
        ]
      ),
      (
        "Gyms are a waste of money.",
        [
          "although i did lose ten kilos the year i went",
          "to be fair my sister swears by her classes",
          "admittedly the pool is cheaper than the leisure centre",
        ]
      ),
    ])
  func fitAskedOnce(belief: String, answers: [String]) {
    var script = Self.session(belief)
    let asked = answers.compactMap { ExploreScript.question(script.type($0)) }
    let fits = asked.filter { QuestionIntent.purposes(of: $0.text).contains(.fit) }
    #expect(fits.count <= 1, "\(fits.map(\.text))")
  }

  @Test(
    "after they say what would change their mind, they are not asked it",
    arguments: [
      ("Speed cameras are a money grab.", "if they showed me where the money goes id think again"),
      ("Rent control works.", "if rents went up faster in the cities that have it i would drop it"),
      (
        "Nuclear power is too risky.",
        "if they could show the waste is safe for good i'd change my mind"
      ),
      ("Phones ruin childhood.", "if the studies showed kids with phones were happier i'd rethink"),
      ("Private schools should close.", "if the state schools had the same money i would not care"),
      ("Self checkouts are bad.", "if the shops kept all the staff id be fine with them"),
      (
        "Zoos are cruel.",
        "if the animals lived longer there than in the wild id see it differently"
      ),
      ("Crypto is a scam.", "if my bank started using it i would believe it more"),
      ("Meat should be taxed.", "if farmers got the money back somehow i might agree"),
      ("Exams should go.", "if teachers had time to mark coursework properly i'd keep exams gone"),
    ])
  func changeOfMind(belief: String, answer: String) {
    var script = Self.session(belief)
    guard let asked = ExploreScript.question(script.type(answer)) else {
      Issue.record("no question after: \(answer)")
      return
    }
    #expect(
      !QuestionIntent.purposes(of: asked.text).contains(.changeMind), "\(answer) → \(asked.text)")
  }

  @Test(
    "after a feeling, the next question is about that moment, never a viewpoint, an assumption or the inversion",
    arguments: [
      ("Landlords are greedy.", "honestly it makes me furious every month when the rent goes out"),
      ("The news is biased.", "i get so angry watching it i have to turn it off"),
      ("Social media is bad for teens.", "i'm scared for my daughter, she is online all night"),
      ("School is too strict.", "it makes me sad how stressed my son is"),
      ("Trains are unreliable.", "i'm fed up and exhausted by it"),
      ("Politicians lie.", "it just makes me feel hopeless"),
      ("AI will take our jobs.", "i'm worried sick about my job to be honest"),
      ("Kids have no respect.", "it upset me more than i let on"),
      ("Dating apps ruined dating.", "i feel lonely when i use them"),
      ("Tourism is ruining the town.", "i feel sad every time another shop turns into a rental"),
    ])
  func afterFeeling(belief: String, answer: String) {
    var script = Self.session(belief)
    guard let asked = ExploreScript.question(script.type(answer)) else {
      Issue.record("no question after: \(answer)")
      return
    }
    #expect(!Self.walksAway(asked), "\(answer) → \(asked.text)")
    #expect(
      asked.source == .followUp || ![.assumptions, .viewpoints].contains(asked.kind),
      "\(answer) → \(asked.text)")
  }

  @Test(
    "a wavering is never met by presuming it is hard to say",
    arguments: [
      "idk maybe", "i'm not sure anymore", "it depends i guess", "could go either way honestly",
      "hmm maybe not", "i dont really know", "perhaps, perhaps not", "no idea tbh",
      "maybe its just my area", "i suppose it varies",
    ])
  func wavering(answer: String) {
    var script = Self.session("Supermarkets rip people off.")
    let asked = ExploreScript.question(script.type(answer))
    #expect(asked?.text != "What makes it hard to say, for you?", "\(answer)")
  }

  @Test(
    "'apart from that' names the claim it asks about",
    arguments: [
      ("Uni is a waste of money.", "because the debt follows you for decades"),
      ("Fluoride should be taken out of water.", "because nobody asked us"),
      ("Cars should be banned downtown.", "because the air is filthy"),
      ("Taxes are too high.", "because half my pay goes before i see it"),
      ("Football is too commercial.", "because the tickets cost a fortune now"),
      ("Cash should stay.", "because old people cannot use the apps"),
      ("Sugar should be taxed.", "because the dentists are overwhelmed"),
      ("Trains should be public.", "because the private ones keep raising prices"),
      ("Dogs should be on leads.", "because the park is full of toddlers"),
      ("The voting age should be 16.", "because sixteen year olds pay tax"),
    ])
  func apartFromThat(belief: String, reason: String) {
    let script = ExploreScript.questioning(belief, answers: [reason, "i read about it a lot"])
    #expect(!script.questions.contains { $0.text.hasSuffix("to think so?") })
  }
}
