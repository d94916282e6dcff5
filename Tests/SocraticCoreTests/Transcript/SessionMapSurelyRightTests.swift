import SocraticCore
import Testing

/// The end of a session shows only lines that are surely right: where they got to is their own
/// latest view of the claim, a main reason only when they said so, every point granted, their
/// own feelings, clean words. Conversations of our own, run through the session summary.
@Suite("The closing shows only lines filed by what the person did, clean")
struct SessionMapSurelyRightTests {
  private static func items(
    _ claim: String, _ turns: [(arc: String, answer: String)], _ heading: String
  ) -> [String] {
    SampleTranscripts.mapItems(
      SessionSummary(SampleTranscripts.exploreSession(claim, byArc: turns)), heading)
  }

  /// A rerate answer, what must be where they got to, and words that must not be.
  struct Ending: Sendable, CustomTestStringConvertible {
    var claim: String
    var rerate: String
    var shown: String?
    var notShown: String
    var testDescription: String { rerate }
  }

  static let endings: [Ending] = [
    Ending(
      claim: "supermarkets are ripping us off", rerate: "50. i think my shop is fair, mostly",
      shown: "your shop is fair", notShown: "50"),
    Ending(
      claim: "homework is pointless", rerate: "65. i should ask the teachers what its for",
      shown: "you should ask the teachers", notShown: "65"),
    Ending(
      claim: "electric cars are a con", rerate: "40. my kettle just boiled, brb",
      shown: nil, notShown: "kettle"),
    Ending(
      claim: "the referee was biased", rerate: "70. what do you even mean by that",
      shown: nil, notShown: "mean"),
    Ending(
      claim: "gyms are a waste of money", rerate: "45. my sister swears by hers",
      shown: nil, notShown: "sister"),
    Ending(
      claim: "tipping should be banned", rerate: "55. my cousin waits tables and loves tips",
      shown: nil, notShown: "cousin"),
    Ending(
      claim: "cities are too noisy", rerate: "60. is that weird?", shown: nil, notShown: "weird"),
    Ending(
      claim: "online dating is broken",
      rerate: "35. ngl i think its the apps that are broken, not dating itself",
      shown: "the apps that are broken", notShown: "ngl"),
    Ending(
      claim: "my town is boring", rerate: "50. it has more going on than i gave it credit for",
      shown: "it has more going on", notShown: "50"),
    Ending(
      claim: "vinyl sounds better", rerate: "30. gotta run, the bus is here",
      shown: nil, notShown: "bus"),
    Ending(
      claim: "reality tv rots your brain",
      rerate: "45. reality tv can be fun cos its daft, idk",
      shown: "reality tv can be fun because it's daft", notShown: "cos"),
  ]

  @Test("where they got to is their own view of the claim, or nothing", arguments: endings)
  func whereTheyGotTo(_ ending: Ending) {
    let got = Self.items(
      ending.claim,
      [("reasons", "because of what happened last year"), ("rerate", ending.rerate)],
      "Where you got to")
    if let shown = ending.shown {
      #expect(got.contains { $0.contains(shown) }, "\(got)")
    } else {
      #expect(got.isEmpty, "\(got)")
    }
    #expect(!got.contains { $0.contains(ending.notShown) }, "\(got)")
  }

  @Test("where they got to comes from the last view they stated, not an earlier one")
  func lastView() throws {
    var map = BeliefMap(claim: "zoos should close")
    map.shifts = ["maybe the small zoos should close", "ok zoos that breed rare animals can stay"]
    #expect(map.standingView == "zoos that breed rare animals can stay")
  }

  /// Two reasons, said one after the other, and whether they said which weighs most.
  static let reasonPairs: [(claim: String, first: String, second: String, weight: String?)] = [
    (
      "school starts too early", "because my son is a zombie till ten",
      "because the buses are rammed at 7", nil
    ),
    (
      "the high street is dying", "because half the shops are boarded up",
      "because parking costs a fortune", "the parking, easily"
    ),
    (
      "fast fashion should be taxed", "because the clothes fall apart in a month",
      "because the factories pay nothing", nil
    ),
    (
      "our landlord should fix the damp", "because my daughter keeps coughing",
      "because we pay rent on time every month", "my daughter coughing"
    ),
    (
      "the league should scrap VAR", "because goal celebrations feel pointless now",
      "because the decisions still go wrong", nil
    ),
  ]

