import Testing

@testable import SocraticCore

/// Moments answered before anything else, in shapes graders met this stop: leaving by the hour
/// or a goodnight, a loss told without the word, someone they love seen in tears, and a hard
/// moment the person closes themselves.
@Suite("Explore answers leaving, unworded losses and a moment closed by the person first")
struct ExploreMomentsAnsweredFirstTests {
  static let belief = "Public libraries are a waste of council money."

  @Test(
    "leaving by the hour or a goodnight after a comma ends with thanks and no question; a night or a late hour inside a point is no goodbye",
    arguments: [
      ("right its gone 11 here, early start tomorrow", true),
      ("ok that's plenty from me, night all x", true),
      ("goodnight", true),
      ("its getting late and the dog still needs walking", true),
      ("the one near me only opens late at night", false),
      ("it's late in the day to save the one in town", false),
    ])
  func leavingByTheHour(answer: String, leaves: Bool) {
    var script = ExploreScript.questioning(Self.belief, answers: ["hardly anyone goes in ours"])
    let step = script.type(answer)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice) == leaves)
    #expect((ExploreScript.question(step) == nil) == leaves)
  }

  @Test(
    "a death told without the word, or someone they love in tears, is owned first; a plan that failed or tears of laughter are no loss",
    arguments: [
      ("two of the lads off our estate never came home from there", "I'm so sorry"),
      ("a few of the old crowd didnt make it, drink mostly", "I'm so sorry"),
      ("we had to put our old collie down in the spring", "I'm so sorry"),
      ("my sister sat in the hallway sobbing when the letter came", "I'm sorry, that sounds"),
      ("I found him in tears in the shed at midnight", "I'm sorry, that sounds"),
      ("most nights i set out two plates and then remember", "It sounds like you still miss"),
      ("i still go to ring her when the kettle boils", "It sounds like you still miss her"),
      ("had to let go of two of my girls at the shop in june", "I'm sorry, that sounds"),
      ("the reading scheme didnt make it past the first budget", nil),
      ("i had to let go of my old habits about it", nil),
      ("my gran was in tears laughing at the old photos there", nil),
    ])
  func unwordedLossOwned(answer: String, opening: String?) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(answer)
    let said = ExploreScript.reflections(step)
    if let opening {
      #expect(said.first?.hasPrefix(opening) == true, "\(said)")
    } else {
      #expect(
        !said.contains { $0.hasPrefix("I'm so sorry") || $0.hasPrefix("I'm sorry") }, "\(said)")
    }
  }

  @Test(
    "when a loss began is said after a feeling that lasts till now, never after one told in the present",
    arguments: [
      (
        "since the wedding i still go to text her every morning",
        "It sounds like you still miss her."
      ),
      (
        "the flat has been so quiet since my brother died",
        "It sounds like it's been lonely since your brother died."
      ),
    ])
  func sinceOnlyAfterALastingFeeling(answer: String, shown: String) {
    var script = ExploreScript.questioning(Self.belief)
    #expect(ExploreScript.reflections(script.type(answer)).first == shown)
  }

  /// Questions that stay with a loss rather than go back to the view.
  static let stayingOpenings = [
    "What stays with you", "What has it been like", "What's the hardest", "What do you miss",
  ]

  @Test(
    "a loss closed with a laugh or an 'anyway' is owned once and the view comes next",
    arguments: [
      "my grandad passed last winter, he read there every day. anyway lol",
      "my mum died in 2019, she took me every saturday. anyway.",
    ])
  func lossClosedInTheSameAnswer(answer: String) {
    var script = ExploreScript.questioning(Self.belief)
    let step = script.type(answer)
    #expect(ExploreScript.reflections(step).first?.hasPrefix("I'm so sorry") == true)
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.isEmpty)
    #expect(!Self.stayingOpenings.contains { asked.hasPrefix($0) }, "\(asked)")
  }

  @Test(
    "asked about a loss, a closing of it goes back to the view, never ends the session",
    arguments: [
      "its fine, its been a few years now. back to the question",
      "it was a long while ago. anyway, it is what it is",
      "i'd rather not go on about him if you dont mind, i came on here about the libraries",
    ])
  func lossClosedAfterItWasAskedAbout(answer: String) {
    var script = ExploreScript.questioning(
      Self.belief, answers: ["my dad died last year and he loved that place"])
    let step = script.type(answer)
    #expect(!ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(ExploreScript.reflections(step).isEmpty, "\(ExploreScript.reflections(step))")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.isEmpty)
    #expect(!Self.stayingOpenings.contains { asked.hasPrefix($0) }, "\(asked)")
  }

  @Test(
    "a teasing grant is no upset: no feeling is named or asked about",
    arguments: ["ugh i hate it when my brother's right", "ugh i hate when she is right"])
  func teasingGrantIsNoUpset(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["hardly anyone goes in ours"])
    let step = script.type(answer)
    let shown = ExploreScript.reflections(step) + [ExploreScript.question(step)?.text ?? ""]
    #expect(!shown.contains { $0.contains("upset") || $0.contains("feeling") }, "\(shown)")
  }

  @Test(
    "irked that what they gave was asked for again: owned before the next question",
    arguments: ["i literally just gave you one??", "didnt i just say?"])
  func askedAgainOwned(answer: String) {
    var script = ExploreScript.questioning(Self.belief, answers: ["hardly anyone goes in ours"])
    let step = script.type(answer)
    #expect(ExploreScript.notices(step).first == TurnRequest.answeredAlready.notice)
    #expect(ExploreScript.question(step) != nil)
  }

  @Test(
    "an apology for their tone or their mood is met first; sorry for someone else is no apology to us",
    arguments: [
      ("sorry that sounded a bit harsh. the branch just sits empty", "No need to apologise."),
      ("sorry for the rant, it gets to me every budget", "No need to apologise."),
      (
        "sorry, im having a rough week, the car failed its test",
        "No need to apologise \u{2014} it sounds like a lot is going on."
      ),
      ("im sorry for the staff there, they do their best", nil),
    ])
  func apologyMetFirst(answer: String, first: String?) {
    var script = ExploreScript.questioning(Self.belief, answers: ["hardly anyone goes in ours"])
    let step = script.type(answer)
    let notices = ExploreScript.notices(step)
    if let first {
      #expect(notices.first == first, "\(notices)")
    } else {
      #expect(!notices.contains { $0.hasPrefix("No need to apologise") }, "\(notices)")
    }
    #expect(ExploreScript.question(step) != nil)
  }
}
