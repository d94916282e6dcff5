/// Reads what the sentences of a line that asks nothing do from how they are built, not from
/// the words they happen to use: each sentence's main clause is taken apart by `ClauseParser`,
/// and who it is about (`SubjectRole`) and how its verb opens (`ClauseShapeRules`) send a
/// signal. A command ("Try the stairs") advises; "some people …, others …" sets out options;
/// a generic clause about a thing, in the present or with "can", "will" or "may", that says
/// nothing of the person ("Alcohol can raise blood pressure") informs; a want said as "I" in
/// a line with no "you" ("I want to be more active") voices the person, which gives back.
///
/// Words that open a turn without saying anything ("okay", "so", "well", "um") are passed
/// over first; a frame of the speaker's view ("I think", "I'd say") is read through to the
/// clause it frames, so "I think you should rest" advises and "I think it's a lot" is an
/// opinion.
enum UtteranceStructure {
  /// What the sentences' shapes say, each sentence once.
  /// - Parameter words: the words of every sentence, in lowercase, as the tokenizer splits them.
  static func signals(in words: [String]) -> [UtteranceSignal] {
    var signals: [UtteranceSignal] = hasOptions(words) ? [options] : []
    var start = words.startIndex
    var read = 0
    while start < words.endIndex, read < sentencesRead {
      let end = words[start...].firstIndex(where: sentenceEnds.contains) ?? words.endIndex
      // What a clause is about and how its verb opens are found in its first words; tagging
      // a long sentence whole would cost more than the rest of the critique.
      let opening = words[start..<min(end, start + wordsRead)]
      if let signal = signal(of: opening, in: words) { signals.append(signal) }
      start = end + 1
      read += 1
    }
    return signals
  }

  /// The signal of one sentence, or nil when its shape says nothing.
  private static func signal(of sentence: ArraySlice<String>, in line: [String])
    -> UtteranceSignal?
  {
    var words = withoutOpeners(sentence)
    // A sentence that carries on from before ("-and get you into trouble", "And take the
    // kids"), often the other person's own, commands and states nothing of its own.
    let carriesOn = sentence[sentence.startIndex..<words.startIndex].contains(
      where: continuations.contains)
    var framedByView = false
    if let frame = viewFrames.first(where: { words.starts(with: $0) }) {
      words = withoutOpeners(words.dropFirst(frame.count))
      if words.first == "that" { words = words.dropFirst() }
      framedByView = true
    }
    let signal = clauseSignal(of: words, in: line, carriesOn: carriesOn)
    guard framedByView else { return signal }
    // "Honestly, you're overreacting": a verdict on them keeps its weight inside a frame, as a
    // clause about them does ("I think you're worn out"). One about their people or things ("I
    // reckon your brother's having you on") is the speaker's view of it, whatever it shares.
    switch signal {
    case .states(.advice, _), .states(.opinion, _), .givesBack(ClauseShapeRules.addresseeWeight...):
      return signal
    default: return .states(.opinion, 2)
    }
  }

  /// The signal of a clause's shape.
  private static func clauseSignal(
    of words: ArraySlice<String>, in line: [String], carriesOn: Bool
  ) -> UtteranceSignal? {
    guard words.count > 1 else { return nil }
    guard let clause = ClauseParser.parse(tokens(of: words)) else {
      // "go and see your aunt on sunday": two commands joined parse as no clause; the tagger's
      // opening base verb still says what the line does.
      let commands = !carriesOn && isCommand(words) && opensWithBaseVerb(words)
      return commands ? .states(.advice, 3) : nil
    }
    let subject = clause.subject.map(\.lowercased)
    let role = SubjectRole(subject: subject)
    let verbIndex =
      words.startIndex + clause.lead.count + clause.subject.count + clause.beforeVerb.count
    let predicate = words[verbIndex...].filter { !ClauseShapeRules.skippedAdverbs.contains($0) }
    // A command with a clause in it ("Tell me what you're doing", "Find out if it's covered")
    // can be read as a subject and a verb: the tagger, which reads an opening base verb as one,
    // has the last word.
    // "just get one, try it, you can always return it": a subject after a comma is a later
    // clause's; the sentence opens with the command.
    if !carriesOn, isCommand(words),
      role == .none || clause.lead.contains(where: { $0.text == "," })
        || (subject.count > 1 && opensWithBaseVerb(words))
    {
      return .states(.advice, 3)
    }
    if role == .none { return nil }
    if isVoicedForThem(subject: subject, role: role, predicate: predicate, line: line) {
      return voicedForThem
    }
    if let signal = ClauseShapeRules.signal(role: role, predicate: predicate) { return signal }
    if !carriesOn, isVerdictOnAKind(clause, role: role, subject: subject, predicate: predicate) {
      return verdict
    }
    if ListenerComparison.compares(clause, role: role, predicate: predicate) {
      return ListenerComparison.signal
    }
    let isGeneric =
      !carriesOn && words.count >= genericLength
      && isGenericFact(clause, role: role, subject: subject, line: line)
    return isGeneric ? .states(.information, 2) : nil
  }

