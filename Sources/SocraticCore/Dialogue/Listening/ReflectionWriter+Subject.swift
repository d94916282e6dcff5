/// A reflection is built from whole clauses, each with its own subject: "always comes back to
/// them" (the subject dropped, as people type) is never given back as "So always comes back
/// to them for you", and "I drive a bus, been doing it ten year" gives back the bus without
/// the subjectless tail spliced on after its comma.
extension ReflectionWriter {
  /// Whether words given back open on their finite verb with no subject before it: a clause
  /// whose subject the person left unsaid, which reads as broken English given back. A
  /// command ("keep it") has no subject either, and is left to the checks that weigh it.
  static func dropsSubject(_ text: String) -> Bool {
    guard let clause = ClauseParser.parse(Tokenizer.tokenize(text)), clause.lead.isEmpty else {
      return false
    }
    // "always comes back to them": the parser may take the adverb and verb for a subject.
    // "says it's the future": a verb of saying the parser took for one, its sayer left off.
    let subject = clause.subject.filter(\.isWord)
    if let first = subject.first {
      return isAdverbOnly(first) || isReportingVerb(first)
    }
    switch clause.verb {
    case .lexical(_, let tense): return tense == .thirdSingular || tense == .past
    case .be, .perfect, .modal: return true
    }
  }

  /// Whether a word can only be an adverb, never the noun or pronoun of a subject: "always"
  /// in "always comes back to them", which the parser may take for one.
  private static func isAdverbOnly(_ token: Token) -> Bool {
    let word = token.lowercased
    let classes = Lexicon.classes(of: word)
    // "big companies": a word that is also an adjective may open a subject.
    return classes.contains(.adverb) && !classes.contains(.noun) && !classes.contains(.adjective)
      && !FunctionWords.beginsNounPhrase(token) && FunctionWords.subjectPronouns[word] == nil
      && !placeSubjects.contains(word)
  }

  /// Whether a word is a verb that reports a view, in a form that takes a subject: "says",
  /// "reckons", "thinks".
  private static func isReportingVerb(_ token: Token) -> Bool {
    Lexicon.verbReadings(of: token.lowercased).contains {
      $0.form == .thirdSingular && ReflectionCheck.reportingVerbs.contains($0.base)
    }
  }

  /// Adverbs that stand as a subject: "there's a gap", "here's the thing".
  private static let placeSubjects: Set<String> = ["there", "here"]

  /// Words up to a comma after which a clause goes on without a subject ("…, been doing it
  /// ten year", "…, loved every minute"): the part with a subject of its own is the one that
  /// reads given back. Words without such a comma are returned whole.
  static func withoutSubjectlessTail(_ text: String) -> String {
    let tokens = Tokenizer.tokenize(text)
    for comma in tokens.indices.dropFirst(minimumHeadTokens) where tokens[comma].text == "," {
      let rest = Array(tokens[(comma + 1)...])
      guard let first = rest.first(where: \.isWord)?.lowercased else { break }
      // Only a tail that goes on with what they did: "X, or Y, is no Z" keeps its verb.
      if continuingVerbForms.contains(first) {
        return Array(tokens[..<comma]).joinedText
      }
    }
    return text
  }

  /// The fewest tokens before a comma for the words up to it to stand as a clause.
  private static let minimumHeadTokens = 3

  /// Verb forms that, opening what follows a comma, go on with the subject of the clause
  /// before: "been doing it for years", "done it all my life".
  private static let continuingVerbForms: Set<String> = [
    "been", "done", "doing", "worked", "working", "did", "had", "got", "loved", "hated",
  ]

  /// Whether words given back open on "he" or "she" whose person the answer named before
  /// them and the reflection leaves out: "my gran says …, but she cries" given back as "she
  /// cries" points at no one. A "she" the answer opens on points to someone named in the talk
  /// before, and stays.
  static func losesItsPerson(_ text: String, in line: String?) -> Bool {
    guard let line, let first = Tokenizer.tokenize(text).first(where: \.isWord)?.lowercased,
      personPronouns.contains(first)
    else { return false }
    let typed = Tokenizer.tokenize(line).filter(\.isWord)
    guard let at = typed.firstIndex(where: { personPronouns.contains($0.lowercased) }) else {
      return false
    }
    return typed[..<at].contains { word in
      ["my", "our", "his", "her", "their"].contains(word.lowercased) || ClauseRole.isName(word)
    }
  }

  /// Pronouns for one person, whom a reflection must name or leave out.
  private static let personPronouns: Set<String> = ["he", "she", "his", "her", "him"]
}
