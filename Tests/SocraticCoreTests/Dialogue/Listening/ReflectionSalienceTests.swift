import Testing

@testable import SocraticCore

@Suite("Reflections give back what mattered, in well-formed English")
struct ReflectionSalienceTests {
  @Test(
    "the part that mattered is given back, not a side detail, an aside or a jab",
    arguments: [
      // The point said again after a brush-off, with the miss owned.
      (
        "thats not the point. the point is the big boats take everything",
        "Sorry, I got that wrong. So the big boats take everything."
      ),
      // A jab at the tool is never given back; the real problem is.
      (
        "ok im not gonna argue with a computer. the real problem is nobody checks the landlords",
        "So the real problem is nobody checks the landlords."
      ),
      // A view outranks who someone is and where they come from.
      (
        "my aunt is from galway, she moved here in the 80s. the big boats take all the fish",
        "So the big boats take all the fish."
      ),
      // The story, not the sentence that only points at it.
      (
        "because i saw it myself. when the factory closed the whole town emptied out",
        "So when the factory closed the whole town emptied out."
      ),
      // A feeling said without "I" outranks the background before it.
      (
        "the storm in 2017 wrecked our street. my neighbor is a roofer. it scared the hell out of us",
        "It sounds like you're feeling scared."
      ),
      // A concession in words of its own ("has a point"), without the hedge.
      ("my sister has a point i guess, honestly", "So you'd grant that your sister has a point."),
    ])
  func salience(answer: String, text: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }

  @Test(
    "a line that would not read is never given back: a safe line or none instead",
    arguments: [
      // A fragment with no subject.
      ("not eat meat at home", nil),
      // A concession whose words are a fragment: no filler line; the question asks.
      ("ok fair. maybe like weekend markets? so i guess never is too strong", nil),
      // A word said twice for emphasis reads as a slip: the next sentence is given back.
      (
        "i dont KNOW know. the bus was late 4 times this week",
        "So the bus was late 4 times this week."
      ),
      // Chat fillers are left out.
      ("the schools are fine imo", "So the schools are fine."),
    ] as [(String, String?)])
  func wellFormed(answer: String, text: String?) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }

  @Test(
    "a line saying the last reflection missed is met with a repair, never echoed",
    arguments: [
      ("that's not what I said", "Sorry, I got that wrong \u{2014} what did you mean?"),
      ("I never said that", "Sorry, I got that wrong \u{2014} what did you mean?"),
      (
        "thats not what i meant. the buses are always late",
        "Sorry, I got that wrong. So the buses are always late."
      ),
    ])
  func repair(answer: String, text: String) {
    let read = AnswerMoveReader.read(answer)
    #expect(read.isMisheard)
    #expect(ReflectionWriter.reflection(of: read)?.text == text)
  }

  @Test(
    "clauses that are no sentence fail the grammar gate",
    arguments: [
      "not hang out with him", "makes me more stubborn than on other stuff",
      "which... that's the line I drew", "pretty far, there were reporters on the ground",
    ])
  func fragments(clause: String) {
    #expect(ReflectionWriter.given(clause) == nil)
  }

  @Test("a name after 'called' is given back unturned, only its spelling written out")
  func names() {
    #expect(
      ReflectionWriter.given("there's a quiz called am i a bad driver")
        == "there's a quiz called am I a bad driver")
  }
}
