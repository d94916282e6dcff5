import Testing

@testable import SocraticCore

@Suite("Reflections give back the move an answer makes, in clean English")
struct ReflectionMomentTests {
  @Test(
    "the moment that mattered is given back, not the stock line or a side detail",
    arguments: [
      // A refinement: what they mean set before what they set aside.
      (
        "honestly its not the money, its the principle of it",
        "So it's the principle of it, not the money."
      ),
      ("thats not laziness, thats burnout", "So that's burnout, not laziness."),
      // A concession whose clause left its "I" off is given back, not the stock line.
      (
        "yeah ok fair, cant really argue with the price",
        "So you'd grant that you can't really argue with the price."
      ),
      // A self-correction that trails off: the part that reads is given back.
      (
        "i said cyclists never stop at lights. no ok, maybe not most of them... i havent biked there in years",
        "So you'd grant that you haven't biked there in years."
      ),
      // "I feel like a …" is the feeling itself, never a frame left off.
      (
        "i feel like a cheapskate for ages when i tap no tip",
        "So you feel like a cheapskate for ages when you tap no tip."
      ),
      // A feeling about themselves outranks what came before it.
      (
        "i know how the drivers feel. i feel like a fraud for a whole day after",
        "So you feel like a fraud for a whole day after."
      ),
    ])
  func moment(answer: String, text: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }

  @Test(
    "what they take back is never given back as theirs",
    arguments: [
      "i said cyclists never stop at lights. no ok, maybe some of them do",
      "the council wastes everything. scratch that, the parks are great",
    ])
  func selfCorrection(answer: String) {
    let text = ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text ?? ""
    #expect(!text.contains("never stop") && !text.contains("wastes everything"))
  }

  @Test(
    "chat tags and a line they disown are not parroted",
    arguments: [
      (
        "honestly bro the tram was 20 mins late again yesterday",
        "So the tram was 20 mins late again yesterday."
      ),
      ("my niece is 9 now btw and totally fine", "So your niece is 9 now and totally fine."),
      ("im not saying that, my uncle is", "Sorry, I got that wrong \u{2014} what did you mean?"),
    ])
  func clean(answer: String, text: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer))?.text == text)
  }

  @Test(
    "a closing remark is thanks, never given back as a view",
    arguments: ["im good, this was actually pretty useful", "cheers, good chat", "ok nice talk"])
  func closingRemark(answer: String) {
    #expect(ReflectionWriter.reflection(of: AnswerMoveReader.read(answer)) == nil)
  }
}
