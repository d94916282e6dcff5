import Testing

@testable import SocraticCore

/// The speaker reporting what they did ("I checked", "I told your mum") tells the person
/// something from the speaker's side: a statement, however much it says of them.
@Suite("The speaker's own acts")
struct SpeakerActTests {
  let critic = QuestionCritic()

  @Test(
    "a line in which the speaker reports an act of their own is a statement",
    arguments: [
      "I did want to mention that the clinic closes early on Fridays.",
      "That's why I asked about your sleep.",
      "I just checked, and your next review is in March.",
      "I read that your school runs a breakfast club.",
      "Okay, I looked at your chart and your iron is a bit low.",
      "I said last week that your forms were due.",
      "I told your mum you'd be a bit late.",
      "I found a leaflet about the walking group for you.",
      "I saw your name on the list for the course.",
      "I explained to the nurse that you're nervous about needles.",
    ])
  func reportsOwnAct(text: String) throws {
    #expect(try critic.critique(text).form == .statement)
  }

  @Test(
    "the speaker listening, or the person's own words in the first person, still gives back",
    arguments: [
      "I hear that the move has been hard on you.",
      "I get the sense you're tired of explaining yourself.",
      "I imagine that was a shock.",
    ])
  func listeningGivesBack(text: String) throws {
    #expect(try critic.critique(text).form == .reflection)
  }
}
