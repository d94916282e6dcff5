import Foundation
import SocraticCore
import Testing

@Suite("Recording a live session")
struct SessionRecorderTests {
  @Test("the folder is checked up front; the log appears with the first event")
  func lazyCreation() throws {
    let folder = try SampleTranscripts.temporaryFolder() + "/sessions"
    let recorder = try SessionRecorder(
      store: SessionStore(folder: folder), mode: .explore, started: SampleTranscripts.start)
    #expect(FileManager.default.fileExists(atPath: folder))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    #expect(recorder.path == nil)
    try recorder.record(
      .belief(.init(text: "Tea is better than coffee.")), at: SampleTranscripts.at(1))
    #expect(recorder.path == recorder.expectedPath)
    let read = try SessionLogReader.read(path: recorder.expectedPath)
    #expect(read.transcript == recorder.transcript)
  }

  @Test("a folder that cannot be written stops the session before it starts")
  func unwritableFolder() throws {
    let root = try SampleTranscripts.temporaryFolder()
    try Data().write(to: URL(fileURLWithPath: root + "/file"))
    #expect(
      throws: TranscriptError.cannotPrepareFolder(
        path: root + "/file/sessions", reason: "Not a directory")
    ) {
      try SessionRecorder(store: SessionStore(folder: root + "/file/sessions"), mode: .drill)
    }
  }

  @Test("a failed write keeps the event in memory, and the next write saves it first")
  func failedWriteIsRetried() throws {
    let root = try SampleTranscripts.temporaryFolder()
    let folder = root + "/sessions"
    let recorder = try SessionRecorder(
      store: SessionStore(folder: folder), mode: .explore, started: SampleTranscripts.start)
    // The folder turns into a file between the check and the first event.
    try FileManager.default.removeItem(atPath: folder)
    try Data().write(to: URL(fileURLWithPath: folder))
    let events = SampleTranscripts.explore.events
    #expect(throws: TranscriptError.self) {
      try recorder.record(events[0].payload, at: events[0].at)
    }
    #expect(recorder.transcript.events == [events[0]])
    #expect(recorder.unsavedCount == 1)

    try FileManager.default.removeItem(atPath: folder)
    try recorder.record(events[1].payload, at: events[1].at)
    #expect(recorder.unsavedCount == 0)
    let read = try SessionLogReader.read(path: recorder.expectedPath)
    #expect(read.transcript.events == [events[0], events[1]])
  }

  @Test("a step's events are recorded together, in order, in one write")
  func recordsAStep() throws {
    let folder = try SampleTranscripts.temporaryFolder() + "/sessions"
    let recorder = try SessionRecorder(
      store: SessionStore(folder: folder), mode: .explore, started: SampleTranscripts.start)
    let step: [SessionEvent.Payload] = [
      .answer(.init(question: 1, text: "Fees are lower.")),
      .question(.init(number: 2, kind: .evidence, text: "How do you know?", source: .followUp)),
    ]
    try recorder.record(step, at: SampleTranscripts.at(3))
    try recorder.record([], at: SampleTranscripts.at(4))
    #expect(
      recorder.transcript.events == step.map { SessionEvent($0, at: SampleTranscripts.at(3)) })
    #expect(recorder.unsavedCount == 0)
    let read = try SessionLogReader.read(path: recorder.expectedPath)
    #expect(read.transcript == recorder.transcript)
  }

  @Test("resuming restores the events and records that the session was resumed")
  func resume() throws {
    let folder = try SampleTranscripts.temporaryFolder()
    let store = SessionStore(folder: folder)
    // The first session's recorder is gone, as when its process ended, before the resume.
    let (id, recorded) = try {
      let recorder = try SessionRecorder(
        store: store, mode: .explore, started: SampleTranscripts.start)
      for event in SampleTranscripts.explore.events.prefix(5) {
        try recorder.record(event.payload, at: event.at)
      }
      return (recorder.id, recorder.transcript)
    }()
    let (resumed, warnings) = try SessionRecorder.resume(
      id: id, in: store, at: SampleTranscripts.at(3600))
    #expect(warnings.isEmpty)
    #expect(resumed.transcript.events.dropLast() == recorded.events[...])
    #expect(
      resumed.transcript.events.last
        == SessionEvent(
          .resumed(.init(socraticVersion: SocraticVersion.current)), at: SampleTranscripts.at(3600))
    )
    #expect(
      try SessionLogReader.read(path: store.path(of: id)).transcript == resumed.transcript)
  }
}
