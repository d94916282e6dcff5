import Testing

@testable import SocraticCore

/// The reflection explore shows for an answer typed as it is.
private func shown(_ line: String) -> String? {
  ReflectionWriter.reflection(of: AnswerMoveReader.read(line), saying: line)?.text
}

@Suite("Reflections give back the point in whole clauses, never the aside or a splice")
struct ReflectionPointNotAsideTests {
  @Test(
    "an interjection or an answer closing the clause is cut; a clause is given back whole",
    arguments: [
      (
        "ugh i hate when the adverts are right",
        "It sounds like you hate when the adverts are right."
      ),
      ("we dont really recycle it no", "So you don't really recycle it."),
    ])
  func garbleCut(line: String, text: String) {
    #expect(shown(line) == text)
  }

  @Test("a hedge inside a clause is cut, never turned into 'you suppose'")
  func innerHedge() {
    #expect(
      shown("i mean strictly i suppose its not. nobody is forcing me")
        == "So you're thinking strictly it's not.")
  }

  @Test("partner's suggestion leaves off the yes or no closing their words")
  func partnerClosingAnswer() {
    #expect(suggested("we dont really recycle it no") == "So you don't really recycle it.")
  }

  @Test("a clause whose only object is a bare 'that' is never given back")
  func barePointer() {
    #expect(
      shown("the mayor showed up at the flood and shook every hand. nobody else bothered with that")
        == "So the mayor showed up at the flood and shook every hand.")
    #expect(
      shown(
        "the waiting. i keep going back to that. the months on the list. forget the parking, its the waiting and the pain"
      ) == nil)
  }

  @Test("who the speaker is, or their trade, is framing: the point beside it is given back")
  func selfAside() {
    #expect(
      shown(
        "i mean im an accountant, id want to see the real figures not just a minister on the telly")
        == "So you'd want to see the real figures not just a minister on the telly.")
  }

  @Test("a trade said after others' stories is no turn of theirs: the others' point is given back")
  func tradeIsNoTurn() {
    #expect(
      shown("loads of my regulars have a story like it. i do nails so people tell me everything")
        == "So loads of your regulars have a story like it.")
  }

  @Test(
    "an answer that closes by moving on is not reflected; what they leave on is never the point")
  func movingOn() {
    #expect(
      shown(
        "its alright. its been a while now. the garden keeps me going. anyway, back to the question"
      )
        == nil)
    // Leaving by the clock may end the session with thanks alone; what is shown, if anything,
    // never gives back the leaving as their point.
    #expect(
      !(shown(
        "the costs are fine, i see that. its just the waiting lists again. anyway its late and ive got lunches to make, night"
      )?.contains("late") ?? false))
  }

  @Test("the turn of a story ('then …') and how it felt, said last, are the point")
  func turnAndFeltLike() {
    #expect(
      shown(
        "i used it for homework at first and thought it was handy. then my teacher caught half the class copying and it stopped being fun"
      ) == "So your teacher caught half the class copying and it stopped being fun.")
    #expect(
      shown(
        "he never answered my emails. i rang the office like ten times. but the fees went up every term anyway. felt like i was just a number to them"
      ) == "So it felt like you were just a number to them.")
  }

  @Test("a 'that'-clause said as an answer stays what they want, never a fact")
  func thatClause() {
    #expect(
      shown("that my grandson gets a fair go. thats all i ask")
        == "So it's that your grandson gets a fair go.")
    #expect(
      suggested("that my grandson gets a fair go. thats all i ask")
        == "So it's that your grandson gets a fair go.")
  }
}
