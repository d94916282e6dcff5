/// Takes out of a question what puts the person on the defensive, keeping its topic, so a
/// rewrite can start from the person's own words:
///
/// - "be so stupid as to", "stupid enough to", "in their right mind", "on earth" and "come
///   on" go;
/// - words of disbelief go ("really", "seriously", "even"), and words that make light of
///   what they go with ("just", "basically"), take it as plain ("obviously wrong") or soften
///   a charge ("a bit hypocritical");
/// - words of impatience go ("finally", "for once", "already", "at least"), and "exactly"
///   after a negation, an understatement that scorns ("isn't exactly a hospital");
/// - a charge tacked on at the end goes to the end of its clause ("after all the lies");
/// - an insulting or loaded adjective before a noun goes ("stupid people" → "people");
/// - an insulting noun becomes a neutral one ("idiots" → "people", "an idiot" → "a person"),
///   unless it is what the sentence says the subject is ("Are they idiots?"), which a rewrite
///   asks about instead;
/// - a loaded noun with its determiner becomes "that" ("such nonsense" → "that");
/// - a verb that scorns the listener's speaking up becomes a plain one ("you started
///   complaining about the rota" → "you started raising the rota").
enum LoadedWordingRemover {
  static func removingLoadedWording(from tokens: [Token]) -> [Token] {
    let words = tokens.map(\.lowercased)
    let classes = words.map(CritiqueWordClasses.of)
    func word(_ index: Int) -> String? { index < words.count ? words[index] : nil }
    func isJudgement(_ index: Int) -> Bool {
      index < classes.count && !classes[index].isDisjoint(with: [.insulting, .loaded])
    }
    var result: [Token] = []
    var index = 0
    while index < tokens.count {
      let current = words[index]
      if let label = DerisiveLabels.label(in: words, at: index) {
        let plain = QuestionRewriter.tokens(label.plain)
        result += [tokens[index].replacingText(with: plain[0].text)] + plain.dropFirst()
        index += label.length
        continue
      }
      if current == "be", word(index + 1) == "so", isJudgement(index + 2), word(index + 3) == "as",
        word(index + 4) == "to"
      {
        index += 5
        continue
      }
      if current == "so", isJudgement(index + 1), word(index + 2) == "as", word(index + 3) == "to" {
        index += 4
        continue
      }
      if current == "be", isJudgement(index + 1), word(index + 2) == "enough",
        word(index + 3) == "to"
      {
        index += 4
        continue
      }
      if isJudgement(index), word(index + 1) == "enough", word(index + 2) == "to" {
        index += 3
        continue
      }
      if current == "in", word(index + 2) == "right", word(index + 3) == "mind" {
        index += 4
        continue
      }
      // "complaining about it" → "raising it": the listener's speaking up, said plainly.
      if let plain = CritiqueVocabulary.chargedSpeechVerbs[current],
        words[max(0, index - CritiqueVocabulary.chargedSpeechReach)..<index].contains("you")
      {
        result.append(tokens[index].replacingText(with: plain))
        index += 1
        if word(index) == "about" || word(index) == "on" { index += 1 }
        if index == tokens.count || !tokens[index].isWord { result.append(Token("it")) }
        continue
      }
      if current == "come", word(index + 1) == "on" {
        index += 2
        if word(index) == "," { index += 1 }
        continue
      }
      if index > 0, classes[index - 1].contains(.questionWord),
        let phrase = CritiqueVocabulary.exasperations.first(where: {
          words[index...].starts(with: $0)
        })
      {
        index += phrase.count
        continue
      }
      if classes[index].contains(.incredulity), !["if", "though"].contains(word(index + 1) ?? "") {
        index += 1
        continue
      }
      // "after all the lies": a charge tacked on, up to the end of the clause.
      // "… again after everything?": "everything" is the charge itself, at the end or not.
      if let tail = chargingTails.first(where: { words[index...].starts(with: $0) }),
        index + tail.count < words.count
          ? tokens[index + tail.count].isWord : tail.last == "everything"
      {
        index += tail.count
        while index < tokens.count, tokens[index].kind == .word { index += 1 }
        continue
      }
      // "a bit hypocritical": a softener that makes a charge sound reasonable.
      if let softener = softeners.first(where: { words[index...].starts(with: $0) }),
        let next = word(index + softener.count), Lexicon.classes(of: next).contains(.adjective)
      {
        index += softener.count
        continue
      }
      // "just because you visited more": the asker's reason for the person's view goes.
      if current == "just", word(index + 1) == "because", index > 0 {
        index += 2
        while index < tokens.count, tokens[index].isWord { index += 1 }
        continue
      }
      // "Shouldn't your dad finally …", "… for once?": the asker's impatience, not the point.
      if index > 0,
        let phrase = impatiencePhrases.first(where: { words[index...].starts(with: $0) })
      {
        index += phrase.count
        continue
      }
      // "tiktok isn't exactly a medical journal": understatement that scorns, not a degree.
      if current == "exactly", index > 0,
        words[index - 1] == "not" || words[index - 1].hasSuffix("n't")
      {
        index += 1
        continue
      }
      if minimizers.contains(current) || CritiqueVocabulary.presumingOpeners.contains(current),
        index > 0
      {
        index += 1
        continue
      }
      // "you'd rather waste your weekend", "do you want to save or waste it": the person's
      // act, or the option offered them, without the asker's verdict.
      if let neutral = neutralVerbs[current],
        words[max(0, index - 3)..<index].contains("you")
          || words[max(0, index - 3)..<index].contains("you'd")
          || (index > 0 && words[index - 1] == "or" && words[..<index].contains("you")),
        word(index + 1) != "of"
      {
        result.append(tokens[index].replacingText(with: neutral))
        index += 1
        continue
      }
      if current == "so-called" {
        index += 1
        continue
      }
      if classes[index].contains(.loaded), CritiqueVocabulary.loadedNouns.contains(current) {
        // "anti-vax nonsense" → "anti-vax claims"; "such nonsense" → "that".
        if let last = result.last, last.isWord, !FunctionWords.isFunctionWord(last.lowercased),
          !loadedNounDeterminers.contains(last.lowercased)
        {
          result.append(tokens[index].replacingText(with: "claims"))
          index += 1
          continue
        }
        while let last = result.last, loadedNounDeterminers.contains(last.lowercased) {
          result.removeLast()
        }
        result.append(tokens[index].replacingText(with: "that"))
        index += 1
        continue
      }
      if classes[index].contains(.insultingNoun),
        let neutral = CritiqueVocabulary.insultingNouns[current],
        !isPredicate(result)
      {
        dropIntensifiers(from: &result)
        if let article = result.last, ["a", "an"].contains(article.lowercased) {
          let replacement = Token(neutral)
          result[result.count - 1] = article.replacingText(
            with: CaseStyle.matching(article, IndefiniteArticle.article(before: replacement)))
        }
        result.append(tokens[index].replacingText(with: CaseStyle.matching(tokens[index], neutral)))
        index += 1
        continue
      }
      if index > 0, classes[index - 1].contains(.nameCallingDeterminer),
        let neutral = neutralForNameCalling(tokens[index]), !isPredicate(result)
      {
        // "that crook" → "that person": a name the lexicon knows is one, after a determiner.
        dropIntensifiers(from: &result)
        result.append(tokens[index].replacingText(with: neutral))
        index += 1
        continue
      }
      if isJudgement(index), !classes[index].contains(.insultingNoun), index + 1 < tokens.count,
        isNounLike(tokens[index + 1]), isAttributive(after: result)
      {
        dropIntensifiers(from: &result)
        index += 1
        continue
      }
      result.append(tokens[index])
      index += 1
    }
    return Clause.respaced(withoutTrailingFillers(withoutReproach(result)))
  }

