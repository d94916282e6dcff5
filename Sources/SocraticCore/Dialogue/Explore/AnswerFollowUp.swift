/// Questions built on what the last answer said, in the person's words: a source they named
/// ("the exit polls" → "How far do you trust the exit polls on this, and why?") and a reason
/// they lived ("my team slowed down" → "How typical do you think it is that your team slowed
/// down?"), instead of a stock question that could follow any answer.
enum AnswerFollowUp {
  // MARK: - Reasons they lived

  /// Questions about a reason the person lived or saw in their family, in the order they are
  /// offered: how another person in it would tell it (a belief about their own life), how
  /// typical the experience is (a belief about the world, when an event was told). The
  /// experience is named as one, never by a clause of it: "How typical do you think it is that
  /// your buddy had a leaf?" and "… that your grandpa was from near Lublin" put a background
  /// detail in place of what happened.
  /// - Parameters:
  ///   - claim: the belief's claim.
  static func livedReasonWordings(reason: String, claim: String) -> [String] {
    if isPersonal(claim) {
      // The other person in their story is someone whose view can be imagined: the one the
      // belief names ("your brother"), or the one the story does.
      // "How do you think they would tell it?" named no one and nothing: the person is named
      // as the belief or the story names them, and what they would tell is what happened.
      // "she is home all day": nothing happened for anyone to tell, and only someone named
      // can be asked how they see it.
      // "my dad opened that shop in 1981": someone told of in the past may be gone.
      guard tellsAnEvent(reason) else {
        let told = relativeIn(reason).flatMap { toldOfInThePast($0, in: reason) ? nil : $0 }
        // "your parents see it", "your mum sees it".
        return (personIn(claim) ?? told).map { who in
          let sees = Plural.namesMany(BeliefMap.plainWords(who)) ? "see" : "sees"
          return ["How do you think \(who) \(sees) it?"]
        } ?? []
      }
      // "i tried the app and never looked at it": a story with no one else in it has no one
      // else to tell it; "the others involved" met "what others?".
      // "our neighbour died last month": the one who died tells nothing, and a loss is met,
      // never retold from another side.
      guard !tellsALoss(reason), let other = personIn(claim) ?? relativeIn(reason) else {
        return []
      }
      return ["How do you think \(other) would tell what happened?"]
    }
    // "I run a bakery", "most coins I hear about turn out to be scams": no event was told, so
    // there is no experience whose typicality to weigh.
    guard tellsAnEvent(reason), let question = typicalQuestion(of: reason) else { return [] }
    return [question]
  }

  /// How typical what happened is, named by whom it happened to ("my mom was let go" → "How
  /// typical is what happened to your mom, do you think?"), or by what they saw ("i saw two
  /// crashes there" → "How typical is what you saw, do you think?"): "that experience" left them
  /// asking "which one?". Only an event of their own is weighed: a clause in the past, not
  /// denied, with them or theirs as its subject or object ("nothing happened to me really", "my
  /// friend's sister got scammed" are none). Nil when the text tells none.
  static func typicalQuestion(of told: String) -> String? {
    // "my friend died out there": a loss is met, never weighed as a sample of how things go.
    guard !tellsALoss(told) else { return nil }
    let tokens = Tokenizer.tokenize(String(told.prefix(readLimit)))
    for sentence in SentenceSplitter.sentences(in: tokens) {
      // "they never fixed the lift": what did not happen is no event.
      guard let clause = ClauseParser.parse(Array(sentence)), !clause.isNegated,
        !clause.beforeVerb.contains(where: isNegation)
      else { continue }
      switch clause.verb {
      case .lexical(_, .past), .perfect: break
      // "my iron was low last winter": how something was is a state, nothing that happened.
      case .be(.past) where !Self.saysAState(clause.rest): break
      default: continue
      }
      // "my neighbour's boy got robbed and told me": what was told to them befell someone
      // else.
      if case .lexical(let base, _) = clause.verb, tellingVerbs.contains(base) { continue }
      let subject = clause.subject.filter(\.isWord).map(\.lowercased)
      // "nothing happened to me really": what did not befall them is no event of theirs.
      if subject.first.map(Self.noOne.contains) == true { continue }
      if case .lexical(let base, _) = clause.verb, let seen = seeingPast[base],
        ["i", "we"].contains(subject)
      {
        return "How typical is what you \(seen), do you think?"
      }
      let object = clause.rest.filter(\.isWord).map(\.lowercased)
      // "my weekly shop costs twice what it did": a subject of theirs is what befell them
      // only when it is all of the subject, no verb read into it ("what happened to your
      // weekly shop costs" was asked).
      guard
        let person = ownPerson(in: object)
          ?? ownPerson(in: subject).flatMap({
            $0.split(separator: " ").count + 1 >= subject.count ? $0 : nil
          })
      else { continue }
      // "our last survey had most parents for it": nothing happens to a source; it tells.
      if sourceNouns.contains(String(person.split(separator: " ").last ?? "")) { continue }
      return "How typical is what happened to \(person), do you think?"
    }
    return nil
  }

