import Testing

@testable import SocraticCore

@Suite("The drill reads what a line asks: after a story, on a scale, of a thing")
struct DrillReadsTheAskTests {
  @Test(
    "after a story, the persona answers what the line goes on to ask, not an aside asked on the way",
    arguments: [
      (
        "my brother got mugged outside the station, seriously what is wrong with people? "
          + "anyway what would more police actually change",
        "what would more police actually change", "wrong with people"
      ),
      (
        "my nan got conned by a man at her door, who even does that? and why would a new law "
          + "stop him?",
        "why would a new law stop him", "who even does that"
      ),
      // One asking sentence, then words that ask nothing: the question stays the one asked.
      (
        "my dad lost his job in the spring, what would you tell him? he is still gutted.",
        "what would you tell him", "still gutted"
      ),
    ])
  func storyAsksLast(line: String, asked: String, aside: String) throws {
    let story = try #require(ToldStory(line))
    let question = try #require(story.question)
    #expect(question.contains(asked), "\(question)")
    #expect(!question.contains(aside), "\(question)")
  }

  @Test(
    "a how-sure question is answered on the scale it names, and a number of the matter names none",
    arguments: [
      ("how sure are you the coins will fall to ten cents each?", 100),
      ("how confident are you that one of five savers would lose money?", 100),
      ("how sure are you the queue will shrink to 5 minutes?", 100),
      ("how sure are you, from 1-10?", 10),
      ("how sure are you, out of 10?", 10),
      ("on a scale of 1 to 5, how sure are you?", 5),
      ("how certain are you, one to five?", 5),
      ("how sure are you, like 8/10?", 10),
      ("How sure are you?", 100),
    ])
  func scaleIsNamed(line: String, scale: Int) {
    #expect(DrillDialogue.confidenceScale(askedIn: line) == scale)
  }

  @Test(
    "an -ing word after a noun that could be a verb is a thing; after a verb that takes one, it is done",
    arguments: [
      ("What about drink driving on the island roads?", "driving", true),
      ("and fox hunting, where does that fit?", "hunting", true),
      ("my uncle wouldn't stop talking about the ferry, why is that?", "talking", false),
      ("my cousin sat waiting at the pier for hours, is that fair?", "waiting", false),
    ])
  func doingOrThing(line: String, word: String, isThing: Bool) {
    let read = PersonaQuestion(
      line, form: .open, kind: nil, belief: "Councils should run the island ferries",
      beliefWords: [], lastReply: nil)
    #expect(read.things.contains(TopicWords.lemma(of: word)) == isThing, "\(read.things)")
  }
}