  /// Verbs that judge how the person spends something, by the plain verb in the same form.
  private static let neutralVerbs: [String: String] = [
    "waste": "spend", "wastes": "spends", "wasted": "spent", "wasting": "spending",
    "squander": "spend", "squandered": "spent", "squandering": "spending",
  ]

  /// "person" or "people" for a noun that calls people names ("crook", "hypocrites"), or nil.
  private static func neutralForNameCalling(_ token: Token) -> String? {
    guard token.isWord else { return nil }
    let word = token.lowercased
    let singular = Lexicon.singular(of: word)
    guard Lexicon.classes(of: singular ?? word).contains(.callsNames) else { return nil }
    return singular == nil ? "person" : "people"
  }

  /// Whether a noun after these words is what a form of "be" says its subject is: only the
  /// determiners of the complement, or the subject of a question, stand between them ("are
  /// such", "is a complete", "Are they", "Why are crypto bros such").
  private static func isPredicate(_ tokens: [Token]) -> Bool {
    var index = tokens.count - 1
    while index >= 0 {
      let word = tokens[index].lowercased
      if let auxiliary = FunctionWords.auxiliary(word) { return auxiliary.kind == .be }
      if ["be", "been", "being"].contains(word) { return true }
      let isNounPhraseWord =
        loadedNounDeterminers.contains(word) || FunctionWords.possessives.contains(word)
        || word == "not" || word == "never"
        || FunctionWords.subjectPronouns[word] != nil || FunctionWords.determiners.contains(word)
        || (!FunctionWords.isFunctionWord(word) && tokens[index].isWord
          && !QuestionFormRules.isVerbForm(word))
      guard isNounPhraseWord else { return false }
      index -= 1
    }
    return false
  }

