/// The sources an answer cites, and how far the person trusts them: a source is one they learned
/// from, cited as such ("i read in the paper", "the study says"), never a thing in their story
/// ("wait for the post").
extension AnswerFollowUp {
  /// Nouns that name where a view comes from, a medium rather than a person: the noun phrase
  /// around one is what they are asked to weigh.
  static let sourceNouns: Set<String> = [
    "news", "report", "reports", "study", "studies", "poll", "polls", "survey", "surveys",
    "numbers", "data", "figures", "stats", "statistics", "video", "videos", "article",
    "articles", "book", "books", "podcast", "podcasts", "documentary", "research", "chart",
    "charts", "graph", "headlines", "channel", "thread", "post", "posts",
    "website", "site", "newspaper", "dashboard", "paper", "papers",
  ]

  /// Words before a source noun that belong to its name ("the exit polls", "the latest
  /// figures"), besides capitalised names and hyphenated words.
  static let sourceModifiers: Set<String> = [
    "exit", "new", "latest", "official", "recent", "local", "evening", "government", "same",
    "sales", "jobs", "crime", "opinion", "science", "youtube", "news",
  ]

  /// Determiners that open a source's name, and what they become when the question points back
  /// at it: "a report" → "that report", "my book" → "your book".
  static let sourceDeterminers: [String: String] = [
    "the": "the", "a": "that", "an": "that", "this": "that", "that": "that", "these": "those",
    "those": "those", "my": "your", "our": "your", "some": "those", "his": "his", "her": "her",
    "their": "their",
  ]

  /// Ways of asking how far a named source can be trusted, in the order they are offered.
  static let trustWordings = [
    "How far do you trust {source} on this, and why?",
    "How did you come to trust {source}?",
    "What makes {source} a good guide here, for you?",
  ]

  /// Whether a question is one that asks how far a named source can be trusted, whichever
  /// source it named.
  static func isTrustQuestion(_ text: String) -> Bool {
    trustFrames.contains { text.hasPrefix($0.start) && text.hasSuffix($0.end) }
  }

  /// The words before and after the source in each way of asking about trust, split once.
  private static let trustFrames: [(start: String, end: String)] = trustWordings.map {
    let parts = $0.split(separator: "{source}", omittingEmptySubsequences: false)
    return (String(parts[0]), String(parts[parts.count - 1]))
  }

  /// How a named source is weighed: the first wording not asked yet.
  /// - Parameter asked: the questions asked in the session: a wording used for one source is
  ///   not used again for the next while another is left.
  static func trustQuestion(
    in text: String, asked: Set<String>, isAsked: (String) -> Bool
  ) -> PlannedQuestion? {
    // One source is weighed once, in whichever words.
    // "the numbers" and "the Numbers" are one source.
    guard let source = sourcePhrase(in: text),
      !asked.contains(where: { $0.lowercased().contains(source.lowercased()) })
    else { return nil }
    let isUsed = { (wording: String) in
      let lead = String(wording.prefix { $0 != "{" })
      return asked.contains { $0.hasPrefix(lead) }
    }
    let unused = trustWordings.filter { !isUsed($0) }
    return (unused + trustWordings).lazy.map { $0.replacing("{source}", with: source) }
      .first { !isAsked($0) }
      .map { PlannedQuestion(Question(kind: .assumptions, text: $0), source: .followUp) }
  }

  /// The first source noun that names a thing: "everyone posts the party bags" and "she
  /// reports to me" use the word as a verb, and cite nothing.
  private static func firstSourceNoun(in tokens: [Token]) -> Int? {
    let candidates = tokens.indices.filter { sourceNouns.contains(tokens[$0].lowercased) }
    guard let first = candidates.first else { return nil }
    // The tagger reads the answer only when a word of a source is in it.
    let tags = ClauseScanner(tokens: tokens).tags
    guard tags.count == tokens.count else { return first }
    // "the student surveys said": a verb right after it makes it the subject's noun.
    return candidates.first { index in
      !verbTags.contains(tags[index])
        || (index + 1 < tags.count && verbTags.contains(tags[index + 1]))
    }
  }

  /// The parts of speech that make a source noun a verb.
  private static let verbTags: Set<PartOfSpeech> = [.finiteVerb, .infinitive]

  /// How many characters of an answer are read for what it cites or lived.
  static let readLimit = 600

  /// Words that make what follows a condition, not something they read.
  static let conditionWords: Set<String> = ["if", "unless", "until", "whether"]

  /// Places people read or watch, named as they are: "on YouTube" → "YouTube".
  static let platforms: Set<String> = [
    "youtube", "tiktok", "twitter", "reddit", "facebook", "instagram", "wikipedia",
  ]

