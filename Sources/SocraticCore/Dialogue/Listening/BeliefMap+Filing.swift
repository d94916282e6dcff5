extension BeliefMap {
  /// An answer's reading, filed by what each part does against the claim: a word to the
  /// listener ("you said NOT facebook", "you're not saying that") is none of their grounds; a
  /// doubt of their own knowing ("i dont personally know them") cuts against it; who they are
  /// ("i waited tables for 6 years") is background; a half of a sentence ("when i was
  /// pregnant", "she works") is no item at all; a place that is not where they learned it
  /// ("kids are on tiktok") is no source. Background goes on the map here.
  mutating func filed(_ answer: ReadAnswer, saying text: String?) -> ReadAnswer {
    var answer = answer
    let claim = claim
    let fragment = { (item: String) in Self.isFragment(item, claim: claim) }
    // "they all said it'd be a disaster": another's line is a view of theirs, no reason.
    if let text {
      answer = Self.withoutTakingBack(answer, in: text)
      answer.reasons = ownReasons(answer.reasons, in: text)
    }
    answer.reasons = answer.reasons.map(Self.withoutSayingFrame)
    // "i'm not bothered about the ducks, it's the kids": what they set aside backs nothing.
    if let turn = text.flatMap({ Self.sentences(of: $0).first }).flatMap(Self.turnCorrection) {
      let setsAside = { (item: String) in Self.has(turn.wrong, in: Self.plainWords(item)) }
      answer.reasons.removeAll(where: setsAside)
      answer.examples.removeAll(where: setsAside)
    }
    answer.wouldChangeMind.removeAll {
      Self.isFeelingNotCondition($0) || Self.isRegretNotCondition($0)
    }
    // "i'm gutted about it", "it makes me furious": a feeling, no reason or story.
    for item in answer.reasons + answer.examples {
      if let feeling = Self.statedFeeling(item), !answer.feelings.contains(feeling) {
        answer.feelings.append(feeling)
      }
    }
    answer.reasons.removeAll { Self.statedFeeling($0) != nil || Self.onlyTellsWhereLearned($0) }
    answer.examples.removeAll { Self.statedFeeling($0) != nil }
    answer.reasons.removeAll {
      Self.addressesListener($0) || fragment($0) || Self.isBare($0)
        || Self.describesSomeone($0, claim: claim)
    }
    answer.doubts.removeAll(where: Self.addressesListener)
    answer.examples.removeAll { Self.addressesListener($0) || fragment($0) }
    // "idk if there is much else": not knowing of nothing that carries meaning is about the
    // talk, no doubt.
    answer.reasons.removeAll(where: Self.knowsOfNothing)
    answer.doubts.removeAll(where: Self.knowsOfNothing)
    answer.doubts += answer.reasons.filter(Self.doubtsOwnKnowing)
    answer.reasons.removeAll(where: Self.doubtsOwnKnowing)
    let told = answer.reasons + answer.examples
    for item in told where Self.isBackground(item) && !background.contains(item) {
      background.append(item)
    }
    answer.reasons.removeAll(where: Self.isBackground)
    answer.examples.removeAll(where: Self.isBackground)
    if let text { answer.sources.removeAll { !Self.isLearnedFrom($0, in: text) } }
    answer.sources.removeAll(where: Self.namesNoOne)
    // "anyway i should stop": leaving the talk is no plan of theirs.
    if let plan = answer.plan,
      Self.leaves(by: plan, in: text) || Self.isErrandOnTheWayOut(plan, in: text)
    {
      answer.plan = nil
    }
    answer = Self.withPlanFiled(answer)
    answer.views.removeAll(where: Self.isEmptyView)
    return answer
  }

  /// Whether words speak to the listener about what was said: "you said NOT facebook",
  /// "you're not saying that", "i didnt say useful".
  static func addressesListener(_ text: String) -> Bool {
    let words = plainWords(text)
    // "no you didnt put it badly": past a "no" or a "yeah", what the listener did or said.
    let spoken = words.drop(while: interjections.contains)
    if let first = spoken.first, listenerWords.contains(first),
      spoken.dropFirst().prefix(3).contains(where: listenerVerbs.contains)
        || spoken.dropFirst().first.map(listenerPastWords.contains) == true
    {
      return true
    }
    return ownWordsCues.contains { has($0, in: words) } || setsOwnWordsRight(words)
  }

  /// Whether words doubt what they know themselves: "i dont personally know them", "i haven't
  /// looked at the figures".
  static func doubtsOwnKnowing(_ text: String) -> Bool {
    let words = plainWords(text)
    guard words.first == "i" || words.first == "im" else { return false }
    let after = words.dropFirst().prefix(4)
    guard let negation = after.firstIndex(where: negations.contains) else { return false }
    let rest = words[(negation + 1)...].prefix(3)
    return rest.contains(where: knowingVerbs.contains)
      && !rest.contains(where: ["anyone", "anybody", "a"].contains)
  }

  /// Whether words only say they do not know, of nothing that carries meaning: "idk if there
  /// is much else", "i dont know really".
  static func knowsOfNothing(_ text: String) -> Bool {
    let words = plainWords(text).flatMap { $0 == "idk" ? ["i", "dont", "know"] : [$0] }
    guard words.first == "i", let know = words.prefix(4).firstIndex(of: "know"),
      words[..<know].contains(where: negations.contains)
    else { return false }
    return words[(know + 1)...].allSatisfy {
      FunctionWords.isFunctionWord($0) || ReflectionWriter.hedges.contains($0)
        || emptyOfMeaning.contains($0)
    }
  }

  /// Words that, after "i dont know", name nothing: "much else", "to be honest".
  private static let emptyOfMeaning: Set<String> = [
    "else", "much", "more", "anything", "really", "honest", "honestly", "tbh", "sure", "to",
    "be",
  ]

  /// Whether words tell who they are rather than why they hold the belief: a length of time
  /// of their own ("22 yrs driving", "i was an accountant for 30 years", not "16 year olds
  /// pay tax") or work they did.
  static func isBackground(_ text: String) -> Bool {
    let words = plainWords(text)
    guard let first = words.first, ["i", "ive", "im", "id"].contains(first) || first.isNumeral
    else { return false }
    // "i waited tables for 6 years", "ive had a flat there since 2019": how long, not why.
    let lasted = words.indices.dropLast().contains { index in
      words[index].isNumeral && durationWords.contains(words[index + 1])
        && !(words.indices.contains(index + 2) && ["old", "olds"].contains(words[index + 2]))
        || words[index] == "since" && words[index + 1].isNumeral
    }
    return lasted || backgroundCues.contains { has($0, in: words) }
  }

  /// Whether an item is half a sentence that says nothing read alone: a clause that only sets
  /// a time or a condition ("when i was pregnant"), or a short one about someone the belief
  /// does not name ("she works").
  static func isFragment(_ text: String, claim: String?) -> Bool {
    let words = plainWords(text)
    guard let first = words.first else { return true }
    if subordinators.contains(first), words.count <= fragmentWordLimit, !text.contains(",") {
      return true
    }
    let claimWords = plainWords(claim ?? "")
    return ["he", "she"].contains(first) && words.count <= 3 && !claimWords.contains(first)
  }

  /// Whether words only say what someone else is ("he's a hard worker", "my aunt was a
  /// nurse", "she is eighty", "she's his mam"): a person other than the speaker as the subject
  /// of "be", a role, an age or a relation after it ("a …", a number, "his …"), and nothing of
  /// the claim. What a person is
  /// grounds no belief; given as a reason it is misfiled. What they are up to ("my son is on
  /// tiktok till midnight") is no such thing.
  static func describesSomeone(_ text: String, claim: String?) -> Bool {
    guard let clause = ClauseParser.parse(text), case .be = clause.verb,
      let complement = clause.rest.first(where: \.isWord)?.lowercased,
      ["a", "an"].contains(complement) || complement.isNumeral || namesARelation(clause.rest)
    else { return false }
    // Someone, surely: "he", "she", "my aunt"; a word alone could name a thing ("bitcoin").
    let subject = clause.subject.filter(\.isWord).map(\.lowercased)
    guard AnswerStances.isSomeoneElse(subject),
      subject.count > 1 || ["he", "she", "hes", "shes"].contains(subject.first ?? "")
    else { return false }
    let claimWords = Set(
      plainWords(claim ?? "").filter { !FunctionWords.isFunctionWord($0) && $0.count > 2 })
    return Set(plainWords(text)).isDisjoint(with: claimWords)
  }

  /// Whether a reason is a bare phrase that says nothing read alone: two words, or three and
  /// no verb ("small guys", "the old elephant").
  static func isBare(_ text: String) -> Bool {
    // "because of FTX": a thing named as the cause is a reason (`ReflectionWriter.ofPhrase`).
    guard ReflectionWriter.ofPhrase(text) == nil else { return false }
    let tokens = Tokenizer.tokenize(text)
    let count = tokens.filter(\.isWord).count
    return count < bareWordLimit - 1
      || (count < bareWordLimit && ClauseParser.finiteVerbIndex(in: tokens) == nil)
  }

  /// Whether a source is where they say they learned it ("saw it on tiktok", "it was in the
  /// paper"), not a place or thing they tell of ("kids are on tiktok all day", "the paper is
  /// the scam part"): a source named with "on" or "in" needs a verb of learning before it in
  /// its sentence; one named bare ("the paper") needs one of these words, or "in", "on" or
  /// "from", just before it.
  static func isLearnedFrom(_ source: String, in text: String) -> Bool {
    var sourceWords = plainWords(source)
    guard let first = sourceWords.first else { return true }
    if ["the", "a"].contains(first) {
      for sentence in sentences(of: text) {
        let words = plainWords(sentence)
        guard
          let start = words.indices.first(where: {
            Array(words[$0...].prefix(sourceWords.count)) == sourceWords
          })
        else { continue }
        let before = words[..<start].suffix(2)
        let after =
          words.indices.contains(start + sourceWords.count) ? words[start + sourceWords.count] : ""
        if before.contains(where: { learningWords.contains($0) || mediumPrepositions.contains($0) })
          || tellingVerbs.contains(after)
        {
          return true
        }
      }
      return false
    }
    guard ["on", "in"].contains(first) else { return true }
    sourceWords = plainWords(source)
    for sentence in sentences(of: text) {
      let words = plainWords(sentence)
      guard has(sourceWords, in: words),
        let start = words.indices.first(where: {
          Array(words[$0...].prefix(sourceWords.count)) == sourceWords
        })
      else { continue }
      if words[..<start].suffix(6).contains(where: learningWords.contains) { return true }
    }
    return false
  }

  /// Whether a source names no one and nothing: "a book", "this video", "some article" (a
  /// common noun after a word that does not point at one in particular). "the Telegraph",
  /// "my uncle", "a bbc documentary" (a word the lexicon does not know is a name) name one.
  static func namesNoOne(_ source: String) -> Bool {
    let typed = source.split(separator: " ")
    guard let first = typed.first, unnamingDeterminers.contains(first.lowercased()) else {
      return false
    }
    return typed.dropFirst().allSatisfy { word in
      let plain = plainWords(String(word)).joined()
      // "posts" is known as "post".
      let known = Lexicon.classes(of: plain)
      let classes =
        known.isEmpty && plain.hasSuffix("s")
        ? Lexicon.classes(of: String(plain.dropLast())) : known
      return word.first?.isUppercase != true && !classes.isEmpty
        && !classes.contains(.properSense)
    }
  }

  /// Whether a plan only says they are leaving the talk: a verb of stopping or going with
  /// nothing after it but words of time ("anyway i should stop", "i better go now"). "I'll
  /// stop giving him money" is a plan.
  static func endsTheTalk(_ plan: String) -> Bool {
    let words = plainWords(clauses(of: plan).first ?? plan)
    guard let verb = words.firstIndex(where: endingVerbs.contains),
      words[..<verb].contains(where: ["i", "im", "ill", "we", "id"].contains)
    else { return false }
    return words[(verb + 1)...].allSatisfy {
      FunctionWords.isFunctionWord($0) || whenWords.contains($0)
    }
  }

  /// Whether a view says nothing beyond who would say it: "your daughter would say that
  /// actually".
  static func isEmptyView(_ view: View) -> Bool {
    let who = Set(plainWords(view.who))
    let said = plainWords(view.said).filter { word in
      !who.contains(word) && !FunctionWords.isFunctionWord(word) && !sayingWords.contains(word)
    }
    return said.isEmpty
  }
}

extension String {
  /// Whether the word is a number written in digits or words ("22", "six").
  fileprivate var isNumeral: Bool {
    allSatisfy(\.isNumber)
      || ["two", "three", "four", "five", "six", "ten", "twenty", "thirty", "forty"].contains(
        self)
  }
}
