/// A question names what it is about, or is not asked: "What's behind that, for you?" met
/// "behind what?", "How does that sit with the rest of your view?" met "it IS my view", "Where
/// would you draw the line?" met "draw the line on what?". Each stock frame with no name of its
/// own says what it needs: what they said named before it, both sides named, a distinction
/// they drew.
struct ReferentGate {
  /// Their belief, as the question would name it.
  let claim: String
  /// The last answer, as read.
  let last: ReadAnswer?
  /// The last answer as typed.
  let lastText: String?

  /// Frames that point at what they said with nothing in them to say what: asked only with it
  /// named before them ("You said …. What's behind that?").
  static let pointingFrames = PartnerCueMatcher([
    "behind (that|it|this)", "say (a little)? more about (that|it|this)",
    "(that|this) (part|side) of your life", "(feel|be) surer about (it|that)",
  ])

  /// Frames that hold two things together: asked only when the question names both, what they
  /// said and the view it pulls against.
  static let twoSidedFrames = PartnerCueMatcher([
    "(fit|fits|sit|sits) with", "next to your view", "square (that|this|it|those) with",
    "hold (that|this|it|those|them|the two) together", "(fit|fits) together",
    "rest of your view",
  ])

  /// Frames that ask where a line falls: asked only after they drew a distinction, or when the
  /// question names both sides of it ("between … and …").
  static let lineFrames = PartnerCueMatcher([
    "draw the line", "where (is|does|would) the line", "put the limit",
  ])

  /// Words by which an answer draws a distinction: "fine as long as", "but not the big ones".
  static let distinctionCues = PartnerCueMatcher([
    "between", "but not", "as long as", "unless", "except", "depends", "difference",
    "as opposed to", "rather than", "versus", "vs", "only if", "only when",
  ])

  /// Frames no one outside a seminar says: never asked.
  static let jargonFrames = PartnerCueMatcher(["most often confused with"])

  /// Whether a question may be asked as it is worded, or with what it points at named first.
  func allows(_ text: String) -> Bool {
    let words = Tokenizer.tokenize(text).filter(\.isWord)
    if Self.jargonFrames.matches(words) { return false }
    if Self.twoSidedFrames.matches(words), !text.lowercased().contains(claim.lowercased()) {
      return false
    }
    if Self.lineFrames.matches(words), !namesBothSides(words), !drewADistinction {
      return false
    }
    if Self.pointingFrames.matches(words), !Self.isLedIn(text), lead == nil { return false }
    // "i'm not against the test, i just think it comes too early": what lies behind what
    // they said was said with it, and asking for it again asks what they just told.
    if Self.askingWhyFrames.matches(words), givesItsBecause { return false }
    // "maybe he's a bit right": granting another's point is no doubt of their own, and "What
    // would help you feel surer?" presumed one they never voiced.
    if Self.surerFrames.matches(words), !voicesDoubt { return false }
    // "i'll give them that one": a point granted is granted because it holds; asking what lies
    // behind granting it asks for a motive ("i said it cause its true").
    if Self.askingWhyFrames.matches(words), last?.has(.concession) == true { return false }
    return true
  }

  /// Frames that ask what lies behind what they said.
  static let askingWhyFrames = PartnerCueMatcher([
    "behind (that|it|this)", "makes you say (that|so)", "where does (that|this) come from",
  ])

  /// Frames that ask what would settle a doubt: asked only after they voiced one.
  static let surerFrames = PartnerCueMatcher(["(feel|be) surer", "make up your mind"])

  /// Words by which an answer voices a doubt of their own about the view.
  static let doubtCues = PartnerCueMatcher([
    "not sure", "unsure", "(do not|don't|dont) know", "idk", "torn", "no idea", "maybe",
    "on the fence", "either way", "struggle", "not (so|as|that)? (certain|convinced)", "wobbly",
    "less sure",
  ])

  /// Words by which an answer grants that someone else is right, which voices no doubt.
  static let grantingOthersCues = PartnerCueMatcher([
    "(he|she|they|you) (is|are|'s|'re) (a bit|kind of|partly|half|probably)? right",
    "(he|she|they|you) (has|have|'s|'ve) (got)? a point",
  ])

