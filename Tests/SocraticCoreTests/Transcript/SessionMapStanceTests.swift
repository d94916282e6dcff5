import Foundation
import SocraticCore
import Testing

/// What each part of an answer does to the claim decides where the map files it, as the
/// closing (`sessions show`), the Markdown and the JSON export show it: someone else's side is
/// never their reason, a point after "but" that turns against the claim is one they granted,
/// a word about the talk is filed nowhere, and where they ended up leads.
@Suite("The map files each part of an answer by what it does to the claim")
struct SessionMapStanceTests {
  /// A one-answer session: the claim, and the answer to "what leads you to think that?".
  private static func session(_ claim: String, _ answers: [String]) -> SessionTranscript {
    SampleTranscripts.exploreSession(
      claim,
      answers.map { ("reasons", .evidence, "What leads you to think that?", $0) })
  }

  private static func items(_ summary: SessionSummary, _ heading: String) -> [String] {
    summary.mapDigest.first { $0.heading == heading }?.items ?? []
  }

  /// Someone else who takes the other side, and what the person told of them.
  struct OthersSide: Sendable, CustomStringConvertible {
    let claim: String
    let answer: String
    /// Words of the part about that someone, never among the reasons.
    let theirs: String
    var description: String { claim }
  }

  static let othersSides: [OthersSide] = [
    OthersSide(
      claim: "nuclear power should be expanded",
      answer:
        "my uncle Teodor ran a coal plant for years. teodor was against nuclear power his whole life",
      theirs: "coal plant"),
    OthersSide(
      claim: "the voting age should be lowered to 16",
      answer:
        "my grandmother Ines taught civics for decades. ines was against lowering the voting age",
      theirs: "civics"),
    OthersSide(
      claim: "cities should ban cars from the centre",
      answer: "my stepdad Rufus drives a taxi downtown. rufus is against any ban on cars",
      theirs: "taxi"),
    OthersSide(
      claim: "homework should be scrapped in primary school",
      answer:
        "my friend Odile runs a primary school in leeds. odile is against scrapping homework",
      theirs: "leeds"),
    OthersSide(
      claim: "the four day week should be the law",
      answer:
        "my boss Henrike built her firm from nothing. henrike is against a four day week by law",
      theirs: "firm from nothing"),
    OthersSide(
      claim: "zoos should stop keeping orcas",
      answer:
        "my sister works at the marine park, she trains them. my sister says keeping orcas is fine",
      theirs: "marine park"),
    OthersSide(
      claim: "tipping should be abolished",
      answer: "my cousin Bartek waits tables in chicago. bartek is against abolishing tipping",
      theirs: "chicago"),
    OthersSide(
      claim: "the speed limit on motorways should go up",
      answer:
        "my father Anselm drove an ambulance for ages. anselm was against raising the speed limit",
      theirs: "ambulance"),
    OthersSide(
      claim: "school uniforms should be scrapped",
      answer:
        "my aunt Gudrun sews uniforms for a living. gudrun is against scrapping school uniforms",
      theirs: "sews"),
    OthersSide(
      claim: "rent controls should come back",
      answer:
        "my landlord Casimir owns six flats on our street. casimir is against rent controls",
      theirs: "six flats"),
  ]

  @Test(
    "someone else's side, and who they are, are never given as the person's reasons",
    arguments: othersSides)
  func othersSideIsNoReason(_ side: OthersSide) {
    let summary = SessionSummary(Self.session(side.claim, [side.answer]))
    let reasons = Self.items(summary, "Your reasons")
    #expect(!reasons.contains { $0.contains(side.theirs) }, "\(summary.mapDigest)")
  }

  /// A point for their side, then one after "but" that turns against it.
  struct TurnAgainst: Sendable, CustomStringConvertible {
    let claim: String
    let answer: String
    /// Words of the part after "but".
    let granted: String
    var description: String { claim }
  }

  static let turnsAgainst: [TurnAgainst] = [
    TurnAgainst(
      claim: "all fireworks should be banned",
      answer:
        "our dog shakes under the bed every november. but my nephew loves the displays at the park",
      granted: "nephew loves"),
    TurnAgainst(
      claim: "every car should be electric by 2030",
      answer:
        "the air on our road is filthy from diesel vans. but the batteries need mining in awful conditions",
      granted: "batteries need"),
    TurnAgainst(
      claim: "social media should be banned for under 16s",
      answer:
        "my daughter has had no sleep since she got instagram. but her friends organise everything in group chats",
      granted: "group chats"),
    TurnAgainst(
      claim: "supermarkets should stop selling cheap meat",
      answer:
        "the farms that supply them cram the pigs in sheds. but poorer families rely on cheap mince",
      granted: "poorer families"),
    TurnAgainst(
      claim: "the city should close the old library",
      answer:
        "hardly anybody borrows books there these days. but the pensioners use the computers every morning",
      granted: "pensioners use"),
    TurnAgainst(
      claim: "self checkouts should be scrapped",
      answer:
        "the machines shout at you about the bagging area constantly. but the queues move faster now",
      granted: "queues move"),
    TurnAgainst(
      claim: "public transport should be free",
      answer:
        "my bus pass eats a fifth of my wages. but the network needs the fare money for repairs",
      granted: "fare money"),
    TurnAgainst(
      claim: "smartphones should be banned in classrooms",
      answer:
        "my pupils scroll their feeds through whole lessons. but some of them use the translation apps to follow along",
      granted: "translation apps"),
    TurnAgainst(
      claim: "the garden centre should stop selling peat",
      answer:
        "digging peat wrecks the bogs where curlews nest. but the growers say their seedlings struggle without it",
      granted: "seedlings struggle"),
    TurnAgainst(
      claim: "the village should refuse the new housing estate",
      answer:
        "the school has no spare places as it is. but young couples from here cannot afford anything",
      granted: "young couples"),
  ]

