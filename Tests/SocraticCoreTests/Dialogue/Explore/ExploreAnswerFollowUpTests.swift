import Testing

@testable import SocraticCore

/// The next question builds on what the last answer said, in its words: the source it names,
/// the experience it tells, the point it concedes; never a stock question that could follow
/// any answer.
@Suite("Explore asks about what the last answer said")
struct ExploreAnswerFollowUpTests {
  private func session(_ belief: String) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "70"])
    return script
  }

  private func next(after answers: [String], about belief: String) -> String? {
    var script = session(belief)
    for answer in answers.dropLast() { script.type(answer) }
    return ExploreScript.question(script.type(answers.last ?? ""))?.text
  }

  @Test(
    "a source they name is weighed by its name",
    arguments: [
      (
        "The news, mostly, and a friend who lost money.",
        "How far do you trust the news on this, and why?"
      ),
      ("some study I saw said it doubles", "How far do you trust that study on this, and why?"),
      (
        "the student surveys said the new timetable was the worst part",
        "How far do you trust the student surveys on this, and why?"
      ),
      (
        "I read an article from Reuters saying the plant closed",
        "How far do you trust that article from Reuters on this, and why?"
      ),
      (
        "my boss showed us the sales figures and they were way down",
        "How far do you trust the sales figures on this, and why?"
      ),
      (
        "there was a news report about the empty shops last week",
        "How far do you trust that news report on this, and why?"
      ),
      (
        "I saw a guy on TikTok explain the whole thing",
        "How far do you trust TikTok on this, and why?"
      ),
    ])
  func sourceByName(answer: String, question: String) {
    let asked = next(
      after: ["because the town lost half its shops in two years", answer],
      about: "The new bypass is killing our high street.")
    #expect(asked == question)
  }

  @Test("a source they might meet, named in a condition, is not weighed as theirs")
  func conditionalSourceIsNotTheirs() {
    var script = session("Energy drinks are dangerous for teenagers.")
    script.type("because my nephew ended up in hospital after three of them")
    let step = script.type("if a big study found they were fine I would drop it")
    #expect(ExploreScript.question(step)?.text.contains("trust") == false)
  }

  @Test(
    "a word of a source used as a verb cites nothing to trust",
    arguments: [
      "theres a facebook group where everyone posts their kids results lol",
      "my neighbour reports every car parked on the verge",
      "half the street posts pics of the bins when they overflow",
    ])
  func sourceWordAsVerb(answer: String) {
    let asked = next(
      after: ["because the town lost half its shops in two years", answer],
      about: "The new bypass is killing our high street.")
    #expect(asked?.contains("trust") == false, "\(asked ?? "")")
  }

  @Test("a second source is weighed in other words than the first")
  func secondSourceOtherWords() {
    var script = session("Homework does more harm than good.")
    script.type("because kids are up past midnight doing it")
    let first = script.type("there was a study from Stanford about it")
    let second = script.type("and I listened to a podcast with two teachers")
    #expect(
      ExploreScript.question(first)?.text
        == "How far do you trust that study from Stanford on this, and why?")
    #expect(ExploreScript.question(second)?.text == "How did you come to trust that podcast?")
  }

  @Test(
    "an experience they lived is asked first what it showed them, then how typical it is, never by a clause of it",
    arguments: [
      "because my gym raised its fees twice this year",
      "my aunt had a condo downtown, the fees doubled in two years",
      "my neighbour waited four hours in the emergency room with a broken arm and then got sent to another hospital",
    ])
  func livedExperienceTypical(answer: String) {
    let belief = "Prices are rising faster than wages."
    let asked = next(after: [answer], about: belief) ?? ""
    #expect(QuestionIntent.purposes(of: asked).contains(.bearing), "\(asked)")
    #expect(!asked.contains("wages") && !asked.contains("How typical"), "\(asked)")
    #expect(
      next(after: [answer, "my sister's rent went up 20 percent last spring"], about: belief)
        == "How typical is what happened to your sister's rent, do you think?")
  }

  @Test(
    "what they do or hear about, no event told, is not asked how typical it is",
    arguments: [
      "I run a bakery, 6 people on staff",
      "most of the shops I hear about end up closing within a year",
    ])
  func noEventNoTypical(answer: String) {
    let asked = next(after: [answer], about: "Prices are rising faster than wages.")
    #expect(asked?.contains("How typical") == false)
  }

  @Test("a belief about their own life asks how the other person sees it, or would tell it")
  func ownLifeOtherSide() {
    // A habit is no event: nothing "happened" for her to tell.
    let habit = next(
      after: ["I cook every night and she never even offers to do the dishes"],
      about: "My sister should do more around the house.")
    #expect(habit == "How do you think your sister sees it?")
    let event = next(
      after: ["last week I cooked for all of us and she left without a word"],
      about: "My sister should do more around the house.")
    #expect(event == "How do you think your sister would tell what happened?")
  }

  @Test("what would have been is no event for the other person to tell, and reads as English")
  func counterfactualIsNoEvent() {
    var script = session("My brother should pay for the removal van.")
    let step = script.type("tbh it would of been cheaper if we just got a van ourselves")
    #expect(ExploreScript.question(step)?.text == "How do you think your brother sees it?")
    let reflection = ExploreScript.reflections(step).joined()
    #expect(
      reflection.contains("it would have been cheaper if you just got a van"), "\(reflection)")
  }

  @Test("a bare 'its' before a tag is given back as 'it's'")
  func itIsBeforeTag() {
    var script = session("We should go to my uncle's for christmas again.")
    let reflection = ExploreScript.reflections(script.type("its tradition isnt it")).joined()
    #expect(reflection.contains("it's tradition"), "\(reflection)")
  }

  @Test(
    "a belief that is only 'for you' in general is no belief about their own life",
    arguments: ["Sugar is bad for you.", "Too much screen time is bad for you."])
  func generalYouIsNotPersonal(belief: String) {
    let asked = next(
      after: ["because I cut it out last year and felt way better within a month"], about: belief)
    #expect(
      asked.map { QuestionIntent.purposes(of: $0).contains(.bearing) } == true, "\(asked ?? "")")
  }

  @Test("a number in a reason about the world is asked about, not how typical it is")
  func numberFactIsChecked() {
    let asked = next(
      after: ["because only 3 companies make nearly all the chips"],
      about: "Chip prices will keep going up.")
    #expect(asked == "How do you know that only 3 companies make nearly all the chips?")
  }

  @Test("a point conceded is put back in their words")
  func concessionInTheirWords() {
    let asked = next(
      after: [
        "because the buses are always late", "ok fair, I guess the trains are usually on time",
      ], about: "Public transport here is useless.")
    #expect(asked == "If the trains are usually on time, how much of your view still stands?")
  }

  @Test(
    "a point conceded that is no single clause is not put in an if",
    arguments: [
      "ok fair, I guess she has a point there, I drove that road for years, it floods",
      "what, the buses? just saying it out loud i guess. weird hearing it",
    ])
  func concessionNotOneClause(answer: String) {
    let asked = next(
      after: ["because the buses are always late", answer],
      about: "Public transport here is useless.")
    #expect(asked?.hasPrefix("If ") == false)
  }

  @Test("what a question asks is asked once, whatever its wording")
  func intentsAskedOnce() {
    var script = session("School uniforms are pointless.")
    var asked: [String] = []
    for answer in [
      "because kids just customise them anyway", "ok fair, I guess they save parents some money",
      "and the rules about skirts are sexist, my niece got sent home",
      "I guess some kids get bullied less", "because teachers waste time checking ties",
      "hmm fair, I guess they look smart on trips", "my old school had them and nobody cared",
      "true, I suppose the poorer kids stand out less", "because the blazers cost a fortune",
    ] {
      if let question = ExploreScript.question(script.type(answer)) { asked.append(question.text) }
    }
    let intents = asked.compactMap { QuestionIntent(of: $0) }
    #expect(intents.count == Set(intents).count, "\(asked)")
  }

  @Test("no stock question that could follow any answer is asked in a whole session")
  func noStockQuestions() {
    var script = session("Remote work makes teams lazy.")
    script.type([
      "because my team answers slower since we went remote",
      "it takes a day to get a reply on chat",
      "my manager put the ticket numbers on a chart and they dropped",
      "I guess some people focus better at home",
      "a year of steady numbers would change my mind",
      "honestly it annoys me",
    ])
    let asked = script.questions.map(\.text)
    #expect(!asked.contains("What about that makes you see it this way?"), "\(asked)")
    #expect(
      !asked.contains { $0.hasPrefix("How would the same kind of reasoning fare") }, "\(asked)")
    #expect(asked.filter { QuestionIntent(of: $0) == .typical }.count <= 1, "\(asked)")
  }
}

