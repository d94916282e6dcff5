/// A view put in the persona's mouth as if given back: "so you're basically saying people on
/// benefits are lazy then?". It opens by saying what the persona says, then gives a judgement
/// or an absolute the persona never said. The coach codes it leading; the persona meets it as
/// leading too, rejecting the caricature and saying its real view, never welcoming it.
/// An admission put on it ("so you admit the scheme is a flop?", "you're conceding the
/// staff are the problem then?") is one as soon as it names anything it never spoke of: it
/// admitted nothing, so it is set right however mild the words.
enum Caricature {
  /// Whether a line puts a caricature in the persona's mouth, given all it has said.
  static func puts(_ line: String, said: [String]) -> Bool {
    if putsAdmission(line, said: said) { return true }
    let words = Tokenizer.tokenize(line).filter(\.isWord)
    let start = words.first?.lowercased == "so" ? 1 : 0
    let spoken = TopicWords(said.joined(separator: " ")).lemmas
    guard
      let end = sayingFrames.lazy.compactMap({ $0.matchEnds(in: words, from: start).max() })
        .first
    else { return false }
    let claimed = words[end...].map(\.lowercased)
    let saidWords = Set(said.flatMap { Tokenizer.tokenize($0).filter(\.isWord).map(\.lowercased) })
    return claimed.contains { word in
      let isJudgement =
        KeyTermFinder.isAbsolute(word) || Lexicon.classes(of: word).contains(.adjective)
      return isJudgement && !saidWords.contains(word)
        && !ReflectionFit.isSpoken(TopicWords.lemma(of: word), in: spoken)
        && !AnswerCues.isFeelingWord(word)
    }
  }

  /// Whether a line says the persona admitted something it never spoke of ("so you admit the
  /// scheme is a flop?"), given all it has said.
  static func putsAdmission(_ line: String, said: [String]) -> Bool {
    let words = Tokenizer.tokenize(line).filter(\.isWord)
    let start = words.first?.lowercased == "so" ? 1 : 0
    guard
      let end = admissionFrames.lazy.compactMap({ $0.matchEnds(in: words, from: start).max() })
        .first
    else { return false }
    let spoken = TopicWords(said.joined(separator: " ")).lemmas
    let admitted = TopicWords(words[end...].map(\.text).joined(separator: " ")).lemmas
    return admitted.contains { !ReflectionFit.isSpoken($0, in: spoken) }
  }

  /// Whether a line declares the persona beaten or wrong as if it had said so ("gotcha, so you
  /// were wrong", "ha, caught you out"), given all it has said: a verdict it never gave, put in
  /// its mouth; never a question that supposes it ("what if you were wrong?").
  static func putsVerdict(_ line: String, said: [String]) -> Bool {
    let words = Tokenizer.tokenize(line).filter(\.isWord)
    let opening = words.prefix { verdictOpeners.contains($0.lowercased) }.count
    if words.prefix(opening).contains(where: { gotchaWords.contains($0.lowercased) }) {
      return true
    }
    guard
      let end = verdictFrames.lazy.compactMap({ $0.matchEnds(in: words, from: opening).max() })
        .first
    else { return false }
    let spoken = TopicWords(said.joined(separator: " ")).lemmas
    let verdict = TopicWords(words[..<end].map(\.text).joined(separator: " ")).lemmas
    return verdict.contains { !ReflectionFit.isSpoken($0, in: spoken) }
  }

  /// The problem the coach names in a verdict put on the persona.
  static let verdictProblem =
    "declares them wrong instead of asking: a cornered person defends their view instead of "
    + "examining it"

  /// Words that open a verdict, or a line, before what it says: "so", "ha", "see".
  private static let verdictOpeners: Set<String> = [
    "so", "ha", "haha", "aha", "ah", "see", "well", "there", "then", "ok", "okay", "right",
    "and", "lol", "gotcha", "checkmate", "boom",
  ]

  /// Words that crow over the persona by themselves: "gotcha", "checkmate".
  private static let gotchaWords: Set<String> = ["gotcha", "checkmate", "boom"]

  /// How a line declares the persona wrong or beaten.
  static let verdictFrames: [PhrasePattern] = [
    "(you|u) (were|was|are|'re|re) (wrong|mistaken|beaten|caught out) (then|after all|all along)?",
    "(youre|ur) (wrong|mistaken|beaten) (then|after all|all along)?",
    "(caught|got) (you|ya|u) (out|there|now)?",
    "(you|u) ('ve|have)? (just)? (contradicted|lost|been caught)",
  ].map(PhrasePattern.init)

  /// How a line says what the persona is saying: "you're basically saying", "what you're
  /// really saying is", "you're telling me".
  static let sayingFrames: [PhrasePattern] = [
    "(you|u) ('re|are|re) (basically|really|just|actually)? (saying|telling me)",
    "(youre|ur) (basically|really|just|actually)? (saying|telling me)",
    "what (you|u) ('re|are) (basically|really|actually)? saying is",
  ].map(PhrasePattern.init)

  /// How a line says the persona has admitted something: "so you admit", "you're admitting",
  /// "you'd concede", "you accept then that".
  static let admissionFrames: [PhrasePattern] = [
    "(you|u) ('re|are|re)? (finally|basically|really|now)? (admitting|conceding|accepting|granting)",
    "(youre|ur) (finally|basically|really|now)? (admitting|conceding|accepting|granting)",
    "(you|u) ('d|would|'ve|have|do)? (finally|basically|really|now)? (admit|admitted|concede|conceded|accept|accepted|grant|granted) (then|now)? (that)?",
  ].map(PhrasePattern.init)
}

extension PersonaVoice {
  /// What it says to a caricature (`Caricature`): that it is not its view, in words not said
  /// yet, then its view and a reason not given yet, if one is left.
  /// - Parameters:
  ///   - said: the lines it has said: a reason given already is not given again.
  ///   - saidSentences: everything it has said (`PersonaVoice.key(of:)`).
  func caricatureRejected(said: Set<String>, saidSentences: Set<String>) -> Reply {
    let reason = firstUnsaid([.reason], said: said).map {
      ", because " + Self.runOn($0.text.withoutFullStop)
    }
    let denied = Self.caricatureDenials[
      Self.freshOpening(among: Self.caricatureDenials, saidSentences: saidSentences)]
    return Reply(text: denied + " What I'm saying is that \(ownClaim)\(reason ?? "").")
  }

  /// How it denies a caricature of its view.
  static let caricatureDenied = caricatureDenials[0]

  /// Its ways of denying a caricature of its view, a fresh one each time.
  static let caricatureDenials = [
    "No, that's not what I'm saying.", "That's not what I said.",
    "I didn't say that, and I wouldn't.", "Those are your words, not mine.",
  ]
}
