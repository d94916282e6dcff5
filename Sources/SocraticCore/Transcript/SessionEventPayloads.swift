extension SessionEvent {
  /// `topic`: the topic the person picked. Key `topic`: a pack id, absent for "my own belief".
  public struct Topic: Codable, Sendable, Equatable {
    public var topic: String?

    public init(topic: String?) {
      self.topic = topic
    }
  }

  /// `belief`: a belief as the person stated it, with the engine's reading of it.
  ///
  /// A later `belief` in the same thread restates it. Keys: `text` (exactly as typed), and when
  /// the engine understood it, `claim`, `inverted` and `reason`.
  public struct Belief: Codable, Sendable, Equatable {
    public var text: String
    public var claim: String?
    public var inverted: String?
    public var reason: String?

    public init(text: String, claim: String? = nil, inverted: String? = nil, reason: String? = nil)
    {
      self.text = text
      self.claim = claim
      self.inverted = inverted
      self.reason = reason
    }
  }

  /// `thread`: a new thread of questioning about another belief starts (`/belief`). Key
  /// `number`: the thread's number, 2 for the first new one (the session starts in thread 1).
  public struct NewThread: Codable, Sendable, Equatable {
    public var number: Int

    public init(number: Int) {
      self.number = number
    }
  }

  /// `confidence`: a rating from 0 to 100 of the current belief. Keys `value`, `moment`, and
  /// `said` when the rating was typed at the prompt with more than the number ("oh about 80,
  /// cheers"): the line exactly as typed, so nothing a person wrote is lost.
  public struct Confidence: Codable, Sendable, Equatable {
    public var value: Int
    public var moment: ConfidenceMoment
    public var said: String?

    public init(value: Int, moment: ConfidenceMoment, said: String? = nil) {
      self.value = value
      self.moment = moment
      self.said = said
    }

    /// The rating typed as `line`: `said` is kept unless the line is the bare number
    /// ("80", " 80 % ").
    public init(value: Int, moment: ConfidenceMoment, typed line: String) {
      let bare = line.filter { !$0.isWhitespace }
      let isBareNumber = bare == String(value) || bare == "\(value)%"
      self.init(value: value, moment: moment, said: isBareNumber ? nil : line)
    }
  }

  /// When in a thread a confidence was given. Unknown values from a newer version are kept.
  public struct ConfidenceMoment: RawRepresentable, Codable, Sendable, Hashable {
    public var rawValue: String

    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// Asked before the questions start.
    public static let before = ConfidenceMoment(rawValue: "before")
    /// Asked at the end.
    public static let after = ConfidenceMoment(rawValue: "after")
    /// Given at any time with `/confidence N`.
    public static let update = ConfidenceMoment(rawValue: "update")
    /// A rating set right ("i said 95 not 100"): it replaces the rating given last, whatever its
    /// moment.
    public static let correction = ConfidenceMoment(rawValue: "correction")
  }

  /// `question`: a question the tool asked.
  ///
  /// Keys: `number` (1, 2, … across the whole session; answers and skips refer to it), `kind`,
  /// `text`, `source`, and `pack` (the pack's id, when `source` is `pack`) and `follows` (the
  /// number of the question whose answer led to it, for a follow-up) and `arc` (the step of
  /// the conversation's arc it takes, such as `reasons`, `probe`, `story`, `change_mind`).
  public struct QuestionAsked: Codable, Sendable, Equatable {
    public var number: Int
    public var kind: QuestionKind
    public var text: String
    public var source: QuestionSource
    public var pack: String?
    public var follows: Int?
    public var arc: String?

    public init(
      number: Int, kind: QuestionKind, text: String, source: QuestionSource,
      pack: String? = nil, follows: Int? = nil, arc: String? = nil
    ) {
      self.number = number
      self.kind = kind
      self.text = text
      self.source = source
      self.pack = pack
      self.follows = follows
      self.arc = arc
    }
  }

  /// Where a question came from. Unknown values from a newer version are kept.
  public struct QuestionSource: RawRepresentable, Codable, Sendable, Hashable {
    public var rawValue: String

    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// The belief's inversion.
    public static let inversion = QuestionSource(rawValue: "inversion")
    /// The engine's own bank.
    public static let engine = QuestionSource(rawValue: "engine")
    /// A topic pack; the event's `pack` names it.
    public static let pack = QuestionSource(rawValue: "pack")
    /// A follow-up to an answer; the event's `follows` names the question answered.
    public static let followUp = QuestionSource(rawValue: "follow_up")
  }

  /// `answer`: the person's answer. Keys `question` (its number), `text` (exactly as typed,
  /// line breaks included), and `moves`: what the answer does, as `AnswerMove` raw values
  /// (absent in logs written before answers were read by their moves); `recap`: true when it
  /// answers the recap said after question `question`'s answer ("Did I get that right?"), not
  /// the question itself (absent otherwise).
  public struct Answer: Codable, Sendable, Equatable {
    public var question: Int
    public var text: String
    public var moves: [String]?
    public var recap: Bool?

    public init(question: Int, text: String, moves: [String]? = nil, recap: Bool? = nil) {
      self.question = question
      self.text = text
      self.moves = moves
      self.recap = recap
    }

    /// Whether it answers a recap rather than a question.
    public var answersRecap: Bool { recap == true }
  }

  /// `reflection`: the tool gave back what the person said. Keys `text`, `reflects` (the number
  /// of the question whose answer it reflects), `depth` (`simple` or `complex`).
  public struct ReflectionGiven: Codable, Sendable, Equatable {
    public var text: String
    public var reflects: Int
    public var depth: String

    public init(text: String, reflects: Int, depth: String) {
      self.text = text
      self.reflects = reflects
      self.depth = depth
    }
  }

  /// `summary`: the tool summed up what the person said so far. Key `text`; `checks`: true when
  /// it asked whether it got it right and waits for the answer (a mid-session recap; absent
  /// for the summary before the closing rating and in older logs).
  public struct SummaryGiven: Codable, Sendable, Equatable {
    public var text: String
    public var checks: Bool?

    public init(text: String, checks: Bool? = nil) {
      self.text = text
      self.checks = checks
    }

    /// Whether it waits for the person to say whether it got them right.
    public var isCheck: Bool { checks == true }
  }

  /// `said`: explore: a line the tool said to the person that is neither a question nor a
  /// reflection ("Sorry, that question didn't land. …", "Sounds like a good place to stop. …"),
  /// so a transcript shows what was shown. Key `text`.
  public struct Said: Codable, Sendable, Equatable {
    public var text: String

    public init(text: String) {
      self.text = text
    }
  }

  /// `skip`: the person skipped a question. Key `question` (its number).
  public struct Skip: Codable, Sendable, Equatable {
    public var question: Int

    public init(question: Int) {
      self.question = question
    }
  }

  /// `note`: something the person noticed. Keys `text`, and `category` when known.
  public struct Note: Codable, Sendable, Equatable {
    public var text: String
    public var category: NoteCategory?

    public init(text: String, category: NoteCategory? = nil) {
      self.text = text
      self.category = category
    }
  }

  /// What a note is about. Unknown values from a newer version are kept.
  public struct NoteCategory: RawRepresentable, Codable, Sendable, Hashable {
    public var rawValue: String

    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// Something the belief takes for granted.
    public static let assumption = NoteCategory(rawValue: "assumption")
    /// Something that stands in the way of understanding.
    public static let blockage = NoteCategory(rawValue: "blockage")
    /// Something the person says they might do ("maybe I'll call her"), filed from an answer.
    public static let plan = NoteCategory(rawValue: "plan")
    /// What a drill's `/hint` said: an example question, or that every kind is asked already.
    /// Shown where it was said, not among the notes.
    public static let hint = NoteCategory(rawValue: "hint")
    /// A drill's line said aside, no move of the drill ("sorry the dog is barking"), as typed.
    /// Shown where it was said, not among the notes.
    public static let aside = NoteCategory(rawValue: "aside")
  }

  /// `resumed`: the session was continued. Keys `socratic_version` (of the program that
  /// continued it), and `torn_line` (the line number of a cut-off last line that was set aside
  /// when resuming, if there was one).
  public struct Resumed: Codable, Sendable, Equatable {
    public var socraticVersion: String
    public var tornLine: Int?

    public init(socraticVersion: String, tornLine: Int? = nil) {
      self.socraticVersion = socraticVersion
      self.tornLine = tornLine
    }

    private enum CodingKeys: String, CodingKey {
      case socraticVersion = "socratic_version"
      case tornLine = "torn_line"
    }
  }

  /// `end`: the session ended. Key `reason`.
  public struct End: Codable, Sendable, Equatable {
    public var reason: EndReason

    public init(reason: EndReason) {
      self.reason = reason
    }
  }

  /// Why a session ended. Unknown values from a newer version are kept.
  public struct EndReason: RawRepresentable, Codable, Sendable, Hashable {
    public var rawValue: String

    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// `/quit`.
    public static let quit = EndReason(rawValue: "quit")
    /// Ctrl-D or the end of piped input.
    public static let endOfInput = EndReason(rawValue: "end_of_input")
    /// The questions ran out.
    public static let finished = EndReason(rawValue: "finished")
    /// They said goodbye in an answer ("ok gotta go"): thanked and closed, the closing rating
    /// never asked for.
    public static let left = EndReason(rawValue: "left")
  }
}
