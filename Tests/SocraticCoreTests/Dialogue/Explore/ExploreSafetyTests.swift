import Testing

@testable import SocraticCore

/// A danger to life told in an answer gets where help is, plainly and once, before anything
/// else: signs of a heart attack or a stroke, thoughts of ending one's life.
@Suite("Explore says where help is when a life may be in danger")
struct ExploreSafetyTests {
  private func said(_ belief: String, answers: [String]) -> [String] {
    var script = ExploreScript()
    script.type([belief, "y", "70"] + answers)
    return script.events.compactMap { event -> String? in
      if case .said(let value) = event { return value.text }
      return nil
    }
  }

  @Test("a pain spreading to the arm, with the chest named in the belief, is sent to a doctor once")
  func heart() {
    let lines = said(
      "The pains in my chest are only indigestion.",
      answers: [
        "worse after a big curry, though sometimes it shoots down my left arm",
        "like i said it goes down my left arm now and then",
      ])
    #expect(lines.filter { $0 == SafetyConcern.heart.line }.count == 1, "\(lines)")
  }

  @Test(
    "thoughts of ending their life get where help is, even with a goodbye or a denial before",
    arguments: [
      "honestly some days i think about ending it all",
      "i want to end it all. bye",
      "im not ok i want to die",
      "i feel suicidal most nights",
    ])
  func ownHarm(answer: String) {
    let lines = said("Nobody at work would notice if I left.", answers: [answer])
    #expect(lines.contains(SafetyConcern.ownHarm.line), "\(lines)")
  }

  @Test("a belief that tells of ending their life gets where help is before its reading")
  func ownHarmAsBelief() {
    var script = ExploreScript()
    script.type("I want to end my life.")
    let lines = script.events.compactMap { event -> String? in
      if case .said(let value) = event { return value.text }
      return nil
    }
    #expect(lines.contains(SafetyConcern.ownHarm.line), "\(lines)")
  }

  @Test(
    "a pain without the chest, a denial, or a figure of speech gets no such line",
    arguments: [
      ("My spaniel would be happier on a farm.", "the ache goes down my arm when i throw the ball"),
      ("Diets never work for me.", "i'm not going to hurt myself over a diet"),
      ("Our team will go down this season.", "the manager's face says it all"),
      ("I'm hopeless with birthdays.", "i could kill myself for forgetting hers again"),
      ("The city is too expensive.", "i don't want to live in the city anymore"),
      ("Offices are a waste of time.", "i'd rather die than go back to that office"),
      ("My dad's drinking is his business.", "he came home slurring his words, drunk again"),
      ("Spreadsheets rule my life.", "i'm not going to kill myself over a spreadsheet"),
      ("You should follow your heart.", "the pain goes down my arm when i serve"),
    ])
  func none(belief: String, answer: String) {
    let lines = said(belief, answers: [answer])
    #expect(
      !lines.contains { line in
        [SafetyConcern.heart, .stroke, .ownHarm].contains { $0.line == line }
      }, "\(lines)")
  }
}
