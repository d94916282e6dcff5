/// The persona's answers when its grounds are tested: how much it has seen for itself, a case
/// put to it that did not change its mind, and why what it backs has not worked yet.
extension PersonaVoice {
  /// How much of what it speaks of it has seen or done itself ("How many have you actually
  /// met?"): a plain admission that it is not much, by the word it was asked with, never a
  /// line about something else (it is shaken).
  func extentAnswer(_ question: PersonaQuestion) -> Reply {
    let admission =
      question.words.lazy.compactMap { Self.extentAdmissions[$0.lowercased] }.first
      ?? Self.extentAdmissions["many", default: ""]
    return Reply(text: admission + " I'll grant you that's not a lot to go on.", isUnready: true)
  }

  /// How it admits how little it has seen, by the word it is asked "how …" with.
  private static let extentAdmissions: [String: String] = [
    "many": "Not that many, honestly: a handful.",
    "much": "Not that much, honestly.",
    "often": "Not that often, honestly: now and then.",
  ]

  /// Why a case put to it ("the expenses scandal") did not change its mind: the case said
  /// back as giving it pause, and a reason not said yet for why one case does not undo its
  /// belief (it is shaken).
  func counterCaseAnswer(_ question: PersonaQuestion, said: Set<String>) -> Reply {
    let named = Self.capitalized(question.casePut ?? "that")
    let reason = firstUnsaid([.reason, .reply], said: said).map { ": " + Self.runOn($0.text) }
    return Reply(
      text: "\(named) did give me pause, I'll admit. But one case doesn't undo it for me"
        + (reason ?? "."),
      isUnready: true)
  }

  /// Why what it backs has not worked yet ("Why didn't the sanctions stop them already?"): it
  /// grants that it has not, owns that it cannot fully say why, and says what keeps it on its
  /// belief, a reason not said yet (it is shaken). Never a line that answers something else.
  func shortfallAnswer(said: Set<String>) -> Reply {
    let reason = firstUnsaid([.reason, .reply], said: said).map {
      " What keeps me on it: " + Self.runOn($0.text)
    }
    return Reply(
      text: "Not yet, I'll grant you that, and I can't fully say why."
        + (reason ?? " I still think \(ownClaim)."),
      isUnready: true)
  }
}

extension PersonaQuestion {
  /// The case a question puts to the persona, as typed: "the expenses scandal" in "Why didn't
  /// the expenses scandal change your view?"; nil when it puts none.
  var casePut: String? {
    let lower = words.map(\.lowercased)
    guard let why = lower.firstIndex(of: "why"),
      let verb = lower.indices.dropFirst(why + 1).first(where: {
        Self.changingVerbs.contains(lower[$0])
      })
    else { return nil }
    // The auxiliary and its negation ("didn't", "did not") come before the case.
    let start =
      lower[(why + 1)..<verb].firstIndex { !Self.negatedAuxiliaryWords.contains($0) } ?? verb
    // "… that not make you …": the negation after the case is not of it.
    let end = lower[verb - 1] == "not" ? verb - 1 : verb
    guard start < end else { return nil }
    return Array(words[start..<end]).joinedText
  }

  /// The verbs after the case put: "change" in "why didn't X change your mind?".
  private static let changingVerbs: Set<String> = [
    "change", "changed", "shake", "shaken", "alter", "altered", "dent", "dented", "move", "moved",
    "shift", "shifted", "sway", "swayed", "make", "made",
  ]

  /// The words that ask "why not", before the case put.
  private static let negatedAuxiliaryWords: Set<String> = [
    "didn't", "didnt", "doesn't", "doesnt", "hasn't", "hasnt", "haven't", "havent", "wouldn't",
    "wouldnt", "did", "does", "has", "have", "would", "not",
  ]
}

extension PersonaVoice {
  /// Whether a word is one the persona uses itself, in a form of the same sense ("obvious" of
  /// its "obviously"; never "pointless" of its "point"): in its belief, the lines of its own
  /// view (`ownViewSources`), or anything it has said in this drill. A stock line it has not
  /// said ("Hardly ever would be more exact …") makes no word its own.
  /// - Parameter saidSentences: what it has said, each sentence as its words in lowercase.
  func usesItself(_ word: String, saidSentences: Set<String> = []) -> Bool {
    let isForm = { (used: String) in used == word || Self.isSameSense(used, word) }
    let ownView = lines.filter { Self.ownViewSources.contains($0.source) }.map(\.text)
    return beliefWords.contains(where: isForm)
      || ([ownClaim] + ownView).contains { text in
        Tokenizer.tokenize(text).contains { isForm($0.lowercased) }
      }
      || saidSentences.contains { $0.split(separator: " ").contains { isForm(String($0)) } }
  }
}

extension PersonaVoice {
  /// The lines that hold its own view whether said yet or not: its reasons, the pack's
  /// replies and what would change its mind.
  static let ownViewSources: [Source] = [.reason, .reply, .changeOfMind]

  /// Whether two words are one word in forms of the same sense: the longer is the shorter
  /// with an ending of `sameSenseEndings` ("obvious", "obviously"; "risk", "risks"; "happy",
  /// "happily").
  static func isSameSense(_ first: String, _ second: String) -> Bool {
    let (short, long) = first.count <= second.count ? (first, second) : (second, first)
    guard !otherWords.contains(long) else { return false }
    let stems = short.hasSuffix("y") ? [short, String(short.dropLast()) + "i"] : [short]
    return stems.contains { stem in
      long.hasPrefix(stem) && sameSenseEndings.contains(String(long.dropFirst(stem.count)))
    }
  }

  /// The endings that make another form of a word with the same sense: an adverb, a plural, a
  /// tense. Never one that turns it round ("-less") or makes another thing of it ("-ness").
  static let sameSenseEndings: Set<String> = ["ly", "s", "es", "ed", "d", "ing"]

  /// Words that look like a shorter word with one of `sameSenseEndings` but are words of their
  /// own: "hardly" is not "hard", nor "costly" "cost", "lately" "late" or "news" "new".
  static let otherWords: Set<String> = [
    "hardly", "lately", "deadly", "costly", "shortly", "fairly", "nearly", "barely", "likely",
    "early", "only", "lovely", "friendly", "timely", "homely", "news", "goods",
    "glasses", "arms", "manners", "used", "evening", "wedding",
  ]
}
