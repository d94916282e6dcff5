import SocraticCore
import Testing

/// The corpus (BeliefCorpusTests) covers each rule on whole beliefs; these pin the rules on
/// bare clauses, with the cases the corpus cannot show.
@Suite("Negator")
struct NegatorTests {
  @Test(
    "builds the contradiction",
    arguments: [
      ("Immigration hurts the economy", "Immigration does not hurt the economy"),
      // "people", "children" head the subject: the word after them is the verb.
      ("People get bored at long weddings", "People do not get bored at long weddings"),
      ("Children make friends fast", "Children do not make friends fast"),
      // An "-ing" word before a plural heads no verb: "matter" after the phrase is its verb.
      ("The old bowling greens matter", "The old bowling greens do not matter"),
      ("Local riding schools matter to kids", "Local riding schools do not matter to kids"),
      // "got" is a participle after "have" as "been" is: the perfect takes the "not".
      ("Tipping culture has got out of hand", "Tipping culture has not got out of hand"),
      ("Prices have got worse this year", "Prices have not got worse this year"),
      ("The council has got it wrong", "The council has not got it wrong"),
      (
        "The tax benefits of solar panels outweigh the costs",
        "The tax benefits of solar panels do not outweigh the costs"
      ),
      (
        "Rock stars and famous athletes should stay out of politics",
        "Rock stars and famous athletes should not stay out of politics"
      ),
      ("Most Labour voters voted for change", "Most Labour voters did not vote for change"),
      ("Anyone who lies to voters is a fraud", "Not everyone who lies to voters is a fraud"),
      (
        "Pupils who want to leave school early should be allowed to",
        "Pupils who want to leave school early should not be allowed to"
      ),
      ("Any student can learn to code", "Not every student can learn to code"),
      ("Any students who cheat will be caught", "Not all students who cheat will be caught"),
      ("At least some teachers are underpaid", "No teachers are underpaid"),
      ("At least some of the grant was wasted", "None of the grant was wasted"),
      ("At least one of the airlines will fold", "None of the airlines will fold"),
      (
        "Any book that nobody reads shouldn't be printed",
        "Some book that nobody reads should be printed"
      ),
      ("Cities ought not sell their parks", "Cities ought to sell their parks"),
      ("Tourists love Ground Zero tours", "Tourists do not love Ground Zero tours"),
      ("Banks caused the crisis", "Banks did not cause the crisis"),
      // "no matter what" negates nothing: the verb is negated (it once gave "a matter what").
      (
        "Parents should back their kids no matter what",
        "Parents should not back their kids no matter what"
      ),
      ("Billionaires have too much power", "Billionaires do not have too much power"),
      ("Nobody needs a central bank", "Somebody needs a central bank"),
      ("All X are Y", "Not all X are Y"),
      ("Crypto has no future", "Crypto has a future"),
      ("Crypto has no edge", "Crypto has an edge"),
      ("There is no reason to panic", "There is some reason to panic"),
      ("AI will never think", "AI will think"),
      ("Cats never lie", "Cats sometimes lie"),
      ("People don't vote anymore", "People still vote"),
      ("AI has already won", "AI has not yet won"),
      ("It isn't over yet", "It is over already"),
      ("They don't help anyone at all", "They help someone"),
      ("AI will take some jobs", "AI will not take any jobs"),
      ("AI probably helps", "AI probably does not help"),
      ("Crypto cannot be stopped", "Crypto can be stopped"),
      ("Banks won't lend", "Banks will lend"),
      ("ISN'T IT FINE", "IS IT FINE"),
      ("You'd rather be rich", "You would rather not be rich"),
      ("The Fed didn't go far enough", "The Fed went far enough"),
      ("Crypto is a scam that nobody can stop", "Crypto is not a scam that nobody can stop"),
      // The negation belongs to the main verb, never to a relative clause with no pronoun, nor
      // after an adjective in "-ing" read as a gerund.
      (
        "Existing laws already cover the harms AI can cause",
        "Existing laws do not yet cover the harms AI can cause"
      ),
      (
        "Voters love the promises nobody can keep",
        "Voters do not love the promises nobody can keep"
      ),
      (
        "Rising rents push out the people we need",
        "Rising rents do not push out the people we need"
      ),
      ("Hardly anyone uses Bitcoin", "Quite a few people use Bitcoin"),
      ("Almost no banks are safe", "Quite a few banks are safe"),
      ("Nothing will change until the law changes", "Something will change before the law changes"),
      ("We should all eat less meat", "We should not all eat less meat"),
      ("Some banks will fail", "No banks will fail"),
      ("Only banks will fail", "Not only banks will fail"),
      ("The new tax on sugar won't help", "The new tax on sugar will help"),
      ("Kids have no patience anymore", "Kids still have some patience"),
      ("There is no vaccine yet", "There is a vaccine already"),
      ("The club has no money at all", "The club has some money"),
      ("The plan has zero support", "The plan has some support"),
      ("The team has zero chance", "The team has some chance"),
      ("Zero politicians read the bill", "Some politicians read the bill"),
      ("Inflation is at zero percent", "Inflation is not at zero percent"),
      ("The rich have no shame", "The rich have some shame"),
      ("Voters feel no loyalty", "Voters feel some loyalty"),
      ("There is no free will", "There is some free will"),
      ("Bankers show no remorse", "Bankers show some remorse"),
      ("The city has no plan", "The city has a plan"),
      ("We have no time left", "We have some time left"),
      ("There is no trust left", "There is some trust left"),
      ("Over 40% of drivers speed", "No more than 40% of drivers speed"),
      ("More than ten banks will fail", "No more than ten banks will fail"),
      ("Under 20 senators read it", "At least 20 senators read it"),
      ("Fewer than 100 people voted", "At least 100 people voted"),
      ("At least 30% of jobs will vanish", "Less than 30% of jobs will vanish"),
      ("At least five teams will apply", "Fewer than five teams will apply"),
      ("No more than 5% of users pay", "More than 5% of users pay"),
      ("At most three people came", "More than three people came"),
    ])
  func contradiction(clause: String, expected: String) {
    #expect(Negator.contradiction(of: clause) == expected)
  }

