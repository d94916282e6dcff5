/// The other side as someone a question names sees it: "How would a nurse who … see this?".
/// One it knows itself ("my sister on the council", "someone I know who …") it answers for;
/// one kind of person or another it can't speak for, and says so before it guesses, never
/// putting in their mouth what "people who disagree" say in general, which may not be theirs
/// at all (a cleaner who worked all her life for little may well agree with it).
extension PersonaVoice {
  /// What it says when a question asks how the one it names would see it
  /// (`PersonaQuestion.viewer`): for one it knows, its line on what those who disagree say, not
  /// said yet in any one's name, said of them ("My sister would probably say it's not that
  /// simple: …"), else (that line only a doubt of its own reason) that it couldn't say how they
  /// see it; for anyone else, that it can't speak for them, then that line as a guess, or, with
  /// none left, that it would only be guessing. Nil when the question names nobody, or asks
  /// what a word means.
  func viewerReply(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    guard [.open, .closed].contains(question.form), question.termAsked == nil,
      let viewer = question.viewer
    else { return nil }
    let view = unsaidOthersView(said: said)
    if Self.isKnownToIt(viewer) {
      // "My brother? He'd probably say …": named back, then spoken of as the word for them
      // gives, never as "they" for a brother.
      let pronoun = KinWords.pronoun(ofNamed: viewer) ?? "they"
      // A doubt of its own reason, made for when its pack gives the other side no reason of its
      // own, is no view of theirs: never put in the mouth of someone it knows.
      guard let view, !Self.doubtsOwnReason(view) else {
        return Reply(text: Self.capitalized(viewer) + "? " + Self.notAsked(pronoun))
      }
      return Reply(
        text: Self.capitalized(viewer) + "? " + Self.capitalized(pronoun) + "'d probably say"
          + view)
    }
    let cannot = "I can't speak for \(viewer)"
    guard let view else { return Reply(text: cannot + ". " + Self.guessingAtAView) }
    return Reply(text: cannot + "; I can only guess. Some would say" + view)
  }

  /// Whether the one a question names is someone of the persona's own, as the persona says
  /// them (`ownPeople`): "my sister", "someone close to me", "someone I know"; not a kind of
  /// person, though named by the persona's person ("someone like me", "someone I've never
  /// met").
  static func isKnownToIt(_ viewer: String) -> Bool {
    let words = TokenPatternWords(Tokenizer.tokenize(viewer).filter(\.isWord).map(\.lowercased))
    return ownPeople.contains { $0.occurs(in: words) }
  }

  /// How the persona names someone of its own life: by "my", as kin or a friend, or as one it
  /// knows or is close to.
  static let ownPeople: [PhrasePattern] = [
    "my", "of mine", "close to me", "near to me",
    "i (know|knew|'ve known|have known|grew up with|work with|worked with|live with|love)",
  ].map(PhrasePattern.init)

  /// Whether a view of the other side is only a doubt of the persona's own reason.
  static func doubtsOwnReason(_ view: Substring) -> Bool {
    view.hasPrefix(" it's not that simple: " + doubting(as: "they"))
  }

  /// What it says of how someone of its own sees it, with no line on their view: that it
  /// doesn't know, never a guess put in their mouth.
  static func notAsked(_ pronoun: String) -> String {
    let sees = pronoun == "they" ? "they see" : pronoun + " sees"
    return "I honestly couldn't tell you how \(sees) it; it's never really come up between us."
  }

  /// What it says after it can't speak for one a question names, with nothing left to guess.
  static let guessingAtAView =
    "I'd only be guessing, and it would depend on what they've seen happen around them."

  /// Its line on what those who disagree say, after "People who disagree would say", not said
  /// yet in any one's name; nil when every such line is said.
  func unsaidOthersView(said: Set<String>) -> Substring? {
    lines.lazy.filter { $0.source == .others }
      .map { $0.text.dropFirst(Self.othersOpening.count) }
      .first { view in !said.contains { $0.hasSuffix(view) } }
  }

  /// How its line on what those who disagree say opens.
  static let othersOpening = "People who disagree would say"

  /// How that line goes on when no one on the other side has a reason of their own in the
  /// pack, said of those it speaks for ("they", "he"): they doubt its first reason.
  static func doubting(as pronoun: String) -> String { pronoun + "'d doubt that " }
}

