/// Judges a reflection simple or complex by what it adds to what the other person said.
///
/// A reflection is complex when it names what lies under their words — a feeling ("worried",
/// "proud"), a value or meaning ("matters to you", "important to you"), what a thing costs them
/// or does to them ("it's costing you"), or the other side of their ambivalence ("part of you",
/// "at the same time", "and yet") — that they did not say themselves; a likeness they did not draw ("you were like a machine"); a reframe that weighs
/// one side of what they said against another (`ReflectionReframe`); or when most of its
/// content words are not theirs, so that it says what they meant in words of its own. It is
/// simple when it keeps to their words.
///
/// Without their words (`after` is nil) only the first test can be made: a reflection is then
/// complex when it names a feeling, a value, a consequence or another side at all.
enum ReflectionDepthRules {
  /// The depth of a reflection.
  /// - Parameters:
  ///   - words: the reflection's words in lowercase, as the tokenizer splits them.
  ///   - after: the words of what the other person last said, or nil when unknown.
  static func depth(of words: [String], after: [String]?) -> ReflectionDepth {
    // Setting one side of what they said against another reads which one they lean on; a
    // guess at how their lot feels, or the worst of it named when they did not name it ("so
    // the mornings are the hardest"), goes under their words; so does a feeling they did not
    // name, guessed at alone ("feel watched?").
    if ReflectionReframe.reframes(words) && !ReflectionReframe.flips(words, heard: after)
      || EmpathicGuess.guesses(words)
      || TentativeFeeling.namesAnew(words, heard: after)
      || (ReflectionCues.namesHardship(words) && !ReflectionCues.namesHardship(after ?? []))
    {
      return .complex
    }
    let heard = Set(((after ?? []) + SaidOtherwise.words(in: after ?? [])).map(stem))
    let stems = words.map(stem)
    guard let after, !after.isEmpty else {
      // Without their words, a short line or one that reports what they said ("You said …")
      // repeats; one that names what lies under it goes further. A frame ("it sounds like")
      // only says the line gives back, and "to you" of whom an act reached ("nobody listens to
      // you") tells their story: neither goes under it.
      let isRepeat =
        words.filter(isContentWord).count < shortReflection
        || !repeatCues.matches(in: stems).isEmpty
      let namesMore = depthCues.matches(in: stems).contains { index in
        !framing.contains(index) && (index != towardThem || isStandpoint(words))
      }
      let isStrong = !strongCues.matches(in: stems).isEmpty
      return isStrong || comparison(in: words) != nil
        || clauses(of: words).contains(where: namesUnreported)
        || (namesMore && !isRepeat)
        ? .complex : .simple
    }
    // A likeness they did not draw themselves ("like a treadmill") pictures what they said.
    if let likeness = comparison(in: words), !heard.contains(stem(words[likeness])) {
      return .complex
    }
    // A likeness offered for what they said ("it's like the shed is the one place that's
    // yours") reads what it means to them, once it says anything of its own.
    if Likeness.offered(in: words),
      words.contains(where: { isContentWord($0) && !heard.contains(stem($0)) })
    {
      return .complex
    }
    // Their words known, a frame ("it sounds like") only says the line gives back: what
    // follows it decides.
    let added = depthCues.matches(in: stems).contains { index in
      !framing.contains(index) && !entries[index].words.allSatisfy(heard.contains)
        && (index != towardThem || isStandpoint(words))
    }
    if added || namesUnsaidFeeling(words, heard: heard) { return .complex }
    let content = words.filter(isContentWord).map(stem)
    let new = content.filter { !heard.contains($0) }
    return new.count >= minimumNewWords && new.count * 2 > content.count ? .complex : .simple
  }

  /// Whether a clause names what goes on in them, a feeling or a consequence, and does not
  /// report that they said it ("you said you were gutted"). "That's a bummer", "must be scary":
  /// a feeling named goes under their words however short the line is; so does what a thing
  /// costs them or does to them ("that could make a big difference", "might get you into
  /// trouble").
  private static func namesUnreported(_ clause: ArraySlice<String>) -> Bool {
    let words = Array(clause)
    let stems = words.map(stem)
    guard repeatCues.matches(in: stems).isEmpty else { return false }
    return namesInnerState(words) || !feelingCues.matches(in: stems).isEmpty
      || !consequenceCues.matches(in: stems).isEmpty
  }

