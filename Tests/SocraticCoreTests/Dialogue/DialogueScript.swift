import Foundation
import SocraticCore

/// A conversation with any dialogue, typed line by line, as a test tells it.
struct DialogueScript<Session: Dialogue> {
  var dialogue: Session
  /// Every step so far, the first one included.
  var steps: [DialogueStep]

  /// A script from a dialogue's start (or resume) and its first step.
  init(_ start: (dialogue: Session, step: DialogueStep)) {
    dialogue = start.dialogue
    steps = [start.step]
  }

  /// Types a line and presses Enter.
  @discardableResult
  mutating func type(_ line: String) -> DialogueStep {
    let step = dialogue.receive(.line(line))
    steps.append(step)
    return step
  }

  /// Types each line in turn.
  mutating func type(_ lines: [String]) {
    for line in lines { type(line) }
  }

  /// Presses Ctrl-D.
  @discardableResult
  mutating func endInput() -> DialogueStep {
    let step = dialogue.receive(.endOfInput)
    steps.append(step)
    return step
  }

  var last: DialogueStep { steps.last ?? DialogueStep() }

  /// Every event logged so far.
  var events: [SessionEvent.Payload] { steps.flatMap(\.events) }

  /// The text of every notice in a step.
  static func notices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output in
      if case .notice(let text, _) = output { return text }
      return nil
    }
  }

  /// A session's log as the recorder would hold it, the events a second apart.
  static func transcript(
    _ events: [SessionEvent.Payload], mode: SessionMode, topic: String? = nil
  ) -> SessionTranscript {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    return SessionTranscript(
      header: SessionHeader(id: "20270115-0800-abcd", mode: mode, started: start, topic: topic),
      events: events.enumerated().map { index, payload in
        SessionEvent(payload, at: start.addingTimeInterval(Double(index + 1)))
      })
  }
}
