/// A line that speaks of the persona's last answer rather than asking it something: "you
/// already said that tho", "that didnt really answer it", "wait what lol. people without
/// power?? we're on about nuclear", a lone "?". Each of its sentences is such a word, the
/// persona's own words given back in wonder, or chat; a sentence that asks something makes
/// the line a question, however it opens.
struct ReplyComplaint: Sendable, Equatable {
  /// What the line says was wrong with the answer.
  enum Fault: Sendable, Equatable {
    /// It said again what it had said: "you already said that".
    case repeated
    /// It missed the question or made no sense: "that didn't answer it", "wait what", "?".
    case missed
    /// It seemed to argue against itself: "that's you arguing my side", "you brought that up,
    /// not me" (the other side's point it gave, taken for its own).
    case othersPoint
    /// It put a word on the asker they never said: "?? i didnt say all".
    case misheard
  }

  var fault: Fault

  /// Reads a line said right after the persona's reply; nil when it is no complaint of it.
  /// - Parameter heard: what the persona has said, its last reply first: words of it given
  ///   back ("like you said before, collapsed") are no question.
  init?(_ line: String, heard: String) {
    // "and then what?" asks for more, "like what?" for a case; their "what" is no puzzled
    // "what?".
    let key = DrillDialogue.key(of: line)
    guard !PersonaQuestion.moreAsks.contains(key), !PersonaQuestion.caseAsks.contains(key)
    else { return nil }
    let tokens = Shorthand.expanded(Tokenizer.tokenize(line))
    // "?" alone, or "??": puzzled by the answer.
    guard tokens.contains(where: \.isWord) else {
      guard tokens.contains(where: { $0.text.contains("?") }) else { return nil }
      fault = .missed
      return
    }
    let echoed = TopicWords(heard).lemmas.union(PersonaVoice.attributionWords)
    var fault: Fault?
    for sentence in Self.sentences(of: tokens) {
      let words = sentence.filter(\.isWord).map(\.lowercased)
      if words.allSatisfy(Self.chat.contains) { continue }
      if let found = Self.fault(in: sentence) {
        fault = fault ?? found
        continue
      }
      // "people without power??": its own words given back, wondering at them; "like you
      // said before, collapsed": pointing back at them.
      // A sentence that asks ("ok but what do you mean by badly written") is a question,
      // however many of its words are the persona's.
      let said = TopicWords(sentence).lemmas
      guard !said.isEmpty, said.isSubset(of: echoed), !Self.asks(sentence) else { return nil }
    }
    guard let fault else { return nil }
    self.fault = fault
  }

  /// The sentences of a line, parted at its full stops, question and exclamation marks, which
  /// are left out.
  private static func sentences(of tokens: [Token]) -> [[Token]] {
    LeadingSentences.sentences(of: tokens).map { $0.filter { !LeadingSentences.endsSentence($0) } }
  }

  /// Whether a sentence asks: its first word past chat is a question word ("ok but what …"),
  /// or a question word before an auxiliary stands in it. A sentence that is only a complaint
  /// ("wait what", "that's not what i asked") asks nothing: it finds fault.
  private static func asks(_ sentence: [Token]) -> Bool {
    guard !isOnlyFault(sentence) else { return false }
    let words = sentence.filter(\.isWord).map(\.lowercased).drop(while: chat.contains)
    return words.first.map(PersonaQuestion.questionWords.contains) == true
      || DrillDialogue.askingClause(of: sentence.joinedText) != nil
  }

  /// A line that finds fault with the answer and then asks something of its own ("that's not
  /// what i asked. what about the people who inherit?"): the fault, and the rest of the line
  /// from its first sentence that is neither chat nor a complaint; nil for a line that opens
  /// with no complaint, or has nothing after it.
  static func beforeQuestion(in line: String) -> (fault: Fault, rest: String)? {
    let tokens = Tokenizer.tokenize(line)
    var fault: Fault?
    let start = LeadingSentences.end(of: tokens, chat: chat) { sentence in
      guard let found = Self.fault(in: sentence), !Self.asks(sentence) else { return false }
      fault = fault ?? found
      return true
    }
    guard let fault, let rest = LeadingSentences.rest(of: tokens, from: start) else { return nil }
    return (fault, rest)
  }

  /// Whether a sentence finds fault with the answer and asks nothing: "you already said that
  /// bit tbh", "that didn't answer it".
  static func findsFault(_ sentence: [Token]) -> Bool {
    let expanded = Shorthand.expanded(sentence)
    return fault(in: expanded) != nil && !asks(expanded)
  }

