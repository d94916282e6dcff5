/// Turns a speaker's first person into the second person, so a belief can be put back to the
/// person who holds it: I → you, me → you, my → your, mine → yours, myself → yourself, with the
/// verb agreeing ("I am" → "you are", "I was" → "you were", "I'm" → "you're"). "We" and "our"
/// stay: the person is one of them.
///
/// "I" after a capitalised word other than the first is part of a name ("World War I") and
/// stays; after the first word it is the speaker ("Sometimes I …").
public enum FirstPersonReflector {
  /// The tokens with the first person reflected.
  public static func reflect(_ tokens: [Token]) -> [Token] {
    var result = withIllWritten(tokens)
    var subjectIsYou = false
    for index in result.indices {
      let token = result[index]
      let word = token.lowercased
      // "the mines", "a mine": after an article or a quantifier it is the pit, not "my own".
      if Self.nounReadings.contains(word), index > 0,
        Self.nounDeterminers.contains(result[index - 1].lowercased)
      {
        subjectIsYou = false
        continue
      }
      if var replacement = reflections[word] {
        if word == "me", isDialectMy(result, at: index) { replacement = "your" }
        if word == "i", index > 1, result[index - 1].isCapitalized, result[index - 1].isWord,
          !(index + 1 < result.count
            && ["'m", "am", "'ve", "'d", "'ll"].contains(
              result[index + 1].lowercased))
        {
          // "World War I"; but the first word has its capital from the sentence, and "I'm" is
          // the speaker after any word ("NATO I'm …").
          continue
        }
        let text = word == "i" ? replacement : CaseStyle.matching(token, replacement)
        result[index] = token.replacingText(with: text)
        subjectIsYou = word == "i"
        // "who am I tipping" → "who are you tipping": the verb asked before its subject.
        if subjectIsYou, index > 0, let agreeing = agreementWithYou[result[index - 1].lowercased],
          !agreeing.hasPrefix("'"),
          index == 1 || questionOpeners.contains(result[index - 2].lowercased)
        {
          result[index - 1] = result[index - 1].replacingText(
            with: CaseStyle.matching(result[index - 1], agreeing))
        }
        continue
      }
      if subjectIsYou, var agreeing = agreementWithYou[word] {
        // "I’m" → "you’re": the clitic keeps the apostrophe it was written with.
        if let apostrophe = token.text.first, apostrophe != "'", agreeing.hasPrefix("'") {
          agreeing = String(apostrophe) + agreeing.dropFirst()
        }
        result[index] = token.replacingText(with: CaseStyle.matching(token, agreeing))
        subjectIsYou = false
        continue
      }
      if !(FunctionWords.isVerbAdverb(word) || word == "not") { subjectIsYou = false }
    }
    return result
  }

  /// The text with the first person reflected.
  public static func reflect(_ text: String) -> String {
    reflect(Tokenizer.tokenize(text)).joinedText
  }

  /// Whether the text speaks of the speaker in the first person singular ("if I saw …, I'd
  /// change my mind"): the words are the speaker's own, not someone else's they report.
  public static func speaksOfSpeaker(_ text: String) -> Bool {
    Tokenizer.tokenize(text).contains { reflections[$0.lowercased] != nil }
  }

  /// Whether the first person can be turned without two people ending up as "you": a line
  /// that names the listener as well as the speaker ("you'll be slower than me", "im the same
  /// as u") would say "you" of both, and one that gives the listener something of theirs
  /// ("the blue mug is urs") would give it to the wrong person. Such words are not given back.
  public static func shiftsCleanly(_ tokens: [Token]) -> Bool {
    let words = tokens.filter(\.isWord).map(\.lowercased)
    if words.contains(where: listenersOwn.contains) { return false }
    let namesSpeaker = words.contains { reflections[$0] != nil || speakerSpellings.contains($0) }
    return !(namesSpeaker && words.contains(where: listenerWords.contains))
  }

  /// Whether a word names the speaker or the listener, as typed or turned: "me", "urs",
  /// "yourself".
  public static func namesAPerson(_ word: String) -> Bool {
    reflections[word] != nil || speakerSpellings.contains(word) || listenerWords.contains(word)
  }

  /// Chat spellings of the listener ("u", "urs"), which turning the first person never
  /// writes: left in a line given back, they still point at the listener.
  public static let chatListenerWords: Set<String> = listenerWords.subtracting([
    "you", "your", "yours", "yourself",
  ])

  private static let reflections: [String: String] = [
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "meself": "yourself", "mines": "yours",
  ]

  /// Whether "me" at an index is the dialect "my" ("me mam", "tell me dad that"): the word
  /// after it names someone of the speaker's life or something of theirs no one gives or is
  /// given ("give me money" keeps "me" the object). After a verb or a preposition, a noun with
  /// a verb of its own after it is the subject of what follows: "he told me dad was ill".
  private static func isDialectMy(_ tokens: [Token], at index: Int) -> Bool {
    guard index + 1 < tokens.count else { return false }
    let owned = tokens[index + 1].lowercased
    guard KinWords.isKin(owned) || dialectBelongings.contains(owned) else { return false }
    let opensClause =
      index == 0 || tokens[index - 1].kind == .punctuation
      || FunctionWords.coordinators.contains(tokens[index - 1].lowercased)
    guard !opensClause, index + 2 < tokens.count else { return true }
    let next = tokens[index + 2].lowercased
    return FunctionWords.auxiliary(next) == nil
      && !Lexicon.verbReadings(of: next).contains(where: { $0.form.isFinite })
  }

  /// Things of a speaker's own that dialect "me" names as "my" ("me car", "me knees"): not
  /// things one is given ("give me money") nor words that follow a verb as its particle ("paid
  /// me back", "let me head off").
  private static let dialectBelongings: Set<String> = [
    "car", "house", "job", "knees", "knee", "hip", "hips", "feet", "legs", "phone", "bike",
    "van", "allotment", "kitchen", "bedroom", "lads", "mates", "kids", "bairns", "lass",
  ]

  /// First-person words that are nouns as well ("the mines"), and the words before them that
  /// make them nouns: an article or a quantifier, never "of" ("a friend of mine") or "that"
  /// ("is that mine?").
  private static let nounReadings: Set<String> = ["mine", "mines"]
  private static let nounDeterminers: Set<String> = [
    "the", "a", "an", "these", "those", "some", "any", "many", "few", "several",
  ]

  /// The speaker in chat spellings the tokenizer keeps whole: "im", "ive".
  private static let speakerSpellings: Set<String> = ["im", "ive", "ima", "imma"]

  /// Words that name the listener, in full and in chat spellings.
  private static let listenerWords: Set<String> = [
    "you", "your", "yours", "yourself", "u", "ur", "urs", "ull", "ya", "yer", "youre", "youve",
    "youll", "youd",
  ]

  /// Possessive pronouns that can only be the listener's: "it's urs", "that one is yours".
  private static let listenersOwn: Set<String> = ["yours", "urs", "yers"]

  /// Words after which a verb before "I" asks a question ("who am I", "so was I"), not a
  /// hedge ("it was I think wrong").
  private static let questionOpeners: Set<String> = [
    "who", "what", "where", "when", "why", "how", "which", "so", "nor", "neither",
  ]

  /// Verb forms that agree with "I" and their forms with "you".
  private static let agreementWithYou: [String: String] = [
    "am": "are", "'m": "'re", "was": "were", "wasn't": "weren't", "wasnt": "werent",
  ]
}
