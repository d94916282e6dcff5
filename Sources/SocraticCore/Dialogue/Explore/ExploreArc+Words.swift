/// What the arc reads in the person's words: whether a reason is a claim to examine, something
/// they lived, a medium they read, a belief about causes.
extension ExploreArc {
  /// Whether a reason in the second person is a claim that "How do you know that …?" can
  /// examine: not one whose subject points back at something said ("that's how stealing
  /// works"), not what they saw ("you saw what happened"), not one with chat in it ("imo").
  static func isExaminable(_ clause: String) -> Bool {
    let words = clause.lowercased().split(separator: " ").map {
      String($0.filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" })
    }
    guard let first = words.first, !pointerSubjects.contains(first),
      !AnswerFollowUp.isAboutThemselves(Substring(first)),
      // "that is kind of the point isnt it": a tag asks them, it claims nothing.
      !tagEndings.contains(words.suffix(2).joined(separator: " "))
    else { return false }
    return !words.contains { chatWords.contains($0) } && !saysItIsItself(words)
      && !tellsADatedHappening(words)
  }

  /// Whether a clause tells a plain happening at a time it names ("the lane went in march",
  /// "the bank shut in 2019"): something they saw happen, which "How do you know that …?"
  /// treats as in doubt. A rise or a fall ("crime went up in 2019") is a claim, not a happening.
  static func tellsADatedHappening(_ words: [String]) -> Bool {
    words.indices.contains { index in
      let next = index + 1 < words.count ? words[index + 1] : ""
      return !["up", "down"].contains(next)
        && Lexicon.verbReadings(of: words[index]).contains {
          $0.form == .past && happenings.contains($0.base)
        }
    }
      && words.contains { datingWords.contains($0) || (Int($0).map { 1900...2100 ~= $0 } ?? false) }
  }

  /// Verbs of a plain happening: something opened, shut, came, went, moved or began.
  static let happenings: Set<String> = [
    "go", "come", "open", "close", "shut", "move", "start", "begin", "end", "stop", "leave",
    "arrive", "finish", "happen", "change", "put",
  ]

  /// Words that date a happening: a month, a season, "ago", "yesterday".
  static let datingWords: Set<String> = TimeWords.monthsButMay.union(TimeWords.seasons).union([
    "ago", "yesterday",
  ])

  /// Whether a clause says a thing is itself ("a rule is a rule", "kids will be kids"): a
  /// shrug that claims nothing, so "How do you know that …?" or another's explanation of it
  /// asks about nothing.
  static func saysItIsItself(_ words: [String]) -> Bool {
    guard let copula = words.firstIndex(where: copulas.contains), copula > 0 else { return false }
    let subject = words[..<copula].filter { !modals.contains($0) }
    let complement = words[(copula + 1)...].filter { !closingFillers.contains($0) }
    return !subject.isEmpty && Array(subject) == Array(complement)
  }

  /// Verbs that join a thing to what it is said to be.
  static let copulas: Set<String> = ["is", "are", "was", "were", "be"]

  /// Modals that may stand before "be" in a clause that says a thing is itself.
  static let modals: Set<String> = ["will", "would", "gonna", "can", "must"]

  /// Subjects that point back at something said rather than name what the claim is about.
  static let pointerSubjects: Set<String> = [
    "that", "that's", "thats", "this", "it", "it's", "which", "there", "so", "yeah",
    // A connective left from "but then again …" opens no claim.
    "again", "then", "but", "and", "also", "plus",
  ]

  /// The ends of a clause that turn it into a question back ("…, isn't it?").
  static let tagEndings: Set<String> = [
    "isnt it", "isn't it", "is it", "aren't they", "arent they", "don't they", "dont they",
    "doesn't it", "doesnt it", "wasn't it", "right",
  ]

  /// Words that open a piece of a sentence rather than a value named as a reason.
  static let prepositions: Set<String> = [
    "of", "for", "to", "in", "on", "at", "with", "about", "from", "by", "like", "than",
  ]

  /// Words of chat that make a clause no claim to put in a question.
  static let chatWords: Set<String> = [
    "imo", "imho", "tbh", "lol", "lmao", "tho", "though", "honestly", "literally", "idk",
  ]

  /// Whether a reason is something the person lived or saw in their family.
  static func isLived(_ reason: String) -> Bool {
    let words = Tokenizer.tokenize(String(reason.prefix(AnswerFollowUp.readLimit))).map(
      \.lowercased)
    // "i read somewhere that …": what they read or heard is a source, not something lived.
    let isReported = zip(words, words.dropFirst()).contains {
      $0 == "i" && reportingVerbs.contains($1)
    }
    // "worked nights in a care home for years": a line that opens on a verb of a life, its
    // "I" dropped, is theirs ("How did you come to know that?" was asked of it).
    let dropsI = words.first.map(droppedSubjectOpeners.contains) ?? false
    return !isReported && (dropsI || words.contains { ownWords.contains($0) })
  }

  /// The views on the map the last answer told ("my brother drives a taxi and he thinks …"),
  /// whichever reading filed them: the person whose view it is is named in it.
  var viewsToldLast: [BeliefMap.View] {
    guard let lastText else { return [] }
    let said = Set(
      Tokenizer.tokenize(String(lastText.prefix(AnswerFollowUp.readLimit))).map(\.lowercased))
    return map.views.filter { view in
      Tokenizer.tokenize(view.who).last.map { said.contains($0.lowercased) } == true
    }
  }

  /// Whether an answer said something the reading found nothing in: no reason, example,
  /// source, view, doubt or feeling, and no repeat.
  static func tellsNothingElse(_ answer: ReadAnswer) -> Bool {
    answer.isAnswer && !answer.has(.repeat) && answer.reasons.isEmpty && answer.examples.isEmpty
      && answer.sources.isEmpty && answer.speakers.isEmpty && answer.views.isEmpty
      && answer.doubts.isEmpty && answer.feelings.isEmpty
  }

  /// Verbs that open a line about their own life when the "I" before them is dropped, as in
  /// chat: "grew up on a farm", "been nursing 20 years", "seen it happen".
  static let droppedSubjectOpeners: Set<String> = [
    "worked", "lived", "grew", "raised", "spent", "been", "seen", "watched", "taught", "nursed",
    "served", "volunteered", "studied", "trained", "moved", "lost", "went", "tried", "did",
    "done", "used", "had", "saw",
  ]

  /// A line about their life with the "I" dropped, as in chat, given back with its subject:
  /// "grew up on a farm" → "you grew up on a farm", so "You said …" leads in with a whole
  /// clause. A participle ("been nursing 20 years") takes no bare "you" and is left as it is.
  static func withDroppedSubject(_ clause: String) -> String {
    guard let first = clause.split(separator: " ").first?.lowercased(),
      droppedSubjectOpeners.contains(first),
      Lexicon.verbReadings(of: first).contains(where: { $0.form == .past })
    else { return clause }
    return "you " + clause
  }

  /// Whether an answer says they told it already ("i told you", "like i said"): what it
  /// answered is not asked again in other words.
  static func saysToldAlready(_ answer: String?) -> Bool {
    guard let answer else { return false }
    return toldAlreadyCues.matches(
      Shorthand.expanded(Tokenizer.tokenize(String(answer.prefix(AnswerFollowUp.readLimit))))
        .filter(\.isWord))
  }

  /// Phrases by which someone says they answered already.
  static let toldAlreadyCues = PartnerCueMatcher([
    "i (told|tell) you", "i (just|already) (said|told|explained|answered)", "(like|as) i said",
    "i said (that|already)", "(said|told you) (that)? already",
  ])

  /// Verbs that report what they read or heard rather than lived.
  static let reportingVerbs: Set<String> = ["read", "heard", "hear"]

  /// Pronouns of a particular person in the story they tell.
  static let storyPeople: Set<String> = ["he", "she", "him", "her", "his", "he's", "she's"]

  /// Words that make a reason something the person lived: themselves, their people.
  static let ownWords: Set<String> = [
    "i", "my", "our", "we", "me", "mom", "mum", "dad", "mother", "father", "wife", "husband",
    "sister", "brother", "son", "daughter", "grandma", "grandpa",
  ]

  /// Whether a source is a medium (the news, a book, a site) rather than a person the speaker
  /// quoted.
  static func isMedium(_ source: String) -> Bool {
    let first = Tokenizer.tokenize(source).first?.lowercased ?? ""
    return !["my", "our", "he", "she", "they", "people", "everyone", "everybody"].contains(first)
  }

  /// Whether a belief is about what causes what or what should be done, so that asking how it
  /// would work step by step fits.
  static func isAboutCauses(_ belief: BeliefAnalysis) -> Bool {
    if belief.reason != nil { return true }
    let words = Tokenizer.tokenize(belief.claim).map(\.lowercased)
    return words.contains { causeWords.contains($0) }
  }

  /// Whether a clause says what brings something about ("licensing would push rents up"),
  /// so that how it would work, step by step, can be asked of it.
  /// The verb group is read from its finite verb on: "would push", "pushes", "has pushed".
  static func tellsACause(_ clause: String) -> Bool {
    let tokens = Tokenizer.tokenize(clause)
    guard let verb = ClauseParser.finiteVerbIndex(in: tokens) else { return false }
    return tokens[verb...].prefix(causeVerbReach).contains { token in
      Lexicon.verbReadings(of: token.lowercased).contains { causeVerbs.contains($0.base) }
    }
  }

  /// How many words from the finite verb the verb that brings something about may stand.
  static let causeVerbReach = 3

  /// Verbs by which one thing brings about another.
  static let causeVerbs: Set<String> = [
    "cause", "lead", "make", "push", "drive", "raise", "cut", "force", "bring", "stop", "kill",
    "destroy", "ruin", "hurt", "harm", "help", "reduce", "increase", "improve", "fix", "solve",
    "replace", "turn", "keep", "create", "lower", "save", "protect", "prevent", "encourage",
    "attract", "spread", "damage", "boost", "shrink", "grow",
  ]

  /// Words of beliefs about causes, effects and policies.
  static let causeWords: Set<String> = [
    "should", "must", "will", "would", "cause", "causes", "caused", "lead", "leads", "led",
    "make", "makes", "made", "hurt", "hurts", "harm", "harms", "destroy", "destroys", "ruin",
    "ruins", "ban", "banned", "regulate", "regulated", "replace", "fix", "solve", "stop",
    "because", "kill", "kills", "help", "helps", "improve", "improves", "increase", "reduce",
    "better", "worse",
  ]

  /// Whether a clause given back only tells their age: "you're 61", "you are 47 now".
  static func tellsAnAge(_ clause: String) -> Bool {
    let words = Shorthand.expanded(Tokenizer.tokenize(clause)).filter { $0.kind != .punctuation }
    guard words.count >= 3, words[0].lowercased == "you",
      ["'re", "are"].contains(words[1].lowercased)
    else { return false }
    let rest = words.dropFirst(2)
    return rest.first?.kind == .number
      && rest.dropFirst().allSatisfy { ageTails.contains($0.lowercased) }
  }

  /// Words that may follow an age told: "61 now", "47 this year".
  static let ageTails: Set<String> = ["now", "this", "year", "next", "soon", "nearly", "almost"]
}
