/// What a drill's persona reads in a question before it answers: the critic's form and kind,
/// what the question is about beyond the belief itself, the term a clarification asks about,
/// what it aims at beyond its kind, and whether it takes up the persona's last reply.
struct PersonaQuestion: Sendable {
  /// What a question asks for that no kind says.
  enum Aim: Sendable, Equatable {
    /// How the persona itself came to the belief: "How did you come to believe this?", "Have
    /// you used these tools yourself?".
    case origin
    /// The other side of something the belief speaks of: "What about the jobs AI will create?".
    case counterPoint
    /// What would come of a change: "What happens to teamwork if everyone stays at home?".
    case hypothesis
    /// Which of its reasons weighs most: "Which of those matters most to you?".
    case weighing
    /// A case or an instance of what it said: "Which war are you thinking of?", "Can you name
    /// one?"; or a picture of it: "What would a fair version look like?".
    case example
    /// Where something it said comes from: "Where did you hear that?".
    case source
    /// What it has read or watched on the matter as a whole: "What have you been reading about
    /// it?".
    case reading
    /// More of something it said, as lived: "What does that look like day to day?", "How did
    /// people there actually use it?".
    case detail
    /// A closed question about whether there is any exception: "Was there ever a war worth
    /// fighting?", "Would you ever vote for them?".
    case exception
    /// What those who disagree say: "What do your critics usually argue?".
    case opposition
    /// A story from its own life or of someone it knows: "Can you tell me about a time you
    /// did that?", "Is there someone you know whose life shows this?".
    case story
    /// How something it said works, step by step: "How would that work, step by step?".
    case mechanism
    /// Whether it trusts someone or something: "Do you trust the government to get it right?".
    case trust
    /// What the matter is in its own life: "What does AI mean in your own life?", "What's it
    /// been like for you?".
    case ownLife
    /// How it spends a time of its own week or day: "what do you do on a tuesday evening?",
    /// "how do you spend your weekends?".
    case ownTime
    /// A plain thing of its everyday life: "what's in your garden?", "who else lives with
    /// you?", "where do you live?".
    case ownThings
    /// Whether it would hold the belief at a price or on a condition: "Would you still feel that
    /// way if it meant a draft?".
    case condition
    /// Whether it has checked what it said: "Is that something you've looked into?".
    case checking
    /// How much of what it speaks of it has seen or done itself: "How many politicians have
    /// you actually met?", "How often have you used it?".
    case extent
    /// Why a case put to it did not change its mind: "Why didn't the expenses scandal change
    /// your view?".
    case counterCase
    /// Why what it backs has not worked yet: "Why haven't the sanctions stopped them already?".
    case shortfall
    /// What it measures its claim against: "Compared to what?", "Better than what?".
    case comparison
    /// Another reason than one it sets aside: "Apart from the cost, what else?".
    case another
  }

