/// The one well-formedness rule every frame of a reflection passes: the words put in a frame's
/// slot must be what the slot is made for. A frame made for a clause ("So …", "You're saying
/// …", "So you think …") takes a subject and a finite verb: "You're saying still think it
/// counts." is a fragment pasted in. A frame made for a noun phrase ("it's …, not …", "it
/// comes down to …") takes no clause of its own: "it's the problem it's the rota" is two
/// sentences glued.
extension ReflectionCheck {
  /// What a frame's slot is made to hold.
  enum Slot: Sendable {
    /// A subject and a finite verb.
    case clause
    /// A thing named, with at most a relative clause whose object is the thing itself.
    case nounPhrase
    /// A clause whose subject the frame already named: "So you think you …" is a view of
    /// theirs about themselves, never a stance, a feeling or a plan told as one ("So you
    /// think you don't know why …", "So you think you're going to ring her").
    case stance
  }

  /// The frames reflections and suggested lines are said in, with what each one's slot takes.
  /// The longest opening that starts a line is its frame.
  static let frames: [(opening: String, slot: Slot)] = [
    ("So for you it comes down to ", .nounPhrase),
    ("So a lot of it comes from ", .nounPhrase),
    ("So you think it's likely that ", .clause),
    ("So you think ", .clause),
    ("So you think you ", .stance),
    ("So you think you'", .stance),
    ("So, as you said, ", .clause),
    ("So it's that ", .clause),
    ("So ", .clause),
    ("You're saying ", .clause),
    ("In your experience, ", .clause),
    ("For you, ", .clause),
  ]

  /// What follows "So you think you" when it says how they stand, feel or plan, not what they
  /// think: a frame of thinking around it says the same twice or makes a plan a view.
  static let stanceOpenings: [String] = [
    "do not know ", "don't know ", "dont know ", "think ", "feel ", "wish ", "wonder ", "hope ",
    "are not sure ", "re not sure ", "are going to ", "re going to ", "re gonna ", "ll ", "will ",
    "miss ", "hate ", "love ", "want ",
  ]

  /// Marks after which a frame's slot has ended: a second sentence, or what is added to it.
  static let slotEnds: Set<String> = [".", "!", "?", ":", ";", "\u{2014}"]

  /// Whether a line said in one of the `frames` has its slot filled with what it takes; a
  /// line in no frame passes.
  static func isFramedWell(_ line: String) -> Bool {
    guard
      let frame = frames.filter({ line.hasPrefix($0.opening) })
        .max(by: { $0.opening.count < $1.opening.count })
    else { return true }
    let tokens = Tokenizer.tokenize(String(line.dropFirst(frame.opening.count)))
    let slot = Array(tokens.prefix { !slotEnds.contains($0.text) })
    return fills(slot, frame.slot)
  }

  /// Whether words, as given back, fill a slot of the kind.
  static func fills(_ tokens: [Token], _ slot: Slot) -> Bool {
    // "maybe it's …": a doubt before the clause is its own, and no part of its subject.
    let words = Shorthand.expanded(
      Array(tokens.drop { ReflectionWriter.doubtHedges.contains($0.lowercased) }))
    guard !words.isEmpty else { return false }
    switch slot {
    case .clause:
      // "still think the park should stay open", "still think weekly is …": a stance verb
      // first has lost its subject.
      let adverbs = words.prefix { ReflectionWriter.stanceAdverbs.contains($0.lowercased) }
      let losesSubject =
        adverbs.count < words.count && !adverbs.isEmpty
        && ReflectionWriter.stanceVerbs.contains(words[adverbs.count].lowercased)
      guard !losesSubject, !ReflectionWriter.opensOnStanceVerb(words), !leansOutside(words),
        !isSubordinateOnly(words)
      else { return false }
      // "at your school they …", "most of them cope, but you never could": the clause after
      // the scene it sets, or before what is joined to it, is the one that must read.
      let opensOnScene = words.first.map { FunctionWords.prepositions.contains($0.lowercased) }
      let subject = words.firstIndex { isPersonalSubject($0.lowercased) }
      let scene =
        opensOnScene == true && subject != nil
        ? subject ?? 0 : AnswerMoveReader.sceneLength(of: words)
      let firstPart = Array(words.prefix { $0.text != "," })
      return reads(words) || (scene > 0 && reads(Array(words[scene...]))) || reads(firstPart)
    case .nounPhrase:
      return isNounPhrase(words)
    case .stance:
      let lowered = tokens.joinedText.lowercased() + " "
      return !stanceOpenings.contains { lowered.hasPrefix($0) }
    }
  }

