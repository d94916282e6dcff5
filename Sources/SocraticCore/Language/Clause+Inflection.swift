/// Verbs inflected and tokens respaced as a clause is said again.
extension Clause {
  /// A verb's form for a tense: "hurt" → "hurts" (third singular), "went" (past of "go").
  static func inflect(_ base: String, _ tense: LexicalTense) -> String {
    switch tense {
    case .thirdSingular: Lexicon.thirdPersonSingular(of: base)
    case .plural, .imperative: base
    case .past: Lexicon.past(of: base)
    }
  }

  /// Verbs joined to the main verb by "and" or "or" ("wastes energy and harms the planet"),
  /// each given a new form made from its base.
  /// - Parameters:
  ///   - fromBase: whether the joined verbs are in the base form now (after "does not"), or
  ///     finite like the main verb.
  ///   - inflect: the new form, from the base.
  static func reinflectingCoordinatedVerbs(
    in rest: [Token], fromBase: Bool, _ inflect: (String) -> String
  ) -> [Token] {
    var rest = rest
    for index in rest.indices where ["and", "or"].contains(rest[index].lowercased) {
      guard index > 0, index + 1 < rest.count else { continue }
      let verb = rest[index + 1]
      let before = rest[index - 1].lowercased
      guard verb.kind == .word, !FunctionWords.isFunctionWord(verb.lowercased),
        !FunctionWords.isFunctionWord(before)
      else { continue }
      let forms: Set<VerbForm> = fromBase ? [.base] : [.thirdSingular, .past]
      guard
        let reading = Lexicon.verbReadings(of: verb.lowercased).first(where: {
          forms.contains($0.form)
        }), !Lexicon.classes(of: reading.base).contains(.rareVerb)
      else { continue }
      // "jobs and lives" are two nouns, not a noun and a verb.
      if Lexicon.singular(of: verb.lowercased) != nil, Lexicon.singular(of: before) != nil {
        continue
      }
      rest[index + 1] = verb.replacingText(with: inflect(reading.base))
    }
    return rest
  }

  /// The tokens with the spacing of a sentence: none before the first token or a clitic,
  /// and a space between two words that moved next to each other.
  static func respaced(_ tokens: [Token]) -> [Token] {
    var result = tokens
    for index in result.indices {
      if index == 0 {
        result[index].hasSpaceBefore = false
      } else if result[index].kind == .word, result[index].lowercased.hasPrefix("'") {
        result[index].hasSpaceBefore = false
      } else if Shorthand.continuesSpelling(result[index], after: result[index - 1]) {
        // The second part of a shorthand spelling read as two words ("gon" "na"): one word.
        // Any other shorthand word keeps a space: "u" moved from the front of a clause to
        // after "for" is a word of its own ("for you", never "foryou").
        continue
      } else if result[index].isWord, result[index - 1].isWord {
        result[index].hasSpaceBefore = true
      } else if result[index - 1].isWord, index + 1 < result.count,
        !result[index + 1].hasSpaceBefore, result[index + 1].isWord,
        BeliefReader.isQuotationMark(result[index])
      {
        // An opening quotation mark moved after a word: "might \"trickle-down economics\"".
        result[index].hasSpaceBefore = true
      }
    }
    return result
  }
}