  /// Whether an adjective after these words stands before its noun ("those stupid people")
  /// rather than after a verb ("has gone crazy", "is absurd"): at the start, or after a
  /// determiner, a possessive, a preposition, an intensifier, an adjective that is no verb
  /// form, a question word, or an auxiliary that opens the question ("Are stupid people …").
  private static func isAttributive(after tokens: [Token]) -> Bool {
    guard let previous = tokens.last?.lowercased else { return true }
    if FunctionWords.auxiliary(previous) != nil {
      return tokens.count == 1
        || FunctionWords.questionWords.contains(tokens[tokens.count - 2].lowercased)
    }
    return FunctionWords.determiners.contains(previous)
      || FunctionWords.possessives.contains(previous)
      || FunctionWords.prepositions.contains(previous) || intensifiers.contains(previous)
      || FunctionWords.questionWords.contains(previous)
      || (Lexicon.classes(of: previous).contains(.adjective)
        && Lexicon.verbReadings(of: previous).isEmpty)
  }

  private static func dropIntensifiers(from tokens: inout [Token]) {
    while let last = tokens.last, intensifiers.contains(last.lowercased) { tokens.removeLast() }
  }

  private static func isNounLike(_ token: Token) -> Bool {
    let word = token.lowercased
    guard token.isWord, !FunctionWords.isFunctionWord(word) else { return false }
    let classes = Lexicon.classes(of: word)
    return classes.contains(.noun) || Lexicon.singular(of: word) != nil || classes.isEmpty
  }

  /// Openings of a phrase that adds a charge to the end of a question ("… after all the
  /// lies?", "… after everything they did?"): the phrase goes to the end of its clause.
  private static let chargingTails: [[String]] = [
    ["after", "all"], ["after", "everything"], ["given", "all", "the"],
  ]

  /// Words that soften a charge before its adjective: "a bit hypocritical".
  private static let softeners: [[String]] = [
    ["a", "bit"], ["a", "little"], ["a", "tad"], ["kind", "of"], ["sort", "of"],
  ]

  /// Words that make light of what they go with ("should just starve", "basically a scam"),
  /// or hedge it ("you're kinda saying"), not at the start of the question, where "Just …"
  /// opens a request.
  private static let minimizers: Set<String> = [
    "just", "basically", "simply", "merely", "kinda", "sorta",
  ]

  /// Words by which the asker says the person has kept them waiting for an act: the act stays.
  private static let impatiencePhrases: [[String]] = [
    ["finally"], ["for", "once"], ["at", "last"], ["by", "now"], ["already"],
    // "would you at least consider …": the least they could do, pressed.
    ["at", "least"],
  ]

  private static let intensifiers: Set<String> = [
    "so", "very", "complete", "total", "utter", "absolute", "such", "really", "totally",
  ]

  private static let loadedNounDeterminers: Set<String> = [
    "such", "this", "that", "the", "all", "complete", "total", "utter", "absolute", "a", "an",
    "so", "much", "pure",
  ]
}
