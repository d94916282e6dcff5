import Foundation

extension BeliefMap {
  /// Takes off the map what the person says was never theirs: "i didn't say that, that's what
  /// the other side would say", "that's their argument, not mine", "not what I meant". A
  /// sentence that disowns something removes the reason it names (by the words it shares with
  /// one) or, naming none, the reason the last question quoted, else the last reason; what
  /// they go on to say is filed as the answer's own. A disowning that names words no reason
  /// holds set right a line of the tool's, not the map, and removes nothing. Only the first
  /// 1,000 characters are read.
  /// - Parameters:
  ///   - text: the answer as typed.
  ///   - question: the question it answers, when known: "that" points at what it quoted.
  /// - Returns: whether the answer disowned something, so that what it goes on to say is a
  ///   point of its own, not more on the reason asked about.
  @discardableResult
  public mutating func disown(by text: String, asked question: String? = nil) -> Bool {
    var disowned = false
    let sentences = Self.sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000))
    for sentence in sentences {
      let words = Self.plainWords(sentence)
      // "that was my uncle lost his job, not me"; "i didn't grant that": what was put to them
      // as theirs, or as granted, comes off.
      if Self.handsBack(words) || Self.deniesGranting(words) {
        let dropped = Self.handsBack(words) ? dropHandedBack(sentence) : dropUngranted(sentence)
        disowned = disowned || dropped
        continue
      }
      // "leave my brother out of it": pushed away by name; "leave him out of it" names no
      // one the map could tell, and takes nothing off.
      let leftOut = Self.leftOut(in: words)
      let takesBack = leftOut != nil || Self.takesBack(words)
      // "the resale thing was my sister's point not mine, the tyres are shot": only the clauses
      // that hand a point back name what is disowned.
      let handingParts = Self.partsHandingBack(sentence).map(\.key)
      let handing = handingParts.joined(separator: " ")
      let namesAnothers = handingParts.contains { Self.namesAnothersPoint(Self.plainWords($0)) }
      guard takesBack || Self.disowns(words) || namesAnothers else { continue }
      let named = Self.disownedNames(
        in: leftOut?.joined(separator: " ") ?? (handing.isEmpty ? sentence : handing))
      if leftOut != nil, named.isEmpty { continue }
      disowned = true
      let index: Int?
      if named.isEmpty {
        // "that" is what the question quoted: a reason, or a line already filed as another's
        // (which stays theirs); a question that quoted nothing on the map put the last reason.
        let asked = question.map(LowercasedText.init)
        let quotes = { (item: String) in asked?.contains(LowercasedText(item)) ?? false }
        let quotedReason = reasons.lastIndex { quotes($0.text) }
        let quotedOther = views.contains { quotes($0.said) } || doubts.contains(where: quotes)
        index = quotedReason ?? (quotedOther ? nil : reasons.indices.last)
      } else {
        index = reasons.lastIndex { !Self.stems(of: $0.text).isDisjoint(with: named) }
      }
      if let index { dropClauses(naming: named, ofReasonAt: index) }
      // "forget the news bit": where it comes from, or a story, goes as a reason does.
      if takesBack, !named.isEmpty {
        setAside.append(named.sorted().joined(separator: " "))
        let shares = { (item: String) in !Self.stems(of: item).isDisjoint(with: named) }
        sources.removeAll(where: shares)
        examples.removeAll(where: shares)
        // "forget the gas thing, that was my son in law's idea": the point granted and the
        // view it came from go with it.
        doubts.removeAll(where: shares)
        views.removeAll { shares($0.said) }
        for reason in reasons.indices {
          reasons[reason].sources.removeAll(where: shares)
          reasons[reason].examples.removeAll(where: shares)
        }
      }
    }
    // "i said we can't get the staff": what they did say is their point.
    if disowned {
      for sentence in sentences {
        let words = Self.plainWords(sentence)
        guard !Self.disowns(words), !Self.takesBack(words) else { continue }
        let point = Self.withoutSayingFrame(sentence)
        if point != sentence, !isKnownReason(point), Self.reads(point) {
          reasons.append(Reason(text: point))
        }
      }
    }
    return disowned
  }

  /// An answer without what its clauses that take something back say: "forget the radio
  /// thing, he talks nonsense" files neither "the radio thing" as a source nor "he talks
  /// nonsense" (what is said of the one dropped) as a point granted. Such a clause drops a
  /// point; it makes none, and an answer of nothing else grants nothing. "forget the cost, the
  /// noise is the problem" keeps the noise.
  static func withoutTakingBack(_ answer: ReadAnswer, in text: String) -> ReadAnswer {
    var takingBack: [Set<String>] = []
    var makesAPoint = false
    for sentence in sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000)) {
      var afterTakingBack = false
      for clause in clauses(of: sentence) {
        let words = plainWords(clause)
        let dropsOne = takesBack(words)
        if dropsOne || afterTakingBack && words.first.map(personPronouns.contains) == true {
          takingBack.append(stems(of: clause))
        } else if !words.isEmpty {
          makesAPoint = true
        }
        afterTakingBack = dropsOne
      }
    }
    guard !takingBack.isEmpty else { return answer }
    let inside = { (item: String) in
      let itemStems = stems(of: item)
      return !itemStems.isEmpty && takingBack.contains(where: itemStems.isSubset)
    }
    var answer = answer
    answer.reasons.removeAll(where: inside)
    answer.examples.removeAll(where: inside)
    answer.sources.removeAll(where: inside)
    answer.doubts.removeAll(where: inside)
    answer.wouldChangeMind.removeAll(where: inside)
    answer.views.removeAll { inside($0.said) }
    if let plan = answer.plan, inside(plan) { answer.plan = nil }
    // An answer that only takes back grants nothing: "to be fair" in "forget what my cousin
    // said, he talks rubbish to be fair" is said of the cousin.
    if !makesAPoint {
      answer.grants = false
      answer.moves.removeAll { $0 == .concession }
    }
    return answer
  }

  /// Pronouns for a person that open a remark on one whose word was dropped: "he", "she".
  private static let personPronouns: Set<String> = [
    "he", "she", "they", "hes", "shes", "theyre", "theyve", "theyll",
  ]

  /// A point without the frame of their having said it: "i said we can't get the staff" →
  /// "we can't get the staff".
  static func withoutSayingFrame(_ text: String) -> String {
    var tokens = Tokenizer.tokenize(text)
    let words = tokens.prefix(3).map(\.lowercased)
    let frame = sayingFrames.first { words.starts(with: $0) }
    guard let frame, tokens.count > frame.count + 1 else { return text }
    tokens.removeFirst(frame.count)
    tokens[0].hasSpaceBefore = false
    return tokens.joinedText
  }

  /// Openings that only say a point was said before.
  private static let sayingFrames: [[String]] = [
    ["like", "i", "said"], ["i", "said"], ["what", "i", "said", "was"], ["i", "meant"],
  ]

  /// Takes off a reason the clauses (`TheirWords.clauses(of:)`) that name what was disowned,
  /// keeping the rest in their words: "the tyres are on their last legs" of "the tyres are on
  /// their last legs and the resale value is dropping" when the resale point is handed back;
  /// the whole reason when every clause names it, or a bare name ("the parking") names it.
  mutating func dropClauses(naming named: Set<String>, ofReasonAt index: Int) {
    let clauses = TheirWords.clauses(of: Tokenizer.tokenize(reasons[index].text)).map(\.joinedText)
    let naming = clauses.filter { !Self.stems(of: $0).isDisjoint(with: named) }
    if naming.count < clauses.count,
      let own = Self.ownPart(of: reasons[index].text, handingBack: naming.map(LowercasedText.init))
    {
      reasons[index].text = own
    } else {
      removeReason(at: index)
    }
  }

  /// Removes a reason, keeping the one they said weighs most pointing at the same reason.
  mutating func removeReason(at index: Int) {
    reasons.remove(at: index)
    guard let strongest else { return }
    if strongest == index {
      self.strongest = nil
    } else if strongest > index {
      self.strongest = strongest - 1
    }
  }

  /// Whether a sentence's words disown what was put to them: a denial in the first person of
  /// having said or meant it ("i didn't say that", "not what i meant"), a line handed to
  /// someone else ("that's what they'd say", "their argument, not mine").
  static func disowns(_ words: [String]) -> Bool {
    for (index, word) in words.enumerated() where sayingVerbs.contains(word) {
      let before = words[..<index].suffix(3)
      // "i didn't say that", "i never meant it", "that's not what i said".
      if before.contains(where: firstPersonSubjects.contains),
        let denial = words[..<index].suffix(5).lastIndex(where: denials.contains),
        deniesSaying(from: denial, to: index, in: words)
      {
        return true
      }
      // "that's what the other side would say": a line given to another, after "that's what".
      if let what = words[..<index].lastIndex(of: "what"), what >= 1,
        ["thats", "that"].contains(words[what - 1]),
        !words[(what + 1)..<index].contains(where: firstPersonSubjects.contains)
      {
        return true
      }
    }
    // "that's their argument, not mine"; "no, the opposite".
    return has(["not", "mine"], in: words)
      || words.first == "no" && words.prefix(4).contains("opposite")
  }

  /// Whether the denial before a verb of saying denies the saying: never one that opens a
  /// question ("didnt i just say", which claims it was said), nor one that governs a verb of
  /// telling the saying sits inside ("dont tell her i said that", which owns it).
  private static func deniesSaying(from denial: Int, to verb: Int, in words: [String]) -> Bool {
    let between = words[(denial + 1)..<verb]
    if let next = between.first, firstPersonSubjects.contains(next) { return false }
    return !between.contains(where: sayingInsideVerbs.contains)
  }

  /// Verbs of telling another that a saying can sit inside: "dont tell sandra i said that".
  private static let sayingInsideVerbs: Set<String> = [
    "tell", "told", "telling", "let", "mention", "mentioned", "repeat", "show",
  ]

  /// Whether words hand a view to someone else and keep it off the speaker: "that's him not
  /// me", "her view, not mine", "I don't buy that". Such words are never a reason or a doubt
  /// of theirs.
  static func handsToAnother(_ words: [String]) -> Bool {
    notMineCues.contains { has($0, in: words) }
      || words.count >= 2 && words.suffix(2).elementsEqual(["not", "me"])
      || namesAnothersPoint(words)
  }

  /// Whether words end by saying a point was someone else's: "the resale thing was my
  /// sister's point", "that's his idea". "my point" is theirs; "my sister's point is fair"
  /// weighs it.
  static func namesAnothersPoint(_ words: [String]) -> Bool {
    guard words.count >= 4, let last = words.last, heldPointNouns.contains(last) else {
      return false
    }
    let owner = words[words.count - 2]
    let isAnothers =
      othersPossessives.contains(owner)
      || owner.hasSuffix("s") && KinWords.isKin(String(owner.dropLast()))
      || owner.hasSuffix("s") && KinWords.isKnown(String(owner.dropLast()))
    return isAnothers && words.dropLast(2).contains(where: pointingBeWords.contains)
  }

  /// Nouns for a point someone holds: "my sister's point", "his idea".
  private static let heldPointNouns: Set<String> = [
    "point", "idea", "argument", "reason", "view", "line", "theory",
  ]

  /// Possessives of someone other than the speaker, as `plainWords` gives them.
  private static let othersPossessives: Set<String> = ["his", "her", "their", "theirs"]

  /// Forms of "be" that say what something was, as `plainWords` gives them: "was", "thats".
  private static let pointingBeWords: Set<String> = ["was", "is", "were", "thats", "its"]

  /// The clauses of an answer's sentences (`TheirWords.clauses(of:)`) that hand a view to
  /// someone else (`handsToAnother`), in lower case: "the resale thing was my sister's point"
  /// of "the boiler is on its last legs and the resale thing …, not mine", never the boiler. A
  /// clause that names nothing ("not mine") hands back the one before it too. Another's point
  /// granted after it ("my uncle's point, and he's dead right") is not handed back.
  static func partsHandingBack(_ text: String) -> [LowercasedText] {
    sentences(of: text).flatMap { sentence in
      let parts = TheirWords.clauses(of: Tokenizer.tokenize(sentence)).map(\.joinedText)
      let handing = parts.indices.filter { index in
        let words = plainWords(parts[index])
        guard handsToAnother(words) else { return false }
        return !namesAnothersPoint(words)
          || !parts[(index + 1)...].contains(where: ReflectionWriter.onlyGrants)
      }
      return handing.flatMap { index in
        let namesNothing = disownedNames(in: parts[index]).isEmpty
        return (namesNothing && index > 0 ? [parts[index - 1]] : []) + [parts[index]]
      }.map(LowercasedText.init)
    }
  }

  /// What is left of a reason or doubt once the clauses handed back (`partsHandingBack`) are
  /// taken out, with the words that joined them: "the boiler is on its last legs" of "the
  /// boiler is on its last legs and the resale thing was my sister's point not mine"; nil when
  /// nothing of theirs is left.
  static func ownPart(of item: String, handingBack: [LowercasedText]) -> String? {
    if handingBack.contains(where: { $0.contains(LowercasedText(item)) }) { return nil }
    var own = item
    for part in handingBack {
      if let range = own.range(of: part.key, options: .caseInsensitive) {
        own.removeSubrange(range)
      }
    }
    guard own != item else { return item }
    let isJoin = { (token: Token) in
      !token.isWord || FunctionWords.coordinators.contains(token.lowercased)
    }
    let kept = Array(Tokenizer.tokenize(own).drop(while: isJoin).reversed().drop(while: isJoin))
      .reversed()
    return kept.isEmpty ? nil : Array(kept).joinedText
  }

  /// Words that keep a view off the speaker wherever they stand in a sentence.
  private static let notMineCues: [[String]] = [
    ["him", "not", "me"], ["her", "not", "me"], ["them", "not", "me"], ["not", "mine"],
    ["i", "dont", "buy", "that"], ["i", "dont", "buy", "it"], ["not", "my", "view"],
    ["not", "my", "words"], ["not", "how", "i", "see", "it"],
  ]

  /// The stems a disowning sentence names of what it disowns: "parking" and "sister" in "the
  /// parking thing was my sister's reason, not mine"; none in "that's not what i said". Who
  /// would say it names nothing disowned: "that's what the heritage lot would say".
  static func disownedNames(in sentence: String) -> Set<String> {
    stems(of: sentence).subtracting(disowningFrameWords)
      .subtracting(sayers(in: plainWords(sentence)))
  }

  /// The words naming who a line is handed to: "the heritage lot" in "that's what the
  /// heritage lot would say".
  private static func sayers(in words: [String]) -> Set<String> {
    guard let what = words.firstIndex(of: "what"),
      let verb = words[what...].firstIndex(where: sayingVerbs.contains)
    else { return [] }
    return Set(words[what..<verb])
  }

  /// Whether a sentence takes back a point of theirs, whatever it names: "forget the news
  /// bit", "that was never my reason".
  static func takesBack(_ words: [String]) -> Bool {
    if let first = words.drop(while: takingBackOpeners.contains).first,
      takingBack.contains(first)
    {
      return true
    }
    return (notTheirReasonCues + notMeantCues).contains { has($0, in: words) }
  }

  /// What a sentence pushes out of the talk: "my brother" in "leave my brother out of it, the
  /// roads are the point", "gran" in "keep gran out of this"; nil when it pushes nothing away.
  static func leftOut(in words: [String]) -> [String]? {
    let opened = Array(words.drop(while: takingBackOpeners.contains))
    guard let first = opened.first, leavingOut.contains(first),
      let out = opened.indices.dropFirst().first(where: {
        opened[$0] == "out" && opened.indices.contains($0 + 1) && opened[$0 + 1] == "of"
      })
    else { return nil }
    return Array(opened[1..<out])
  }

  /// Words that say a point was not meant: "the weather thing was a joke", "it was just a
  /// throwaway comment", "the dog was just an example".
  private static let notMeantCues: [[String]] = [
    "thing was a joke", "thing was just a joke", "bit was a joke", "bit was just a joke",
    "i was joking", "i was only joking", "i was just joking", "throwaway comment",
    "throwaway line", "was just a throwaway",
    // "the great dane was just an example": the detail pushed away, never built on again.
    "was just an example", "was only an example", "was just one example", "is just an example",
    "is only an example", "thats just an example", "that was an example",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Verbs that open a sentence taking back what was said: "forget the news bit".
  private static let takingBack: Set<String> = ["forget", "scratch", "ignore", "disregard"]
  /// Verbs that push someone or something out of the talk with "… out of it": "leave dad out
  /// of it".
  private static let leavingOut: Set<String> = ["leave", "keep"]
  /// Words before such a verb that say nothing: "no, just forget it".
  private static let takingBackOpeners: Set<String> = [
    "no", "nah", "ok", "okay", "actually", "just", "oh", "and", "but", "so", "well", "mate",
    "bro", "look", "yeah", "honestly", "right",
  ]
  /// Words that say something was never their reason: "that was never my reason".
  static let notTheirReasonCues: [[String]] = [
    "never my reason", "not my reason", "wasnt my reason", "isnt my reason", "never my point",
    "not my point", "wasnt my point", "not my argument", "never my argument",
    "my reason wasnt", "my reason isnt", "my reason was not", "my point wasnt", "my point isnt",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Verbs of saying or meaning something.
  private static let sayingVerbs: Set<String> = [
    "say", "said", "says", "mean", "meant", "argue", "argued", "claim", "claimed",
  ]

  /// Words for the speaker as the subject of a saying.
  private static let firstPersonSubjects: Set<String> = ["i", "id", "ive"]

  /// Words that deny a saying.
  private static let denials: Set<String> = [
    "not", "didnt", "never", "dont", "wasnt", "isnt",
  ]

  /// The words of a disowning sentence that only frame it and name nothing of what is
  /// disowned: "that's what the other side would say" names no reason.
  static let disowningFrameWords: Set<String> = [
    "say", "said", "mean", "meant", "argue", "argued", "argument", "claim", "claimed", "side",
    "other", "mine", "point", "view", "line", "opposite", "way", "round", "around", "would",
    "did", "didnt", "never", "dont", "thats", "what", "that", "this", "it", "those", "these",
    "forget", "scratch", "ignore", "disregard", "reason", "bit", "thing", "part", "stuff", "my",
    "joke", "joking", "throwaway", "comment", "mate", "bro", "look", "example", "only", "one",
    "an",
    "was", "wasnt", "isnt", "is", "not", "no", "just", "actually", "the", "a", "about",
  ]
}
