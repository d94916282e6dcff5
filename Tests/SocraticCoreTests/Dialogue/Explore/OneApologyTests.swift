import Testing

@testable import SocraticCore

/// One apology to a move: a line said after the turn has apologised goes on without another
/// "Sorry".
@Suite("One apology a move")
struct OneApologyTests {
  @Test("a second apology in the same turn is left off, the line kept")
  func secondApology() {
    #expect(
      OneApology.line(
        "Sorry, I got that wrong. Sorry — what did you mean?",
        after: ["Sorry — you'd answered that already."])
        == "I got that wrong. What did you mean?")
    #expect(
      OneApology.line("Sorry, I got that wrong. Sorry, what did you mean?", after: [])
        == "Sorry, I got that wrong. What did you mean?")
    #expect(OneApology.line("Sorry, that was unclear.", after: []) == "Sorry, that was unclear.")
  }

  @Test("a lone 'Sorry.' after an apology already said is left off whole")
  func loneApology() {
    #expect(
      OneApology.line("Sorry. Which part of it matters most to you?", after: ["Sorry, I misread."])
        == "Which part of it matters most to you?")
    #expect(
      OneApology.line("That was my mistake. Sorry.", after: ["Sorry, I misread."])
        == "That was my mistake.")
  }
}
