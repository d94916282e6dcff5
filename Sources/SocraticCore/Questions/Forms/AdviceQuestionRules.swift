/// Advice put as a question: "Why don't you ring the council?", "Have you tried just asking
/// her?", "How about you take a day off?", "What about selling it?", "What if you just told
/// her?". It asks nothing of their
/// view: it puts the asker's fix forward (the righting reflex), which they can only take or
/// refuse, so it is leading however open its question word.
///
/// A reason asked for a state is a question ("Why don't you like him?", "Why not?"), and so is
/// a thing tried or thought of that is no act of theirs ("Have you tried the new place?",
/// "What about it worries you?"): the fix is an act put to them, a verb after "why don't you"
/// or "why not" and an -ing form after "tried", "thought about" or "what about", or a thing
/// they might get instead, offered by "what about a …" or "have you considered a …" ("what about
/// a rescue one then?", "have you considered a smaller one?"); "what about your sister?" asks
/// of someone of theirs.
enum AdviceQuestionRules {
  /// The words that put the fix, as written, when the question is advice; nil otherwise.
  static func advice(in reading: QuestionReading) -> String? {
    let start: Int
    switch reading.opener {
    case .questionWord(let index), .auxiliary(let index): start = index
    case .statement, .fragment: return softenedCommand(in: reading)
    case .presumption, .request, .none: return nil
    }
    let words = reading.words[start..<reading.core.upperBound].map { chatSpellings[$0] ?? $0 }
    for (opening, act) in allOpenings {
      guard words.starts(with: opening) else { continue }
      var next = opening.count
      while next < words.count, softeners.contains(words[next]) { next += 1 }
      // "how about you ring them": the listener named, then the act; "how about you?" turns
      // the talk to them and puts nothing.
      var act = act
      if act != .deed, act != .verb, next + 1 < words.count, listener.contains(words[next]) {
        (next, act) = (next + 1, .deed)
      }
      guard next < words.count, act.puts(words[next]),
        !barrierOpenings.contains(opening)
          || words[opening.count..<next].contains(where: pushingSofteners.contains)
      else { continue }
      // "what about a brew?" offers the asker's own kindness, not a fix.
      if act == .option, OfferRules.isOffer(reading) { return nil }
      return reading.tokens[start..<start + opening.count].joinedText
    }
    return nil
  }

  /// The words of a command softened and put with a question mark ("maybe just try it for a
  /// week?", "perhaps ring them first?"), through its verb; nil otherwise. The question mark
  /// asks only whether they will take the fix.
  private static func softenedCommand(in reading: QuestionReading) -> String? {
    let core = reading.core
    var verb = core.lowerBound
    while verb < core.upperBound, commandSofteners.contains(reading.words[verb]) { verb += 1 }
    guard verb > core.lowerBound, verb + 1 < core.upperBound,
      Act.verb.puts(reading.words[verb])
    else { return nil }
    return reading.tokens[core.lowerBound...verb].joinedText
  }

  /// Words that soften a command put as a question: "maybe just try …?".
  private static let commandSofteners: Set<String> = ["maybe", "perhaps", "just"]

  /// The open question to ask instead: what they have thought of themselves.
  static let suggestion = "What have you thought of trying so far?"

  /// What an opening must be followed by to put an act to the person.
  enum Act {
    /// A verb in its base form that does something: "ring", "ask"; not "like", "know".
    case deed
    /// A verb in its base form as the lexicon knows it, after "why not": "why not ask"; a noun
    /// there ("why not crypto?") asks of an option, not an act put to them.
    case verb
    /// An -ing form ("asking"), or the listener named and then a deed ("you ring them").
    case doing
    /// What `doing` takes, or a thing offered in its place: "a smaller one", "another go".
    case option
    /// A verb of acting towards someone or something, base or past, after "what if you":
    /// "tell", "told", "rang"; anything else supposed ("what if you won", "what if you found
    /// out") asks of what would follow, not a fix.
    case supposedAct

