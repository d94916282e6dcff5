import Testing

@testable import SocraticCore

/// Whether a clause, as a reflection would give it back, passes the form gate.
private func passes(_ clause: String) -> Bool {
  ReflectionCheck.isWellFormed(Shorthand.expanded(Tokenizer.tokenize(clause)))
}

@Suite("The form gate: no clause given back is garbled")
struct ReflectionFormTests {
  @Test(
    "a first person left outside quotation marks fails",
    arguments: [
      "so if the rent drops id stay", "you think im wrong about the bus",
      "your mom says ive got it easy", "the boss told me to wait", "you keep my receipts",
      "the bank took my house", "they never asked me", "it was mine first",
      "you did it all by myself", "the coach ive had for years quit",
    ])
  func firstPersonLeft(clause: String) {
    #expect(!passes(clause))
  }

  @Test(
    "a question pasted inside a statement fails",
    arguments: [
      "prices go up anyway so how would you know it was the wage",
      "the rent is high but why would they lower it", "do you even need a car here",
      "the bus is late and what can you do", "they cut the jobs so where are people supposed to go",
      "the fees doubled so who is going to pay", "is it worth the money",
      "the park closed and when will it open", "the ads work so why do they need more",
      "can you really blame them",
    ])
  func questionInside(clause: String) {
    #expect(!passes(clause))
  }

  @Test(
    "a subject that only points back to what came before fails",
    arguments: [
      "that changes it more", "one bugs you more than prices", "that one matters most",
      "that does bother you some", "those are the worst", "that makes it harder",
      "one costs twice as much", "that was the last straw", "that one got to you",
      "those hurt the most",
    ])
  func barePointer(clause: String) {
    #expect(!passes(clause))
  }

  @Test(
    "a name or a word called someone at the end fails",
    arguments: [
      "you doubt the numbers, gary", "the rent is too high, man", "they lied about it, dude",
      "the fees are a scam, bro", "the vote was rigged, Priya", "you never trust them, mate",
      "the team is worse now, Tomas", "prices went up again, guys", "the mayor knew, Keisha",
      "the bus never comes, buddy",
    ])
  func vocative(clause: String) {
    #expect(!passes(clause))
  }

  @Test(
    "a plain clause of theirs passes",
    arguments: [
      "the new tax would eat his margin", "you read that crashes dropped by half",
      "it's better for people who know the job", "this stresses you out",
      "your sister has a point", "the kids are exhausted by lunch",
      "that's what gets you", "most of the money goes to admin",
      "you just want the two of you to talk at dinner", "the fees would cost them a car payment",
    ])
  func wellFormed(clause: String) {
    #expect(passes(clause))
  }

  @Test(
    "a condition with no main clause is no statement given back",
    arguments: [
      ("if they raised the fares again", true),
      ("because the rent went up", true),
      ("when the mill closed the town emptied out", false),
      ("if they did as well you'd go back", false),
      ("if it rains, you stay home", false),
    ])
  func subordinateOnly(clause: String, isFragment: Bool) {
    #expect(ReflectionCheck.isSubordinateOnly(Tokenizer.tokenize(clause)) == isFragment)
  }

  @Test(
    "'us' after their own 'I' is them and someone the words do not name: that clause is not given",
    arguments: [
      ("i just want us to talk at dinner", nil),
      ("i wish he would let us save more", "So you wish he would let you save more."),
      ("we moved here in 2019", "So you moved here in 2019."),
    ] as [(String, String?)])
  func us(answer: String, text: String?) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }
}
