import Testing

@testable import SocraticCore

@Suite("Reflections give back the point, by what each clause does")
struct ReflectionPointTests {
  @Test(
    "after a set-up (who someone is, what they have), what follows from it is given back",
    arguments: [
      (
        "my uncle runs a garage in town, 3 mechanics. the new tax would eat his whole margin",
        "So the new tax would eat his whole margin."
      ),
      (
        "my neighbor Priya owns two rentals. the rent cap would force her to sell up",
        "So the rent cap would force her to sell up."
      ),
      (
        "her son is 9 and plays travel soccer. the fees would cost them a car payment every month",
        "So the fees would cost them a car payment every month."
      ),
      (
        "my cousin Marco drives for a delivery app. the new rule would cut his hours in half",
        "So the new rule would cut his hours in half."
      ),
      (
        "my dad has a small farm up north, mostly dairy. the tariff would wipe out his export sales",
        "So the tariff would wipe out his export sales."
      ),
      (
        "my aunt Rosa teaches third grade. the new testing would take a month out of her teaching",
        "So the new testing would take a month out of her teaching."
      ),
      (
        "my friend has a food truck, just him and his wife. the permit fee would cost him a whole summer of profit",
        "So the permit fee would cost him a whole summer of profit."
      ),
      (
        "my brother in law is a nurse in the ER. the staffing rule would mean he works doubles every week",
        "So the staffing rule would mean he works doubles every week."
      ),
      (
        "my landlord Ken owns the whole block. the tax break would make him even richer",
        "So the tax break would make him even richer."
      ),
      (
        "my grandma lives on social security alone. the cut would leave her short on rent",
        "So the cut would leave her short on rent."
      ),
    ])
  func setUpThenPoint(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "an aside about who the speaker is is never given back, nor granted as a concession",
    arguments: [
      (
        "i'm not a lawyer. but the contract says they can keep the deposit",
        "So the contract says they can keep the deposit."
      ),
      (
        "i'm not an economist or anything. prices doubled since the plant closed",
        "So prices doubled since the plant closed."
      ),
      (
        "i'm just a bus driver. half my riders can't afford the new fares",
        "So half your riders can't afford the new fares."
      ),
      (
        "i'm a teacher not a doctor. the kids are exhausted by lunch",
        "So the kids are exhausted by lunch."
      ),
      (
        "i'm not a scientist. the summers here are way hotter than when i was a kid",
        "So the summers here are way hotter than when you were a kid."
      ),
      (
        "the roads are falling apart. i'm not an engineer though", "So the roads are falling apart."
      ),
      ("the clinic closed last year. i'm not a nurse", "So the clinic closed last year."),
      (
        "i'm not a historian. the border was drawn without asking anyone",
        "So the border was drawn without asking anyone."
      ),
      (
        "i'm not a coder. the app crashes every time i open it",
        "So the app crashes every time you open it."
      ),
      ("ok fair i'm not a doctor", nil),
    ])
  func selfAside(answer: String, text: String?) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "someone else's reaction to the speaker is never given back in place of their view",
    arguments: [
      (
        "the tax is unfair to renters. my wife would roll her eyes at me for saying it",
        "So the tax is unfair to renters."
      ),
      (
        "the school cut art. my mom would laugh at me for caring this much",
        "So the school cut art."
      ),
      (
        "the league is rigged. my buddies would kill me if they heard me say that",
        "So the league is rigged."
      ),
      (
        "the food there is overpriced. my sister would yell at me for complaining",
        "So the food there is overpriced."
      ),
      (
        "the mayor lied about the budget. my dad would argue with me for hours",
        "So the mayor lied about the budget."
      ),
      (
        "the trains are always late. my boss would tease me about it",
        "So the trains are always late."
      ),
      (
        "the ads are everywhere now. my kids would make fun of me", "So the ads are everywhere now."
      ),
      ("the park is filthy. the neighbors would call me a snob", "So the park is filthy."),
      (
        "the show got worse after season two. my roommate would fight me on that",
        "So the show got worse after season two."
      ),
      ("my coach would kill me if he knew i skipped practice", nil),
    ])
  func othersReaction(answer: String, text: String?) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "their own evidence with a hedge on its figure is given back as theirs, never as granted",
    arguments: [
      (
        "i read somewhere rents went up 40 percent, or maybe it was 30",
        "So you read somewhere rents went up 40 percent, or maybe it was 30."
      ),
      (
        "i saw a study that said crashes dropped by half, or maybe a third",
        "So you saw a study that said crashes dropped by half, or maybe a third."
      ),
      (
        "i heard on the radio that 2 million people lost coverage, or maybe 3",
        "So you heard on the radio that 2 million people lost coverage, or maybe 3."
      ),
      (
        "i saw on the news the price went up 20 percent, or maybe 15",
        "So you saw on the news the price went up 20 percent, or maybe 15."
      ),
      (
        "i read somewhere most of the money goes to admin, maybe 60 percent or so",
        "So you read somewhere most of the money goes to admin."
      ),
      (
        "i heard a podcast that said 1 in 5 kids goes hungry, or maybe 1 in 6",
        "So you heard a podcast that said 1 in 5 kids goes hungry, or maybe 1 in 6."
      ),
    ])
  func evidenceIsNoConcession(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a wavering said last outranks the reason and the feeling before it",
    arguments: [
      (
        "the thing is kids need structure. my daughter was a mess last summer. so maybe not every kid??",
        "It sounds like you're less sure now: maybe not every kid."
      ),
      (
        "prices are way up at my store. we lost a bunch of regulars. but maybe not all of it is the tax?",
        "So you're thinking maybe not all of it is the tax."
      ),
      (
        "the team is better when we're in person. meetings drag on zoom. so maybe not for everyone?",
        "It sounds like you're less sure now: maybe not for everyone."
      ),
      (
        "the games are too violent for little kids. my son gets nightmares. maybe not for teens though?",
        "It sounds like you're less sure now: maybe not for teens."
      ),
      (
        "honestly the flooding scares me. the whole street was underwater in may. so maybe not everywhere??",
        "It sounds like you're less sure now: maybe not everywhere."
      ),
    ])
  func waveringSaidLast(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test("a stock line is said once a session, and after that the question comes alone")
  func stockOnce() {
    let read = AnswerMoveReader.read("nothing would change my mind")
    #expect(ReflectionWriter.reflection(of: read)?.text == ReflectionWriter.firmLine)
    #expect(ReflectionWriter.reflection(of: read, hasSaidStock: true) == nil)
  }
}