    /// Whether a word, after the opening, puts an act.
    func puts(_ word: String) -> Bool {
      switch self {
      case .deed:
        // Chat's verbs may be missing from the lexicon ("text"): after "why don't you" any word
        // of content but a state or the listeners named is the act.
        !AdviceQuestionRules.states.contains(word)
          && !AdviceQuestionRules.addressees.contains(word)
          && (Lexicon.verbReadings(of: word).contains { $0.form == .base }
            || Lexicon.verbReadings(of: word).isEmpty && word.allSatisfy(\.isLetter)
              && !FunctionWords.isFunctionWord(word))
      case .verb:
        !AdviceQuestionRules.states.contains(word)
          && Lexicon.verbReadings(of: word).contains { $0.form == .base }
      case .doing:
        Lexicon.verbReadings(of: word).contains { $0.form == .presentParticiple }
      case .option:
        AdviceQuestionRules.indefinites.contains(word) || Act.doing.puts(word)
      case .supposedAct:
        Lexicon.verbReadings(of: word).contains {
          ($0.form == .base || $0.form == .past) && AdviceQuestionRules.fixingActs.contains($0.base)
        }
      }
    }
  }

  /// Words as people type them fast, written out: "u" for "you".
  private static let chatSpellings = ["u": "you", "dont": "don't", "ya": "you"]

  /// How advice opens as a question, and what must follow for it to put an act.
  private static let openings: [([String], Act)] = [
    (["why", "don't", "you"], .deed), (["why", "do", "n't", "you"], .deed),
    (["why", "not"], .verb),
    (["have", "you", "tried"], .doing), (["have", "you", "ever", "tried"], .doing),
    (["did", "you", "try"], .doing), (["have", "you", "thought", "about"], .doing),
    (["have", "you", "thought", "of"], .doing), (["have", "you", "considered"], .option),
    (["have", "you", "looked", "into"], .doing), (["how", "about"], .doing),
    (["what", "about"], .option),
    // "what if you just told him how you feel?": a fix put as a supposition.
    (["what", "if", "you"], .supposedAct),
  ]

  /// The openings, with those that ask what holds the person back.
  private static let allOpenings = openings + barrierOpenings.map { ($0, Act.doing) }

  /// Openings that ask what holds the person back ("what's stopping you from moving?"), which
  /// put a fix only when a softener pushes it: "what's stopping you from just getting a cleaner?".
  private static let barrierOpenings: [[String]] = [
    ["what's", "stopping", "you", "from"], ["what", "'s", "stopping", "you", "from"],
    ["what", "is", "stopping", "you", "from"], ["what", "stops", "you", "from"],
  ]

  /// Softeners that push the act as the easy fix: "just", "simply".
  private static let pushingSofteners: Set<String> = ["just", "simply"]

  /// Words that offer a thing not yet theirs: "what about a smaller flat", "another one".
  private static let indefinites: Set<String> = ["a", "an", "another", "some"]

  /// Words that soften the act without changing it: "why don't you just ring".
  private static let softeners: Set<String> = ["just", "maybe", "simply", "at", "least"]

  /// The listeners named after "why don't you", or a reproach: "why don't you two", "why don't
  /// you ever".
  private static let addressees: Set<String> = [
    "guys", "two", "both", "all", "lot", "ever", "lads",
  ]

  /// The listener named before the act: "how about you ring them". "How about we leave at 7?"
  /// puts a plan of the two of them, for them to take or change: no fix of theirs.
  private static let listener: Set<String> = ["you"]

  /// Verbs of acting towards someone or something, the fixes "what if you …" puts: "what if
  /// you just told him", "what if you rang them"; with the verbs that pass a message on.
  private static let fixingActs = Set(MessageVerbs.verbs).union([
    "ring", "call", "text", "talk", "speak", "say", "try", "move", "leave", "quit", "explain",
    "apologise", "apologize", "email", "message", "write", "sell", "stop", "invite", "offer",
  ])

  /// Verbs of a state of mind, whose reason is asked, not an act put: "why don't you like it".
  private static let states: Set<String> = [
    "like", "love", "hate", "trust", "believe", "think", "want", "feel", "know", "care",
    "agree", "understand", "mind", "see", "need", "remember", "realise", "realize", "get",
    "be", "have", "seem", "mean", "accept",
  ]
}