  /// Open, closed, leading, reflection or statement, as the critic read it.
  var form: QuestionForm
  /// The kind of a question; nil for a reflection or a statement.
  var kind: QuestionKind?
  /// What it is about that the belief is not, and that no question is made of: "Sweden" and
  /// "tax" in "How has Sweden's tax worked out?", nothing in "What evidence do you have?".
  var topic: Set<String>
  /// Its content words beyond the belief's, the words questions are made of among them ("end"
  /// in "What makes you say most wars end in talks?"): what it shares with a reason it asks
  /// about, when `topic` is too little to tell.
  var content: Set<String>
  /// The things among `topic`: nouns and names, not an adjective before a noun ("old" in "an
  /// old panic"), nor what is only a verb or an adjective ("own").
  var things: Set<String>
  /// The names among `things`: written with a capital after the first word ("Denmark").
  var names: Set<String>
  /// The words a clarification asks the meaning of, as typed: "fair" in "What do you mean by
  /// fair?"; nil when it names none.
  var termAsked: String?
  /// What it asks for beyond its kind, read by its own words; nil for most questions.
  var aim: Aim?
  /// Whether it supposes a case of its own (`supposingCues`) rather than the belief being right.
  var supposesACase: Bool
  /// Whether it takes up what the persona said last ("How do you know that?").
  var followsUp: Bool
  /// Whether a reflection gives back another side as well ("… even if the price swings"): the
  /// persona grants it rather than agreeing with the whole.
  var givesOtherSide: Bool
  /// Whether it gives the persona back a feeling of its own ("you sound worn out"): met with
  /// how it feels (`givesBackFeeling(_:)`).
  var givesFeeling: Bool
  /// How a closed question about the persona itself is answered ("Yes, I have" or "No, I
  /// haven't"); nil for a closed question about anything else, and for every other form.
  var ownAnswer: OwnAnswer?
  /// What a leading question pushes, as a clause: "banks have failed people too" in "dont you
  /// think banks have failed people too tho?"; nil for any other form, or when it cannot be
  /// told cleanly.
  var pushed: String?
  /// Someone of its own life whose view the question asks, as the persona names them ("my other
  /// half" for "your other half"): "does your wife agree?" asks about its life, never about
  /// those who disagree.
  var closeOne: String?
  /// The things of the clause in which it says the persona said something ("the promises you
  /// mention"); nil when it says no such thing.
  var attributed: Set<String>?
  /// Its words in lowercase (`DrillDialogue.key(of:)`).
  var key: String
  /// Its words, as typed: what names a thing is said back in them.
  let words: [Token]
  /// Its tokens as typed, punctuation too: what parts the senses it offers.
  let tokens: [Token]

