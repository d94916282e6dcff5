import Foundation
import SocraticCore
import Testing

@Suite("Confidence stats across sessions")
struct SessionStatsTests {
  private func explore(_ id: String, topic: String?, _ before: Int?, _ after: Int?, day: Double)
    -> SessionSummary
  {
    var events: [SessionEvent] = [
      SessionEvent(.belief(.init(text: "b")), at: SampleTranscripts.at(day * 86_400))
    ]
    if let before {
      events.append(
        SessionEvent(
          .confidence(.init(value: before, moment: .before)), at: SampleTranscripts.at(day * 86_400)
        ))
    }
    if let after {
      events.append(
        SessionEvent(
          .confidence(.init(value: after, moment: .after)), at: SampleTranscripts.at(day * 86_400)))
    }
    return SessionSummary(
      SessionTranscript(
        header: SessionHeader(
          id: id, mode: .explore, started: SampleTranscripts.at(day * 86_400), topic: topic),
        events: events))
  }

  @Test("shifts are averaged over rated explore sessions; others are counted only")
  func averages() throws {
    let stats = SessionStats([
      explore("c", topic: "crypto", 80, 60, day: 2),
      explore("a", topic: "crypto", 50, 55, day: 0),
      explore("b", topic: nil, 70, nil, day: 1),
      explore("d", topic: "ai", 40, 70, day: 3),
      SessionSummary(SampleTranscripts.drill),
      SessionSummary(SampleTranscripts.partner),
    ])
    #expect(stats.sessionCount == 6)
    #expect(stats.countByMode == [.explore: 4, .partner: 1, .drill: 1])
    #expect(stats.points.map(\.id) == ["a", "c", "d"])
    #expect(stats.averageShift == 5)
    #expect(stats.unratedExploreCount == 1)
    #expect(
      stats.topics == [
        .init(topic: "ai", sessions: 1, rated: 1, averageShift: 30),
        .init(topic: "crypto", sessions: 2, rated: 2, averageShift: -7.5),
        .init(topic: nil, sessions: 1, rated: 0, averageShift: nil),
      ])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(stats.json().utf8)) as? [String: Any])
    #expect(
      Set(json.keys) == [
        "sessions", "by_mode", "rated_sessions", "unrated_sessions", "average_shift", "topics",
        "points", "listening", "drills",
      ])
    #expect(json["average_shift"] as? Double == 5)
    let points = try #require(json["points"] as? [[String: Any]])
    #expect(points.first?["shift"] as? Int == 5)
    #expect(points.first?["started"] as? String == "2026-11-25T06:15:03.120Z")
  }

  @Test("partner and drill lines add up to one listening scorecard, in the JSON too")
  func listening() throws {
    let stats = SessionStats([
      SessionSummary(SampleTranscripts.drill), SessionSummary(SampleTranscripts.partner),
      explore("a", topic: "crypto", 50, 55, day: 0),
    ])
    #expect(stats.listening.questionCount == 4)
    #expect(stats.listening.openCount == 2)
    #expect(stats.personaShifts == [.init(before: 70, after: 60)])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(stats.json().utf8)) as? [String: Any])
    let listening = try #require(json["listening"] as? [String: Any])
    #expect(listening["questions"] as? Int == 4)
    #expect(listening["open_share"] as? Int == 50)
    #expect(listening["reflections"] as? Int == 0)
    #expect(listening["complex_share"] is NSNull)
    // Oldest first: the partner session (26 November) before the drill (27 November).
    let leading = try #require(listening["leading"] as? [[String: Any]])
    #expect(
      leading.map { $0["text"] as? String } == [
        "Don't you think that's a bit much?", "Isn't that just hype?",
      ])
    let targets = try #require(listening["targets"] as? [String: Int])
    #expect(
      targets == [
        "open_share": 70, "reflections_per_question_fair": 1, "reflections_per_question_good": 2,
        "complex_share": 40,
      ])
    let drills = try #require(json["drills"] as? [String: Any])
    #expect(drills["ended"] as? Int == 1)
    #expect(drills["average_persona_after"] as? Double == 60)
  }

  @Test("each belief of a session (/belief) is a rated point of its own")
  func threads() throws {
    let at = SampleTranscripts.at(0)
    let events: [SessionEvent.Payload] = [
      .belief(.init(text: "Tea is good.")), .confidence(.init(value: 60, moment: .before)),
      .confidence(.init(value: 70, moment: .after)), .newThread(.init(number: 2)),
      .belief(.init(text: "Coffee is bad.")), .confidence(.init(value: 80, moment: .before)),
      .confidence(.init(value: 40, moment: .update)), .newThread(.init(number: 3)),
      .belief(.init(text: "Water is dull.")),
    ]
    let summary = SessionSummary(
      SessionTranscript(
        header: SessionHeader(id: "t", mode: .explore, started: at),
        events: events.map { SessionEvent($0, at: at) }))
    #expect(summary.ratedThreads.map(\.number) == [1, 2])
    let stats = SessionStats([summary])
    #expect(stats.points.map(\.thread) == [1, 2])
    #expect(stats.points.map(\.shift) == [10, -40])
    #expect(stats.averageShift == -15)
    #expect(stats.ratedExploreCount == 1)
    #expect(stats.unratedExploreCount == 0)
    #expect(stats.topics == [.init(topic: nil, sessions: 1, rated: 1, averageShift: -15)])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(stats.json().utf8)) as? [String: Any])
    #expect(json["rated_sessions"] as? Int == 1)
    let points = try #require(json["points"] as? [[String: Any]])
    #expect(points.map { $0["thread"] as? Int } == [1, 2])
  }

  @Test("no sessions: nothing to average")
  func empty() {
    let stats = SessionStats([])
    #expect(stats.averageShift == nil)
    #expect(stats.topics.isEmpty)
    #expect(stats.json().contains("\"average_shift\": null"))
  }
}
