/// The inversion engine's own questions: for each slot, a few wordings of the same question.
///
/// Wordings use `{name}` for values derived from the belief: `{claim}` and `{inverted}` (whole
/// clauses, used after "that"), `{asked}` (the claim with a leading condition moved to its end,
/// used after "whether": "whether you'll regret it if you quit"), `{why}` (the inverted clause
/// as a question body, "might crypto not be a scam"), `{term}` (a key term), `{subject}` (the
/// claim's subject),
/// `{reason}` (the stated reason as a clause) and `{thing}` (the reason as a thing pointed at,
/// "FTX"). A wording whose values are missing is skipped for the next one of its slot; a slot
/// none of whose wordings can be filled asks nothing.
enum QuestionBank {
  /// One question, in several wordings.
  struct Slot {
    var kind: QuestionKind
    var wordings: [Wording]
  }

  /// A value a wording can use.
  enum Value: String {
    case claim, inverted, asked, why, term, subject, reason, thing
  }

  /// The values for one belief's questions.
  struct Values {
    var claim: String
    var inverted: String
    var asked: String
    var why: String?
    var term: String?
    var subject: String?
    var reason: String?
    var thing: String?

    subscript(value: Value) -> String? {
      switch value {
      case .claim: claim
      case .inverted: inverted
      case .asked: asked
      case .why: why
      case .term: term
      case .subject: subject
      case .reason: reason
      case .thing: thing
      }
    }
  }

  /// A wording split once into its text and its values, so filling it is only joining; with
  /// the register it is said in (`QuestionRegister.of(_:)` unless marked).
  struct Wording: ExpressibleByStringLiteral {
    enum Piece {
      case text(String)
      case value(Value)
    }

    var pieces: [Piece] = []
    var register: QuestionRegister

    init(stringLiteral text: String) {
      self.init(text)
    }

    /// A wording a cross-examiner or a seminar would say, never said across a kitchen table.
    static func crossExamining(_ text: String) -> Wording {
      Wording(text, register: .crossExamining)
    }

    init(_ text: String, register: QuestionRegister? = nil) {
      self.register = register ?? QuestionRegister.of(text)
      // Read as bytes: "{" and "}" are ASCII, and this runs for every wording at start-up.
      let bytes = Array(text.utf8)
      var consumed = 0
      while let open = bytes[consumed...].firstIndex(of: UInt8(ascii: "{")),
        let close = bytes[open...].firstIndex(of: UInt8(ascii: "}"))
      {
        if consumed < open {
          pieces.append(.text(String(decoding: bytes[consumed..<open], as: UTF8.self)))
        }
        let name = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
        guard let value = Value(rawValue: name) else {
          preconditionFailure("unknown value {\(name)} in \"\(text)\"")
        }
        pieces.append(.value(value))
        consumed = close + 1
      }
      if consumed < bytes.count {
        pieces.append(.text(String(decoding: bytes[consumed...], as: UTF8.self)))
      }
    }

    /// The wording with its values put in, or nil when one is missing.
    func filled(with values: Values) -> String? {
      var result = ""
      result.reserveCapacity(160)
      for piece in pieces {
        switch piece {
        case .text(let text): result += text
        case .value(let name):
          guard let value = values[name] else { return nil }
          result += value
        }
      }
      return result
    }
  }