  /// The name of the first medium a text cites, pointing back at it: "I read a report from
  /// Goldman Sachs" → "that report from Goldman Sachs"; nil when it names none.
  static func sourcePhrase(in text: String) -> String? {
    // A source is named near the start; a pasted page is not read to its end for one.
    let tokens = Tokenizer.tokenize(String(text.prefix(readLimit)))
    // "the kids are on tiktok all day" names what they do; "i saw on tiktok" cites it.
    if let platform = tokens.indices.first(where: {
      platforms.contains(tokens[$0].lowercased) && isCited(at: $0, in: tokens)
    }) {
      return tokens[platform].text
    }
    guard var noun = firstSourceNoun(in: tokens),
      // "if a big study found no link": a source they might meet is not one they trust.
      !tokens[..<noun].contains(where: { conditionWords.contains($0.lowercased) }),
      // "my nephew saw some messed up videos": what someone else saw is their story, not a
      // source the person trusts.
      !seenBySomeoneElse(tokens[..<noun]),
      // "i never looked up the actual numbers": one they say they never checked is not trusted,
      // and how far they trust it is answered already.
      !tokens[max(0, noun - disownReach)..<noun].contains(where: isNegation),
      // "news? fox sometimes. i dont need the news for this": a source disowned anywhere in
      // the answer is not theirs, however it was first named.
      !tokens.indices.contains(where: {
        tokens[$0].lowercased == tokens[noun].lowercased
          && tokens[max(0, $0 - disownReach)..<$0].contains(where: isNegation)
      })
    else { return nil }
    var start = noun
    // "a news report" is named by its last noun.
    while noun + 1 < tokens.count, sourceNouns.contains(tokens[noun + 1].lowercased) {
      noun += 1
    }
    while start > 0, isNamePart(tokens[start - 1]) { start -= 1 }
    var end = noun + 1
    // "a report from Goldman Sachs": whose it is belongs to its name.
    if end + 1 < tokens.count, ["from", "by"].contains(tokens[end].lowercased),
      isCapitalised(tokens[end + 1])
    {
      end += 1
      while end < tokens.count, isCapitalised(tokens[end]) { end += 1 }
    }
    // "wait for the post", "whatever i put on the paper": a source noun is a source only when
    // it is cited as one, as where they learned it or as what tells it.
    guard
      isCited(at: start, in: tokens) || tellsSomething(after: end, in: tokens)
        || isNamedAlone(from: start, to: end, in: tokens)
    else {
      return nil
    }
    var name = Array(tokens[start..<end])
    name[0].hasSpaceBefore = false
    // "Haidt's book" is named by its owner.
    if name.contains(where: { $0.lowercased.hasSuffix("'s") || $0.lowercased.hasSuffix("’s") }) {
      return name.joinedText
    }
    var determiner =
      start > 0 ? sourceDeterminers[tokens[start - 1].lowercased] ?? "the" : "the"
    // "some study", "those study": one source is pointed back at as "that".
    let word = tokens[noun].lowercased
    if determiner == "those", !word.hasSuffix("s"), !["data", "research"].contains(word) {
      determiner = "that"
    }
    return determiner + " " + name.joinedText
  }

  /// How many words before a source a negation may stand that disowns it: "never looked up the
  /// actual numbers".
  static let disownReach = 5

  /// Whether a word denies what follows: "never", "not", "didn't", "didnt".
  static func isNegation(_ token: Token) -> Bool {
    let word = token.lowercased
    return ["never", "not", "no", "nor", "nobody", "nothing", "none", "neither"].contains(word)
      || FunctionWords.auxiliary(word)?.isNegated == true
      || Shorthand.expanded([token]).contains { $0.lowercased == "n't" || $0.lowercased == "not" }
  }

  /// How many words before a platform a verb that cites it may stand: "i saw a thing on
  /// tiktok".
  static let citingReach = 5

  /// Whether the platform at an index is cited as where the person learned something: a verb
  /// of reading, seeing or hearing of their own shortly before it ("i read on reddit"), or one
  /// of saying right after it ("youtube says").
  static func isCited(at index: Int, in tokens: [Token]) -> Bool {
    let before = tokens[max(0, index - citingReach)..<index]
    // "i could watch that on youtube": what they might do there is no source they learned from.
    let cites =
      before.indices.contains { isCitingVerbOfTheirs(at: $0, in: tokens) }
      && !seenBySomeoneElse(before)
      && !before.contains { FunctionWords.auxiliary($0.lowercased)?.kind == .modal }
    let says = index + 1 < tokens.count && sayingVerbs.contains(tokens[index + 1].lowercased)
    return cites || says
  }