  @Test(
    "turns the words of its negation pairs, both ways where they go back",
    arguments: [
      ("Nowhere is safe from floods", "Somewhere is safe from floods"),
      ("The ferry goes nowhere", "The ferry goes somewhere"),
      ("Somebody will fix the roads", "Nobody will fix the roads"),
      ("No one reads the terms", "Someone reads the terms"),
      ("Markets rarely ever crash", "Markets often crash"),
      ("Wages are no longer rising", "Wages are still rising"),
      ("Wages are still rising", "Wages are no longer rising"),
      ("The shop sells nothing useful", "The shop sells something useful"),
    ])
  func negationPairs(clause: String, expected: String) {
    #expect(Negator.contradiction(of: clause) == expected)
  }

  @Test(
    "never negates inside a comparison, and denies a contrast or a joined subject as a whole",
    arguments: [
      (
        "Phone makers cause more waste than the industry admits",
        "Phone makers do not cause more waste than the industry admits"
      ),
      ("Rents rose faster than wages did", "Rents did not rise faster than wages did"),
      ("More teenagers than ever vape", "Not more teenagers than ever vape"),
      ("Fewer shops than before take cash", "Not fewer shops than before take cash"),
      (
        "Remote work suits introverts, not extroverts",
        "Remote work does not suit introverts rather than extroverts"
      ),
      ("The plan is cheap, not free", "The plan is not cheap rather than free"),
      // A pronoun ends the phrase a contrast is set against, "to" before a determiner opens
      // one, and the words of the contrast keep their own polarity ("some" stays "some").
      (
        "We should hold the wake at ours not at some hotel",
        "We should not hold the wake at ours rather than at some hotel"
      ),
      (
        "The prize money should go to them not to the club",
        "The prize money should not go to them rather than to the club"
      ),
      ("The choice should be hers not mine", "The choice should not be hers rather than mine"),
      // After a verb, "not" before a preposition negates that verb: no contrast.
      (
        "Flexible hours suit anyone who is not in the shop",
        "Flexible hours do not suit anyone who is not in the shop"
      ),
      ("Cats and dogs both need attention", "Cats and dogs do not both need attention"),
      ("The talks are still going nowhere", "The talks are no longer going nowhere"),
    ])
  func scope(clause: String, expected: String) {
    #expect(Negator.contradiction(of: clause) == expected)
  }

  @Test(
    "is its own inverse on the corpus's kind of clause",
    arguments: [
      "crypto is a scam", "remote work kills productivity", "banks caused the crisis",
      "all politicians are corrupt", "nobody needs a central bank", "AI will replace programmers",
    ])
  func doubleNegation(clause: String) throws {
    let once = try #require(Negator.contradiction(of: clause))
    #expect(Negator.contradiction(of: once) == clause)
  }

  @Test(
    "denies each of two predicates joined by \"and\", joined by \"or\"",
    arguments: [
      ("Zoos are cruel and should all close", "Zoos are not cruel or should not all close"),
      (
        "Landlords are greedy and will raise rents",
        "Landlords are not greedy or will not raise rents"
      ),
      ("The bus is slow and can never be trusted", "The bus is not slow or can be trusted"),
      (
        "Teachers are overworked and deserve a raise",
        "Teachers are not overworked or do not deserve a raise"
      ),
      ("The plan was rushed and failed badly", "The plan was not rushed or did not fail badly"),
      (
        "Vaping is harmless and should stay legal",
        "Vaping is not harmless or should not stay legal"
      ),
      (
        "My neighbour is rude and never says hello",
        "My neighbour is not rude or sometimes says hello"
      ),
      (
        "Fast fashion is wasteful and must be taxed",
        "Fast fashion is not wasteful or must not be taxed"
      ),
      (
        "The referee was biased and ruined the match",
        "The referee was not biased or did not ruin the match"
      ),
      (
        "Homework isn't useful and should be dropped", "Homework is useful or should not be dropped"
      ),
      (
        "Cats are independent and do not need attention",
        "Cats are not independent or need attention"
      ),
    ])
  func coordinatedPredicates(clause: String, contradiction: String) {
    #expect(Negator.contradiction(of: clause) == contradiction)
  }

  @Test(
    "keeps one negation where \"and\" joins no second verb group",
    arguments: [
      ("Sport and music should be free", "Sport and music should not be free"),
      ("Cities should tax cars and trucks", "Cities should not tax cars and trucks"),
      ("Crypto will rise and fall", "Crypto will not rise and fall"),
      // A second verb after the object is no clause of its own, though it could read as a
      // noun and a verb: one "not" covers both.
      (
        "Street parties cheer the neighbours and bring strangers together",
        "Street parties do not cheer the neighbours and bring strangers together"
      ),
      (
        "The new bypass helps the town and keeps out lorries",
        "The new bypass does not help the town and keep out lorries"
      ),
      ("Bread and milk are too expensive", "Bread and milk are not too expensive"),
      ("Fast food is cheap and tasty", "Fast food is not cheap and tasty"),
    ])
  func noCoordinatedPredicate(clause: String, contradiction: String) {
    #expect(Negator.contradiction(of: clause) == contradiction)
  }

  @Test("has nothing to negate without a verb")
  func noVerb() {
    #expect(Negator.contradiction(of: "Bitcoin to the moon") == nil)
  }
}
