/// Something a dialogue wants shown. Outputs are semantic: the terminal layer decides the look
/// (labels, colour, wrapping) and sanitises every text in them before showing it, since many
/// hold what the person typed.
public enum DialogueOutput: Sendable, Equatable {
  /// A line of the program's own words: guidance, an acknowledgement, a problem with what was
  /// typed.
  case notice(String, tone: NoticeTone)
  /// The topics to choose from, numbered from 1, then "your own belief" as the last number.
  case topicMenu([TopicChoice])
  /// A topic's sample beliefs, numbered from 1, to start from.
  case sampleBeliefs(topic: String, beliefs: [String])
  /// How the tool read a belief the person stated.
  case beliefReading(BeliefReading)
  /// The belief and its opposite, again (`/invert`).
  case inversion(claim: String, inverted: String)
  /// A question for the person to answer, as it is logged.
  case question(SessionEvent.QuestionAsked)
  /// The commands of this mode, for `/help`.
  case help([CommandSpec])
  /// The session so far (`/summary`): the runner renders it from what it has recorded.
  case summary
  /// Export the session (`/export [FILE]`) to the file, or to the default file when nil.
  case export(path: String?)
  /// The session is over: the closing summary, rendered from what was recorded.
  case closingSummary
  /// Partner: questions to open the conversation with, before the other person has said
  /// anything.
  case invitations([Question])
  /// Partner: what to say next, at a stage of the conversation: a reflection and questions.
  /// The stage is nil while the talk stays with something painful they told: no stage of a
  /// belief is put over it.
  case suggestions(stage: ConversationStage?, items: [PartnerSuggestion])
  /// Partner: the stages of the conversation, with the one it is at (`/stage`).
  case stages(current: ConversationStage)
  /// Partner and drill: the critic's verdict on a question the person asked.
  case review(QuestionReview)
  /// Drill: the belief the persona holds, and how sure it is.
  case persona(PersonaIntroduction)
  /// Drill: the persona's answer to a question, and its confidence after it.
  case personaReply(PersonaAnswer)
}

/// How a notice reads.
public enum NoticeTone: Sendable, Equatable {
  /// Ordinary guidance.
  case plain
  /// What the next prompt asks for: it opens a new part of the conversation.
  case request
  /// A hint in the background.
  case quiet
  /// Something done: a note kept, a rating taken.
  case success
  /// What was typed cannot be used; the notice says what is expected.
  case problem
}

/// A topic in the menu.
public struct TopicChoice: Sendable, Equatable {
  /// The number to type.
  public var number: Int
  /// The pack id, nil for "your own belief".
  public var id: String?
  /// The pack's title, or "Your own belief".
  public var title: String

  public init(number: Int, id: String?, title: String) {
    self.number = number
    self.id = id
    self.title = title
  }
}

/// What the inversion engine made of a stated belief.
public struct BeliefReading: Sendable, Equatable {
  /// The belief exactly as typed.
  public var text: String
  public var claim: String
  public var inverted: String
  public var reason: String?
  /// Whether it restates the thread's belief.
  public var isRestatement: Bool

  public init(text: String, claim: String, inverted: String, reason: String?, isRestatement: Bool) {
    self.text = text
    self.claim = claim
    self.inverted = inverted
    self.reason = reason
    self.isRestatement = isRestatement
  }
}

/// The critic's verdict on a question the person asked, as a session shows it.
public struct QuestionReview: Sendable, Equatable {
  /// The question's number in the session.
  public var number: Int
  /// How many questions the session allows, when it counts them (drill).
  public var limit: Int?
  public var critique: SessionEvent.Critique
  /// Whether it is told in a line, in the background (partner's `/me`), rather than in full
  /// (drill). A brief review shows the better wording only for a closed or leading question.
  public var isBrief: Bool

  public init(number: Int, limit: Int? = nil, critique: SessionEvent.Critique, isBrief: Bool) {
    self.number = number
    self.limit = limit
    self.critique = critique
    self.isBrief = isBrief
  }
}

/// The persona a drill introduces: what it believes and how sure it is.
public struct PersonaIntroduction: Sendable, Equatable {
  /// The belief, as the pack states it.
  public var belief: String
  /// The topic's title.
  public var topic: String?
  /// How sure it is now, from 0 to 100.
  public var confidence: Int
  /// How many questions are left to ask.
  public var questionsLeft: Int

  public init(belief: String, topic: String?, confidence: Int, questionsLeft: Int) {
    self.belief = belief
    self.topic = topic
    self.confidence = confidence
    self.questionsLeft = questionsLeft
  }
}

/// The persona's answer in a drill.
public struct PersonaAnswer: Sendable, Equatable {
  /// What it says, in the first person.
  public var text: String
  /// Its confidence before the question, and after it.
  public var confidenceBefore: Int
  public var confidenceAfter: Int

  public init(text: String, confidenceBefore: Int, confidenceAfter: Int) {
    self.text = text
    self.confidenceBefore = confidenceBefore
    self.confidenceAfter = confidenceAfter
  }
}