  /// Whether the word at an index is a verb by which the person themselves learned something:
  /// "i read", "we once saw", "according to"; never "she learned".
  static func isCitingVerbOfTheirs(at index: Int, in tokens: [Token]) -> Bool {
    let word = tokens[index].lowercased
    guard citingVerbs.contains(word) else { return false }
    if word == "according" { return true }
    let lead = tokens[max(0, index - 3)..<index].map(\.lowercased)
    // "my boss showed us the figures": shown to them, it is theirs too.
    let shownThem = index + 1 < tokens.count && ["me", "us"].contains(tokens[index + 1].lowercased)
    return lead.contains { citingSubjects.contains($0) } || shownThem
      || (index == 0 || tokens[index - 1].kind == .punctuation)
  }

  /// The person as the subject of a verb of learning: "i read", "we've seen".
  static let citingSubjects: Set<String> = [
    "i", "we", "i've", "we've", "ive", "'ve", "i'd", "have", "had",
  ]

  /// Verbs by which a person learns from a platform.
  static let citingVerbs: Set<String> = [
    "read", "saw", "seen", "see", "watched", "watch", "heard", "hear", "learned", "learnt",
    "found", "according", "showed", "shown", "listened", "listen", "checked",
  ]

  /// Verbs by which a platform or a source tells something.
  static let sayingVerbs: Set<String> = [
    "says", "said", "say", "shows", "showed", "show", "shown", "claims", "claimed", "claim",
    "reports", "reported", "found", "finds", "suggests", "suggest", "suggested", "proves",
    "proved", "proven", "states", "stated",
  ]

  /// Whether a source is named on its own, as the answer to how they know ("the news, mostly"),
  /// as what there was ("there was a report about it"), or as what they met ("a study i read"):
  /// never as a thing in a clause about something else ("wait for the post").
  static func isNamedAlone(from start: Int, to end: Int, in tokens: [Token]) -> Bool {
    let before = tokens[..<start].filter(\.isWord).map(\.lowercased)
    let opensSentence =
      before.isEmpty || (before.count == 1 && sourceDeterminers[before[0]] != nil)
    let after = tokens[end...].prefix(2).map(\.lowercased)
    let standsAlone =
      after.isEmpty || tokens[end].kind == .punctuation
      || ["mostly", "mainly", "and", "or"].contains(after[0])
    // "a study i read", "the video we watched": met by them, named after it.
    let metByThem =
      after.count == 2 && ["i", "we"].contains(after[0]) && citingVerbs.contains(after[1])
    // "there was a report about it": what there was, named.
    let existential =
      before.contains { ["there's", "there’s", "theres"].contains($0) }
      || zip(before, before.dropFirst()).contains {
        $0 == "there" && FunctionWords.auxiliary($1)?.kind == .be
      }
    return (opensSentence && standsAlone) || metByThem || existential
  }

  /// Words that may stand between a source's name and what it tells: "a study that shows",
  /// "the numbers all say".
  static let sourceVerbLeads: Set<String> = [
    "that", "which", "all", "also", "clearly", "literally",
  ]

  /// Whether the words after a source's name make it the subject of a verb that tells
  /// something: "the study says", "the numbers show", "studies have shown".
  static func tellsSomething(after end: Int, in tokens: [Token]) -> Bool {
    var index = end
    while index < tokens.count,
      FunctionWords.auxiliary(tokens[index].lowercased) != nil
        || sourceVerbLeads.contains(tokens[index].lowercased)
    {
      index += 1
    }
    return index < tokens.count && sayingVerbs.contains(tokens[index].lowercased)
  }

  /// Whether a verb of seeing before a source noun has someone other than the person as its
  /// subject ("my nephew saw", "she watches").
  static func seenBySomeoneElse(_ tokens: ArraySlice<Token>) -> Bool {
    tokens.indices.contains { index in
      seeingVerbs.contains(tokens[index].lowercased) && index > tokens.startIndex
        && !["i", "we", "'ve", "i've", "we've", "you"].contains(tokens[index - 1].lowercased)
    }
  }

  /// Verbs of watching or seeing something.
  static let seeingVerbs: Set<String> = ["saw", "watched", "watches", "sees", "seen", "watching"]

  /// Whether a word before a source noun is part of its name: a name, a modifier, or a noun
  /// ("the student surveys"), never a verb ("read surveys") or a function word.
  private static func isNamePart(_ token: Token) -> Bool {
    // "The news": a determiner is no part of the name, capitalised or not.
    guard token.kind == .word, token.lowercased != "i",
      sourceDeterminers[token.lowercased] == nil
    else { return false }
    return ["'s", "’s"].contains(token.lowercased) || sourceModifiers.contains(token.lowercased)
      || isCapitalised(token) || (token.text.contains("-") && token.text.count > 3)
      || (!FunctionWords.isFunctionWord(token.lowercased)
        && Lexicon.verbReadings(of: token.lowercased).isEmpty)
  }

  private static func isCapitalised(_ token: Token) -> Bool {
    token.kind == .word && token.lowercased != "i" && token.text.first?.isUppercase == true
  }
}
