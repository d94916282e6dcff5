/// Renders a session as one JSON document for programs.
///
/// Keys (documented in docs/session-log.md; a contract: keys may be added, never renamed or
/// removed): `format` (`socratic-session-export`), `format_version`, `id`, `mode`, `topic`,
/// `started`, `ended`, `socratic_version`, `belief`, `claim`, `inverted`,
/// `confidence_before`, `confidence_after` (as in `SessionSummary`), `questions` (each
/// question the tool asked with its answer), `notes`, `asked` (questions the person asked,
/// with the critique and the persona's reply), `map` (explore: the belief map of the headline
/// belief; partner: the map of what the other person said; as `BeliefMap` encodes it), and
/// `events` (every event, exactly as in the log).
/// Absent values are `null`.
public enum JSONExporter {
  /// The `format` of an export.
  public static let formatName = "socratic-session-export"

  /// The document, indented by two spaces, keys sorted, ending with a line break.
  public static func render(_ transcript: SessionTranscript) -> String {
    // Every value is a string, a number, a Boolean or null: encoding cannot fail.
    let text = try! JSONText.encode(ExportDocument(transcript), pretty: true)
    return String(decoding: text, as: UTF8.self) + "\n"
  }
}

private struct ExportDocument: Encodable {
  var transcript: SessionTranscript
  var summary: SessionSummary

  init(_ transcript: SessionTranscript) {
    self.transcript = transcript
    summary = SessionSummary(transcript)
  }

  enum Key: String, CodingKey {
    case format, id, mode, topic, started, ended, belief, claim, inverted, questions, notes
    case asked, events, map
    case formatVersion = "format_version"
    case socraticVersion = "socratic_version"
    case confidenceBefore = "confidence_before"
    case confidenceAfter = "confidence_after"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(JSONExporter.formatName, forKey: .format)
    try container.encode(1, forKey: .formatVersion)
    try container.encode(summary.id, forKey: .id)
    try container.encode(summary.mode, forKey: .mode)
    try container.encode(summary.topic, forKey: .topic)
    try container.encode(Timestamp.string(from: summary.started), forKey: .started)
    try container.encode(summary.ended.map(Timestamp.string(from:)), forKey: .ended)
    try container.encode(transcript.header.socraticVersion, forKey: .socraticVersion)
    try container.encode(summary.belief, forKey: .belief)
    try container.encode(summary.claim, forKey: .claim)
    try container.encode(summary.inverted, forKey: .inverted)
    try container.encode(summary.confidenceBefore, forKey: .confidenceBefore)
    try container.encode(summary.confidenceAfter, forKey: .confidenceAfter)
    try container.encode(summary.questions.map(QuestionEntry.init), forKey: .questions)
    try container.encode(summary.notes.map(NoteEntry.init), forKey: .notes)
    try container.encode(summary.asked.map(AskedEntry.init), forKey: .asked)
    try container.encode(summary.map, forKey: .map)
    try container.encode(transcript.events, forKey: .events)
  }
}

/// `questions[]`: `number`, `thread`, `kind`, `text`, `source`, `pack`, `follows`, `answer`
/// (exactly as typed, or null), `skipped`.
private struct QuestionEntry: Encodable {
  var record: SessionSummary.QuestionRecord

  enum Key: String, CodingKey {
    case number, thread, kind, text, source, pack, follows, answer, skipped
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    let question = record.question
    try container.encode(question.number, forKey: .number)
    try container.encode(record.thread, forKey: .thread)
    try container.encode(question.kind, forKey: .kind)
    try container.encode(question.text, forKey: .text)
    try container.encode(question.source, forKey: .source)
    try container.encode(question.pack, forKey: .pack)
    try container.encode(question.follows, forKey: .follows)
    try container.encode(record.answer, forKey: .answer)
    try container.encode(record.isSkipped, forKey: .skipped)
  }
}

/// `notes[]`: `text`, `category` (or null), `after_question` (or null).
private struct NoteEntry: Encodable {
  var record: SessionSummary.NoteRecord

  enum Key: String, CodingKey {
    case text, category
    case afterQuestion = "after_question"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(record.note.text, forKey: .text)
    try container.encode(record.note.category, forKey: .category)
    try container.encode(record.afterQuestion, forKey: .afterQuestion)
  }
}

/// `asked[]`: `number`, `text`, `form`, `kind` (or null), `depth` (a reflection's only),
/// `problems`, `suggestion` (or null), `reply` (the persona's, or null).
private struct AskedEntry: Encodable {
  var record: SessionSummary.AskedRecord

  enum Key: String, CodingKey {
    case number, text, form, kind, depth, problems, suggestion, reply
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    let asked = record.asked
    try container.encode(asked.number, forKey: .number)
    try container.encode(asked.text, forKey: .text)
    try container.encode(asked.critique.form, forKey: .form)
    try container.encode(asked.critique.kind, forKey: .kind)
    try container.encodeIfPresent(asked.critique.depth, forKey: .depth)
    try container.encode(asked.critique.problems, forKey: .problems)
    try container.encode(asked.critique.suggestion, forKey: .suggestion)
    try container.encode(record.reply, forKey: .reply)
  }
}