  /// The fault a sentence finds with the answer: one of `cues` that opens it, after chat if
  /// any, and that only chat follows (or, for those that name the matter, anything). Inside a
  /// question ("what are you assuming when you say that?") the same words ask.
  private static func fault(in sentence: [Token]) -> Fault? {
    for start in sentence.indices {
      let before = sentence[..<start].filter(\.isWord).map(\.lowercased)
      guard before.allSatisfy(chat.contains) else { break }
      let word = sentence[start].lowercased
      for (cue, fault, isOpenEnded) in cues where cue.mayStart(with: word) {
        for end in cue.matchEnds(in: sentence, from: start) {
          let rest = sentence[end...].filter(\.isWord).map(\.lowercased)
          if isOpenEnded || rest.allSatisfy(chat.contains) { return fault }
        }
      }
    }
    return nil
  }

  /// Whether a sentence is all a complaint: one of `cues`, after chat if any, with only chat
  /// after it, though the cue may name the matter ("what has that got to do with it" asks).
  private static func isOnlyFault(_ sentence: [Token]) -> Bool {
    guard let start = sentence.firstIndex(where: { $0.isWord && !chat.contains($0.lowercased) })
    else { return false }
    let word = sentence[start].lowercased
    return cues.contains { cue, _, _ in
      cue.mayStart(with: word)
        && cue.matchEnds(in: sentence, from: start).contains { end in
          sentence[end...].filter(\.isWord).allSatisfy { chat.contains($0.lowercased) }
        }
    }
  }

  /// What finds fault with an answer, the fault, and whether what follows it may name the
  /// matter ("we're on about nuclear"); else only chat may follow ("you said that tho"), as
  /// "you said that prices rise" gives back what was said.
  private static let cues: [(cue: PhrasePattern, fault: Fault, isOpenEnded: Bool)] = [
    (
      PhrasePattern(
        "(you|u) (already|just)? (said|say|told me) (that|this|it|the same) (last time|earlier)?"
      ),
      .repeated, false
    ),
    (PhrasePattern("(you 're|you are|ur|youre) repeating (yourself|it)"), .repeated, false),
    // "you keep coming back to that" notices what weighs with it: a reflection, no fault.
    (PhrasePattern("(you|u) keep (saying|repeating) (that|this|it)"), .repeated, false),
    (
      PhrasePattern("(you|u) keep (saying|repeating) the same (thing|stuff|point)?"), .repeated,
      false
    ),
    (
      PhrasePattern("(that 's|that is|it 's|its|thats) the same (thing|answer|line|again)"),
      .repeated, false
    ),
    (PhrasePattern("same (thing|answer) (again|as before)"), .repeated, false),
    (
      PhrasePattern(
        "(that|it|this|you) (did n't|does n't|did not|does not|didn't|doesn't) (really|even|actually)? answer (it|that|the question|my question|me)?"
      ), .missed, false
    ),
    (
      PhrasePattern("(that 's|that is|thats|it 's) not (what|the question) i (asked|meant)?"),
      .missed, false
    ),
    // "huh", "eh" alone react as any exclamation does (`LearnerReaction`): only after a hold
    // ("wait huh") do they say the answer made no sense.
    (PhrasePattern("(wait|hang on|hold on)? (what|wut|wdym)"), .missed, false),
    (PhrasePattern("(wait|hang on|hold on) (huh|eh)"), .missed, false),
    (PhrasePattern("(that|it) (was|is|'s) a question"), .missed, false),
    (PhrasePattern("(that 's|that is|thats|it 's|its) not (an|a real)? answer"), .missed, false),
    (PhrasePattern("(that|this) (makes|made) no sense"), .missed, false),
    (PhrasePattern("(we 're|we are|were) (on about|talking about|talking)"), .missed, true),
    (PhrasePattern("what (has|does|'s) (that|this) (got)? to do with"), .missed, true),
    (PhrasePattern("(who|what) (said|says) anything about"), .missed, true),
    (
      PhrasePattern(
        "(hang on|hold on|wait)? (that 's|that is|thats|it 's|its)? (you|u|you 're|you are|youre|ur) (just)? arguing (my|our|the other|their) (side|point|case)"
      ), .othersPoint, false
    ),
    (
      PhrasePattern("(you|u) (brought|raised|mentioned|started) _{0,3} (up|on)? not (me|i)"),
      .othersPoint, false
    ),
    // "i didnt say all": the word it handed back as the asker's was never theirs. A few words
    // at most: "i never said it was easy, but why …" goes on to ask.
    (
      PhrasePattern("i (did n't|did not|didn't|didnt|never) (say|said|use|used|mean|meant) _{0,3}"),
      .misheard, false
    ),
  ]

  /// Words that say nothing of their own around a complaint: "tho", "lol", "again", "mate".
  /// A puzzled "huh" or "eh" is a word about the answer, not chat.
  private static let chat: Set<String> = ChatWords.lead.subtracting(["huh", "eh"])
    .union([
      "again", "already", "before", "now", "twice", "mate", "really", "just", "sorry", "bit",
      "a", "whatever", "anyway", "anyways",
    ])
}