extension PersonaQuestion {
  /// The one a question asks the persona to see it as, as the persona says them: "a teacher
  /// whose pupils were targeted" in "How do you think a teacher whose pupils were targeted
  /// would see this?", "my sister" for "your sister"; nil when it names nobody, or only "you"
  /// or "people who disagree", which the line says already. One pictured first and asked
  /// about after ("think of someone you know who …, what would they say?") is the one named.
  var viewer: String? {
    let typed = words.filter(\.isWord)
    let lower = typed.map(\.lowercased)
    // The verb of seeing that a modal comes before: "see" in "… think a nurse would see", not
    // "think".
    guard
      let verb = lower.indices.first(where: { index in
        Self.viewingVerbs.contains(lower[index])
          && lower[..<index].contains(where: Self.viewingModals.contains)
      }),
      let modal = lower[..<verb].lastIndex(where: Self.viewingModals.contains)
    else { return presentViewer ?? pictured }
    // Either the one named comes before the modal ("a nurse … would see"), opened by the
    // first word that opens a person, or between the modal and the verb ("would your sister
    // say").
    let named: Range<Int>
    if modal == verb - 1 {
      guard let start = lower[..<modal].firstIndex(where: Self.personOpenings.keys.contains)
      else { return pictured }
      named = start..<modal
    } else {
      named = (modal + 1)..<verb
    }
    guard let opening = Self.personOpenings[lower[named.lowerBound]],
      (2...12).contains(named.count), !lower[named].contains(where: Self.notAViewer.contains),
      !Self.asksWho(lower[named])
    else { return pictured }
    return Self.said(opening, typed[named].dropFirst())
  }

  /// The one a question asks about in the present, after how the persona reckons it: "an
  /// ordinary farmer in Peru" in "how do you reckon an ordinary farmer in peru sees it"; nil
  /// when it names nobody there.
  private var presentViewer: String? {
    let typed = words.filter(\.isWord)
    let lower = typed.map(\.lowercased)
    guard let how = lower.firstIndex(of: "how"),
      let verb = lower.indices.dropFirst(how + 1).first(where: {
        Self.presentViewingVerbs.contains(lower[$0])
      }),
      let start = lower[(how + 1)..<verb].firstIndex(where: Self.personOpenings.keys.contains),
      let opening = Self.personOpenings[lower[start]],
      (2...12).contains(verb - start),
      // "how do you reckon a farmer sees it"; "how do you know your dad thinks that" asks how
      // the persona knows, not how the dad sees it.
      lower[(how + 1)..<start].allSatisfy(Self.reckoningFrame.contains),
      !lower[start..<verb].contains(where: Self.notAViewer.contains),
      !Self.asksWho(lower[start..<verb])
    else { return nil }
    return Self.said(opening, typed[start..<verb].dropFirst())
  }

  /// The one a question first asks the persona to picture, then asks about by a pronoun: "a
  /// factory worker in Ohio who lost his job" in "picture a factory worker in ohio who lost his
  /// job, what do you think he was hoping for?"; nil when it pictures nobody.
  private var pictured: String? {
    // Fillers go before the one pictured ("think of like a worker"); among its words, "like"
    // names a kind ("someone like you").
    let opening = words.firstIndex { Self.personOpenings.keys.contains($0.lowercased) }
    let typed =
      words[..<(opening ?? words.endIndex)].filter { !Self.fillers.contains($0.lowercased) }
      + words[(opening ?? words.endIndex)...]
    let lower = typed.map(\.lowercased)
    guard let cue = Self.picturingCues.first(where: { lower.starts(with: $0) }),
      cue.count < lower.count, let opening = Self.personOpenings[lower[cue.count]],
      let end = lower.indices.dropFirst(cue.count + 1).first(where: {
        Self.askingWords.contains(lower[$0])
      }),
      (2...12).contains(end - cue.count),
      !Self.asksWho(lower[(cue.count + 1)..<end]),
      lower[end...].contains(where: Self.pointingBack.contains)
    else { return nil }
    return Self.said(opening, typed[(cue.count + 1)..<end])
  }