  /// The questions about a belief, a slot's wordings of another register than the one asked
  /// for (nil: any) passed over for the next.
  static func questions(
    about facts: BeliefFacts, seed: UInt64?, register: QuestionRegister? = nil
  ) -> [Question] {
    var generator = seed.map(SplitMix64.init)
    var questions: [Question] = []
    questions.reserveCapacity(24)
    var values = Values(
      claim: facts.claim, inverted: facts.inverted, asked: facts.claimAsked, why: facts.whyNot,
      subject: facts.subject, reason: facts.reasonClause, thing: facts.reasonThing)

    func ask(_ slot: Slot, term: String? = nil, offset: Int = 0) {
      var start = 0
      if generator != nil { start = Int(generator!.next() % UInt64(slot.wordings.count)) }
      values.term = term
      for step in 0..<slot.wordings.count {
        let wording = slot.wordings[(start + offset + step) % slot.wordings.count]
        if let register, wording.register != register { continue }
        // Wordings of different slots never coincide; only a slot asked twice could repeat.
        if let text = wording.filled(with: values),
          !questions.contains(where: { $0.kind == slot.kind && $0.text == text })
        {
          questions.append(Question(kind: slot.kind, text: text))
          return
        }
      }
    }

    for slot in inversion { ask(slot) }
    for (index, term) in facts.loadedTerms.prefix(2).enumerated() {
      ask(loadedTermClarification, term: term, offset: index)
    }
    if let term = facts.absoluteTerms.first { ask(absoluteTermClarification, term: term) }
    ask(subjectClarification)
    if facts.loadedTerms.isEmpty || facts.subject == nil { ask(claimClarification) }
    ask(assumptions)
    if facts.isExplanation {
      ask(explanationAssumptions)
    } else {
      ask(
        facts.reasonClause != nil || facts.reasonThing != nil
          ? reasonAssumptions : hiddenAssumptions)
    }
    ask(facts.isExplanation ? explanationEvidence : reasonEvidence)
    for slot in evidence { ask(slot) }
    for slot in viewpoints { ask(slot) }
    for slot in implications { ask(slot) }
    for slot in meta { ask(slot) }
    return questions
  }

  // MARK: - The slots

  /// Munger's inversion: the why-not question, the opposite, being wrong, a pre-mortem, the
  /// outsider test, what would change your mind.
  static let inversion: [Slot] = [
    Slot(
      kind: .inversion,
      wordings: [
        .crossExamining("Why {why}?"), .crossExamining("In what ways {why}?"),
        .crossExamining("How {why}?"),
        "What reasons might there be to think that {inverted}?",
      ]),
    Slot(
      kind: .inversion,
      wordings: [
        .crossExamining("What would have to be true for the opposite, that {inverted}, to hold?"),
        "What would the world look like if it turned out that {inverted}?",
        "What would it take for you to accept that {inverted}?",
      ]),
    Slot(
      kind: .inversion,
      wordings: [
        "What would be the likeliest reason if you turned out to be wrong about this?",
        "What is the most likely way you could be wrong about this?",
        .crossExamining("Where would you look first if you had to find a flaw in this belief?"),
      ]),
    Slot(
      kind: .inversion,
      wordings: [
        .crossExamining(
          "What would most likely have changed your mind if, five years from now, you no longer "
            + "believed that {claim}?"),
        .crossExamining(
          "Which discovery over the next five years would be most likely to change your mind "
            + "about this?"),
        .crossExamining(
          "What would you guess had changed your mind if, years from now, you had stopped "
            + "believing that {claim}?"),
      ]),
    Slot(
      kind: .inversion,
      wordings: [
        .crossExamining("How would you judge the belief that {claim} if a stranger held it?"),
        Wording(
          "What would you make of someone else who believed that {claim} for the same reasons "
            + "as you?"),
        "How would the belief that {claim} look to you if you had grown up somewhere else?",
      ]),
    Slot(
      kind: .inversion,
      wordings: [
        .crossExamining("What evidence would convince you that {inverted}?"),
        "What would you need to see to accept that {inverted}?",
        "Which single fact, if you learned it, would show that {inverted}?",
      ]),
  ]

  static let loadedTermClarification = Slot(
    kind: .clarification,
    wordings: [
      "What exactly do you mean by \u{201C}{term}\u{201D}?",
      .crossExamining(
        "How would you define \u{201C}{term}\u{201D} to someone who disagrees with you?"),
      "What would you point to as a clear example of \u{201C}{term}\u{201D}?",
    ])

  static let absoluteTermClarification = Slot(
    kind: .clarification,
    wordings: [
      "What would count as an exception to \u{201C}{term}\u{201D}?",
      "How many exceptions would it take before \u{201C}{term}\u{201D} no longer fits?",
    ])

  static let subjectClarification = Slot(
    kind: .clarification,
    wordings: [
      "When you say \u{201C}{subject}\u{201D}, what exactly do you have in mind?",
      .crossExamining(
        "What do you include under \u{201C}{subject}\u{201D}, and what do you leave out?"),
    ])