  @Test(
    "a main reason is named only when they said which weighs most",
    arguments: reasonPairs.map { [$0.claim, $0.first, $0.second, $0.weight ?? ""] })
  func mainReason(_ example: [String]) throws {
    var turns: [(arc: String, answer: String)] = [
      ("reasons", example[1]), ("more_reasons", example[2]),
    ]
    if !example[3].isEmpty { turns.append(("weight", example[3])) }
    turns.append(("rerate", "60. i think the problem is smaller than i said"))
    let transcript = SampleTranscripts.exploreSession(example[0], byArc: turns)
    let map = try #require(SessionSummary(transcript).map)
    let recap = ReflectionWriter.summary(of: map) ?? ""
    if example[3].isEmpty { #expect(!recap.contains("main reason"), "\(recap)") }
    #expect(!recap.contains("main reason") || map.strongest != nil, "\(recap)")
    #expect(!recap.contains("mostly because") || !example[3].isEmpty, "\(recap)")
  }

  /// Points granted, and lines that grant nothing.
  static let grantedLines: [(line: String, grants: Bool)] = [
    ("ok the bakery one is fair", true),
    ("not every single landlord, sure", true),
    ("maybe awful is a strong word", true),
    ("she's right about the prices", true),
    ("my uncle's shop did fine through all of it", true),
    ("i might have been a bit harsh", true),
    ("im scared it will happen to us", false),
    ("i'm terrified of losing the house", false),
    ("i own a rental myself", false),
    ("im a landlord too", false),
  ]

  @Test("every point granted is listed; a fear or a disclosure is not", arguments: grantedLines)
  func granted(_ example: (line: String, grants: Bool)) {
    var map = BeliefMap(claim: "landlords are greedy")
    map.doubts = [example.line, "ok the rent freeze idea is fair enough"]
    #expect(map.granted.count == (example.grants ? 2 : 1), "\(map.granted)")
    // "i might have been a bit harsh" is listed as what they came to see of themselves.
    let shown = map.digest.filter {
      ["What you granted", "What you came to see"].contains($0.heading)
    }
    .flatMap(\.items)
    #expect(shown.count == map.granted.count, "\(shown)")
  }

  @Test("a feeling named is a word for a feeling, never a word cut from a phrase")
  func feelings() {
    var map = BeliefMap(claim: "the office move was a mistake")
    map.feelings = ["out", "anxious", "fed up", "left"]
    #expect(map.namedFeelings == ["anxious", "fed up"])
  }

  /// Reasons typed fast, and what must not show in any line of the closing.
  static let typed: [(reason: String, garble: String)] = [
    ("because cos the trains are always late", "because cos"),
    ("because i cant afford the fares", "cant"),
    ("because im paying twice what i did", " im "),
    ("because the fares went up again innit", "innit"),
    ("because the seats are filthy lol", "lol"),
    ("because u cant get a seat after 8", " u "),
    ("because theyre cutting the late trains", "theyre"),
    ("because ngl the staff are rude", "ngl"),
    ("because the app never works tbh", "tbh"),
    ("because dont get me started on strikes", "dont"),
  ]

  @Test("no typed form, tag or doubled connective in the closing", arguments: typed)
  func clean(_ example: (reason: String, garble: String)) {
    let summary = SessionSummary(
      SampleTranscripts.exploreSession(
        "the railways should be nationalised",
        byArc: [("reasons", example.reason), ("inversion", "ok maybe the buses are worse")]))
    let lines = summary.mapDigest.flatMap(\.items).map { " " + $0 + " " }
    #expect(!lines.isEmpty)
    #expect(!lines.contains { $0.contains(example.garble) }, "\(lines)")
    let recap = summary.map.flatMap(ReflectionWriter.summary) ?? ""
    #expect(!(" " + recap + " ").contains(example.garble), "\(recap)")
  }
}