  @Test(
    "a point after 'but' that turns against the claim is granted, never a reason",
    arguments: turnsAgainst)
  func turnAgainstIsGranted(_ turn: TurnAgainst) {
    let summary = SessionSummary(Self.session(turn.claim, [turn.answer]))
    #expect(
      !Self.items(summary, "Your reasons").contains { $0.contains(turn.granted) },
      "\(summary.mapDigest)")
    #expect(!Self.items(summary, "Your reasons").isEmpty, "\(summary.mapDigest)")
  }

  /// Words about the talk, said among reasons.
  static let talkRemarks: [(claim: String, answer: String, talk: String)] = [
    (
      "landlords should need a licence", "you skipped my point about the deposits", "skipped"
    ),
    ("dogs should be kept on leads in parks", "you missed the part about the kids", "missed"),
    ("the bins should be collected weekly", "you ignored what i said about the foxes", "ignored"),
    (
      "the high street needs more parking", "you forgot the bit about my mum's hip", "forgot"
    ),
    ("the council wastes money", "you dropped the stuff about the roundabout", "dropped"),
  ]

  @Test("a word about the talk ('you skipped …') is filed nowhere", arguments: talkRemarks)
  func talkIsFiledNowhere(_ remark: (claim: String, answer: String, talk: String)) {
    let summary = SessionSummary(Self.session(remark.claim, [remark.answer]))
    #expect(
      !summary.mapDigest.flatMap(\.items).contains { $0.contains(remark.talk) },
      "\(summary.mapDigest)")
  }

  /// A view that moved: the claim, a reason, and the answer to "how sure are you now, and what
  /// moved it?".
  static let moved: [(claim: String, reason: String, rerate: String, shown: String)] = [
    (
      "all fireworks should be banned", "because our dog hides for a week",
      "maybe 55. im less sure now, the displays bring the whole town out. gotta go feed her",
      "you're less sure now"
    ),
    (
      "every school should drop exams", "because my son froze in every test",
      "40. maybe not every school. i need to head out", "maybe not every school"
    ),
    (
      "cyclists should pay road tax", "because they use the roads like everyone else",
      "60. i see it a bit differently now, the tax pays for emissions. ok bye",
      "you see it a bit differently now"
    ),
    (
      "landlords are the problem", "because my rent doubled",
      "maybe the problem isnt the landlords, its the lack of building. anyway gotta run",
      "isn't the landlords, it's the lack of building"
    ),
    (
      "the council should sell the park", "because it costs a fortune to keep",
      "30. the kids mostly. and the old men playing bowls", ""
    ),
  ]

  @Test(
    "where they got to leads the recap, without their leave-taking or a fragment", arguments: moved)
  func shiftLeads(_ turn: (claim: String, reason: String, rerate: String, shown: String)) {
    let transcript = SampleTranscripts.exploreSession(
      turn.claim,
      [
        ("reasons", .evidence, "What leads you to think that?", turn.reason),
        (
          "rerate", .meta,
          "Having talked it through, how sure are you now, from 0 to 100, and what moved it?",
          turn.rerate
        ),
      ])
    let summary = SessionSummary(transcript)
    let got = Self.items(summary, "Where you got to")
    if turn.shown.isEmpty {
      #expect(got.isEmpty, "a fragment is no place they got to: \(got)")
    } else {
      #expect(got.contains { $0.contains(turn.shown) }, "\(summary.mapDigest)")
      #expect(summary.mapDigest.first?.heading == "Where you got to")
    }
    #expect(!got.contains { ["gotta", "need to", "bye", "run"].contains(where: $0.contains) })
    let markdown = MarkdownExporter.render(transcript)
    let map = markdown.range(of: "## What you said").map { markdown[$0.upperBound...] } ?? ""
    #expect(!map.contains("gotta go feed her"), "\(map)")
  }

  /// Someone who comes round to a narrower view, with a reason and a point granted.
  private static let narrower = SampleTranscripts.exploreSession(
    "all fireworks should be banned",
    [
      ("reasons", .evidence, "What leads you to think that?", "because our dog shakes for days"),
      (
        "outsider", .viewpoints, "How might someone who disagrees explain the same facts?",
        "my neighbour Pietro says the displays are the best night of the year"
      ),
      (
        "rerate", .meta,
        "Having talked it through, how sure are you now, from 0 to 100, and what moved it?",
        "50. maybe not the big council displays. im less sure now. ok i need to go, dinner"
      ),
    ])

  @Test("the recap of a changed view leads with it and names the reason as a clause")
  func recapOfAChangedView() throws {
    let summary = SessionSummary(Self.narrower)
    let map = try #require(summary.map)
    let recap = try #require(ReflectionWriter.summary(of: map))
    #expect(recap.hasPrefix("Where you've got to: "), "\(recap)")
    #expect(!recap.contains("You think so because"), "\(recap)")
    #expect(!recap.contains("dinner"), "\(recap)")
    #expect(
      Self.items(summary, "What others say").contains { $0.contains("Pietro") },
      "\(summary.mapDigest)")
    #expect(!Self.items(summary, "Your reasons").contains { $0.contains("Pietro") })
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(JSONExporter.render(Self.narrower).utf8))
        as? [String: Any])
    let exported = try #require(json["map"] as? [String: Any])
    let shifts = try #require(exported["shifts"] as? [String])
    #expect(shifts.contains { $0.contains("im less sure now") }, "\(shifts)")
    #expect(!shifts.contains { $0.contains("dinner") })
  }
}