  /// Whether what follows a past "was" says how something was ("low", "really tired"), not
  /// what was done to it ("let go", "knocked off"): its first word, past any adverb, is an
  /// adjective and no past participle.
  static func saysAState(_ rest: [Token]) -> Bool {
    guard
      let word = rest.lazy.filter(\.isWord).map(\.lowercased)
        .first(where: { Lexicon.classes(of: $0) != .adverb })
    else { return false }
    return Lexicon.classes(of: word).contains(.adjective)
      && !Lexicon.verbReadings(of: word).contains { $0.form == .pastParticiple }
  }

  /// Verbs by which something is passed on to them, not done to them.
  static let tellingVerbs: Set<String> = [
    "tell", "say", "show", "write", "text", "message", "email", "call", "warn", "explain",
  ]

  /// Subjects that say nothing befell anyone: "nothing happened to me".
  static let noOne: Set<String> = ["nothing", "nobody", "none", "no", "noone", "neither"]

  /// The past of the verbs by which they saw something happen.
  static let seeingPast: [String: String] = [
    "see": "saw", "watch": "watched", "hear": "heard", "notice": "noticed",
    "witness": "witnessed",
  ]

  /// The person or thing of theirs some words name, as a question names it: "me" → "you", "our
  /// bus route" → "your bus route"; nil when they name nobody of theirs.
  static func ownPerson(in words: [String]) -> String? {
    if words.count <= 1, let only = words.first, ["i", "we", "me", "us"].contains(only) {
      return "you"
    }
    // "at my last job we tried it": what follows a preposition is where or when it happened,
    // never whom it happened to ("what happened to your last job").
    guard
      let start = words.indices.first(where: { index in
        ["my", "our"].contains(words[index])
          && (index == 0 || !ExploreArc.prepositions.contains(words[index - 1]))
      }),
      start + 1 < words.count
    else {
      // "but not me", "except us": they are named as the ones it passed by; "a lad who
      // worked for me", "the bloke beside me": as the ones beside someone it befell.
      let befell = words.indices.contains { index in
        ["me", "us"].contains(words[index])
          && (index == 0
            || !(sparingWords.contains(words[index - 1]) || besideWords.contains(words[index - 1])))
      }
      return befell ? "you" : nil
    }
    // "my rent up": the noun phrase runs over nouns, never onto a particle or another clause.
    // "it was my gym man": a word of address after the name is said to the listener, never
    // part of what happened to whom ("what happened to your gym man" was asked).
    let named = words[(start + 1)...].enumerated().prefix { offset, word in
      (["'s", "’s"].contains(word)
        || (!FunctionWords.isFunctionWord(word)
          && (relatives.contains(word) || Lexicon.classes(of: word).contains(.noun))))
        && (offset == 0 || !addressWords.contains(word))
    }.map(\.element).prefix(3)
    guard !named.isEmpty else { return nil }
    return "your "
      + named.joined(separator: " ").replacing(" '", with: "'").replacing(
        " ’", with: "’")
  }

  /// Words said to the listener in chat, which close what came before them: the words of
  /// address ("man", "bro") and chat's laughs and asides ("lol", "tbh").
  static let addressWords = TypedForms.addressTerms.union(["lol", "lmao", "haha", "tbh"])

  /// Words that name the ones something passed by: "not me", "except us".
  static let sparingWords: Set<String> = ["not", "except", "but", "besides", "than", "apart"]

  /// Words that put them beside what befell someone else, never under it: "worked for me",
  /// "sat with us", "someone like me".
  static let besideWords: Set<String> = [
    "for", "with", "under", "beside", "alongside", "behind", "near", "like",
  ]

  /// Whether a text tells something that happened: its first clause is in the past ("my gym
  /// raised its fees", "I was sent home") or the perfect ("we've had three outages").
  static func tellsAnEvent(_ text: String) -> Bool {
    recentEvents.reading(of: String(text.prefix(readLimit)))
  }

  /// `tellsAnEvent` of texts read lately: the arc asks it of each reason every turn.
  private static let recentEvents = RecentReadings<String, Bool>(
    kept: 256, size: { $0.utf8.count }, read: { readsAsAnEvent($0) })

  /// Whether a text, at most `readLimit` characters, tells something that happened.
  private static func readsAsAnEvent(_ text: String) -> Bool {
    let sentence =
      SentenceSplitter.sentences(in: Tokenizer.tokenize(String(text.prefix(readLimit)))).first
      ?? []
    // "i never looked it up", "we didnt go": what did not happen is no experience to weigh.
    if deniesIt(text) { return false }
    if tellsAHabit(sentence) { return false }  // "my nan used to bake": a habit, no event.
    switch ClauseParser.parse(sentence)?.verb {
    case .lexical(_, .past)?, .be(.past)?, .perfect?: return true
    // "it would of been easier if we just stayed home": what would have been happened to no
    // one, nor did the past of its condition.
    case .modal(let modal)? where AnswerMoveReader.conditionalModals.contains(modal.lowercased()):
      return false
    default: break
    }
    // "because I cut it out last year and felt better": a later verb or a time in the past.
    let tags = ClauseScanner(tokens: sentence).tags
    return sentence.indices.contains { index in
      pastTimeWords.contains(sentence[index].lowercased)
        || (tags[index] == .finiteVerb
          && Lexicon.verbReadings(of: sentence[index].lowercased).first?.form == .past)
    }
  }

