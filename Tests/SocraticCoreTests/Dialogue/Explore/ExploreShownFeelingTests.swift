import Testing

@testable import SocraticCore

/// Feelings shown without a feeling word: a face typed beside the words, looking away from it,
/// a place or a living lost said starkly, blame taken on themselves, the people who bear it
/// said as a bare list. Each is named tentatively before any question, and the question after
/// stays with it rather than asking for a weight or a rating.
@Suite("Explore names a feeling shown rather than said")
struct ExploreShownFeelingTests {
  private static let belief =
    "the council should stop letting out of town shopping centres get built"

  private func move(_ answer: String) -> (reflection: String, question: String) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(answer)
    return (
      ExploreScript.reflections(step).joined(separator: " "),
      ExploreScript.question(step)?.text ?? ""
    )
  }

  @Test(
    "the feeling shown is named before the question",
    arguments: [
      ("our town centre is basically boarded up now 😢", "gets to you"),
      ("tbh i dont know how long my job lasts there 😬", "uneasy"),
      ("lol i still shop there tho 😅", "isn't easy"),
      ("they'll build it anyway they always do 🙃", "resigned"),
      ("easier to just not think about it honestly", "painful to look at"),
      ("i try not to think about it tbh", "painful to look at"),
      ("honestly i don't like to think about that one, she's 84", "painful to look at"),
      ("id rather not think about it if im honest", "painful to look at"),
      ("the bakery on our road closed down. the street never came back", "left a real hole"),
      ("we lost the shop in 2009", "left a real hole"),
      ("i kind of let my neighbours down", "hold yourself responsible"),
      ("im the one who signed the petition for the first one lol", "hold yourself responsible"),
      ("its partly my own fault i guess", "hold yourself responsible"),
      ("my gran. my two boys", "closest to you"),
      ("my mum and my sisters", "closest to you"),
      ("i kept my grandads apron on the hook in the back", "still with you"),
      ("i still walk past her old stall every saturday", "still with you"),
      ("i still think about the closing down sale whenever i park there", "still with you"),
      ("i havent set foot in the arcade since the fire", "still with you"),
      ("i havent been in the old market hall since", "still with you"),
      ("i havent set foot in the bingo since she fell ill", "still with you"),
    ])
  func named(answer: String, feeling: String) {
    let (reflection, question) = move(answer)
    #expect(reflection.hasPrefix("It sounds like") && reflection.contains(feeling), "\(reflection)")
    #expect(!question.contains("0 to 100") && !question.contains("weight"), "\(question)")
  }

  @Test(
    "plain facts and errands show no feeling",
    arguments: [
      "i let the dog out and then went to the retail park",
      "the shop closed at 6 so i went to the big tesco",
      "i lost my house keys there once lol",
      "prices went up a lot after the factory closed down",
      "my mum and my dad both drive there every week because parking is free",
      "i keep the car in the garage when i go there",
      "i havent been to the new one since it opened, too far",
    ])
  func notAFeeling(answer: String) {
    let (reflection, _) = move(answer)
    #expect(!reflection.hasPrefix("It sounds like"), "\(reflection)")
  }

  @Test(
    "a test or a thing passed is no death",
    arguments: [
      "my brother passed first time and he never shuts up about it",
      "my son passed his exams and got a job at the big one",
    ])
  func passedIsNoLoss(answer: String) {
    let (reflection, _) = move(answer)
    #expect(!reflection.hasPrefix("I'm so sorry"), "\(reflection)")
  }
}
