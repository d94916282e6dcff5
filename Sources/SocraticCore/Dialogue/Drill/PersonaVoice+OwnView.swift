/// A question that asks for the persona's own view in so many words ("how does it look from
/// where you stand?", "what's your take on it?"): it gives its view and a reason for it, never
/// that it has not thought about it; its belief alone only once every reason has been said.
extension PersonaVoice {
  /// Its view and the first reason not said yet (else a reply), to a question that asks for its
  /// view (`PersonaQuestion.asksOwnView`); with all said, what it comes down to for it: its
  /// first reason, the one that weighs most; with that said too, its view alone, as a pack
  /// with a single reason leaves it. Nil for any other question.
  func ownViewReply(
    _ question: PersonaQuestion, said: Set<String>, saidSentences: Set<String>
  ) -> Reply? {
    guard question.asksOwnView else { return nil }
    // Asked what it feels, it says a feeling, never its view in other words.
    let stand = question.asksFeeling ? "I feel strongly about it, honestly" : "From where I stand"
    guard let line = firstUnsaid([.reason], said: said) ?? firstUnsaid([.reply], said: said)
    else {
      let weighs = lines.first { $0.source == .reason }.map {
        stand + (question.asksFeeling ? ", and" : ",") + " it comes down to this: "
          + Self.runOn($0.text)
      }
      let plain =
        question.asksFeeling ? stand + ", that's all: \(ownClaim)." : stand + ", \(ownClaim)."
      let unsaid = weighs.flatMap { saidSentences.contains(Self.key(of: $0)) ? nil : $0 }
      return Reply(text: unsaid ?? plain)
    }
    // Its belief said once in this drill is not said again as the view asked for: the reason
    // it holds it is.
    let claimSaid = saidSentences.contains { $0.contains(Self.key(of: ownClaim)) }
    if claimSaid, !question.asksFeeling {
      return Reply(text: stand + ", what matters is that " + Self.runOn(line.text))
    }
    let view = question.asksFeeling ? "" : ", \(ownClaim)"
    return Reply(text: stand + view + ", because " + Self.runOn(line.text))
  }
}

extension PersonaQuestion {
  /// Whether an open question asks for the persona's own view in so many words, and no word's
  /// meaning.
  var asksOwnView: Bool {
    asksFeeling
      || form == .open && termAsked == nil
        && Self.ownViewCues.contains { Self.says($0, in: tokens) }
  }

  /// Whether an open question asks what the persona feels: "how does that make you feel?",
  /// "what comes up for you when you picture it?".
  var asksFeeling: Bool {
    form == .open && termAsked == nil && Self.feelingCues.contains { Self.says($0, in: tokens) }
  }

  /// How a question asks what the persona feels.
  private static let feelingCues = [
    PhrasePattern("how (does|do|did) (it|this|that) (make you feel|feel|sit with you)"),
    PhrasePattern("how (do|did) you (personally|really|honestly)? feel (when|if|about)"),
    PhrasePattern(
      "(what|how) do you (personally|really|honestly|yourself)? feel about (it|this|that)"),
    PhrasePattern("what (comes|came) up (for|in) you"),
    PhrasePattern("what (feelings|emotions|feeling) (come|comes|came|does|do|did)"),
    PhrasePattern("what (does|do|did) (it|this|that) (stir|bring) up"),
    // What worries it about its belief: "what's got you worried about it?".
    PhrasePattern(
      "(what 's|whats|what has|what) (got|gets|makes|made) you (so|more|most)? "
        + "(worried|anxious|nervous|scared|bothered|uneasy|wary|concerned|upset)"),
    PhrasePattern("what (worries|bothers|scares|frightens|upsets|concerns) you"),
  ]

  /// How a question asks for the persona's own view: where it stands, how it feels about its
  /// belief, what it gets from it or values in it, what the belief is like for it, and what it
  /// would tell someone it touches.
  private static let ownViewCues = [
    PhrasePattern("from where you (stand|sit|are standing)"),
    PhrasePattern("(what 's|whats|what is) your (take|side of it|angle)"),
    PhrasePattern("how (does|do) (it|things) look to you"),
    PhrasePattern(
      "(what|how) do you (personally|really|honestly|yourself)? think about (it|this|that)"),
    // What it gets from its view, and what is at stake for it: "what do you like about it?",
    // "what happens for you if you don't?".
    PhrasePattern("what do you (like|love|enjoy|value|get out of) (about|in|from)?"),
    PhrasePattern("what (happens|changes) (for|to) you (if|when)"),
    // What it values in what it holds: "what matters most to you about the club?".
    PhrasePattern("what (matters|counts) (most|more)? (to|for) you"),
    PhrasePattern("(what 's|whats|what is) (most|more|really)? important to you"),
    PhrasePattern(
      "(what 's|whats|what is) the (hardest|best|worst|toughest|main) (bit|part|thing) for you"),
    PhrasePattern("(what 's|whats|what is) the (hardest|worst|toughest) (bit|part|thing)"),
    PhrasePattern("(what 's|whats|what has) been (the)? (hardest|worst|toughest)"),
    PhrasePattern("what (was|were) the (hardest|worst|toughest|best|main) (bit|part|thing)"),
    // What keeps it at its view: "what keeps you going on it?", "what drives you?".
    PhrasePattern("what (keeps|kept|drives|drove|motivates|motivated|pushes|pushed) (you|u)"),
    PhrasePattern("what (would|do) you (say to|tell) (someone|somebody|anyone|a|an|people)"),
  ]
}
