import Foundation

/// One thing that happened in a session, as it is logged: one JSON object on one line, with a
/// `"type"` that says which event it is and an `"at"` time.
///
/// The keys of every event are listed in docs/session-log.md and are a contract: a key or type
/// may be added, never renamed or removed. Values are plain strings and numbers, never the
/// engine's or the critic's own types, so a log outlives changes to them.
public struct SessionEvent: Codable, Sendable, Equatable {
  /// When it happened, to the millisecond.
  public var at: Date
  /// What happened.
  public var payload: Payload

  /// An event at a time; the time is cut to whole milliseconds, as the log keeps it.
  public init(_ payload: Payload, at: Date) {
    self.at = Timestamp.truncated(at)
    self.payload = payload
  }

  /// What happened; each case is one `"type"` of line.
  public enum Payload: Sendable, Equatable {
    /// `topic`: the person picked a topic, or their own belief (`topic` null).
    case topic(Topic)
    /// `belief`: a belief stated, or restated, for the current thread.
    case belief(Belief)
    /// `thread`: a new thread of questioning starts (`/belief`); a belief follows.
    case newThread(NewThread)
    /// `confidence`: the person rated their confidence in the current belief.
    case confidence(Confidence)
    /// `question`: the tool asked a question.
    case question(QuestionAsked)
    /// `answer`: the person answered a question.
    case answer(Answer)
    /// `skip`: the person skipped a question.
    case skip(Skip)
    /// `reflection`: explore: the tool gave back what the person said.
    case reflection(ReflectionGiven)
    /// `summary`: explore: the tool summed up what the person said so far.
    case summary(SummaryGiven)
    /// `said`: explore: a line the tool said that is neither a question nor a reflection.
    case said(Said)
    /// `note`: the person noted an assumption or a blockage.
    case note(Note)
    /// `they_said`: partner mode: what the other person said.
    case theySaid(TheySaid)
    /// `suggestions`: partner mode: the questions offered to ask next.
    case suggestions(Suggestions)
    /// `asked`: a question the person asked, with the critic's verdict on it (partner: what
    /// they asked the other person; drill: what they asked the persona).
    case asked(Asked)
    /// `stage`: partner mode: the conversation moved to another stage.
    case stage(Stage)
    /// `persona`: drill mode: the belief the tool holds, with its confidence and reasons.
    case persona(Persona)
    /// `persona_reply`: drill mode: the persona's answer to a question.
    case personaReply(PersonaReply)
    /// `persona_confidence`: drill mode: the persona's confidence changed.
    case personaConfidence(PersonaConfidence)
    /// `resumed`: the session was continued later, possibly by another version.
    case resumed(Resumed)
    /// `end`: the session ended.
    case end(End)

    /// The `"type"` written for this event.
    public var type: String {
      switch self {
      case .topic: "topic"
      case .belief: "belief"
      case .newThread: "thread"
      case .confidence: "confidence"
      case .question: "question"
      case .answer: "answer"
      case .skip: "skip"
      case .reflection: "reflection"
      case .summary: "summary"
      case .said: "said"
      case .note: "note"
      case .theySaid: "they_said"
      case .suggestions: "suggestions"
      case .asked: "asked"
      case .stage: "stage"
      case .persona: "persona"
      case .personaReply: "persona_reply"
      case .personaConfidence: "persona_confidence"
      case .resumed: "resumed"
      case .end: "end"
      }
    }
  }

  private enum Key: String, CodingKey {
    case type, at
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    let type = try container.decode(String.self, forKey: .type)
    let atText = try container.decode(String.self, forKey: .at)
    guard let at = Timestamp.date(from: atText) else {
      throw DecodingError.dataCorruptedError(
        forKey: .at, in: container, debugDescription: "\"\(atText)\" is not an ISO 8601 UTC time")
    }
    self.at = at
    switch type {
    case "topic": payload = .topic(try Topic(from: decoder))
    case "belief": payload = .belief(try Belief(from: decoder))
    case "thread": payload = .newThread(try NewThread(from: decoder))
    case "confidence": payload = .confidence(try Confidence(from: decoder))
    case "question": payload = .question(try QuestionAsked(from: decoder))
    case "answer": payload = .answer(try Answer(from: decoder))
    case "skip": payload = .skip(try Skip(from: decoder))
    case "reflection": payload = .reflection(try ReflectionGiven(from: decoder))
    case "summary": payload = .summary(try SummaryGiven(from: decoder))
    case "said": payload = .said(try Said(from: decoder))
    case "note": payload = .note(try Note(from: decoder))
    case "they_said": payload = .theySaid(try TheySaid(from: decoder))
    case "suggestions": payload = .suggestions(try Suggestions(from: decoder))
    case "asked": payload = .asked(try Asked(from: decoder))
    case "stage": payload = .stage(try Stage(from: decoder))
    case "persona": payload = .persona(try Persona(from: decoder))
    case "persona_reply": payload = .personaReply(try PersonaReply(from: decoder))
    case "persona_confidence": payload = .personaConfidence(try PersonaConfidence(from: decoder))
    case "resumed": payload = .resumed(try Resumed(from: decoder))
    case "end": payload = .end(try End(from: decoder))
    default: throw UnknownEventType(type: type)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    try container.encode(payload.type, forKey: .type)
    try container.encode(Timestamp.string(from: at), forKey: .at)
    switch payload {
    case .topic(let value): try value.encode(to: encoder)
    case .belief(let value): try value.encode(to: encoder)
    case .newThread(let value): try value.encode(to: encoder)
    case .confidence(let value): try value.encode(to: encoder)
    case .question(let value): try value.encode(to: encoder)
    case .answer(let value): try value.encode(to: encoder)
    case .skip(let value): try value.encode(to: encoder)
    case .reflection(let value): try value.encode(to: encoder)
    case .summary(let value): try value.encode(to: encoder)
    case .said(let value): try value.encode(to: encoder)
    case .note(let value): try value.encode(to: encoder)
    case .theySaid(let value): try value.encode(to: encoder)
    case .suggestions(let value): try value.encode(to: encoder)
    case .asked(let value): try value.encode(to: encoder)
    case .stage(let value): try value.encode(to: encoder)
    case .persona(let value): try value.encode(to: encoder)
    case .personaReply(let value): try value.encode(to: encoder)
    case .personaConfidence(let value): try value.encode(to: encoder)
    case .resumed(let value): try value.encode(to: encoder)
    case .end(let value): try value.encode(to: encoder)
    }
  }
}

/// Thrown while decoding a line whose `"type"` this version does not know, so the reader can
/// skip it by name instead of calling the line garbage.
struct UnknownEventType: Error {
  var type: String
}