  /// Whether a text tells a loss or a harm to someone ("my cousin was killed", "we buried
  /// him in may", "she got cancer"): something heavy, whose weight is answered before anything
  /// else is asked for.
  static func tellsALoss(_ text: String) -> Bool {
    Tokenizer.tokenize(String(text.prefix(readLimit))).contains {
      AnswerCues.lossWords.contains($0.lowercased)
    }
  }

  /// Whether the first clause of a text says what did not happen or what they have not done
  /// ("i haven't read the new ones", "we didnt go"): an admission, no experience.
  static func deniesIt(_ text: String) -> Bool {
    let sentence =
      SentenceSplitter.sentences(in: Tokenizer.tokenize(String(text.prefix(readLimit)))).first
      ?? []
    let verb = ClauseParser.finiteVerbIndex(in: sentence) ?? 0
    // The verb's own "not" follows it: "i did not see it".
    return sentence.prefix(verb + 2).contains(where: isNegation)
  }

  /// Words that place what is told in the past.
  static let pastTimeWords = TimeWords.past

  /// Whether a clause's first word is the person ("you", "you've"): how typical it is that
  /// they saw something asks nothing.
  static func isAboutThemselves(_ word: Substring) -> Bool {
    word == "you" || word.hasPrefix("you'") || word.hasPrefix("you’")
  }

  /// The first of their people a text names ("my sister said …" → "your sister").
  static func relativeIn(_ text: String) -> String? {
    let words = Tokenizer.tokenize(String(text.prefix(readLimit))).filter(\.isWord).map(
      \.lowercased)
    return zip(words, words.dropFirst()).first {
      ["my", "our"].contains($0) && relatives.contains($1)
    }.map { "your " + $1 }
  }

  /// Someone of theirs as a question names them: "my son would" → "your son", "dad" → "your
  /// dad", "my older brother literally" → "your older brother". Nil unless the words name one
  /// of their people ("he", "Ben", "people" name no one the question can make theirs).
  static func ownPersonNamed(_ who: String) -> String? {
    let words = Tokenizer.tokenize(String(who.prefix(readLimit))).filter(\.isWord).map(
      \.lowercased
    ).drop { ["my", "our", "your"].contains($0) }
    let modifiers = words.prefix { personModifiers.contains($0) }
    guard let person = words.dropFirst(modifiers.count).first, relatives.contains(person)
    else { return nil }
    return (["your"] + modifiers + [person]).joined(separator: " ")
  }

  /// Words that may stand before one of their people: "older brother", "best friend".
  static let personModifiers: Set<String> = [
    "older", "younger", "big", "little", "best", "oldest", "youngest", "eldest", "late", "ex",
    "twin", "step",
  ]

  /// The person a belief about their own life names ("your brother should help more" → "your
  /// brother"), as the belief names them.
  static func personIn(_ claim: String) -> String? {
    let tokens = Tokenizer.tokenize(claim)
    for index in tokens.indices.dropFirst()
    where AnswerFollowUp.relatives.contains(tokens[index].lowercased)
      && tokens[index - 1].lowercased == "your"
    {
      return "your " + tokens[index].text
    }
    return nil
  }

  /// Words for the people in a person's life.
  static let relatives: Set<String> = [
    "mom", "mum", "dad", "mother", "father", "wife", "husband", "sister", "brother", "son",
    "daughter", "grandma", "grandpa", "parents", "kids", "partner", "boss", "friend", "roommate",
    "neighbour", "neighbor", "uncle", "aunt", "cousin", "nephew", "niece", "grandmother",
    "grandfather", "girlfriend", "boyfriend", "fiance", "fiancee", "flatmate", "housemate",
    "stepdad", "stepmom", "stepmum", "grandson", "granddaughter", "granddad", "grandad", "gran",
    "nan", "nana",
  ]

  /// Words of a belief about the person's own life: themselves, their people.
  static let personalWords: Set<String> = ["i", "me", "my", "we", "us", "our", "your"]

  /// Places a person shares with many: "my city" is no belief about their own life.
  static let sharedPlaces: Set<String> = [
    "city", "town", "country", "state", "county", "neighborhood", "neighbourhood", "area",
    "generation", "government", "region", "province",
  ]

  /// Whether a belief is about the person's own life ("my brother should help more", read as
  /// "your brother should help more"); "you" is the person only as a subject ("you should
  /// move", "your wife and you"), never the anyone of "seed oils are bad for you".
  static func isPersonal(_ claim: String) -> Bool {
    let words = Tokenizer.tokenize(claim).filter(\.isWord).map(\.lowercased)
    return words.first == "you"
      || words.indices.contains { index in
        // "the police in my city": a place they share with many is no life of their own.
        (personalWords.contains(words[index])
          && !(index + 1 < words.count && sharedPlaces.contains(words[index + 1])))
          || (words[index] == "you" && index > 0 && words[index - 1] == "and")
      }
  }
}
