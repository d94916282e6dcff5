/// A view put in the persona's mouth as if given back: "so you're basically saying people on
/// benefits are lazy then?". It opens by saying what the persona says, then gives a judgement
/// or an absolute the persona never said. The coach codes it leading; the persona meets it as
/// leading too, rejecting the caricature and saying its real view, never welcoming it.
enum Caricature {
  /// Whether a line puts a caricature in the persona's mouth, given all it has said.
  static func puts(_ line: String, said: [String]) -> Bool {
    let words = Tokenizer.tokenize(line).filter(\.isWord)
    let start = words.first?.lowercased == "so" ? 1 : 0
    guard
      let end = sayingFrames.lazy.compactMap({ $0.matchEnds(in: words, from: start).max() })
        .first
    else { return false }
    let claimed = words[end...].map(\.lowercased)
    let saidWords = Set(said.flatMap { Tokenizer.tokenize($0).filter(\.isWord).map(\.lowercased) })
    let spoken = TopicWords(said.joined(separator: " ")).lemmas
    return claimed.contains { word in
      let isJudgement =
        KeyTermFinder.isAbsolute(word) || Lexicon.classes(of: word).contains(.adjective)
      return isJudgement && !saidWords.contains(word)
        && !ReflectionFit.isSpoken(TopicWords.lemma(of: word), in: spoken)
        && !AnswerCues.isFeelingWord(word)
    }
  }

  /// How a line says what the persona is saying: "you're basically saying", "what you're
  /// really saying is", "you're telling me".
  static let sayingFrames: [PhrasePattern] = [
    "(you|u) ('re|are|re) (basically|really|just|actually)? (saying|telling me)",
    "(youre|ur) (basically|really|just|actually)? (saying|telling me)",
    "what (you|u) ('re|are) (basically|really|actually)? saying is",
  ].map(PhrasePattern.init)
}

extension PersonaVoice {
  /// What it says to a caricature (`Caricature`): that it is not its view, then its view and
  /// the reason that weighs most with it.
  func caricatureRejected() -> Reply {
    let reason = lines.first { $0.source == .reason }.map {
      ", because " + Self.runOn($0.text.withoutFullStop)
    }
    return Reply(
      text: Self.caricatureDenied + " What I'm saying is that \(ownClaim)\(reason ?? "").")
  }

  /// How it denies a caricature of its view.
  static let caricatureDenied = "No, that's not what I'm saying."
}
