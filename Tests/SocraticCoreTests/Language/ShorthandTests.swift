import SocraticCore
import Testing

@Suite("Shorthand")
struct ShorthandTests {
  @Test(
    "reads fast typing as the words it stands for; the words stay as typed, clitics get their apostrophe",
    arguments: [
      ("u dont get it", "you don't get it", "u dont get it"),
      ("Thats not fair", "that 's not fair", "That's not fair"),
      ("im sure ppl care", "i 'm sure people care", "i'm sure ppl care"),
      ("ur wrong about it", "you 're wrong about it", "you're wrong about it"),
      ("Ur going to regret this", "you 're going to regret this", "You're going to regret this"),
      ("ur mom is right", "your mom is right", "ur mom is right"),
      ("ur best friend lied", "your best friend lied", "ur best friend lied"),
      ("Dont panic bc its fine", "don't panic because it 's fine", "Dont panic bc it's fine"),
      // "its" is "it's" before a function word, a participle or what describes; the possessive
      // before a noun.
      ("honestly its a joke", "honestly it 's a joke", "honestly it's a joke"),
      ("its not about the money", "it 's not about the money", "it's not about the money"),
      (
        "its getting worse every year", "it 's getting worse every year",
        "it's getting worse every year"
      ),
      (
        "maybe its just that one store", "maybe it 's just that one store",
        "maybe it's just that one store"
      ),
      (
        "its basically admitting i failed", "it 's basically admitting i failed",
        "it's basically admitting i failed"
      ),
      (
        "moving back its honestly a failure", "moving back it 's honestly a failure",
        "moving back it's honestly a failure"
      ),
      (
        "the club and its recently renovated stadium",
        "the club and its recently renovated stadium",
        "the club and its recently renovated stadium"
      ),
      (
        "its not anger really, more the noise", "it 's not anger really , more the noise",
        "it's not anger really, more the noise"
      ),
      ("the app and its fees", "the app and its fees", "the app and its fees"),
      ("its price went up", "its price went up", "its price went up"),
      // A tag that asks after "it is" makes a bare "its" "it's"; a verb of its own keeps the
      // possessive.
      ("its tradition isnt it", "it 's tradition isn't it", "it's tradition isnt it"),
      ("its the weather innit", "it 's the weather innit", "it's the weather innit"),
      (
        "its garden is lovely isnt it", "its garden is lovely isn't it",
        "its garden is lovely isnt it"
      ),
      // "of" typed for a modal's "have" is written out; "could of course" is no slip.
      ("it would of been fine", "it would have been fine", "it would have been fine"),
      ("they could of course wait", "they could of course wait", "they could of course wait"),
      ("the city and its own rules", "the city and its own rules", "the city and its own rules"),
      (
        "the team lost its best player", "the team lost its best player",
        "the team lost its best player"
      ),
      ("its members vote", "its members vote", "its members vote"),
      (
        "Bidens gonna sign the bill", "biden 's going to sign the bill",
        "Biden's gonna sign the bill"
      ),
      ("congress gonna pass it", "congress going to pass it", "congress gonna pass it"),
      ("id have to rethink it", "i 'd have to rethink it", "i'd have to rethink it"),
      ("honestly id rather not", "honestly i 'd rather not", "honestly i'd rather not"),
      ("bring your id to vote", "bring your id to vote", "bring your id to vote"),
    ])
  func expanded(text: String, reading: String, written: String) {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(text))
    #expect(tokens.map(\.lowercased).joined(separator: " ") == reading)
    #expect(tokens.joinedText == written)
  }

  @Test(
    "leaves words of their own alone",
    arguments: ["its", "id", "were", "lets", "wont", "ill", "U.S.", "u-turn"])
  func words(word: String) {
    let tokens = Tokenizer.tokenize(word)
    #expect(Shorthand.expanded(tokens) == tokens)
  }

  @Test("reads 'cum' as 'come' only after what comes before a verb, never in Latin")
  func cum() {
    let latin = Tokenizer.tokenize("she got a first, summa cum laude")
    #expect(Shorthand.expanded(latin) == latin)
    let chat = Shorthand.expanded(Tokenizer.tokenize("u nevr cum to the quiz"))
    #expect(chat.map(\.lowercased) == ["you", "never", "come", "to", "the", "quiz"])
  }
}