@Suite("Explore asks a pack's questions only of the subjects they speak of")
struct ExploreSubjectFitTests {
  private func questionsAsked(about belief: String) -> [String] {
    var script = ExploreScript(setting: ExploreSetting(library: .builtIn(), seed: 3))
    script.type([belief, "y", "60"])
    script.type(Array(repeating: "/skip", count: 16))
    return script.questions.map(\.text)
  }

  @Test("a belief about wages is asked none of the party-politics questions; one about voters is")
  func wagesGetNoPartyPolitics() {
    let wages = questionsAsked(about: "Raising the minimum wage costs young people their jobs.")
    #expect(!wages.contains { QuestionFit.subjects(in: $0).contains("politics") }, "\(wages)")
    let voters = questionsAsked(about: "Most Trump voters cared about prices more than anything.")
    #expect(voters.contains { QuestionFit.subjects(in: $0).contains("politics") }, "\(voters)")
  }

  @Test(
    "each subject is read from a belief's own words",
    arguments: [
      ("The flu vaccine is a waste of time.", "health"),
      ("Robots will run most warehouses soon.", "technology"),
      ("My brother should visit our parents more.", "family"),
      ("Solar is cheaper than coal now.", "climate"),
      ("Kids raised without church miss something.", "religion"),
      ("Taxes on income are too high.", "economy"),
    ])
  func subjectsOfBeliefs(belief: String, subject: String) {
    #expect(QuestionFit.subjects(in: belief).contains(subject))
  }

  @Test("a question about elections does not reach a belief about energy")
  func electionQuestionNotForEnergy() {
    #expect(
      !QuestionFit.fits(
        "What would a fair election look like to you?",
        belief: "Nuclear power is the safest energy."))
    #expect(QuestionFit.fits("How much of your view rests on cost?", belief: "Solar is cheaper."))
  }
}
