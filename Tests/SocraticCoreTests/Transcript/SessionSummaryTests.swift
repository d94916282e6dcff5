import Foundation
import SocraticCore
import Testing

@Suite("The summary folded from a session's events")
struct SessionSummaryTests {
  @Test("explore: the headline is the last thread's belief, with that thread's confidences")
  func explore() {
    let summary = SessionSummary(SampleTranscripts.explore)
    #expect(summary.threads.count == 2)
    #expect(
      summary.threads[0].belief?.text == "I think crypto is mostly used for scams because of FTX.")
    #expect(summary.threads[0].confidenceBefore == 80)
    #expect(summary.threads[0].confidenceAfter == nil)
    #expect(summary.threads[0].latestConfidence == 70)
    #expect(summary.belief == "Most crypto projects fail.")
    #expect(summary.confidenceBefore == 90)
    #expect(summary.confidenceAfter == 75)
    #expect(summary.confidenceShift == -15)
    #expect(summary.topic == "crypto")
    #expect(summary.answeredCount == 3)
    #expect(summary.skippedQuestions.map(\.question.number) == [2])
    #expect(summary.answeredByKind.map(\.kind) == [.inversion, .clarification, .viewpoints])
    #expect(summary.notes.map(\.afterQuestion) == [3, 4])
    #expect(summary.ended == SampleTranscripts.at(161))
    #expect(summary.questionCount == 3)
  }

  @Test("partner and drill: what they said, what was asked, the persona's confidence")
  func partnerAndDrill() {
    let partner = SessionSummary(SampleTranscripts.partner)
    #expect(partner.belief == "Immigration is ruining this country.")
    #expect(partner.confidenceBefore == nil)
    #expect(partner.askedByForm.map(\.form) == ["open", "leading"])
    #expect(partner.stages == ["claim", "reasons"])
    #expect(partner.questionCount == 2)
    let drill = SessionSummary(SampleTranscripts.drill)
    #expect(drill.belief == "AI will take most jobs within ten years.")
    #expect(drill.confidenceBefore == 70)
    #expect(drill.confidenceAfter == 60)
    #expect(
      drill.asked.map(\.reply) == [
        "No. Chatbots already write code.", "Seeing jobs grow where AI is used most.",
      ])
    #expect(ListeningScorecard(drill).kinds == [.evidence])
    // What the other side said before each line: nothing before the first question.
    #expect(drill.asked.map(\.previous) == [nil, "No. Chatbots already write code."])
  }

  @Test(
    "without maps (list, stats, delete): every figure a list shows is the same, and no map",
    arguments: [SampleTranscripts.explore, SampleTranscripts.partner, SampleTranscripts.drill])
  func withoutMaps(transcript: SessionTranscript) {
    let full = SessionSummary(transcript)
    let light = SessionSummary(transcript, includingMaps: false)
    #expect(light.belief == full.belief)
    #expect(light.mode == full.mode)
    #expect(light.topic == full.topic)
    #expect(light.started == full.started)
    #expect(light.earlierThreads.count == full.earlierThreads.count)
    #expect(light.confidenceBefore == full.confidenceBefore)
    #expect(light.confidenceAfter == full.confidenceAfter)
    #expect(light.questionCount == full.questionCount)
    #expect(light.answeredByKind.map(\.kind) == full.answeredByKind.map(\.kind))
    #expect(light.map == nil)
    #expect(light.mapDigest.isEmpty)
  }

  @Test("a later topic event wins; resuming after the end reopens the session")
  func topicAndResume() {
    var transcript = SampleTranscripts.explore
    transcript.events.insert(
      SessionEvent(.topic(.init(topic: nil)), at: SampleTranscripts.at(1)), at: 0)
    transcript.events.append(
      SessionEvent(.resumed(.init(socraticVersion: "0.1.0")), at: SampleTranscripts.at(500)))
    let summary = SessionSummary(transcript)
    #expect(summary.topic == nil)
    #expect(summary.ended == nil)
  }

  @Test("answers and skips of questions that were never asked are ignored")
  func orphans() {
    let transcript = SessionTranscript(
      header: SessionHeader(id: "x", mode: .explore, started: SampleTranscripts.start),
      events: [
        SessionEvent(.answer(.init(question: 9, text: "?")), at: SampleTranscripts.at(1)),
        SessionEvent(.skip(.init(question: 9)), at: SampleTranscripts.at(1)),
      ])
    let summary = SessionSummary(transcript)
    #expect(summary.questions.isEmpty)
    #expect(summary.belief == nil)
  }
}
