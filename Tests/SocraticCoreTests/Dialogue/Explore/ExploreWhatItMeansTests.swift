import Testing

@testable import SocraticCore

/// What a loss meant to them is their view, never set aside as off the topic; a loss long
/// lived with is asked about as what it means, not as how it is day to day; a point they deny
/// straight after is never given back as theirs; and someone who moved off the claim is never
/// asked to argue its opposite.
@Suite("Explore stays with what it means to them")
struct ExploreWhatItMeansTests {
  @Test(
    "a tradition kept after a loss is taken up, never met with 'back to your view'",
    arguments: [
      "its alright now honestly. you just carry on. i still make her gravy every week tho, nobody else touches it lol",
      "oh im fine now mostly, its been years. still lay his place at the table though",
      "its fine really. but i still sing his song every year, the kids think its daft haha",
    ])
  func traditionKept(answer: String) {
    var script = ExploreScript.questioning(
      "sunday dinner should always be cooked by the eldest",
      answers: [
        "its how we always done it. my nan did the roast every sunday till she died in 2015 and after that nobody knew what to do"
      ])
    let step = script.type(answer)
    let shown = ExploreScript.reflections(step) + ExploreScript.notices(step)
    #expect(!shown.contains(ExploreDialogue.movingOnNotice), "\(shown)")
  }

  @Test(
    "a loss long past is asked about as what it means, never as how it is day to day",
    arguments: [
      "my grandad ran it for 30 years, he passed in 2011 and we just kept it going for him",
      "my mum started it. she died years ago but we still do it every march",
    ])
  func longPastLoss(answer: String) {
    var script = ExploreScript.questioning("the village fete should never be cancelled")
    let step = script.type(answer)
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains("day to day"), "\(asked)")
  }

  @Test(
    "a point denied at the head of the next sentence is never given back as theirs",
    arguments: [
      "that its about the money. its not, my brother just reckons im tight lol",
      "people think its cos im lazy. it isnt, i just like my own garden",
    ])
  func deniedPointKept(answer: String) {
    var script = ExploreScript.questioning("hosting family every weekend is too much")
    let step = script.type(answer)
    let shown = ExploreScript.reflections(step).joined(separator: " ")
    for word in ["money", "lazy"] where shown.contains(word) {
      #expect(shown.contains("not") || shown.contains("n't"), "\(shown)")
    }
  }

  @Test(
    "a count set right inside a longer answer is given back cleanly, as the turn it takes",
    arguments: [
      (
        "the buses are always late anyway. oh and its 4 miles not 3, i checked on my phone. still worth it",
        "4 miles, not 3"
      ),
      (
        "its the fresh air mostly. sorry its 5 days a week not 4, i forgot fridays. i can feel the difference",
        "5 days a week, not 4"
      ),
    ])
  func countSetRight(answer: String, turn: String) {
    var script = ExploreScript.questioning("walking to work is better than getting the bus")
    let step = script.type(answer)
    let shown = ExploreScript.reflections(step).joined(separator: " ")
    #expect(shown.contains(turn), "\(shown)")
  }

  @Test("someone who moved off the claim is never asked to argue its opposite")
  func noInversionAfterMoving() {
    var script = ExploreScript.questioning(
      "school uniform should be compulsory",
      answers: [
        "it stops kids getting bullied for what they wear",
        "my lad got picked on for his trainers before they brought it in",
        "tbh i dont think it should be compulsory anymore. just a cheap basic one for the little ones maybe",
      ])
    script.type(["mostly the cost for parents i guess", "idk my sister would say the same"])
    script.type(["the price of the blazers really", "probably the school shop"])
    // The arc's own steps on the claim: its opposite, and what would change their mind on it.
    let onTheClaim = [ExploreArcStep.inversion.rawValue, ExploreArcStep.changeMind.rawValue]
    let asked = script.questions.dropFirst(3)
    #expect(!asked.contains { onTheClaim.contains($0.arc ?? "") }, "\(asked.map(\.text))")
  }
}
