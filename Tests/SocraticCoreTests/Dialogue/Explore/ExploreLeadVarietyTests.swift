import Testing

@testable import SocraticCore

/// A session's reflections open in varied ways: none takes a lead-in that one of the last
/// three took while another suits it; the lead-in suits what is given back (a feeling is
/// guessed at, a fact of theirs is not); and the opening question names the other side only
/// when it is short enough to hear in one breath.
@Suite("Explore varies how its reflections open and names a long belief short")
struct ExploreLeadVarietyTests {
  /// The lead-in a reflection opens with, as the varying reads it.
  private func lead(_ text: String) -> String? { ReflectionLead.of(text)?.opening }

  @Test("over a session of plain points, no lead-in comes back within three reflections")
  func noLeadWithinThree() {
    let script = ExploreScript.questioning(
      "i reckon the council should fix the potholes before doing any new cycle lanes",
      answers: [
        "my car needed two new tyres last winter",
        "the road outside the school is a state",
        "you'd be fine with cycle lanes if the roads were ok lol",
        "the budget for lanes was like 2 million",
        "my neighbour fell off her bike in one of the holes",
        "the roads are the real problem not the bikes",
      ])
    let said = script.events.compactMap { event -> String? in
      if case .reflection(let value) = event { return value.text }
      return nil
    }
    #expect(said.count >= 4, "\(said)")
    let leads = said.map(lead)
    for index in leads.indices.dropFirst() {
      let recent = leads[max(0, index - 3)..<index].compactMap { $0 }
      #expect(!recent.contains(leads[index] ?? "-"), "\(said)")
    }
    #expect(Set(leads.compactMap { $0 }).count >= 3, "\(said)")
  }

  @Test(
    "after 'So' and 'You're saying', a clause of theirs is given back plainly",
    arguments: [
      (
        "So you'd walk more if the pavements were cleared.",
        "You'd walk more if the pavements were cleared."
      ),
      ("So your sister moved out in march.", "Your sister moved out in march."),
    ])
  func plainSecondPerson(composed: String, given: String) {
    let varied = ReflectionWriter.varied(
      Reflection(text: composed, depth: .simple),
      after: ["So the bins are never emptied.", "You're saying the lights are broken."])
    #expect(varied?.text == given)
  }

  @Test("'You're saying' never opens a clause about what they think or grant")
  func neverSayingYouThink() {
    let varied = ReflectionWriter.varied(
      Reflection(text: "So you're thinking maybe the fees are fair.", depth: .complex),
      after: ["So the trains are late again."])
    #expect(varied?.text == "You're thinking maybe the fees are fair.")
  }

  @Test("a judgement of theirs may be given 'For you,'; a fact of theirs is their experience")
  func forYouOnlyOfAJudgement() {
    let after = ["So the trains are late again.", "You're saying the fares went up."]
    let judged = ReflectionWriter.varied(
      Reflection(text: "So the parking is the real problem.", depth: .simple), after: after)
    #expect(judged?.text == "For you, the parking is the real problem.")
    let fact = ReflectionWriter.varied(
      Reflection(text: "So half the street is up for sale.", depth: .simple), after: after)
    #expect(fact?.text == "In your experience, half the street is up for sale.")
  }

  @Test(
    "a change they lived through, graded or with its auxiliary, is their experience",
    arguments: [
      "the rash got a lot better once we changed soap",
      "the cough did get better after a week",
      "the damp always gets a bit worse in february",
      "the shoulder got better after the massage",
    ])
  func changeIsExperience(said: String) {
    let after = ["So the trains are late again.", "You're saying the fares went up."]
    let varied = ReflectionWriter.varied(
      Reflection(text: "So \(said).", depth: .simple), after: after)
    #expect(varied?.text == "In your experience, \(said).")
  }

  @Test("a feeling guessed at twice is guessed at in other words, never told as a fact")
  func feelingStaysAGuess() {
    let varied = ReflectionWriter.varied(
      Reflection(text: "It sounds like it's been a lot.", depth: .complex),
      after: ["It sounds like you're worried about him."])
    #expect(varied?.text == "It seems like it's been a lot.")
  }

  @Test("the opening names the other side of a long belief without pasting it whole")
  func openingOfALongBelief() {
    let script = ExploreScript.questioning(
      "honestly i think owning a dog is fine as long as you live near a big park")
    let asked = script.questions.map(\.text)
    #expect(!asked.contains { $0.contains("as long as you live near a big park") }, "\(asked)")
  }
}
