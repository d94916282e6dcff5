import Foundation
import SocraticCore
import Testing

@Suite("The session event model")
struct SessionEventTests {
  static let everyEvent =
    SampleTranscripts.explore.events + SampleTranscripts.partner.events
    + SampleTranscripts.drill.events + [
      SessionEvent(.topic(.init(topic: "crypto")), at: SampleTranscripts.at(1)),
      SessionEvent(.topic(.init(topic: nil)), at: SampleTranscripts.at(1)),
      SessionEvent(
        .resumed(.init(socraticVersion: "0.1.0", tornLine: 7)), at: SampleTranscripts.at(2)),
    ]

  @Test("every kind of event survives a trip through a log line unchanged")
  func roundTrip() throws {
    let types = Set(Self.everyEvent.map(\.payload.type))
    #expect(types.count == 17, "one of each event type: \(types.sorted())")
    for event in Self.everyEvent {
      let line = try JSONEncoder().encode(event)
      #expect(try JSONDecoder().decode(SessionEvent.self, from: line) == event)
    }
  }

  @Test(
    "lines have the documented keys",
    arguments: [
      (
        SessionEvent.Payload.answer(.init(question: 3, text: "Line one\nline \"two\"")),
        #"{"at":"2026-11-25T06:15:04.120Z","question":3,"text":"Line one\nline \"two\"","type":"answer"}"#
      ),
      (
        .question(.init(number: 2, kind: .evidence, text: "Why?", source: .followUp, follows: 1)),
        #"{"at":"2026-11-25T06:15:04.120Z","follows":1,"kind":"evidence","number":2,"source":"follow_up","text":"Why?","type":"question"}"#
      ),
      (
        .confidence(.init(value: 80, moment: .before)),
        #"{"at":"2026-11-25T06:15:04.120Z","moment":"before","type":"confidence","value":80}"#
      ),
      (
        .resumed(.init(socraticVersion: "0.1.0", tornLine: 9)),
        #"{"at":"2026-11-25T06:15:04.120Z","socratic_version":"0.1.0","torn_line":9,"type":"resumed"}"#
      ),
      (
        .personaReply(.init(question: 1, text: "No.")),
        #"{"at":"2026-11-25T06:15:04.120Z","question":1,"text":"No.","type":"persona_reply"}"#
      ),
    ])
  func lineShape(payload: SessionEvent.Payload, line: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let event = SessionEvent(payload, at: SampleTranscripts.at(1))
    #expect(String(decoding: try encoder.encode(event), as: UTF8.self) == line)
  }

  @Test("the header line names the format, its version, the session and the program")
  func headerShape() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let header = SessionHeader(
      id: "20261125-0615-k3f9", mode: .drill, started: SampleTranscripts.start, topic: "ai")
    #expect(
      String(decoding: try encoder.encode(header), as: UTF8.self)
        == #"{"at":"2026-11-25T06:15:03.120Z","format":"socratic-session","format_version":1,"#
        + #""id":"20261125-0615-k3f9","mode":"drill","socratic_version":"\#(SocraticVersion.current)","#
        + #""topic":"ai","type":"header"}"#)
  }

  @Test("values of open sets that a newer version may add are kept as they are")
  func openValues() throws {
    let line =
      #"{"type":"question","at":"2026-11-25T06:15:04Z","number":1,"kind":"meta","text":"?","source":"partner_hint"}"#
    let event = try JSONDecoder().decode(SessionEvent.self, from: Data(line.utf8))
    guard case .question(let question) = event.payload else {
      Issue.record("not a question: \(event)")
      return
    }
    #expect(question.source.rawValue == "partner_hint")
  }

  @Test("session ids sort by time, are easy to type, and differ within a minute")
  func sessionIDs() {
    var generator = SystemRandomNumberGenerator()
    let ids = (0..<200).map { _ in SessionID.make(at: SampleTranscripts.start, using: &generator) }
    #expect(ids.allSatisfy { $0.hasPrefix("20261125-0615-") && $0.count == 18 })
    #expect(
      ids.allSatisfy {
        $0.dropFirst(14).allSatisfy { "23456789abcdefghjkmnpqrstuvwxyz".contains($0) }
      })
    #expect(Set(ids).count > 190)
    #expect(SessionID.make(at: SampleTranscripts.at(60)) > ids[0])
  }
}

@Suite("Partner suggestions in the log")
struct PartnerSuggestionLogTests {
  @Test("an item is a reflection or a question, each with its form")
  func newItems() throws {
    let event = SessionEvent(
      .suggestions(
        .init(items: [
          .reflection("So the fees are what worry you."),
          .question(Question(kind: .evidence, text: "What makes you say that?")),
        ])), at: SampleTranscripts.start)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let line = String(decoding: try encoder.encode(event), as: UTF8.self)
    #expect(
      line
        == #"{"at":"2026-11-25T06:15:03.120Z","questions":[{"form":"reflection","#
        + #""text":"So the fees are what worry you."},{"form":"question","kind":"evidence","#
        + #""text":"What makes you say that?"}],"type":"suggestions"}"#)
    #expect(try JSONDecoder().decode(SessionEvent.self, from: Data(line.utf8)) == event)
  }

  @Test("an old log's items, without a form, still load as questions")
  func oldItems() throws {
    let line =
      #"{"type":"suggestions","at":"2026-11-25T06:15:04Z","questions":[{"kind":"inversion","#
      + #""text":"Why might it not be so?"},{"kind":"meta","text":"Why does it matter to you?"}]}"#
    let event = try JSONDecoder().decode(SessionEvent.self, from: Data(line.utf8))
    #expect(
      event.payload
        == .suggestions(
          .init(items: [
            .question(Question(kind: .inversion, text: "Why might it not be so?")),
            .question(Question(kind: .meta, text: "Why does it matter to you?")),
          ])))
  }
}