  /// Whether a clause with no subject tells the person what to do: it opens with a verb in its
  /// base form ("Try", "Don't worry", "Just ask"), not one that leads into what follows
  /// ("Look, …", "Say …", "Sort of …"), nor "let's", which steers, nor a noun that is a verb too
  /// before "of" ("Part of the culture").
  private static func isCommand(_ words: ArraySlice<String>) -> Bool {
    var words = words
    while let first = words.first, commandLeads.contains(first) { words = words.dropFirst() }
    guard let verb = words.first, !notCommands.contains(verb),
      let next = Optional(words.dropFirst().first ?? ""), next != "of",
      !(next == "on" && particleVerbs.contains(verb)),
      verb == "do" || verb == "be"
        || Lexicon.verbReadings(of: verb).contains(where: { $0.form == .base })
    else { return false }
    return true
  }

  /// Whether a clause speaks in the other person's voice: "I want to be more active", "Part of
  /// me wants to stop", in a line that says nothing to "you". A listener gives back a want or a
  /// side of ambivalence in the first person; their own view comes framed ("I think") and
  /// their plans for the person name them ("I want you to").
  private static func isVoicedForThem(
    subject: [String], role: SubjectRole, predicate: [String], line: [String]
  ) -> Bool {
    guard !line.contains(where: secondPerson.contains) else { return false }
    if subject.starts(with: ["part", "of", "me"]) { return true }
    return role == .speaker && voicedWants.contains { predicate.starts(with: $0) }
  }

  /// Verbs of wanting that, after "I" in a line with no "you", voice the other person.
  private static let voicedWants: [[String]] = [
    ["want"], ["wanna"], ["don't", "want"], ["do", "not", "want"], ["wish"],
  ]

  /// A line in their voice outweighs the speaker's first-person cues ("i want", "i", "my").
  private static let voicedForThem = UtteranceSignal.givesBack(8)

  /// Options set out are advice, whatever facts about people they are put in.
  private static let options = UtteranceSignal.states(.advice, 6)

  /// Whether a line sets out options: "some …" and then "others" or "other people" ("Some
  /// people quit at once, others cut down").
  private static func hasOptions(_ words: [String]) -> Bool {
    guard let some = words.firstIndex(of: "some") else { return false }
    return words[(some + 1)...].contains(where: otherSide.contains)
  }

  /// Whether the tagger reads the first word past the ones that lead into a command ("just",
  /// "don't") as a verb, which `isCommand` has found in its base form: "just take your nan …,
  /// sorted" commands, however its closing word is parsed.
  private static func opensWithBaseVerb(_ words: ArraySlice<String>) -> Bool {
    let first = Tagger.tags(of: tokens(of: words.drop(while: commandLeads.contains))).first
    // "go and see your aunt": a base form tagged as a present verb opens no subject either.
    return first == .infinitive || first == .finiteVerb
  }

  /// Whether a clause states a general fact about a thing ("Alcohol raises your risk", "The
  /// patch can irritate skin"): in the present about a thing named without a determiner, or
  /// with a modal of what can happen; about nothing the line ties to the person spoken to, nor
  /// to someone in their story ("he", "they"). "It", "this" and "the sugar" in the present mostly
  /// echo what was said ("It counts", "The sugar helps too").
  private static func isGenericFact(
    _ clause: Clause, role: SubjectRole, subject: [String], line: [String]
  ) -> Bool {
    guard role == .impersonal || role == .other, !line.contains(where: secondPerson.contains),
      !subject.contains(where: { storyPronouns.contains($0) || $0 == "," })
    else { return false }
    let isBare = role == .other && !subject.contains(where: FunctionWords.isFunctionWord)
    switch clause.verb {
    case .modal(let modal): return possibilityModals.contains(modal) && (isBare || modal != "will")
    case .lexical(_, .thirdSingular), .lexical(_, .plural): return isBare
    case .be, .perfect, .lexical: return false
    }
  }

  /// Whether a clause weighs a kind of thing against another, as the speaker sees it: "second
  /// hand cots are just as good as new ones", "bikes are quicker than the bus". Its subject is
  /// a kind named bare, nobody's and no particular one ("the cot" and "my bike" are in their
  /// story); its verb is "be", and what follows compares ("as … as", "-er than").
  private static func isVerdictOnAKind(
    _ clause: Clause, role: SubjectRole, subject: [String], predicate: [String]
  ) -> Bool {
    guard role == .other, case .be = clause.verb, let last = subject.last, isPluralNoun(last),
      !subject.contains(where: FunctionWords.isFunctionWord)
    else { return false }
    let rest = predicate.dropFirst()
    if let equal = rest.firstIndex(of: "as"), rest[(equal + 1)...].dropFirst().contains("as") {
      return true
    }
    guard let than = rest.firstIndex(of: "than") else { return false }
    return rest[..<than].contains(where: Comparatives.isComparative)
  }