  /// Whether words name a thing: no finite verb, or one only in a clause that tells which
  /// thing ("the tipping you hate", "the way they talk to you"), whose object is the thing
  /// named, so no noun phrase follows its verb.
  static func isNounPhrase(_ tokens: [Token]) -> Bool {
    guard let last = tokens.last(where: \.isWord), !danglingEnds.contains(last.lowercased)
    else { return false }
    guard let verb = ClauseParser.finiteVerbIndex(in: tokens), verb > 0 else { return true }
    // "that the screen guilts you", "how they talk": a clause named as a thing is one.
    if nominalClauseOpeners.contains(tokens[0].lowercased) { return true }
    guard verb + 1 < tokens.count else { return true }
    // "the rent is too high": the thing named is the verb's own subject, and the words a
    // clause; "the tipping you hate", "the stuff my boss says", "the people who run it", "the
    // way things are" name who does it after the thing.
    let between = tokens[1..<verb]
    let namesItsOwnSubject = between.enumerated().contains { offset, token in
      let word = token.lowercased
      return FunctionWords.relativePronouns.contains(word)
        || FunctionWords.subjectPronouns[word] != nil || FunctionWords.beginsNounPhrase(token)
        || (offset + 1 < between.count && clauseNouns.contains(word))
    }
    guard namesItsOwnSubject else { return false }
    let next = tokens[verb + 1]
    return
      !(FunctionWords.beginsNounPhrase(next)
      || FunctionWords.objectPronouns.contains(next.lowercased) || next.kind == .number)
  }

  /// Words that open a clause standing as a thing named: "that …", "how …", "what …".
  static let nominalClauseOpeners: Set<String> = [
    "that", "how", "what", "whether", "why", "when", "where", "who",
  ]

  /// Whether a subject and "be" after a noun start a second sentence: "the problem it's the
  /// rota" is two, as "problem" takes no clause and "be" names what the noun is; "the way it
  /// is", "the reason it's a mess" are one.
  static func gluesSecondClause(_ tokens: [Token], at subject: Int, after noun: String) -> Bool {
    guard !clauseNouns.contains(noun), subject + 2 < tokens.count,
      beForms.contains(tokens[subject + 1].lowercased)
    else { return false }
    return FunctionWords.beginsNounPhrase(tokens[subject + 2])
  }

  /// Whether a verb of saying, thinking or knowing comes before the subject at `subject` in
  /// the clause's rest, so the clause there is what was said or known and no second sentence:
  /// "told my boss it was over", "said to my sister it was a scam", "have warned him it's".
  static func reportsClause(_ clause: Clause, before subject: Int) -> Bool {
    var bases = clause.rest[..<subject].filter(\.isWord).flatMap {
      Lexicon.verbReadings(of: $0.lowercased).map(\.base)
    }
    if case .lexical(let base, _) = clause.verb { bases.append(base) }
    return bases.contains(where: objectClauseVerbs.contains)
  }

  /// Verbs a clause may follow after their object, without "that": "tell her it's fine".
  static let objectClauseVerbs = clauseVerbs.union([
    "warn", "promise", "remind", "convince", "assure", "show", "teach", "text", "write",
    "inform", "persuade",
  ])

  /// Whether a word is only an adverb, which stands anywhere without joining clauses:
  /// "strictly", "honestly".
  static func isAdverbOnly(_ token: Token) -> Bool {
    token.isWord && Lexicon.classes(of: token.lowercased) == .adverb
  }

  /// Nouns a clause may follow without "that": "the way they talk", "the day it shut".
  static let clauseNouns: Set<String> = [
    "way", "reason", "time", "times", "day", "days", "moment", "place", "minute", "second",
    "year", "week", "night", "morning", "fact", "feeling", "sense", "chance", "idea", "thing",
    "things", "kind", "sort", "bit", "part", "one",
  ]

  /// Forms of "be" that name what a subject is.
  static let beForms: Set<String> = ["'s", "is", "was", "'re", "are", "were"]
}