  /// - Parameters:
  ///   - text: the question exactly as typed.
  ///   - belief: the persona's belief.
  ///   - beliefWords: the lemmas of the belief (`PersonaVoice.beliefWords`): they say nothing
  ///     of what a question is about.
  ///   - lastReply: what the persona said last, if anything.
  init(
    _ text: String, form: QuestionForm, kind: QuestionKind?, belief: String,
    beliefWords: Set<String>, lastReply: String?
  ) {
    let tokens = Tokenizer.tokenize(text)
    // A question that opens with a question word asks for more than yes or no, whatever
    // the critic's form: "Which animals have been brought back?" is answered as open.
    // "Since when …?" asks as much, whatever the critic makes of it.
    let opening = tokens.filter(\.isWord).prefix(2).map(\.lowercased)
    let opensWithQuestionWord =
      opening.first.map(Self.questionWords.contains) == true || opening == ["since", "when"]
    // What ends in a question mark is a question to the persona, whatever the critic made of
    // it ("Can you give me a real case?" read as a request).
    // A yes or no about its own life that pushes no claim is asked, however it is put: "have
    // you ever actually bought any?" is answered, not defended against.
    let own = [tokens, Self.lastSentence(of: tokens), Self.lastClause(of: tokens)].lazy
      .compactMap(Self.ownAnswer(in:)).first
    let asksTrust = Self.aimCues.contains { $0.aim == .trust && Self.says($0.cue, in: tokens) }
    let asksOwnLife =
      form == .leading && (own != nil || asksTrust) && Self.pushedClaim(in: tokens) == nil
    // "I'll be honest, I don't know loads about this, what got you thinking that?" asks, after
    // words the critic hears as pushing, with no claim pushed: it is answered as asked.
    let asksAfterPreamble =
      form == .leading && Self.pushedClaim(in: tokens) == nil
      && Self.lastClauseAsks(tokens) && !Self.givesMotive(tokens)
    let asked =
      asksAfterPreamble
      ? QuestionForm.open
      : (form == .statement && tokens.last?.text == "?") || asksOwnLife ? QuestionForm.closed : form
    // "So it sounds like the collapses shook you?" gives back what it heard, tentatively:
    // the persona takes it as a reflection, whatever the critic made of the question mark.
    // "You're only saying that because …" gives back no view: it puts a motive on them.
    let givesFeeling =
      [.reflection, .statement, .leading].contains(form) && Self.givesBackFeeling(tokens)
    let reflects =
      [.leading, .statement, .closed].contains(form)
      && (Self.opensAsReflection(tokens) || Self.echoesBack(tokens, lastReply: lastReply)
        || givesFeeling)
      && !Self.givesMotive(tokens)
    // "what about you, do you own one?" turns to a yes or no about its life: closed. "Is there
    // anything else, apart from the cost?" asks for the reason, not a yes.
    // "what else?", "and then what?" alone ask for its next reason, as does "apart from …".
    let asksMore = Self.moreAsks.contains(DrillDialogue.key(of: text))
    let asksAnother = asksMore || Self.anotherCues.contains { Self.says($0, in: tokens) }
    // "like what?", "such as?" alone ask for a case of what it just said: an open question,
    // whatever its bare words read as.
    let asksCase = Self.caseAsks.contains(DrillDialogue.key(of: text))
    self.form =
      asksCase
      ? .open
      : reflects
        ? .reflection
        : asked == .closed && (opensWithQuestionWord && own == nil || asksAnother) ? .open : asked
    let form = self.form
    // Some questions ask for one thing in shapes the critic files under another kind ("What
    // evidence would convince you …?" asks what would change its mind; "Can you give me an
    // example?" asks for evidence): the persona answers what they ask for.
    // What a question asks for is read by its own cues before the critic's kind: the critic
    // files "How might someone in the West Bank see this?" under clarification.
    let cued = Self.kindCues.first { cue, _ in Self.says(cue, in: tokens) }
    self.kind = form == .open ? cued?.kind ?? kind : form == .reflection ? nil : kind
    // "At all" asks for an exception only in a yes or no: "What happens if nobody acts at all?"
    // asks what would happen; "Why do you trust it?" asks for reasons, not whether it does.
    aim =
      asksMore
      ? .another
      : asksCase
        ? .example
        : [.open, .closed].contains(form)
          ? Self.aimCues.first {
            (![.exception, .trust].contains($0.aim) || form == .closed)
              && Self.says($0.cue, in: tokens)
          }?.aim : nil
    supposesACase = Self.supposingCues.contains { Self.says($0, in: tokens) }
    key = DrillDialogue.key(of: text)
    self.tokens = tokens
    words = tokens.filter(\.isWord)
    content = TopicWords(tokens, ignoring: beliefWords).lemmas.subtracting(Self.slangWords)
    // A word of the belief's own root ("danger" of "dangerous") asks about the belief itself.
    topic = content.filter { lemma in
      !QuestionFrameWords.lemmas.contains(lemma)
        && !beliefWords.contains { ReflectionFit.sharesRoot($0, lemma) }
    }
    // Someone of a life ("your nan") is no thing of the matter it may know little of.
    things = Self.things(in: tokens, among: topic, beside: beliefWords).filter {
      !KinWords.isKin($0)
    }
    names = Set(
      tokens.dropFirst().filter { $0.isWord && $0.isCapitalized }.map {
        TopicWords.lemma(of: $0.lowercased)
      }
    ).intersection(things)
    termAsked = form == .open && self.kind == .clarification ? Self.term(askedIn: tokens) : nil
    followsUp =
      lastReply.map { FollowUp.buildsOn(text, previous: $0, belief: belief) } ?? false
    givesOtherSide =
      form == .reflection && Self.otherSideCues.contains { Self.says($0, in: tokens) }
    self.givesFeeling = form == .reflection && givesFeeling
    ownAnswer =
      form == .closed
      ? own
        ?? Self.personalAnswer(in: tokens, beliefWords: beliefWords, belief: belief) : nil
    pushed = form == .leading ? Self.pushedClaim(in: tokens) : nil
    // "Does your other half agree?" asks a view the persona will not give for them.
    closeOne = form == .reflection ? nil : Self.closeOne(in: words)
    if closeOne != nil {
      aim = .ownLife
      ownAnswer = nil
    }
    attributed = Self.attributed(in: tokens).map {
      Self.things(in: $0, among: topic, beside: beliefWords)
    }
  }

  /// The things among its things that can only be things: a name ("Taiwan", "china"), a word
  /// no lexicon knows ("eu"), or a word that is only a noun ("researchers"); not a word that is
  /// a verb or an adjective as well ("sway", "trust", "clean").
  var concreteThings: Set<String> { things.filter(Self.isConcrete) }

