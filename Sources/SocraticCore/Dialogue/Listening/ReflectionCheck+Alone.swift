/// Words given back must carry what they are about: "they nod" or "you haven't seen one in
/// years" point at what was said before and mean nothing alone, and "it's no secret" or "you
/// get it" say nothing of the person's at all.
extension ReflectionCheck {
  /// Whether words lean on earlier ones they do not hold: a subject that is only a pronoun for
  /// a person or people ("they nod", "she'd never stop"), or "one" standing for a thing named
  /// before ("you haven't had one in years", "the one you bought").
  static func leansOnEarlierWords(_ tokens: [Token], countingOne: Bool = true) -> Bool {
    let words = tokens.filter(\.isWord)
    if namesOnlyAPointer(words) || borrowsItsThings(words) { return true }
    // "So they nod": the frame before the subject is no part of it.
    if let clause = ClauseParser.parse(words),
      case let subject = clause.subject.filter(\.isWord).map(\.lowercased)
        .drop(while: ReflectionWriter.hedges.contains),
      let pronoun = subject.first, subject.count == 1, pointingPronouns.contains(pronoun)
    {
      // "they're a rip off" judges the thing talked of; "they nod" only tells that people
      // did something, and says nothing without who they are.
      let after = (clause.afterAuxiliary + clause.rest).filter(\.isWord).map(\.lowercased)
      if case .lexical = clause.verb,
        after.allSatisfy({
          !FunctionWords.objectPronouns.contains($0)
            && (FunctionWords.isFunctionWord($0) || ReflectionWriter.hedges.contains($0))
        })
      {
        return true
      }
    }
    return countingOne
      && words.indices.contains { index in
        guard ["one", "ones"].contains(words[index].lowercased) else { return false }
        // "newer ones are better": a word before it says which; "sold one", "in one" do not.
        guard index > 0 else { return false }
        let before = words[index - 1].lowercased
        if oneTakers.contains(before) { return false }
        guard
          FunctionWords.prepositions.contains(before) || ["the", "a"].contains(before)
            || Lexicon.isVerb(before) || !Lexicon.verbReadings(of: before).isEmpty
        else { return false }
        guard index + 1 < words.count else { return true }
        let next = words[index + 1].lowercased
        // "the one who stayed": what it stands for follows it.
        return next != "of" && !relativeWords.contains(next)
          && (!Lexicon.classes(of: next).contains(.noun) || FunctionWords.isFunctionWord(next))
      }
  }

  /// Whether words close on a word pointing back ("that", "this") and say nothing else: only
  /// pronouns and verbs that stand for any deed (`pointerVerbs`): "nobody else did that", "you
  /// keep coming back to that". What "that" was is in the words before, and the reflection
  /// gives back nothing. "you didn't sign up for this" says what was done.
  static func namesOnlyAPointer(_ words: [Token]) -> Bool {
    guard let last = words.last?.lowercased, closingPointers.contains(last) else { return false }
    return words.dropLast().allSatisfy { word in
      let text = word.lowercased
      return FunctionWords.subjectPronouns[text] != nil || pointerVerbs.contains(text)
        || FunctionWords.auxiliary(text) != nil || pointerFillers.contains(text)
    }
  }

  /// Verbs that stand for any deed or thought, and say nothing without what they point at.
  static let pointerVerbs: Set<String> = [
    "do", "does", "did", "done", "doing", "keep", "keeps", "kept", "keeping", "come", "comes",
    "came", "coming", "go", "goes", "went", "going", "get", "gets", "got", "getting", "say",
    "says", "said", "saying", "mean", "means", "meant", "think", "thinks", "thought", "thinking",
  ]

  /// Words between a subject and a bare pointer that add nothing: "else", "back to", "about".
  static let pointerFillers: Set<String> = [
    "else", "back", "to", "about", "of", "on", "with", "just", "really", "even", "ever", "never",
    "always", "still", "all", "n't", "not",
  ]

  /// Words that, closing a clause, point back to something named before it.
  static let closingPointers: Set<String> = ["that", "this", "those", "these"]

  /// Subject pronouns whose person or people were named before them.
  static let pointingPronouns: Set<String> = ["he", "she", "they"]

  /// Words that open a clause saying which one is meant.
  static let relativeWords: Set<String> = ["who", "that", "which", "whose"]

  /// Words before "one" that make it a word of its own: "no one", "every one of them".
  static let oneTakers: Set<String> = ["no", "every", "any", "some", "each", "which", "another"]

  /// Whether words given back are filler said in passing, however they close: "it's no secret",
  /// "it's not rocket science", "you get it", "that's obvious".
  static func isFiller(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord)
    // "sure but it's no secret": the words before it only lead in.
    let starts = words.indices.prefix { index in
      index == 0 || fillerLeads.contains(words[index - 1].lowercased)
    }
    return fillerClauses.contains { pattern in
      starts.contains { pattern.matchEnds(in: words, from: $0).contains(words.count) }
    }
  }

  /// Words after which a filler clause is still only filler: "sure but it's no secret".
  static let fillerLeads: Set<String> = ["but", "and", "so", "sure", "yeah", "well", "look"]

  /// Clauses said in passing, as `TokenPattern`s over the words given back (second person).
  static let fillerClauses: [PhrasePattern] = [
    "(it|that|this) ('s|is|was) (not|n't|no) (some|a|any|exactly)? (big)? (secret|mystery|surprise|conspiracy|rocket science|brain surgery)",
    "(it|that|this) ('s|is) (obvious|fine|whatever|life|how it is)",
    "it is what it is",
    "you (get|got|see|know) (it|that|what you mean)",
    "that much you ('d|would) (grant|give|say)",
  ].map(PhrasePattern.init)

  /// Whether the subject holds "them" or "their" with no plural noun before it to stand for:
  /// "the state of them is a joke" was cut from the roads it means; "the kids and their mums"
  /// hold whom it means.
  static func borrowsItsThings(_ words: [Token]) -> Bool {
    guard let clause = ClauseParser.parse(words) else { return false }
    let subject = clause.subject.filter(\.isWord).map(\.lowercased)
    guard let at = subject.firstIndex(where: pluralPointers.contains) else { return false }
    return !subject[..<at].contains { word in
      !FunctionWords.isFunctionWord(word) && Lexicon.number(ofNoun: word) == .plural
    }
  }

  /// Pronouns for things or people in the plural that a subject may lean on.
  static let pluralPointers: Set<String> = ["them", "their", "theirs"]
}