  /// A line's sentences and the clauses a conjunction after a comma, or one of contrast ("but",
  /// "yet", "though"; `ReflectionWriter.contrasts`) opens: a
  /// report ("you mentioned your sister") covers its own clause, not the feeling named in the
  /// next ("and it sounds like that still stings").
  private static func clauses(of words: [String]) -> [ArraySlice<String>] {
    var clauses: [ArraySlice<String>] = []
    var start = words.startIndex
    for index in words.indices {
      let afterComma = index > start && words[index - 1] == ","
      let opensClause =
        (ReflectionWriter.contrasts.contains(words[index])
          && (afterComma || !trailingContrasts.contains(words[index])))
        || (afterComma && clauseConjunctions.contains(words[index]))
      if sentenceEnds.contains(words[index]) || opensClause, index > start {
        clauses.append(words[start..<index])
        start = index
      }
    }
    clauses.append(words[start...])
    return clauses
  }

  /// Marks that end a sentence.
  private static let sentenceEnds: Set<String> = [".", "!", "?", ";"]

  /// Contrasts that also end a clause as an adverb ("I'm confused though, because …"): they
  /// open one only after a comma.
  private static let trailingContrasts: Set<String> = ["though"]

  /// Conjunctions that open a clause of its own after a comma: ", and it sounds like …".
  private static let clauseConjunctions: Set<String> = ["and", "so"]

  /// Whether the person is the subject of a verb of wanting, feeling or minding ("You want this
  /// baby", "you're worried about him", "you don't really care for it"): the line names what
  /// goes on in them, which they rarely say in so many words, however short it is.
  static func namesInnerState(_ words: [String]) -> Bool {
    for (index, word) in words.enumerated() where word == "you" {
      var verb = index + 1
      while verb < words.count, innerStateGaps.contains(words[verb]) { verb += 1 }
      if verb < words.count, innerStates.contains(stem(words[verb])) { return true }
    }
    return false
  }

  /// Whether the line says what the person feels in a word they did not use ("you feel
  /// invisible" after "nobody listens to me"): the feeling under their words, named.
  static func namesUnsaidFeeling(_ words: [String], heard: Set<String>) -> Bool {
    for (index, word) in words.enumerated() where word == "you" {
      var next = index + 1
      var feels = false
      while next < words.count, innerStateGaps.contains(words[next]) {
        feels = feels || feelingVerbs.contains(words[next])
        next += 1
      }
      if feels, next < words.count, isContentWord(words[next]), !heard.contains(stem(words[next])) {
        return true
      }
    }
    return false
  }

  /// Whether "to you" says how a thing looks from where they stand ("odd to you", "a big deal
  /// to you"), rather than whom an act reached ("nobody listens to you", "he said it to you"),
  /// which is their story told back.
  private static func isStandpoint(_ words: [String]) -> Bool {
    words.indices.dropFirst().dropLast().contains { index in
      words[index] == "to" && words[index + 1] == "you"
        && Lexicon.verbReadings(of: words[index - 1]).allSatisfy { $0.form == .base }
    }
  }

  /// The index among `entries` of "to you".
  private static let towardThem = entries.firstIndex { $0.words == [stem("to"), stem("you")] }

  /// Verbs that say a feeling follows: "you feel", "you're feeling".
  private static let feelingVerbs = FeelVerb.forms

  /// Where the thing stands that a reflection likens their words to: "you were like a
  /// wind-up toy", "it's kind of like the first day at school" → the word after the article.
  /// "Like" here is a preposition before a noun phrase, not the verb of a subject ("you like
  /// the taste", "I'd like a break") nor a frame of giving back before a clause ("sounds like
  /// you're tired").
  static func comparison(in words: [String]) -> Int? {
    for index in words.indices.dropLast(2) where words[index] == "like" {
      let before = index > words.startIndex ? words[index - 1] : ""
      // "must like", "do like" like; "is like", "was like" liken.
      let helper = FunctionWords.auxiliary(before)?.kind
      guard likenessArticles.contains(words[index + 1]), !likingSubjects.contains(before),
        helper != .modal, helper != .do
      else { continue }
      return index + 2
    }
    return nil
  }

  /// Words that open the noun phrase of a likeness: "like a", "like the", "like being".
  private static let likenessArticles: Set<String> = ["a", "an", "the", "being"]

  /// Words before "like" that make it the verb of liking: "you like", "don't like".
  private static let likingSubjects: Set<String> = [
    "i", "you", "we", "they", "he", "she", "who", "'d", "not", "n't", "really", "also",
    "people", "kids", "folks",
  ]

  /// Whether a word names a feeling, a value or a state of mind ("worried", "matters",
  /// "want"): what a complex reflection adds to their words by design.
  static func namesFeelingOrValue(_ word: String) -> Bool {
    let stemmed = stem(word)
    return innerStates.contains(stemmed) || feelingOrValueWords.contains(stemmed)
  }