  /// The names among its concrete things: written with a capital, known to the lexicon as a
  /// name ("china"), or unknown to it ("eu"); not a common noun ("problem").
  var namedThings: Set<String> {
    concreteThings.filter { lemma in
      let classes = Lexicon.classes(of: lemma)
      return names.contains(lemma) || classes.isEmpty || classes.contains(.properSense)
    }
  }

  private static func isConcrete(_ lemma: String) -> Bool {
    let classes = Lexicon.classes(of: lemma)
    return classes.isEmpty || classes.contains(.properSense)
      || (!classes.contains(.verb) && !classes.contains(.adjective))
  }

  /// The words that name the first of some things, as typed: with the words before it that
  /// only describe it (up to two: "speculative", "eu") and an article before those ("the eu
  /// rules" in "wouldn't you agree that the eu rules …?"); nil when it names none of them.
  /// An article is said in lowercase, though it opened the sentence ("a government
  /// department", never "A government …").
  func phrase(naming lemmas: Set<String>) -> String? {
    guard
      let at = words.firstIndex(where: { lemmas.contains(TopicWords.lemma(of: $0.lowercased)) })
    else { return nil }
    var start = at
    // A name runs back through the capitalised words before it, as it runs on (`nameEnd`);
    // a chat or function word capitalised only as a sentence's first ("Like Iraq") is no part
    // of it.
    if words[at].isCapitalized {
      while start > 1, words[start - 1].isCapitalized, words[start - 1].text != "I",
        !Self.opensOnlyBySpelling(words[start - 1].lowercased), followsRightOn(start)
      {
        start -= 1
      }
    }
    while start > 0, at - start < 2, Self.describes(words[start - 1].lowercased) {
      start -= 1
    }
    // A noun before another names what that one is of ("a government department"): the
    // phrase runs on to the noun it describes, never stopping at "a government".
    var end = nameEnd(from: at)
    while end + 1 < words.count, end == at || !words[end].isCapitalized,
      Self.isOnlyNoun(words[end + 1].lowercased), followsRightOn(end + 1)
    {
      end += 1
    }
    var spoken = words[start...end].map(\.text)
    if start > 0, FunctionWords.articles.contains(words[start - 1].lowercased) {
      spoken.insert(words[start - 1].lowercased, at: 0)
    }
    return spoken.joined(separator: " ")
  }

  /// Where a name that a word is in ends: it runs on through the capitalised words right after
  /// it ("the Cold War", never "the Cold"), never over a mark ("Russia? Like …"); a word in
  /// lowercase is its own end.
  func nameEnd(from at: Int) -> Int {
    var end = at
    guard at > 0, words[at].isCapitalized else { return end }
    while end + 1 < words.count, words[end + 1].isCapitalized, followsRightOn(end + 1) { end += 1 }
    return end
  }

  /// Whether a word comes right after the word before it, with no mark between them.
  private func followsRightOn(_ index: Int) -> Bool {
    let wordTokens = tokens.indices.filter { tokens[$0].isWord }
    guard index < wordTokens.count, index > 0 else { return false }
    return wordTokens[index] == wordTokens[index - 1] + 1
  }

  /// Whether a word before a thing describes it: not a function word, a question word, a verb
  /// or an adverb ("Surely").
  private static func describes(_ word: String) -> Bool {
    guard !FunctionWords.isFunctionWord(word), !questionWords.contains(word),
      !slangWords.contains(word),
      !QuestionFrameWords.lemmas.contains(TopicWords.lemma(of: word))
    else { return false }
    let classes = Lexicon.classes(of: TopicWords.lemma(of: word))
    let isAdverb = classes.intersection([.noun, .verb, .adjective, .adverb]) == .adverb
    return classes.isEmpty || (!classes.contains(.verb) && !isAdverb)
      || classes.contains(.adjective)
  }

  /// The words that name the first of its concrete things, if it names any.
  var thingPhrase: String? {
    let concrete = concreteThings
    return phrase(naming: names.intersection(concrete).isEmpty ? concrete : names)
  }

  /// Whether a pattern matches anywhere in a question.
  static func says(_ cue: PhrasePattern, in tokens: [Token]) -> Bool {
    tokens.indices.contains {
      cue.mayStart(with: tokens[$0].lowercased) && !cue.matchEnds(in: tokens, from: $0).isEmpty
    }
  }
}