  /// Whether a word names many of a kind: a plural the lexicon knows ("bikes", "people"); a
  /// name that ends in -s ("James", "Lewis") names one person.
  private static func isPluralNoun(_ word: String) -> Bool {
    Lexicon.singular(of: word) != nil || Lexicon.classes(of: word).contains(.irregularPlural)
  }

  /// A verdict on a kind of thing outweighs the "you" of a condition in it ("if you check
  /// them over"), which speaks to nobody in particular.
  private static let verdict = UtteranceSignal.states(.opinion, 3)

  /// The words without the ones that open a turn and say nothing: "okay, so, um", and a name
  /// for the listener ("mate, just ring her").
  private static func withoutOpeners(_ words: ArraySlice<String>) -> ArraySlice<String> {
    var words = words
    while let first = words.first {
      if openers.contains(first) || Vocatives.words.contains(first)
        || first.first?.isLetter == false
      {
        words = words.dropFirst()
      } else if words.starts(with: ["all", "right"]) {
        words = words.dropFirst(2)
      } else {
        break
      }
    }
    return words
  }

  /// Tokens for words as the tokenizer split them: clitics and punctuation joined to the word
  /// before.
  private static func tokens(of words: ArraySlice<String>) -> [Token] {
    words.map { word in
      let first = word.first
      let kind: Token.Kind =
        first?.isNumber == true
        ? .number : first?.isLetter == true || first == "'" ? .word : .punctuation
      let joined = kind == .punctuation || first == "'" || word == "n't"
      return Token(word, kind: kind, hasSpaceBefore: !joined)
    }
  }

  /// Frames of the speaker's view, read through to the clause they frame.
  private static let viewFrames: [[String]] = [
    ["i", "think"], ["i", "believe"], ["i", "feel", "like"], ["i", "'d", "say"],
    ["i", "would", "say"], ["i", "reckon"], ["i", "suppose"], ["in", "my", "opinion"],
    ["personally"], ["honestly"], ["seriously"], ["frankly"], ["my", "sense", "is"],
    ["to", "be", "honest"],
  ]

  /// Words that open a turn, or a sentence, and say nothing of what it does.
  private static let openers: Set<String> = [
    "okay", "ok", "so", "yeah", "yes", "yep", "right", "well", "and", "but", "um", "uh", "umm",
    "mm-hmm", "mm", "hmm", "oh", "ah", "alright", "now", "sure", "then", "or", "like", "also",
  ]

  /// Words that lead into a sentence without commanding: "Look, …", "Say you quit", "Sort of
  /// a break".
  private static let notCommands: Set<String> = [
    "look", "listen", "see", "say", "mind", "guess", "mean", "know", "thank", "let", "feel",
    "sound", "seem", "wish", "hope", "bet", "imagine", "wonder", "sort", "kind",
  ]

  /// Verbs that with "on" ask for a moment or for more: "hang on", "go on", "come on".
  private static let particleVerbs: Set<String> = ["hang", "hold", "go", "come", "carry"]

  /// Words before a command's verb: "Don't", "Just", "Please".
  private static let commandLeads: Set<String> = [
    "don't", "do", "not", "never", "always", "just", "please", "maybe", "perhaps",
  ]

  /// Openers that carry a sentence on from before: a dash, "and", "or", "like".
  private static let continuations: Set<String> = ["-", "--", "—", "and", "or", "like"]

  /// Pronouns for someone in the other person's story: what is said of them is not general.
  private static let storyPronouns: Set<String> = [
    "he", "she", "they", "him", "her", "them", "i", "we",
  ]

  /// How many words a sentence needs to state a general fact: shorter ones ("Finger comes
  /// out.") mostly echo.
  private static let genericLength = 5

  /// Words that name the other side of "some people …": "others", "other people".
  private static let otherSide: Set<String> = ["others"]

  private static let secondPerson: Set<String> = ["you", "your", "yours", "yourself"]

  /// Modals of what can or will happen, in general.
  private static let possibilityModals: Set<String> = ["can", "may", "will"]

  /// How many sentences of a line are read, and how many words of each: a long turn's cues
  /// decide it anyway.
  private static let sentencesRead = 4
  private static let wordsRead = 14

  private static let sentenceEnds: Set<String> = [".", "!", "?", "…", ";"]
}