  /// Whether the last answer voices a doubt of their own, not only someone else's point granted.
  private var voicesDoubt: Bool {
    guard let lastText else { return false }
    let words = Shorthand.expanded(
      Tokenizer.tokenize(String(lastText.prefix(AnswerFollowUp.readLimit)))
    ).filter(\.isWord)
    return Self.doubtCues.matches(words) && !Self.grantingOthersCues.matches(words)
  }

  /// Words by which an answer gives what lies behind what it says, in the same breath.
  static let becauseCues = PartnerCueMatcher([
    "because", "'cause", "cos", "cuz", "bc", "since", "(that 's|thats|that is) (why|the reason)",
    "(i|i 'm|im) just (think|thinking|worried|scared|feel)", "the (main|real)? reason",
  ])

  /// Whether the last answer said why in the same breath ("because", "that's why").
  private var givesItsBecause: Bool {
    guard let lastText else { return false }
    let words = Shorthand.expanded(
      Tokenizer.tokenize(String(lastText.prefix(AnswerFollowUp.readLimit)))
    ).filter(\.isWord)
    return Self.becauseCues.matches(words)
  }

  /// The question as asked: one that points at what they said with no name for it is led in
  /// by it.
  func named(_ question: PlannedQuestion) -> PlannedQuestion {
    let text = question.question.text
    guard Self.pointingFrames.matches(Tokenizer.tokenize(text).filter(\.isWord)),
      !Self.isLedIn(text), let lead
    else { return question }
    var named = question
    named.question.text = "\(lead) \(text)"
    return named
  }

  /// What they said last, named as a lead-in, with an amount they set right as they set it
  /// ("£12. well £14" names £14).
  var lead: String? {
    last.flatMap(Self.namedClause).map { named in
      "You said \(lastText.map { ReflectionWriter.settingAmountRight(named, in: $0) } ?? named)."
    }
  }

  /// Whether a question opens with what it is about ("You said …. ").
  static func isLedIn(_ text: String) -> Bool {
    QuestionWording.asking(text) != text
  }

  /// Whether a question about a line names both its sides: "between a decision and a system".
  private func namesBothSides(_ words: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    guard let between = lowered.firstIndex(of: "between") else { return false }
    return lowered[between...].contains("and")
  }

  /// Whether the last answer drew a distinction: in words that draw one ("as long as"), or by
  /// granting a part of what the claim says of the whole ("some are, not all"): the line
  /// between that part and the rest is theirs.
  private var drewADistinction: Bool {
    if last?.doubts.contains(where: MomentQuestions.narrowsTheClaim) == true { return true }
    guard let lastText else { return false }
    let words = Shorthand.expanded(
      Tokenizer.tokenize(String(lastText.prefix(AnswerFollowUp.readLimit)))
    ).filter(\.isWord)
    return Self.distinctionCues.matches(words)
  }

  /// An answer that said something, given back as a whole clause of theirs short enough to
  /// name in a question ("you can't argue with a promotion"); nil when none can be.
  static func namedClause(of read: ReadAnswer) -> String? {
    guard read.isAnswer else { return nil }
    return ([read.gist, read.statement] + read.keyParts.map(Optional.some)).lazy
      .compactMap { $0 }.compactMap(ReflectionWriter.givenStatement)
      .map(QuestionSlot.withoutGranting)
      .first {
        $0.split(separator: " ").count <= namedWordLimit
          && ReflectionCheck.isWhole("You said \($0).") && !QuestionSlot.isFragment($0)
          && !QuestionSlot.isBackground($0) && QuestionSlot.readsPlainly($0)
      }
  }

  /// An answer that is no whole clause ("worked nights in one for six years") named as typed,
  /// in quotation marks: plain words and numbers only, short enough to hear in one breath.
  static func quotedAsTyped(_ text: String) -> String? {
    var tokens = Tokenizer.tokenize(String(text.prefix(AnswerFollowUp.readLimit)))
    while let last = tokens.last, last.kind == .punctuation { tokens.removeLast() }
    guard !tokens.isEmpty, tokens.count(where: \.isWord) <= quotedWordLimit,
      tokens.allSatisfy({ $0.kind == .word || $0.kind == .number || $0.text == "," })
    else { return nil }
    tokens[0].hasSpaceBefore = false
    return "\u{201C}\(tokens.joinedText)\u{201D}"
  }

  /// The most words an answer quoted as typed may have.
  static let quotedWordLimit = 10

  /// The most words a clause of theirs named in a question may have.
  static let namedWordLimit = 16
}
