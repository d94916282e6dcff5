import Testing

@testable import SocraticCore

@Suite("Reflections give back the turn and the feeling, in clean English")
struct ReflectionTurnTests {
  @Test(
    "a correction, 'not X, it's Y' or 'it's Y not X', is given back as the turn",
    arguments: [
      ("its not the price i mind, its the wait", "So it's the wait, not the price you mind."),
      ("maybe its not the school its the homework", "So maybe it's the homework, not the school."),
      ("not the cost, its the principle", "So it's the principle, not the cost."),
      ("thats the landlord not the city", "So it's the landlord, not the city."),
      (
        "it's not the noise that gets me, it's the smell",
        "So it's the smell, not the noise that gets you."
      ),
      ("honestly its the coach not the players", "So it's the coach, not the players."),
      ("it isnt the app, its the people on it", "So it's the people on it, not the app."),
      (
        "no its not about the money its about respect",
        "So it's about respect, not about the money."
      ),
      ("its not my boss but the whole system", "So it's the whole system, not your boss."),
      ("its not him i was talking about, its me", "So it's you, not him you were talking about."),
      (
        "the bus is slow. but its not the drivers, its the routes",
        "So it's the routes, not the drivers."
      ),
    ])
  func correction(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a feeling under a story or a judgement of themselves is named, not the scene",
    arguments: [
      (
        "i snapped at my kid over it and felt terrible after",
        "It sounds like it left you feeling terrible."
      ),
      (
        "i skipped her birthday for work and felt like a bad friend",
        "It sounds like it left you feeling guilty."
      ),
      (
        "i told my dad he was wrong at dinner and felt awful the whole night",
        "It sounds like it left you feeling awful."
      ),
      (
        "i laughed at the guy in the meeting and felt like a horrible person",
        "It sounds like it left you feeling guilty."
      ),
      (
        "i asked a dumb question in class and felt like an idiot",
        "It sounds like it left you feeling foolish."
      ),
      (
        "i drive to the gym every day, kinda hypocritical of me",
        "It sounds like you're feeling conflicted."
      ),
      (
        "i lent him the money and felt stupid when he left",
        "It sounds like it left you feeling stupid."
      ),
      (
        "i voted for the guy and felt ashamed a year later",
        "It sounds like it left you feeling ashamed."
      ),
      (
        "i walked past the man asking for change and felt like the worst person",
        "It sounds like it left you feeling guilty."
      ),
      (
        "i sold my car to pay rent and felt relieved honestly",
        "It sounds like it left you feeling relieved."
      ),
    ])
  func feelingUnderStory(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a clause whose 'I' was left off before a verb of their stance is given back with 'you'",
    arguments: [
      ("still hate the new parking rules", "you still hate the new parking rules"),
      ("dont trust the ads at all", "you don't trust the ads at all"),
      ("really miss the old bus routes", "you miss the old bus routes"),
      ("love the idea but not the price", "you love the idea but not the price"),
      ("want them to try it first", "you want them to try it first"),
      ("still doubt the numbers they gave", "you still doubt the numbers they gave"),
      ("totally agree with the teachers on that", "you totally agree with the teachers on that"),
      ("prefer the old system by a mile", "you prefer the old system by a mile"),
      ("just need a straight answer from them", "you need a straight answer from them"),
      ("hope they fix the roads first", "you hope they fix the roads first"),
    ])
  func droppedSubject(clause: String, text: String) {
    #expect(ReflectionWriter.given(clause) == text)
  }

  @Test(
    "tails that only trail off are left off: 'is what', 'and stuff', 'I'm pretty sure'",
    arguments: [
      ("i'm worried about her is what", "you're worried about her"),
      ("the rent went up again and stuff", "the rent went up again"),
      ("they cut the late buses or whatever", "they cut the late buses"),
      ("my brother paid it off is all", "your brother paid it off"),
      ("the clinic closed on fridays i'm pretty sure", "the clinic closed on fridays"),
      ("the mayor knew about it i spose", "the mayor knew about it"),
      ("the coach benched him for a month and all", "the coach benched him for a month"),
      ("the shop pays above minimum im fairly sure", "the shop pays above minimum"),
      ("the ferry costs twice as much or something", "the ferry costs twice as much"),
      ("the deal fell through and that", "the deal fell through"),
    ])
  func tails(clause: String, text: String) {
    #expect(ReflectionWriter.given(clause) == text)
  }

  @Test(
    "no subject, a subordinate clause taken for one, a gerund phrase or a glued-on clause is not given back",
    arguments: [
      "around 2015 when the mill closed", "bout last spring when they raised it",
      "mostly after the kids left for college", "right before the election when ads ran",
      "stayed in town when his friends moved", "the being put on the spot",
      "the being told what to do", "the getting yelled at for nothing",
      "the rent is too high, they're pricing people out", "there's no bus yet that's the problem",
      "the fees went up, we're paying double", "the town is dying, it's sad",
    ])
  func notGiven(clause: String) {
    #expect(ReflectionWriter.given(clause) == nil)
  }

  @Test(
    "a main clause with a subordinate one after it is given back, though the parser took its verb for a noun",
    arguments: [
      (
        "wages fell for years wherever new people arrived",
        "wages fell for years wherever new people arrived"
      ),
      (
        "the hedges saw better days before the council cut them",
        "the hedges saw better days before the council cut them"
      ),
      ("my knees felt fine until the rain came", "your knees felt fine until the rain came"),
      (
        "the bills left us short whenever the boiler broke",
        "the bills left you short whenever the boiler broke"
      ),
      ("fares rose twice since the tram opened", "fares rose twice since the tram opened"),
    ])
  func mainClauseFirst(clause: String, text: String) {
    #expect(ReflectionWriter.given(clause) == text)
  }

  @Test(
    "the person's 'we' is given back as 'you', and a range of numbers stays whole",
    arguments: [
      ("we already work 10 hour days", "You're saying you already work 10 hour days."),
      (
        "we need like 2-3 more nurses a shift",
        "You're saying you need like 2-3 more nurses a shift."
      ),
      (
        "we pay 5-6 dollars for a coffee now", "You're saying you pay 5-6 dollars for a coffee now."
      ),
      ("we lose 3-4 players every season", "You're saying you lose 3-4 players every season."),
      ("we cover the night shift alone", "You're saying you cover the night shift alone."),
      ("we wait 2-3 weeks for a doctor", "You're saying you wait 2-3 weeks for a doctor."),
      ("we drive 40 minutes to the store", "You're saying you drive 40 minutes to the store."),
      ("we get maybe 1-2 days off a month", "You're saying you get maybe 1-2 days off a month."),
      (
        "we share one car between four people",
        "You're saying you share one car between four people."
      ),
      ("we spend 8-10 hours on the phones", "You're saying you spend 8-10 hours on the phones."),
    ])
  func ourWords(answer: String, text: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer), turn: 1)?.text == text)
  }
}