  static let claimClarification = Slot(
    kind: .clarification,
    wordings: [
      "What do you mean, exactly, when you say that {claim}?",
      .crossExamining("How would you put the idea that {claim} in other words?"),
    ])

  static let assumptions = Slot(
    kind: .assumptions,
    wordings: [
      .crossExamining("What are you assuming when you say that {claim}?"),
      "What do you take for granted in believing that {claim}?",
      "Which assumption behind the view that {claim} are you least sure of?",
    ])

  static let reasonAssumptions = Slot(
    kind: .assumptions,
    wordings: [
      "What assumption links the idea that {reason} to the conclusion that {claim}?",
      "What assumption links {thing} to the conclusion that {claim}?",
      "What makes {thing} representative of the whole picture?",
      .crossExamining("Why does the idea that {reason} lead you to conclude that {claim}?"),
    ])

  /// For an explanation ("They voted for him because they were scared"): whether the
  /// "because" is the reason, not what it links to.
  static let explanationAssumptions = Slot(
    kind: .assumptions,
    wordings: [
      "What else might explain it, if not that {reason}?",
      "What else might explain it, if not {thing}?",
    ])

  /// For an explanation: how the person knows the "because" is so, and that it is the cause.
  static let explanationEvidence = Slot(
    kind: .evidence,
    wordings: [
      "What makes you confident that {reason}?",
      .crossExamining("How could you check that it was down to {thing}, and not something else?"),
      "How do you know that {reason}?",
    ])

  static let hiddenAssumptions = Slot(
    kind: .assumptions,
    wordings: [
      .crossExamining("What are you taking for granted about {subject}?"),
      .crossExamining(
        "Which of your assumptions, if it were false, would change your view the most?"),
    ])

  static let reasonEvidence = Slot(
    kind: .evidence,
    wordings: [
      "What makes you confident that {reason}?",
      "What is it about {thing} that makes you think {claim}?",
      "How do you know that {reason}?",
      "How much does {thing} tell you about the rest of the picture?",
      .crossExamining("How could you check that {reason}?"),
    ])

  static let evidence: [Slot] = [
    Slot(
      kind: .evidence,
      wordings: [
        .crossExamining("What evidence do you have that {claim}?"),
        "What have you seen or read that convinced you that {claim}?",
        "How did you come to believe that {claim}?",
      ]),
    Slot(
      kind: .evidence,
      wordings: [
        .crossExamining("What would you point to as the strongest evidence that {claim}?"),
        .crossExamining("How would you test whether {asked}?"),
        "How reliable are the sources that led you to believe that {claim}?",
      ]),
  ]

  static let viewpoints: [Slot] = [
    Slot(
      kind: .viewpoints,
      wordings: [
        "Who would disagree that {claim}, and what might they say?",
        "What would the strongest argument be that {inverted}?",
        "How might someone who disagrees with you explain why {inverted}?",
      ]),
    Slot(
      kind: .viewpoints,
      wordings: [
        "How might someone with the opposite experience see this?",
        "Which experiences would challenge the view that {claim}?",
        "What do the people who know this subject best say about it?",
      ]),
  ]

  static let implications: [Slot] = [
    Slot(
      kind: .implications,
      wordings: [
        "What follows if it is true that {claim}?",
        "Where does the belief that {claim} lead, if you follow it all the way?",
        "Who gains and who loses if it is true that {claim}?",
      ]),
    Slot(
      kind: .implications,
      wordings: [
        "What would you do differently if it turned out that {inverted}?",
        "How does believing that {claim} affect the choices you make?",
        "What would change for you if you stopped believing that {claim}?",
      ]),
  ]

  static let meta: [Slot] = [
    Slot(
      kind: .meta,
      wordings: [
        "Why does the question of whether {asked} matter to you?",
        "What is the real question behind the belief that {claim}?",
        .crossExamining("Why is this belief worth examining now?"),
      ]),
    Slot(
      kind: .meta,
      wordings: [
        .crossExamining("How will you know when you have thought about this enough?"),
        "What question about this would you most like answered?",
      ]),
  ]
}

/// A small, fast pseudo-random generator with a fixed algorithm, so a seed chooses the same
/// wordings on every machine and in every version of Swift.
struct SplitMix64 {
  private var state: UInt64

  init(_ seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