  /// The one named, as the persona says them: its words as typed after the opening, so a name
  /// keeps its capital ("people in Serbia"), and a place after "in" or "from" that the lexicon
  /// knows as a name gets one ("a worker in Ohio"), never a word before it ("a small town").
  /// The asker's "you" is the persona's "I" before a verb ("someone you know who's bought in"
  /// is "someone I know who's bought in"), else "me" ("someone close to you" is "someone close
  /// to me").
  private static func said(_ opening: String, _ rest: ArraySlice<Token>) -> String {
    var previous = opening
    // Chat that names no one is left out: "like" after a preposition ("works on like a
    // farm"), a hesitation anywhere; "someone like my mum" keeps its "like".
    let typed = rest.indices.filter { index in
      let word = rest[index].lowercased
      let before = index > rest.startIndex ? rest[index - 1].lowercased : opening
      return !hesitations.contains(word)
        && !(word == "like" && FunctionWords.prepositions.contains(before))
    }.map { rest[$0] }
    let words = typed.indices.map { index in
      let word = typed[index]
      defer { previous = word.lowercased }
      if var own = turnedToSpeaker[word.lowercased] {
        let next = index + 1 < typed.count ? typed[index + 1].lowercased : ""
        if own == "I", Lexicon.verbReadings(of: next).isEmpty, FunctionWords.auxiliary(next) == nil
        {
          own = "me"
        }
        return Token(own, kind: word.kind, hasSpaceBefore: word.hasSpaceBefore)
      }
      let isPlace =
        placePrepositions.contains(previous) && !FunctionWords.isFunctionWord(word.lowercased)
        && Lexicon.classes(of: word.lowercased).contains(.properSense)
      guard isPlace else { return word }
      return Token(
        PersonaVoice.capitalized(word.text), kind: word.kind, hasSpaceBefore: word.hasSpaceBefore)
    }
    return words.isEmpty ? opening : opening + " " + words.joinedText
  }

  /// The asker's words for the persona, as the persona says them of itself, and the asker's
  /// words for themselves, as the persona says them of the asker ("somebody like my lad" is
  /// "somebody like your lad": the lad is the asker's, never the persona's).
  private static let turnedToSpeaker: [String: String] = [
    "you": "I", "your": "my", "yours": "mine", "yourself": "myself", "u": "I", "ur": "my",
    "my": "your", "mine": "yours", "myself": "yourself", "our": "your", "ours": "yours",
  ]

  /// Prepositions a place name follows.
  private static let placePrepositions: Set<String> = ["in", "from", "near", "outside"]

  /// How a question asks the persona to picture someone, as its first words.
  private static let picturingCues: [[String]] = [
    ["picture"], ["imagine"], ["think", "of"], ["take"], ["consider"], ["say"],
  ]

  /// Chat words that name no one: "think of like a worker".
  private static let fillers: Set<String> = ["like", "um", "uh", "ok", "okay", "so", "just"]

  /// The words that start asking about the one pictured.
  private static let askingWords: Set<String> = [
    "how", "what", "why", "would", "do", "does", "is", "where", "which",
  ]

  /// Pronouns by which the rest of the question asks about the one pictured.
  private static let pointingBack: Set<String> = [
    "he", "she", "they", "him", "her", "them", "theyd", "hed", "shed",
  ]

  /// Sounds of hesitation that name no one: "a um teacher".
  private static let hesitations: Set<String> = ["um", "uh", "erm", "er", "umm"]

  /// Verbs of how someone sees a matter, said of them in the present: "how do you reckon a
  /// farmer sees it".
  private static let presentViewingVerbs: Set<String> = [
    "sees", "views", "feels", "thinks", "reacts", "takes",
  ]

  /// Words between "how" and the one asked about when the persona is asked to reckon how they
  /// see it: "how do you reckon …", "how does …".
  private static let reckoningFrame: Set<String> = [
    "do", "does", "d'you", "you", "u", "ya", "reckon", "think", "suppose", "imagine", "figure",
    "guess",
  ]

  /// Modals before a verb of seeing it as someone would.
  private static let viewingModals: Set<String> = ["would", "might", "will", "could"]

  /// Verbs of how someone sees a matter.
  private static let viewingVerbs: Set<String> = [
    "see", "view", "say", "think", "feel", "react", "answer", "respond",
  ]

  /// Words that open the naming of someone, as the persona says them.
  private static let personOpenings: [String: String] = [
    "a": "a", "an": "an", "someone": "someone", "somebody": "somebody", "anyone": "anyone",
    "the": "the", "your": "my", "people": "people",
  ]

  /// Whether the words taken for someone named leave who it is to the persona to say: a
  /// question word where a name would go ("people like who", "someone such as what"), not one
  /// that goes on to say who they are ("someone who lost their job").
  private static func asksWho(_ named: ArraySlice<String>) -> Bool {
    named.indices.dropFirst().contains { index in
      nameAsked.contains(named[index])
        && (naming.contains(named[index - 1])
          || FunctionWords.prepositions.contains(named[index - 1]))
    }
  }

  /// Question words that can stand where someone's name would go.
  private static let nameAsked: Set<String> = ["who", "whom", "what", "which", "where"]

  /// Words after which a name is given: "like", "as" ("such as").
  private static let naming: Set<String> = ["like", "as"]

  /// Words that make the one named no viewer of its own: the persona, or those who disagree.
  private static let notAViewer: Set<String> = ["you", "disagree", "disagrees", "i", "me"]
}
