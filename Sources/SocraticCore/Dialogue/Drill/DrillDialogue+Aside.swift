/// A line said aside, with nothing of the drill in it ("sorry the dog is barking", "one sec,
/// phone"): no move of the drill. It uses no question, the persona's confidence stays where it
/// was, and the persona waits; the log keeps the line as an aside, counted by no scorecard.
extension DrillDialogue {
  /// The step for a line that asks nothing and is said aside (`isAside(_:said:)`); nil for
  /// any other line, or before there is a persona.
  /// - Parameter said: how the line reads when it asks nothing (`saidReading(of:)`).
  /// A greeting alone ("hiya") is greeted back the same way: it names no topic to answer.
  mutating func answerAside(_ line: String, said: UtteranceReader.Reading?) -> DialogueStep? {
    guard state.persona != nil else { return nil }
    let isGreeting = Self.isGreeting(line)
    // "sorry the dog's barking, where was i": an aside that ends by finding its place.
    let findsPlace =
      Self.beforePlaceFinder(in: line).map {
        $0.isEmpty || Self.isAside($0, said: saidReading(of: $0))
      } ?? false
    guard isGreeting || findsPlace || Self.isAside(line, said: said) else { return nil }
    let reply =
      isGreeting
      ? Self.greetedBack
      : findsPlace ? state.lastReply.map { Self.placeFound + $0 } ?? Self.waiting : Self.waiting
    let isNoise = said == .statement(.noise) && !KeyboardNoise.isOwnedSlip(Self.words(of: line))
    let note = isGreeting ? Self.greetingNote : isNoise ? Self.noiseNote : Self.asideNote
    var step = DialogueStep(outputs: [
      .notice(note, tone: .plain),
      .personaReply(
        PersonaAnswer(
          text: reply, confidenceBefore: state.confidence, confidenceAfter: state.confidence)),
    ])
    record(.note(.init(text: line, category: .aside)), into: &step)
    record(.personaReply(.init(question: nil, text: reply)), into: &step)
    return step
  }

  /// Whether a line that asks nothing is said aside: a pause ("one sec, the door",
  /// `TurnCues.isPause(_:)`), an apology for what calls them away ("sorry the kettle is
  /// screaming": a kind word naming one of `TurnCues.callsAway`), or keys struck at random, alone
  /// or said sorry for ("sdfghj sorry, the cat"). A
  /// kind word to the persona ("thanks, fair point") is a move of the drill, and coached.
  static func isAside(_ line: String, said: UtteranceReader.Reading?) -> Bool {
    // "sdfghj;; sorry the grandkid grabbed the laptop": keys struck, owned up to as a slip,
    // read as noise (`KeyboardNoise.isOwnedSlip(_:)`).
    switch said {
    case nil: return false
    case .statement(.noise)?: return true
    case .statement(.warmth)?:
      if words(of: line).contains(where: TurnCues.callsAway.contains) { return true }
    default: break
    }
    return TurnCues.isPause(line)
  }

  /// A line's words in lowercase, without marks.
  private static func words(of line: String) -> [String] {
    Tokenizer.tokenize(line).filter(\.isWord).map(\.lowercased)
  }

  /// How a line reads when it asks nothing: a reflection or a kind of statement, by the
  /// reading the critic gives such a line, against the persona's last reply; nil for a line
  /// that asks (`asks(_:)`), or one longer than the critic reads, which it refuses as it is.
  /// Read once, for the goodbye and the aside alike.
  func saidReading(of line: String) -> UtteranceReader.Reading? {
    guard line.utf8.count <= QuestionCritic.maximumLength, !Self.asks(line) else { return nil }
    let heard = state.lastReply.map { Tokenizer.tokenize($0).map(\.lowercased) }
    return UtteranceReader.reading(of: Tokenizer.tokenize(line).map(\.lowercased), after: heard)
  }

  /// Whether a line only greets ("hiya", "hey there mate"): greetings (`AnswerCues.greetings`)
  /// among chat and the words that name whom they greet, and nothing else.
  static func isGreeting(_ line: String) -> Bool {
    let words = words(of: line)
    let greets = words.filter { AnswerCues.greetings.contains($0) }
    return !greets.isEmpty
      && words.allSatisfy {
        AnswerCues.greetings.contains($0) || ChatWords.lead.contains($0)
          || greeted.contains($0)
      }
  }

  /// Words after a greeting that name whom it greets: "hi there", "hello all".
  private static let greeted = AnswerCues.addressees.union(["there"])

  /// What the coach says of a greeting.
  static let greetingNote =
    "A greeting, not a move of the drill: it uses none of your questions, and the persona's "
    + "confidence does not move."

  /// What the persona says to a greeting: hello back, and it waits for the first question.
  static let greetedBack = "Hi there. Ask me whatever you like about it."

  /// What the coach says of an aside.
  static let asideNote =
    "An aside, not a move of the drill: it uses none of your questions, and the persona's "
    + "confidence does not move."

  /// What the coach says of keys struck at random: what `critique` says of them, and that they
  /// cost nothing.
  static let noiseNote =
    PersonaVoice.capitalized(StatementKind.noise.explanation)
    + ". It uses none of your questions, and the persona's confidence does not move."

  /// The words of a line before the place-finder it ends with (`FloorHolder.placeFinders`:
  /// "sorry the dog's barking, where was i" gives "sorry the dog's barking"), without the
  /// punctuation between; nil for a line that ends with none.
  static func beforePlaceFinder(in line: String) -> String? {
    let tokens = Tokenizer.tokenize(line)
    let wordAt = tokens.indices.filter { tokens[$0].isWord }
    let words = wordAt.map { tokens[$0].lowercased }
    guard let finder = placeFinders.first(where: { words.suffix($0.count) == $0[...] }) else {
      return nil
    }
    let before = tokens[..<wordAt[wordAt.count - finder.count]]
    return Array(before.reversed().drop { !$0.isWord }.reversed()).joinedText
  }

  /// `FloorHolder.placeFinders` as words.
  private static let placeFinders = FloorHolder.placeFinders.map {
    Tokenizer.tokenize($0).filter(\.isWord).map(\.lowercased)
  }

  /// What the persona says to help a learner find their place, before its last reply.
  static let placeFound = "No problem. Where we'd got to, I'd said: "

  /// What the persona says to an aside: it waits.
  static let waiting = "No problem, take your time. Ask me whenever you're ready."
}
