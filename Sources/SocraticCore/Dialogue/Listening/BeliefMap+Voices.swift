extension BeliefMap {
  /// Whose a reason's words are, as the answer frames them: the speaker's own, a line of
  /// someone else's they tell of ("they'd say give it the money"), or one side of a comparison
  /// ("that's like saying I made a meal because I ordered a takeaway").
  enum Voice: Equatable {
    case own
    /// Someone else's, named as they named them: "they", "the experts", "my head".
    case reported(who: String)
    case likened
  }

  /// The reasons of an answer that are the speaker's own; those told as someone else's go on
  /// the map as views of others, those that are a side of a comparison go nowhere.
  mutating func ownReasons(_ reasons: [String], in text: String) -> [String] {
    let sentences = Self.sentences(of: text).map(Self.plainWords)
    var turned: [String] = []
    let kept = reasons.filter { reason in
      switch Self.voice(of: reason, in: sentences) {
      case .own:
        return true
      case .reported(let who):
        // "they said it'd fail, but our trial went fine": past the turn, the point is theirs.
        let (said, own) = Self.splitAtTurn(reason)
        if !views.contains(where: { LowercasedText($0.said).contains(LowercasedText(said)) }) {
          views.append(View(who: who, said: said))
        }
        if let own { turned.append(own) }
        return false
      case .likened:
        return false
      }
    }
    return kept + turned
  }

  /// A reported line and, past a turn ("but", "though"), the speaker's own point, when the
  /// line turns.
  static func splitAtTurn(_ text: String) -> (said: String, own: String?) {
    let tokens = Tokenizer.tokenize(text)
    guard let turn = tokens.firstIndex(where: { turningWords.contains($0.lowercased) }),
      turn > 0, turn + 1 < tokens.count
    else { return (text, nil) }
    var own = Array(tokens[(turn + 1)...])
    own[0].hasSpaceBefore = false
    var said = Array(tokens[..<turn])
    while let last = said.last, last.kind == .punctuation { said.removeLast() }
    return (said.joinedText, own.joinedText)
  }

  /// Whose an item's words are, read from the sentence it was said in (`Voice`).
  static func voice(of item: String, in sentences: [[String]]) -> Voice {
    let words = plainWords(item)
    let head = Array(words.prefix(4))
    guard !head.isEmpty,
      let index = sentences.firstIndex(where: { has(head, in: $0) }),
      let start = sentences[index].indices.first(where: {
        sentences[index][$0...].starts(with: head)
      })
    else { return .own }
    // "people say it's safe but it isn't": past a turn, the words are the speaker's again.
    let whole = sentences[index][..<start]
    let before = whole[((whole.lastIndex(where: turningWords.contains) ?? -1) + 1)...]
    if let who = reporter(in: Array(before.suffix(6)) + head) { return .reported(who: who) }
    if likeningFrames.contains(where: { has($0, in: Array(whole)) }) { return .likened }
    // "they'd say it's underfunding. like give it the money …": the report goes on.
    if index > 0, let opener = before.first, continuingOpeners.contains(opener),
      before.count <= 2, let who = reporter(in: sentences[index - 1])
    {
      return .reported(who: who)
    }
    return .own
  }

  /// Whether a sentence, past its last turn, opens by telling someone else's line: "they'd
  /// say we've always done it, it's natural" is theirs to the end; "people say so but I don't"
  /// is not.
  static func isReportedLine(_ words: [String]) -> Bool {
    let own = words[((words.lastIndex(where: turningWords.contains) ?? -1) + 1)...]
    return reporter(in: Array(own.prefix(reportOpeningWords))) != nil
  }

  /// How many words of a sentence's opening may hold the frame of a report: "my dad would say".
  private static let reportOpeningWords = 5

  /// Who a sentence's words say something on behalf of, when a verb of saying has someone
  /// other than the speaker for its subject: "they all said", "my head would say", "experts
  /// warn". Nil when there is none, or the speaker is the one saying ("i said").
  static func reporter(in words: [String]) -> String? {
    for (index, word) in words.enumerated() where reportingVerbs.contains(word) {
      var subject: [String] = []
      for earlier in words[..<index].reversed() {
        if speakerWords.contains(earlier) { break }
        if reportingSubjects.contains(earlier) || FunctionWords.possessives.contains(earlier)
          || FunctionWords.determiners.contains(earlier) && !subject.isEmpty
        {
          subject.insert(earlier, at: 0)
          return subject.joined(separator: " ")
        }
        guard subject.count < 3 else { break }
        if !Self.between.contains(earlier) { subject.insert(earlier, at: 0) }
      }
    }
    return nil
  }

  /// Words that may stand between a subject and its verb of saying and are no part of who
  /// says it: "they all said", "my head would say".
  private static let between: Set<String> = [
    "would", "will", "might", "could", "all", "always", "just", "even", "probably", "also",
  ]

  /// Words after which a sentence turns to the speaker's own view again.
  private static let turningWords: Set<String> = [
    "but", "though", "tho", "although", "yet",
  ]

  /// Verbs by which someone's words or view are told.
  private static let reportingVerbs: Set<String> = [
    "say", "says", "said", "argue", "argues", "argued", "claim", "claims", "claimed", "warn",
    "warns", "warned", "reckon", "reckons", "insist", "insists", "insisted",
  ]

  /// Subjects that are someone other than the speaker.
  private static let reportingSubjects: Set<String> = [
    "they", "theyd", "theyll", "theyve", "people", "experts", "everyone", "everybody", "he",
    "hed", "she", "shed", "others", "critics", "someone", "somebody",
  ]

  /// The speaker as the subject of a saying: "i said", "we'd say".
  private static let speakerWords: Set<String> = ["i", "id", "ive", "we", "wed", "weve"]

  /// Frames that set what follows beside something else, not forward as a reason.
  private static let likeningFrames: [[String]] = [
    ["like", "saying"], ["as", "if"], ["as", "though"], ["same", "as"], ["like", "when"],
    ["no", "different", "from"], ["compared", "to"], ["thats", "like"],
  ]

  /// Words that open a sentence going on with the one before: "like …", "as in …".
  private static let continuingOpeners: Set<String> = ["like", "as", "eg", "ie"]
}
