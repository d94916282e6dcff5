/// Whether words put into a question's slot read as written English: a whole clause with a
/// subject that names something and a finite verb right after it, spelled out in full. A slot
/// that fails is not filled: the question falls back to a plainer one ("If part isnt a scam, …"
/// and "How would you find out whether that is happening?" were asked).
enum QuestionSlot {
  /// Whether a clause can stand after "If" or "whether" in a question.
  static func isWellFormedClause(_ clause: String) -> Bool {
    let tokens = Tokenizer.tokenize(clause)
    // "isnt", "u", "cant": chat spelling is theirs to use, never ours to quote back.
    guard !tokens.isEmpty, !tokens.contains(where: { $0.kind == .punctuation }),
      Shorthand.expanded(tokens).map(\.lowercased) == tokens.map(\.lowercased),
      let parsed = ClauseParser.parse(tokens), parsed.lead.isEmpty,
      let verb = ClauseParser.finiteVerbIndex(in: tokens)
    else { return false }
    let tags = ClauseScanner(tokens: tokens).tags
    let subject = parsed.subject.count
    // The subject runs up to the verb, with nothing but adverbs between: "some jobs you can't
    // get" has an object where its subject should be.
    guard subject > 0, subject <= verb,
      tags[subject..<verb].allSatisfy({ $0 == .adverb }),
      // "licensing would push rents up": a gerund names a thing as a noun does.
      [.noun, .properNoun, .pronoun, .presentParticiple].contains(tags[subject - 1]),
      // "the rent going up": a noun and a participle with no finite verb after it are no
      // clause, whatever the parser took for its verb ("How do you know that the rent going
      // up?" was asked); "the folk selling it disappear" has its verb.
      tags[verb] != .presentParticiple,
      !(1..<tags.count).contains(where: { index in
        tags[index] == .presentParticiple && [.noun, .properNoun].contains(tags[index - 1])
          && !tags[index...].contains { [.finiteVerb, .auxiliary].contains($0) }
      }),
      // "the parking charges going up": a noun read as the verb, a participle after it; only
      // a verb that takes one ("kept going", "stopped working") is followed by a participle.
      !(verb + 1 < tags.count && tags[verb + 1] == .presentParticiple
        && !takesParticiple(parsed.verb))
    else { return false }
    // "he's an accountant so he knows money", "she does like a drama": one clause, spelled
    // plainly, or the question around it reads as a splice.
    guard !hasSecondClause(tokens, tags: tags, after: verb),
      !hasFiller(tokens, tags: tags, verb: verb), !hasHangingModal(tokens, tags: tags),
      !isElliptical(tokens, tags: tags)
    else { return false }
    let head = tags[subject - 1]
    let first = tokens[0].lowercased
    // "that is happening", "it is": a pronoun alone points at what the question should name.
    if subject == 1, head == .pronoun {
      return !pointers.contains(first) || namesAfterPlaceholderIt(clause)
    }
    // "part is not a scam": a noun that names a share of something lacks its determiner.
    return !(subject == 1 && head == .noun && shareNouns.contains(first))
  }

  /// Whether a verb may be followed by a participle: an auxiliary ("are going") or a verb
  /// of `CatenativeVerbs.all` ("keeps going").
  static func takesParticiple(_ verb: FiniteVerb) -> Bool {
    guard case .lexical(let base, _) = verb else { return true }
    return CatenativeVerbs.all.contains(base)
  }

