/// What the persona says to a minimal encourager ("hm", "go on", "oh?"): it is asked to go on,
/// not argued with, so it says a little more about its last point.
extension PersonaVoice {
  /// Whether a line, as its words in lowercase (`DrillDialogue.key(of:)`), only invites the
  /// persona to go on: one encourager or a run of them ("hm ok", "right i see").
  static func isEncourager(key: String) -> Bool {
    let words = key.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return false }
    // Whether the words from each place on can be read as encouragers, one after another.
    var readable = Array(repeating: false, count: words.count + 1)
    readable[words.count] = true
    for start in words.indices.reversed() {
      readable[start] = (start + 1...min(words.count, start + 3)).contains { end in
        readable[end] && encouragers.contains(words[start..<end].joined(separator: " "))
      }
    }
    return readable[0]
  }

  /// A little more on its last point: the evidence of a line it said last, not said yet; else
  /// a reason, a reply, what would follow or what is at stake, not said yet; else that it has
  /// no more to add.
  /// - Parameter story: a story the asker told, if it goes on after one: it weighs the story as
  ///   one case (`caseWeighings`, in words not said yet), then says what it goes on, a reason
  ///   or a reply not said yet. A hardship is no case to weigh against the belief: it is sorry
  ///   to hear it (`sorryToHear`), and argues nothing.
  /// - Parameter saidSentences: the sentences said so far (`sentenceKeys(of:)`).
  /// - Parameter reactedTo: the thing an exclamation reacted to ("the fete" in "oh god the
  ///   fete"): its line on that thing not said yet comes first, after the thing said back.
  func goingOn(
    after lastReply: String?, said: Set<String>, story: ToldStory? = nil,
    saidSentences: Set<String> = [], reactedTo: String? = nil
  ) -> Reply {
    if let reactedTo, let line = namedLine(TopicWords(reactedTo, ignoring: beliefWords).lemmas),
      !said.contains(line.text)
    {
      let echo = Self.isClean(reactedTo) ? Self.capitalized(reactedTo) + "? " : ""
      return Reply(text: echo + line.text)
    }
    if let story {
      if story.isHard { return Reply(text: Self.sorryToHear) }
      let line = firstUnsaid([.reason, .reply], said: said)
      let going = line.map { " What I go on is this: " + Self.runOn($0.text) } ?? ""
      let weighing =
        Self.caseWeighings.first { !saidSentences.contains(Self.key(of: $0)) }
        ?? Self.caseWeighings[0]
      return Reply(text: weighing + going)
    }
    let last = lastReply.map(lines(in:)) ?? []
    let more = last.lazy.compactMap { evidence[$0] }.first { !said.contains($0.text) }
    guard let line = more ?? firstUnsaid([.reason, .reply, .consequence, .stake], said: said) else {
      let plain = Self.goneOn.first { !saidSentences.contains(Self.key(of: $0)) }
      return Reply(text: plain ?? Self.goneOn[Self.goneOn.count - 1])
    }
    return Reply(text: "Well, " + Self.runOn(line.text))
  }

  /// How it says, in turn, that it has gone on as far as it can: never one sentence twice
  /// while another is left.
  static let goneOn = [
    "That's about all there is to it, as I see it.", "That's the gist of it for me.",
    "There's not much more to it than that, honestly.",
  ]

  /// What it says after the word of sympathy for a hardship told with no question.
  static let sorryToHear = "I'm sorry to hear it."

  /// How it weighs a case the asker told of, each once a drill: it takes it in, as one case,
  /// and neither argues with it nor lets it settle the matter.
  static let caseWeighings = [
    "That's one case, and I'll keep it in mind.",
    "That's another one to weigh against what I've seen, and I will.",
    "I hear you. Cases like that are why I try to keep an open mind.",
  ]

  /// Lines that only invite the speaker to go on, as their words in lowercase.
  /// An exclamation alone ("wow", "oh god") is one too: a reaction that asks it to go on.
  private static let encouragers: Set<String> = ChatWords.exclamations.union([
    "hm", "hmm", "hmmm", "mm", "mmm", "mhm", "uh huh", "go on", "carry on", "right", "oh",
    "ah", "really", "ok", "okay", "i see", "and", "interesting", "oh right", "ok go on",
    "and then", "say more", "tell me more", "yeah", "yep", "fair enough", "got it", "i get it",
    "makes sense",
  ])
}
