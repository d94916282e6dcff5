import Foundation
import Testing

@testable import SocraticCore

/// The question after a reason: a reason given as why they hold the view is never asked how it
/// bears on the view; the talk itself, a rating or a word of address is never taken as
/// something they told; and the opening inversion is asked as plain English.
@Suite("Explore's question after a reason")
struct ExploreReasonFollowUpTests {
  /// The phrases that ask how something told bears on the view.
  private static let bearing = [
    "play in", "shaped", "bear on", "made you more sure", "take away from",
  ]

  @Test(
    "a reason given for the view is not asked how it shaped the view",
    arguments: [
      (
        "Parking wardens are out to get drivers.",
        "i got two tickets last month and neither street had a single sign up"
      ),
      (
        "Self-checkouts should be scrapped.",
        "i stock shelves at a big supermarket and half my shift is fixing the tills"
      ),
      (
        "The library should open on sundays.",
        "my daughter had nowhere quiet to revise for her exams last winter"
      ),
    ])
  func reasonNotAskedHowItBears(belief: String, reason: String) {
    var script = ExploreScript.questioning(belief)
    let next = ExploreScript.question(script.type(reason))?.text ?? ""
    #expect(!Self.bearing.contains(where: next.contains), "\(next)")
  }

  @Test(
    "how sure they are, or a word of address, is not asked how it bears on the view",
    arguments: [
      "i'm dead sure pal. i'm only saying it needn't be every street",
      "look son, i'm very sure. i only mean the main routes",
    ])
  func ratingNotTakenAsAReason(line: String) {
    var script = ExploreScript.questioning(
      "The ring road needs a bus lane.", answers: ["because the traffic is a joke at rush hour"])
    let next = ExploreScript.question(script.type(line))?.text ?? ""
    #expect(!Self.bearing.contains(where: next.contains), "\(next)")
    let pasted = next.lowercased().components(separatedBy: ". ").first ?? ""
    for word in ["sure", "pal", "son"] where next.hasPrefix("You said") {
      #expect(!pasted.split(separator: " ").contains { $0.hasPrefix(word) }, "\(next)")
    }
  }

  @Test("the pasting rule knows the talk, a rating and a word of address from what they told")
  func pastingRule() {
    #expect(!QuestionSlot.isPastable("i didn't get that question"))
    #expect(!QuestionSlot.isPastable("you just asked me that"))
    #expect(!QuestionSlot.isPastable("i'm dead certain love, honestly"))
    #expect(!QuestionSlot.isPastable("i keep bees, son"))
    #expect(QuestionSlot.isPastable("my son keeps bees on the allotment"))
    #expect(QuestionSlot.isPastable("i went with a mate to the match"))
  }

  @Test(
    "the opening inversion is plain English, never 'How should X not …'",
    arguments: [
      "Councils should be banned from selling playing fields.",
      "The village pub should be turned into flats.",
      "Phone contracts are just a rip off.",
      "They should bring back free school milk.",
    ])
  func plainInversion(belief: String) throws {
    let analysis = try InversionEngine().analyze(belief)
    for seed in UInt64(0)..<12 {
      let plan = QuestionPlan(
        analysis: analysis, topics: [], setting: DialogueFixtures.setting(seed: seed))
      let opening = plan.opening?.question.text ?? ""
      let lowered = opening.lowercased()
      #expect(!(lowered.hasPrefix("how ") && lowered.contains(" not ")), "\(opening)")
      #expect(!(lowered.hasPrefix("in what ways ") && lowered.contains(" not ")), "\(opening)")
    }
  }
}
