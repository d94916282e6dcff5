/// Stance adverbs and phrases, dropped from a belief: they say how sure, not what.
extension FrameRemover {
  /// Drops stance adverbs ("obviously", "clearly", "honestly") that stand right before or
  /// right after the finite verb, and stance phrases right after "be" or a modal ("is of
  /// course", "will no doubt").
  static func removingStanceAdverbs(from tokens: [Token]) -> [Token] {
    var tokens = removingStancePhrase(from: tokens)
    guard tokens.contains(where: { stanceAdverbs.contains($0.lowercased) }),
      let verb = ClauseParser.finiteVerbIndex(in: tokens)
    else { return tokens }
    let after = verb + 1
    if after < tokens.count, stanceAdverbs.contains(tokens[after].lowercased),
      after + 1 < tokens.count
    {
      tokens.remove(at: after)
    }
    if verb > 1, stanceAdverbs.contains(tokens[verb - 1].lowercased) {
      tokens.remove(at: verb - 1)
    }
    return tokens
  }

  /// Drops the first stance phrase that follows "be" or a modal and is itself followed by the
  /// rest of the clause: "AI will no doubt replace jobs" → "AI will replace jobs". "There is no
  /// doubt" and "no doubt that/about …" keep their words: there the phrase is the clause.
  static func removingStancePhrase(from tokens: [Token]) -> [Token] {
    for auxiliary in tokens.indices.dropLast(2)
    where WordClass.be.contains(tokens[auxiliary].lowercased)
      || WordClass.modal.contains(tokens[auxiliary].lowercased)
    {
      if auxiliary > 0, tokens[auxiliary - 1].lowercased == "there" { continue }
      guard let end = stancePhraseAfterAuxiliary.matchEnds(in: tokens, from: auxiliary + 1).first,
        end < tokens.count, tokens[end].kind != .punctuation
      else { continue }
      var tokens = tokens
      tokens.removeSubrange((auxiliary + 1)..<end)
      return tokens
    }
    return tokens
  }

  static let stancePhraseAfterAuxiliary = PhrasePattern(
    "(of course|no doubt|without (a|any)? doubt|without (a|any)? question|beyond (a|any)? doubt|"
      + "for sure|for certain|in fact|no question) !(that|about|whatsoever|in|of)")

  static let stanceAdverbs: Set<String> = [
    "obviously", "clearly", "honestly", "frankly", "undoubtedly", "evidently", "surely",
    "definitely", "certainly", "unquestionably", "undeniably", "absolutely", "totally",
    "basically", "essentially", "literally",
  ]
}
