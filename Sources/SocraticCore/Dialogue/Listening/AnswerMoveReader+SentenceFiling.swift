/// What a sentence files beside its moves: the sources it names, the feelings it tells, a
/// blockage they name in themselves, and the absolutes that are their own.
extension AnswerMoveReader {
  /// A match of a cue in a sentence.
  struct Match {
    var move: AnswerMove
    var range: Range<Int>
  }

  /// A plan as said from where the sentence's content starts: "ill text her" can only be
  /// "I'll"; "gonna ring him" is kept as typed, without an "I'm" they never wrote.
  static func plan(in sentence: [Token], from start: Int) -> String {
    text(
      of: sentence[start...].map { token in
        token.lowercased == "ill" ? token.replacingText(with: "I'll") : token
      })
  }

  /// A plan with the "I'm" it left off, to be given back as theirs: "gonna ring him" (read as
  /// "going to ring him") → "I'm gonna ring him"; a plan with its subject stays as it is, and
  /// so does one only opened by "going" ("going forward I'll text her").
  static func planWithSpeaker(_ plan: String) -> String {
    let words = Shorthand.expanded(Tokenizer.tokenize(plan)).filter(\.isWord).prefix(2)
    guard words.map(\.lowercased) == ["going", "to"] else { return plan }
    return "I'm " + plan.prefix(1).lowercased() + plan.dropFirst()
  }

  /// Files the sources a sentence names: bodies by their initials, and the speakers of
  /// reported speech, whose words are theirs.
  static func readSources(
    in sentence: [Token], into read: inout ReadAnswer, moves: inout Set<AnswerMove>
  ) {
    // "ONS data shows …", "according to the IFS": a body named by its initials.
    for body in sourcesByInitials(in: sentence) {
      moves.insert(.source)
      appendOnce(body, to: &read.sources)
    }
    // Reported speech: its speaker is a source; what they said is theirs.
    for pattern in Patterns.reportedSpeech {
      for match in matches(of: pattern, in: sentence, from: 0) {
        moves.insert(.source)
        let speaker = speaker(of: sentence[match])
        // "he says" names no one: who "he" is was said before.
        let isPronoun = AnswerCues.unnamedSpeakers.contains(
          speaker.map(\.lowercased).joined(separator: " "))
        if !speaker.isEmpty, !isPronoun {
          appendOnce(speaker.joinedText, to: &read.sources)
          appendOnce(speaker.joinedText, to: &read.speakers)
        }
      }
    }
  }

  /// Files the feelings a sentence tells, and gives back the sentence only when it speaks of
  /// the person ("it annoys me that …").
  static func fileFeelings(
    _ feelings: [String], of sentence: [Token], from start: Int, isQuestion: Bool,
    into read: inout ReadAnswer
  ) {
    for feeling in feelings { appendOnce(feeling, to: &read.feelings) }
    let speaksOfThem = sentence.contains { ["i", "me", "my", "us"].contains($0.lowercased) }
    if read.feelingWords == nil, speaksOfThem, !isQuestion {
      read.feelingWords = text(of: Array(sentence[start...]))
    }
  }

  /// Files the blockage a sentence names, if none was filed yet: true when it named one, an
  /// insight into themselves that concedes, never a doubt about the belief.
  static func readBlockage(
    in sentence: [Token], from start: Int, isOwn: (Int) -> Bool, into read: inout ReadAnswer
  ) -> Bool {
    for pattern in Patterns.blockages where read.blockage == nil {
      if let match = matches(of: pattern, in: sentence, from: 0).first, isOwn(match.lowerBound) {
        // From where they name it: "idk maybe it makes me dig in" gives back no "idk".
        // "makes me wonder if I'm angry at the riders": what they wonder is the blockage.
        let wonders = ["if", "whether"].contains(sentence[match.upperBound - 1].lowercased)
        let from = wonders ? match.upperBound : max(start, match.lowerBound)
        read.blockage = text(of: Array(sentence[from...]))
        return true
      }
    }
    return false
  }

  /// Files the absolutes of a sentence that are the person's own, idioms and qualified
  /// absolutes aside ("all the time", "not everyone").
  static func readAbsolutes(
    in sentence: [Token], isOwn: (Int) -> Bool, into read: inout ReadAnswer
  ) {
    let idiomatic = coveredIndices(of: Patterns.notAbsolutes, in: sentence)
    for index in sentence.indices
    where AnswerCues.absolutes.contains(sentence[index].lowercased) && isOwn(index)
      && !idiomatic.contains(index)
    {
      appendOnce(sentence[index].lowercased, to: &read.absolutes)
    }
  }
}