  /// Whether a clause opens with a placeholder "it" and names what it is about after its verb
  /// ("it's just that one store", "it is about hours and staff"): the clause names its
  /// referent, which "it is" or "it happens" alone does not.
  static func namesAfterPlaceholderIt(_ clause: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(clause))
    guard tokens.first?.lowercased == "it", tokens.count > 2,
      tokens.allSatisfy({ $0.kind != .punctuation }),
      let verb = ClauseParser.finiteVerbIndex(in: tokens)
    else { return false }
    let tags = ClauseScanner(tokens: tokens).tags
    return tags[(verb + 1)...].contains { [.noun, .properNoun].contains($0) }
  }

  /// Nouns that name a share or a piece of something, never a subject on their own.
  static let shareNouns: Set<String> = [
    "part", "bit", "piece", "half", "rest", "lot", "thing", "one", "kind", "sort", "some",
  ]

  /// Pronouns that point back at something said instead of naming it.
  static let pointers: Set<String> = ["that", "this", "it", "which", "these", "those"]

  /// Whether a clause stops where its point should start: "a lie is when", "the problem is
  /// that", "it comes down to the": its last word needs words after it.
  static func isFragment(_ clause: String) -> Bool {
    guard let last = Tokenizer.tokenize(clause).last(where: \.isWord)?.lowercased else {
      return true
    }
    return danglingEnds.contains(last)
  }

  /// Words that cannot end a clause: they open what should follow them.
  static let danglingEnds: Set<String> = [
    "when", "if", "that", "because", "since", "whether", "where", "which", "who", "what", "how",
    "why", "the", "a", "an", "my", "your", "our", "their", "his", "her", "to", "of", "for",
    "with", "and", "but", "or", "so", "like", "than", "as", "is", "are", "was", "were", "be",
    "about", "into", "from", "by", "at", "in", "on",
  ]

  /// Whether a clause only sets the scene: where or when they are ("you're out at rush hour",
  /// "you work nights at the depot"), or who someone is ("she is your sister"). Background
  /// carries no point of theirs to ask about.
  static func isBackground(_ clause: String) -> Bool {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(clause)).filter(\.isWord)
    guard let parsed = ClauseParser.parse(tokens),
      let verb = ClauseParser.finiteVerbIndex(in: tokens)
    else { return false }
    let rest = tokens[(verb + 1)...].map(\.lowercased).filter {
      !ExploreArc.closingFillers.contains($0)
    }
    // Only a person's scene is background: "prices are at a high" is a point.
    let subject = parsed.subject.map(\.lowercased)
    guard let first = rest.first,
      subject.contains(where: { personWords.contains($0) || AnswerFollowUp.relatives.contains($0) })
    else { return false }
    switch parsed.verb {
    case .be:
      // "you're out at night", "she's my sister", "you're a driver": a place, a time, a tie
      // or a job.
      return sceneOpeners.contains(first) || (rest.count <= 3 && roleOpeners.contains(first))
    case .lexical(let base, _):
      // "you work nights", "you live in town": where and when a life is led.
      return sceneVerbs.contains(base)
        && (sceneOpeners.contains(first) || timeWords.contains(first)
          || roleOpeners.contains(first))
    default:
      return false
    }
  }

  /// Words that open a place or a time after a verb: "out at rush hour", "in town".
  static let sceneOpeners: Set<String> = [
    "at", "in", "on", "out", "from", "near", "here", "there", "home", "around", "during",
    "until", "till", "after", "before",
  ]

  /// Words that name a person as a subject.
  static let personWords: Set<String> = ["you", "i", "we", "he", "she", "they"]

  /// Words that open who someone is or what they do: "my sister", "a nurse".
  static let roleOpeners: Set<String> = ["my", "your", "our", "a", "an", "his", "her", "their"]

  /// Verbs of where and when a life is led.
  static let sceneVerbs: Set<String> = ["work", "live", "stay", "commute", "drive", "go", "get"]

  /// Words of a time of day or week.
  static let timeWords: Set<String> = [
    "nights", "days", "mornings", "evenings", "weekends", "shifts", "late", "early",
  ]

  /// Their words made ready to stand in a question as a whole clause: in the second person,
  /// without hedges or a connective left at its front ("cos the big stuff still feels fixed" →
  /// "the big stuff still feels fixed"). Nil unless it is a well-formed clause of at most
  /// `limit` words, spelled out in full: a question never quotes a fragment or chat spelling.
  static func quotedClause(_ text: String, limit: Int = 12) -> String? {
    guard let given = ReflectionWriter.given(text) else { return nil }
    let words = withoutGranting(given).split(separator: " ")
      .drop { leadingConnectives.contains($0.lowercased()) }
    let clause = words.joined(separator: " ")
    guard !words.isEmpty, words.count <= limit, isWellFormedClause(clause), !isFragment(clause)
    else { return nil }
    return clause
  }

  /// A clause of theirs that can be named away from the answer it was said in: one opening
  /// on "she" or "they" ("she cannot afford it") names someone only that answer named, and a
  /// later question asking about "the fact that she cannot afford it" leaves them asking who.
  static func standsAlone(_ clause: String) -> Bool {
    guard let first = clause.split(separator: " ").first?.lowercased() else { return false }
    return !standInSubjects.contains(first) && !pointsIntoTheirStory(clause)
  }

  /// Whether a clause's subject points at people or things only their story named ("some of
  /// those guys were coming in every day", "these kids had nowhere to go"): known through
  /// them, never a claim for them to prove, and met with "which ones?" away from the story.
  static func pointsIntoTheirStory(_ clause: String) -> Bool {
    let tokens = Tokenizer.tokenize(String(clause.prefix(AnswerFollowUp.readLimit)))
    guard let verb = ClauseParser.finiteVerbIndex(in: tokens), verb > 1 else { return false }
    let subject = tokens[..<verb].filter(\.isWord).map(\.lowercased)
    return zip(subject, subject.dropFirst()).contains { demonstratives.contains($0.0) }
  }

  /// Determiners that point at what was named before: "those guys", "these kids".
  static let demonstratives: Set<String> = ["those", "these"]

  /// Words that open a clause standing for someone or something named before it.
  static let standInSubjects: Set<String> = [
    "he", "she", "they", "him", "her", "them", "his", "their", "this", "that", "these", "those",
  ]

  /// Words that join a clause to what came before and are no part of it when it is quoted.
  static let leadingConnectives: Set<String> = [
    "cos", "coz", "cause", "because", "but", "and", "so", "also", "plus", "then", "like", "well",
    "anyway", "yeah", "ok", "okay", "still", "though", "or", "although", "tho", "again",
    "admittedly", "granted",
  ]

  /// A clause in the second person without the granting that opens it: "you admit that
  /// uniforms stop the showing off" → "uniforms stop the showing off".
  static func withoutGranting(_ clause: String) -> String {
    let words = clause.split(separator: " ")
    guard words.count > 2, words[0].lowercased() == "you",
      grantingVerbs.contains(words[1].lowercased())
    else { return clause }
    return words.dropFirst(2).drop { $0.lowercased() == "that" }.joined(separator: " ")
  }

  /// Verbs by which they grant or hedge the clause after them ("i admit …", "i guess …"): not
  /// quoted with it.
  static let grantingVerbs: Set<String> = [
    "admit", "grant", "guess", "suppose", "concede", "reckon", "s'pose",
  ]

  /// How to ask what lies behind a clause that tells how something feels or seems to them
  /// ("the big stuff still feels fixed" → "What makes it feel that way?", "i feel like nobody
  /// listens" → "What makes you feel that way?"): an impression, which nobody is asked to prove.
  /// Nil when it tells no impression.
  /// "my dad feels strongly about it" is his feeling, not theirs: nil.
  static func impressionQuestion(of clause: String) -> String? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(clause))
    let clauseTokens = Array(
      tokens.drop {
        leadingConnectives.contains($0.lowercased) || leadingHedges.contains($0.lowercased)
          || ReflectionWriter.chatFillers.contains($0.lowercased) || $0.kind == .punctuation
      })
    guard let parsed = ClauseParser.parse(clauseTokens), case .lexical(let base, _) = parsed.verb,
      impressionVerbs.contains(base)
    else { return nil }
    let subject = parsed.subject.filter(\.isWord).map(\.lowercased)
    if ["i", "you", "we"].contains(subject) { return "What makes you \(base) that way?" }
    guard !subject.isEmpty,
      !subject.contains(where: { otherPeople.contains($0) || AnswerFollowUp.relatives.contains($0) }
      )
    else { return nil }
    return "What makes it \(base) that way?"
  }

  /// Hedges that open a clause and are no part of it: "honestly it feels rigged".
  static let leadingHedges: Set<String> = ["just", "really", "basically", "literally", "actually"]

  /// Words by which a subject is someone else, whose feelings are theirs to tell.
  static let otherPeople: Set<String> = [
    "he", "she", "they", "his", "her", "their", "people", "everyone", "everybody",
  ]

  /// Verbs that tell an impression rather than a fact.
  static let impressionVerbs: Set<String> = ["feel", "seem", "look", "sound"]
}