  /// The one-word feelings, stemmed; with the one-word values, what a reflection may name.
  static let oneWordFeelings = Set(feelings.filter { !$0.contains(" ") }.map(stem))
  private static let feelingOrValueWords = oneWordFeelings.union(
    values.filter { !$0.contains(" ") }.map(stem))

  /// Words that may stand between "you" and its verb of inner state: "you 're really", a guess
  /// ("you must like", "you 're probably worried") or a denial ("you 're not convinced").
  private static let innerStateGaps: Set<String> = [
    "'re", "are", "do", "don't", "'ve", "have", "really", "just", "also", "still", "kind",
    "sort", "of", "feel", "feeling", "felt", "seem", "sound", "truly", "genuinely", "'d", "would",
    "must", "probably", "might", "may", "not", "n't", "never", "consciously", "both", "all",
  ]

  /// Verbs and adjectives of wanting, feeling and minding, stemmed.
  private static let innerStates: Set<String> = Set(
    [
      "want", "wanna", "care", "worry", "worried", "need", "hope", "wish", "like", "love", "hate",
      "fear", "afraid", "scared", "concerned", "enjoy", "miss", "prefer", "value", "trust",
      "frustrated", "tired", "proud", "guilty", "ashamed", "sure", "unsure", "confident",
      "ready", "determined", "committed", "torn", "stuck", "upset", "angry", "sad", "happy",
      "excited", "nervous", "anxious", "comfortable", "uncomfortable", "struggling",
      "convinced", "trying", "interested", "shocked", "surprised", "relieved",
    ].map(stem))

  /// The feelings, values, sides of ambivalence, meanings and consequences a complex reflection
  /// names, their words stemmed.
  static let entries: [UtteranceCue] = stemmed(
    feelings + values + ambivalence + meanings + consequences)

  /// The phrases as cues, their words stemmed.
  private static func stemmed(_ phrases: [String]) -> [UtteranceCue] {
    phrases.map {
      UtteranceCue($0.split(separator: " ").map { stem(String($0)) }.joined(separator: " "), 1)
    }
  }

  /// Feelings under what was said.
  static let feelings = [
    "worried", "worry", "afraid", "scared", "frightened", "frustrated", "frustrating", "angry",
    "upset", "sad", "hurt", "proud", "excited", "hopeful", "anxious", "stressed", "overwhelmed",
    "overwhelming", "lonely", "guilty", "ashamed", "embarrassed", "relieved", "torn",
    "confused", "disappointed", "nervous", "exhausted", "tired", "fed up", "stuck", "hopeless",
    "helpless", "annoyed", "resentful", "jealous", "uneasy", "uncomfortable", "discouraged",
    "pressure", "unfair", "feel", "feeling", "feels", "scary", "frightening", "rough", "tough",
    "painful", "awful", "terrible", "difficult", "stressful", "upsetting", "heartbreaking",
    "devastating", "shock", "shocked", "shocking", "surprised", "surprising", "bummer",
    "exhausting", "draining", "a pain", "a relief", "a struggle", "a blow", "brutal", "be hard",
    "been hard", "so hard", "really hard", "'s hard", "is hard", "was hard", "a hard", "quite hard",
    "pretty hard", "too hard", "it hard", "harder to", "worn out", "burnt out", "burned out",
    "run down", "wiped out", "sick of", "drained", "knackered", "shattered", "gutted", "a lot to",
    // Money worry, named for them: "things are tight", "you're skint till payday".
    "tight", "skint", "strapped",
    // What a thing does to how they feel: "it scares you", "the noise gets to you".
    "scare", "frighten", "terrify", "bother you", "bothers you", "get to you", "gets to you",
    "weigh on", "weighs on", "eat at you", "eats at you", "sting", "stung",
    // Idioms of worry and of being worn out: "it keeps you up at night", "you've had enough".
    "up at night", "had enough", "wear you down", "wearing you down", "grind you down",
  ]

  /// What matters to them, and what it means.
  private static let values = [
    "matters", "matter", "important", "value", "values", "care about", "cares about",
    "means a lot", "meaning", "respect", "fairness", "freedom", "safety", "security",
    "trust", "identity", "the kind of", "who you are", "deserve", "want to be", "really want",
    "fit with", "fit for", "fit in", "n't fit", "make sense", "see yourself", "how you see",
  ]

