/// How a person closes a hard moment and steers back to the topic: "anyway", "it's fine, it's
/// been years", "back to the question", a laugh after telling a death. The moment is owned once
/// and not probed further; the next question is about their view, as they asked.
extension AnswerCues {
  /// Words that close a topic wherever they are said: "anyway", "anyhow". Each reader adds the
  /// words that close one only where it reads them ("right, cuppa?" in partner).
  static let topicClosingWords: Set<String> = ["anyway", "anyways", "anyhow"]

  /// Phrases that, as the whole of a clause of an answer (laughs aside), move on from what was
  /// just told.
  static let movingOn: [String] = [
    "(anyway|anyways|anyhow|moving on|move on|never mind|nevermind|nvm|whatever|enough of that|enough about that|enough about me|forget it|forget that|but yeah|yeah anyway|so yeah|so anyway)+",
    "(let 's|lets)? (move|moving) on",
    "(next|another) question",
    "(it|that)? ('s|is)? (doesn't|does n't|don't|do n't|dont|doesnt|not) matter",
    "(anyway|anyways|but|so|ok|okay|right)? (back|get back|getting back|go back|going back) to (the|your) (question|questions|point|topic|subject|thing)",
    "(anyway|anyways|but|no)? (it 's|its|it is|i 'm|im|i am) (fine|ok|okay|alright|grand) (now|really|honestly|mostly)?",
    "(but|and)? (it 's|its|it is|it 's been|its been|it has been|that 's|thats|that was) (a few|a couple of|a couple|many|some|_) (years|year) (now|ago|back)?",
    "(it 's|its|it is) what it is",
    "(it 's|its|it is|it was|that was|that 's|thats) (a)? (long time|while|while back|long while) ago",
    "(i 'd|id|i would) rather not (go on|talk|dwell|get into|go into) (about)? (it|that|this|her|him|them)? (if you (do n't|don't|dont|do not) mind)?",
    "(let 's|lets) not (go there|dwell on (it|that)|get into (it|that))",
    // A topic declined by saying it is told in full: "that's really all there is to say",
    // "not much more to say about it tbh", "that's all i want to say on it".
    "(and|but|so)? (that 's|thats|that is|that was|it 's|its|it is) (really|honestly|just|pretty much|about|kind of|kinda)* all (there is|there 's|theres|i (want|wanna|can|have) (to)?) (to)? (say|tell|say really) (about it|on it|about that|on that|really)?",
    "(there 's|theres|there is|i have|i 've got|i 've|ive)? (really|honestly)? (nothing|not much|not a lot) (more|else) (to say|to tell|to add) (about it|on it|about that|on that|really)?",
    "life goes on",
  ]

  /// Phrases among `movingOn` that ask outright to go back to the topic, whatever came before.
  static let backToTopic: [String] = [
    "(back|get back|getting back|go back|going back) to (the|your) (question|questions|point|topic|subject|thing)",
    "(i came|i 'm here|im here|i am here) (on here)? (to talk)? about",
    // "i'd rather talk about the wedding tbh": a steer to what they came with, never a goodbye,
    // whatever stop was said beside it.
    "(i 'd|id|i would) (rather|sooner|prefer to) (just)? (talk|be talking|get back|go back|stick|focus) (about|to|on|with) (the|my|our|your|his|her|their)",
    "(can|could) we (just)? (talk|get back|go back|stick) (about|to|with) (the|my|our|your|his|her|their)",
    "(let 's|lets) (just)? (talk|get back|go back|stick) (about|to|with) (the|my|our|your|his|her|their)",
  ]

  /// Laughs that close a hard thing told, as a way of moving past it ("he passed in 2019 …
  /// lol").
  static let laughs: Set<String> = ["lol", "haha", "hahaha", "lmao", "heh", "ha", "hah", "lolol"]

  /// How an answer moves on from a hard moment, read from its clauses.
  enum MovingOn: Equatable {
    /// A clause closes it ("anyway", "it's been years", "I'd rather not go on about it").
    case closes
    /// They ask outright to go back to the topic ("back to the question").
    case asksBack
  }

  /// Words by which a clause carries on with what was told after it was closed: "it's fine
  /// now. i still make her gravy every sunday though" keeps the loss with them, and is what
  /// it means to them, never moving on from it.
  static let carryingOnWords: Set<String> = ["still", "though", "tho", "yet"]

  /// How the answer moves on: a clause of it asks back to the topic, or is wholly one of
  /// `movingOn`, or the answer ends with a laugh; nil when none does, or when a clause after
  /// the last that closes carries on with it (`carryingOnWords`). Whether there was a hard
  /// moment to move on from is the dialogue's to judge.
  static func movingOn(in line: String) -> MovingOn? {
    let tokens = Shorthand.expanded(
      Tokenizer.tokenize(String(line.prefix(AnswerMoveReader.readLimit))))
    let clauses = tokens.split { $0.kind == .punctuation && $0.text != "'" }
      .map { $0.filter(\.isWord).filter { !laughs.contains($0.lowercased) } }
      .filter { !$0.isEmpty }
    if clauses.contains(where: { MovingOnMatchers.backToTopic.matches($0) }) { return .asksBack }
    let closing = clauses.lastIndex {
      MovingOnMatchers.movingOn.matchEnd(atStartOf: $0) == $0.count
    }
    let carriesOn = clauses[((closing ?? -1) + 1)...].contains { clause in
      clause.contains { carryingOnWords.contains($0.lowercased) }
    }
    if carriesOn { return nil }
    if closing != nil { return .closes }
    let words = tokens.filter(\.isWord)
    return words.count > 1 && words.last.map { laughs.contains($0.lowercased) } == true
      ? .closes : nil
  }

  /// The most words after a moving-on phrase that still leave a clause only moving on: "back
  /// to the question please", "never mind lol".
  static let movingOnTailLimit = 2

  /// Whether a clause only moves on (laughs aside): wholly one of `movingOn` or `backToTopic`,
  /// with at most `movingOnTailLimit` words after it.
  static func onlyMovesOn(_ clause: [Token]) -> Bool {
    let words = clause.filter { !laughs.contains($0.lowercased) }
    return [MovingOnMatchers.movingOn, MovingOnMatchers.backToTopic].contains { matcher in
      matcher.matchEnd(atStartOf: words).map { words.count - $0 <= movingOnTailLimit } ?? false
    }
  }

  private enum MovingOnMatchers {
    static let movingOn = PartnerCueMatcher(AnswerCues.movingOn)
    static let backToTopic = PartnerCueMatcher(AnswerCues.backToTopic)
  }
}
