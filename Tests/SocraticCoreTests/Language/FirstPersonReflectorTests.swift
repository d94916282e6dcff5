import SocraticCore
import Testing

@Suite("FirstPersonReflector")
struct FirstPersonReflectorTests {
  @Test(
    "turns the first person into the second, with the verb agreeing",
    arguments: [
      ("I am bad at math", "you are bad at math"),
      ("so who am I paying, the app", "so who are you paying, the app"),
      ("it was I think a mistake", "it was you think a mistake"),
      ("I'm a failure", "you're a failure"),
      ("I was wrong", "you were wrong"),
      ("I really wasn't ready", "you really weren't ready"),
      ("My parents don't understand me", "Your parents don't understand you"),
      ("People who disagree with me are wrong", "People who disagree with you are wrong"),
      ("The choice is mine", "The choice is yours"),
      ("I can't change myself", "you can't change yourself"),
      ("We need our freedom", "We need our freedom"),
      ("World War I was a disaster", "World War I was a disaster"),
      ("When I started I was lost", "When you started you were lost"),
      ("But I never asked", "But you never asked"),
      ("I\u{2019}m tired", "you\u{2019}re tired"),
      ("I\u{2019}ve tried", "you\u{2019}ve tried"),
      ("its not really about the mines for me", "its not really about the mines for you"),
      ("my grandad worked a mine in wigan", "your grandad worked a mine in wigan"),
      ("a mate of mine says it's easy", "a mate of yours says it's easy"),
      ("is that mine?", "is that yours?"),
      ("me nan still bakes every sunday", "your nan still bakes every sunday"),
      ("Me brother reckons it's a con", "Your brother reckons it's a con"),
      ("me car failed its mot again", "your car failed its mot again"),
      ("she lent me money for the deposit", "she lent you money for the deposit"),
      ("ask me tomorrow", "ask you tomorrow"),
      ("would you say that to me dad", "would you say that to your dad"),
      ("she rang me mam on friday", "she rang your mam on friday"),
      ("he told me dad was poorly", "he told you dad was poorly"),
      ("they paid me back in june", "they paid you back in june"),
    ])
  func reflect(text: String, expected: String) {
    #expect(FirstPersonReflector.reflect(text) == expected)
  }
}
