import Foundation
import SocraticCore
import Testing

@Suite("JSON export")
struct JSONExporterTests {
  @Test(
    "golden files, one per mode",
    arguments: [
      ("explore.json", SampleTranscripts.explore), ("partner.json", SampleTranscripts.partner),
      ("drill.json", SampleTranscripts.drill),
    ])
  func golden(name: String, transcript: SessionTranscript) throws {
    try GoldenFile.check(JSONExporter.render(transcript), against: name)
  }

  @Test("the document has the documented keys, and its events are the log's, decodable again")
  func keysAndEvents() throws {
    let transcript = SampleTranscripts.explore
    let text = JSONExporter.render(transcript)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "format", "format_version", "id", "mode", "topic", "started", "ended", "socratic_version",
        "belief", "claim", "inverted", "confidence_before", "confidence_after", "questions",
        "notes",
        "asked", "events", "map",
      ])
    #expect(object["format"] as? String == "socratic-session-export")
    #expect(object["confidence_before"] as? Int == 90)
    let questions = try #require(object["questions"] as? [[String: Any]])
    #expect(questions.count == 4)
    #expect(questions[1]["skipped"] as? Bool == true)
    #expect(questions[1]["answer"] is NSNull)
    #expect(questions[0]["answer"] as? String == "People send money home with it.\nFees are lower.")
    let events = try #require(object["events"] as? [Any])
    let decoded = try events.map {
      try JSONDecoder().decode(SessionEvent.self, from: JSONSerialization.data(withJSONObject: $0))
    }
    #expect(decoded == transcript.events)
  }
}
