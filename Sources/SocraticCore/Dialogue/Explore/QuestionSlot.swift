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
      [.noun, .properNoun, .pronoun, .presentParticiple].contains(tags[subject - 1])
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
}