  /// The other side of their ambivalence, and what the reflection reads between the lines.
  private static let ambivalence = [
    "part of you", "on the one hand", "on the other hand", "at the same time", "and yet",
    "even though", "although", "torn between", "sounds like", "seems like", "i get the sense",
    "i get the feeling", "i 'm picking up", "wondering", "hoping",
  ]

  /// What a reflection reads into their words: what they want or hope for, a guess at it put
  /// softly, the reason or condition behind it, what it says of their life, the amplified
  /// ("really") form of what they said, a change over time ("now", "anymore"), how a thing
  /// looks from where they stand ("odd to you"), and a link between things they said.
  private static let meanings = [
    "want", "wanna", "'d like", "'d rather", "would rather", "wish", "hope", "kind of",
    "sort of", "i guess", "perhaps", "maybe", "because", "'cause", "if", "life", "concerned",
    "really", "the way", "the idea", "now", "anymore", "any more", "used to", "no longer",
    "starting to", "beginning to", "to you", "probably",
    // A link they did not draw between two things of theirs: "christmas is tied up with him
    // for you".
    "tied up with", "tied to", "bound up with", "wrapped up in", "linked to", "linked with",
    "connected to", "connected with",
    // A link between cause and outcome they did not spell out: "and that's why you left".
    "that 's why", "which is why", "that 's what", "which means", "means that",
  ]

  /// What a thing costs them or does to them, which they did not spell out: "it's costing you
  /// your weekends", "that could make a big difference", "might land you in trouble". Stemmed,
  /// "costs you" is "cost you" and "makes a difference" "make a difference".
  private static let consequences = [
    "causes", "leads to", "led to", "end up", "costing you", "cost you", "make a difference",
    "make a big difference", "make all the difference", "affected", "affects", "affecting",
    "an impact on", "a toll on", "effect on", "you into trouble", "you in trouble", "you at risk",
  ]

  /// Ways of saying that the line reports their words: a simple reflection, without their words
  /// to compare.
  private static let repeats = [
    "you said", "you say", "you mentioned", "you told", "you 've said", "you 're saying",
    "you 've told", "you 've mentioned", "you were saying", "you were talking", "you talked",
    "you talk about", "you 've talked", "we talked", "i hear", "i 'm hearing",
  ]

  /// What makes a reflection complex however short it is, or however it reports: their
  /// ambivalence, and what matters to them ("your health is important to you", "so the
  /// garden's important").
  private static let strong = [
    "part of you", "on the one hand", "on the other hand", "at the same time", "torn between",
    "important to you", "matters to you", "matter to you", "means a lot to you", "important",
    "matters",
  ]

  /// Frames that say a line gives back, and read between the lines only when what they
  /// frame cannot be compared with what was said.
  private static let frames = ["sounds like", "seems like", "i get the sense", "i 'm picking up"]

  /// The indices among `entries` of the frames.
  private static let framing: Set<Int> = Set(
    stemmed(frames).compactMap { frame in entries.firstIndex { $0.words == frame.words } })

  private static let depthCues = UtteranceCues(entries)
  /// The feelings as cues, without the bare verb of feeling ("you feel …"), which frames.
  private static let feelingCues = UtteranceCues(
    stemmed(feelings.filter { !["feel", "feeling", "feels"].contains($0) }))
  private static let consequenceCues = UtteranceCues(stemmed(consequences))
  private static let repeatCues = UtteranceCues(stemmed(repeats))
  private static let strongCues = UtteranceCues(stemmed(strong))

  /// Fewer content words than this make a line a repeat when their words are not known.
  private static let shortReflection = 3

  /// At least this many new content words make a reflection say things its own way.
  private static let minimumNewWords = 3

  /// Whether a word carries content: not a function word, a clitic or punctuation.
  private static func isContentWord(_ word: String) -> Bool {
    guard let first = word.first, first.isLetter || first.isNumber else { return false }
    return !FunctionWords.isFunctionWord(word) && !reflectionFrame.contains(word)
  }

  /// Words that frame a reflection rather than carry what it says.
  private static let reflectionFrame: Set<String> = [
    "so", "okay", "ok", "yeah", "hmm", "mm-hmm", "um", "uh", "really", "just", "kind", "sort",
    "like", "sounds", "seems", "you're", "you've", "it's", "that's",
    // Words that weigh what they said rather than add to it: "mostly the speed, minutes rather
    // than days".
    "mostly", "mainly", "rather", "instead", "more", "less", "pretty", "quite", "very",
  ]

  /// A word without a plural or third-person "s", so "worries" meets "worry" and "kids" "kid".
  static func stem(_ word: String) -> String {
    if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
    return word
  }
}
