/// What partner mode makes of something the other person said: a new claim, a reason for the
/// claim being discussed, a question, someone else's view, a remark on how sure they are, a
/// parting word, or a fragment; and which later stages of the conversation its words belong to.
///
/// The rules, each on words, never on whole sentences:
/// - Parting words (thanks, a goodbye, "I have to go") are answered by the close; nothing in
///   them is a claim or a reason.
/// - A remark made only of words of certainty, doubt or being wrong ("I'm pretty sure", "I
///   could be wrong, but I doubt it"), or a number with nothing else that claims anything
///   ("80.", "I'd say 80%"), states no claim.
/// - An answer's opening words without a verb, or the question it answers, lead in to what it
///   states: "Maybe three hours. But my grades are fine." states the second sentence.
/// - A question (the engine reads it as one) is theirs to ask; it states nothing. A statement
///   said with a question mark ("It seems obvious??") is a statement all the same.
/// - A reaction of theirs ("I don't like how he talks"), a point granted before a "but", or a
///   line said of the listener ("I mean you know why") leaves the claim being discussed as it is.
/// - A request ("Pass the potatoes, please", "don't tell mom") claims nothing; nor does telling
///   the listener they do not understand or listen ("You just don't get it").
/// - Pointing at something ("Look at what happened to translators"), even before what they say
///   of it, cites it as evidence for the claim being discussed.
/// - A statement with too little of its own ("it was", "he tried") gives no reason to question.
/// - What someone else says or thinks ("My dad says …", "She thinks …") is that person's view,
///   asked about as theirs: never a claim of the speaker's, nor a reason for one.
/// - What would change their mind ("If it crashed, I'd rethink it") claims nothing itself.
/// - A statement the engine reads is a new claim, with its own reason if it gives one, unless a
///   claim is already being discussed and the statement is about it: it refers back to it
///   ("it", "they"), reports something that happened to them or someone of theirs ("my brother
///   lost his savings"), or cites evidence ("studies", "the news", "for example"). Each gives a
///   reason for that claim.
/// - A statement that opens with "because" or another connective, said while a claim is being
///   discussed, gives a reason for that claim.
/// - A text the engine cannot read (no verb) gives a reason when it opens with "because" or
///   another connective ("Because of FTX."); otherwise, when it has a word that carries
///   meaning, it is a fragment, quoted back without laughter ("lol"). "Yeah", "because" or
///   "idk" alone quote nothing.
///
/// Signals move the conversation on (see `ConversationStage`): a reason belongs to `reasons`;
/// a word of certainty said of themselves ("I'm sure", "I doubt"), a percentage said with one
/// or in a short answer (never one in a story: "cut by 18 percent"), a rating ("8 out of 10"),
/// or a short answer such as "Absolutely." to `confidence`; changing their mind, rethinking, being
/// wrong, "unless", or what they would do if ("if …, I'd …") to `falsifiability`; thanks or a
/// goodbye to `close`.
struct TheirWords: Sendable {
  /// The claim it states, when it states a new one.
  var claim: BeliefAnalysis?
  /// Whether the new claim changes the subject while another was discussed: a belief stated as
  /// theirs ("I also think the media is biased") or what should be done ("the rules should come
  /// from the government"), rather than a statement that goes on with the one before.
  var changesSubject = false
  /// The reason it gives, with its connective, first person reflected: "because of FTX",
  /// "because your brother lost his savings on it". For a new claim, the claim's own reason;
  /// otherwise a reason for the claim being discussed.
  var reason: String?
  /// Whether its reason is something that happened to them or someone of theirs, or evidence
  /// they cite, rather than an argument: asked about for how typical it is, never doubted.
  var reportsExperience = false
  /// Whether its reason is a source they cite ("I read an article saying …", "the news …"),
  /// rather than a story of theirs: asked about for how far they trust it. Someone quoted in
  /// what they tell ("and she says mum it's perfect", "my mate reckons …") is no source to
  /// weigh: every source it names is one of the people it quotes.
  var citesSource: Bool {
    reportsExperience && answer.has(.source) && !answer.has(.example)
      && answer.sources.contains { !answer.speakers.contains($0) }
  }
  /// Whether it tells an example or something that happened: asking for one next is not
  /// listening.
  var givesAnExample: Bool { reportsExperience || answer.has(.example) }
  /// Whether a sentence of it explains a cause with a clause after a connective ("takings are
  /// off since they put the lane in", "… cos nobody can park"): they are giving reasons.
  var explainsACause: Bool {
    sentences.prefix(3).contains { sentence in
      let words = sentence.filter(\.isWord)
      return words.indices.dropFirst().contains { index in
        Self.causalConnectives.contains(words[index].lowercased)
          && ClauseParser.finiteVerbIndex(in: Array(words[(index + 1)...].prefix(12))) != nil
      }
    }
  }

  /// Words that join a cause to what it explains.
  static let causalConnectives: Set<String> = [
    "because", "cos", "coz", "cuz", "bc", "cause", "since",
  ]
  /// Whether it asks a question.
  var isQuestion = false
  /// Whether the line only asks the listener to wait (`asksToWait(_:)`): nothing is asked.
  var asksToWait = false
  /// Whether it reports what someone else says or thinks ("My dad says …", "She thinks …"):
  /// their view, asked about as theirs, never taken as a claim of the speaker's.
  var reportsView = false
  /// Who holds the view it reports: "she" for "my mum says …".
  var reportedSpeaker = ReportedSpeaker.they
  /// Whether, besides someone else's view, it says where they stand themselves: "… but I don't
  /// buy it".
  var givesOwnTake = false
  /// Whether it asks the listener to keep something to themselves: "don't tell mom".
  var asksToKeepItQuiet: Bool {
    sentences.contains { PartnerCueMatcher.keepingItQuiet.matches($0.filter(\.isWord)) }
  }
  /// Whether it ends by asking the listener where they stand: "well what do you think then?"
  var asksTheListener: Bool {
    sentences.last.map { PartnerCueMatcher.askingTheListener.matches($0.filter(\.isWord)) }
      ?? false
  }
  /// Whether it tells the listener they do not understand or listen ("You just don't get
  /// it"): a feeling of not being heard, answered by asking what is missed.
  var isAboutTheListener = false
  /// Whether it digs at the listener ("you've been in three jobs yourself"): taken calmly,
  /// never given back or questioned.
  var jabsAtListener = false
  /// Whether they are caught out by something they just said ("oh no... me and my big
  /// mouth", `PartnerCues.caughtOut`), or own a slip in a sentence of its own ("that came out
  /// wrong.", `PartnerCues.slipOwned`): reassured, never pressed.
  var isCaughtOut: Bool {
    PartnerCueMatcher.caughtOut.matches(typed.filter(\.isWord))
      || sentences.contains { sentence in
        let words = sentence.filter(\.isWord)
        return PartnerCueMatcher.slipOwned.matchEnd(atStartOf: words) == words.count
      }
  }
  /// Whether they ask the listener not to press on what they touched ("dont get all deep on
  /// me lol", "dont set me off", `PartnerCues.keepingItLight`), or laugh as they ask it to
  /// back off ("lol stop analysing me", `PartnerCues.backingOffLightly`): it is let be, lightly.
  var asksNotToBePressed: Bool {
    let words = typed.filter(\.isWord)
    return PartnerCueMatcher.keepingItLight.matches(words) || closesTheMatter || stopsASubject
      || PartnerCueMatcher.backingOffLightly.matches(words) && Self.isTeasing(typed)
  }
  /// Whether they ask to be heard out first ("just listen ok", "before you say no just
  /// listen", `PartnerCues.askingToBeHeard`): the listener listens, and nothing is asked or
  /// answered yet, even a question they put with it.
  var asksToBeHeard: Bool {
    sentences.contains { sentence in
      let words = Self.droppingOpeners(sentence).filter(\.isWord)
      return !words.isEmpty
        && PartnerCueMatcher.askingToBeHeard.matchEnd(atStartOf: words) == words.count
    }
  }
  /// Whether they close a matter the listener pressed ("before you start", "give it a rest",
  /// `PartnerCues.closingTheMatter`): it is let be, and nothing is asked that would reopen it.
  var closesTheMatter: Bool {
    PartnerCueMatcher.closingTheMatter.matches(typed.filter(\.isWord))
  }
  /// Whether it tells a hurt others did them ("everyone talks to me like i'm glass"): heard,
  /// never apologised for.
  var isHurtByOthers = false
  /// Whether they wave away their own hurt ("honestly im fine, all good",
  /// `brushesOff(_:)`): met gently, never examined, and no view of theirs.
  var brushesOff = false
  /// The later stages its words belong to.
  var signals: Set<ConversationStage> = []
  /// The key terms it uses, as the term finder reports them.
  var terms: [String] = []
  /// What it says, reflected and short enough to quote in a question, when it is a fragment:
  /// "bitcoin to the moon".
  var fragment: String?
  /// It read as answer moves: what the reflection gives back. Read without what `SaidSentences`
  /// leaves out (a cry, a request in passing, trailing tags).
  var answer: ReadAnswer
  /// All of it read as answer moves, as the log and the belief map read it (a resumed session
  /// reads the same from the text).
  var wholeAnswer: ReadAnswer
  /// The cry they let out ("what am I even doing"), given back as a feeling.
  var cry: SaidSentences.Cry?
  /// Whether they said nothing but a cry, and a sigh or two.
  var isOnlyACry = false
  /// Whether they asked for something at the table in passing, with more said.
  var passesSomething = false
  /// Whether, while taking their leave, they also opened up: what they shared is acknowledged.
  var opensUp = false
  /// Its sentences, each without what opens it and its final punctuation: what a reflection
  /// gives back.
  var sentences: [[Token]] = []
  /// Its words, shorthand expanded, clitics apart.
  var wordTokens: [Token] = []
  /// All of it as typed, as `typedTokens(of:)` reads it: what the log's readers read again.
  var typed: [Token] = []
  /// What it calls for before any question.
  var moment: PartnerMoment
  /// What it tells of their own life, when it opens up that way: a loss or a hardship.
  var disclosure: PartnerDisclosure?
  /// What it does, as logged: the answer's moves, with a feeling when it opened up in words the
  /// answer reader does not count as one (a fear for their job, a blockage named); nil for none.
  var loggedMoves: [String]? {
    // A joke, or the terms of a yes to an offer, is no story, reason or source
    // (`PartnerMapFold.banter(_:)`).
    let isBanter = isSaidWithALaugh || Self.acceptsAnOffer(typed)
    var moves = (isBanter ? PartnerMapFold.banter(wholeAnswer) : wholeAnswer).moves
    if [.openedUp, .blockage].contains(moment), !moves.contains(.feeling) {
      moves.append(.feeling)
    }
    // "I'm glad you rang love": gladness at the listener is warmth, no feeling opened up.
    if moment == .warm, wholeAnswer.feelings.allSatisfy(PartnerMoment.warmFeelings.contains) {
      moves.removeAll { $0 == .feeling }
    }
    // "if wages went up, I guess": what would change their mind, in words the answer reader
    // does not count as such.
    if moment == .ordinary, signals.contains(.falsifiability), !isQuestion,
      !moves.contains(.wouldChangeMind)
    {
      moves.append(.wouldChangeMind)
    }
    return moves.isEmpty ? nil : AnswerMove.allCases.filter(moves.contains).map(\.rawValue)
  }
  /// Whether all of what they said, as logged, speaks of how sure they are: what the log's
  /// reader finds (`answeredIntents`), read once.
  var saysHowSureInWhole: Bool
  /// Whether it opens or ends with a laugh ("haha", "lol jk"): banter, whose stories and
  /// reasons are not evidence on the belief map.
  var isSaidWithALaugh = false
  /// Its words as a line said again is recognised by (`AnswerMoveReader.repeatWords(of:)`),
  /// read once.
  var repeatWords: Set<String>
  /// How sure they said they are, from 0 to 100, when they gave a number for it: the last one
  /// ("95 percent, maybe 90" → 90).
  var rating: Int?

  /// How they object to the listener, if they do (`objection(in:)`).
  var objection: Objection?
  /// The plain no that answers a challenge put as a question ("are you calling me a
  /// dinosaur?" → "No, I'm not."), if they put one (`denial(in:)`).
  var denial: String?

  /// How many of its sentences are kept to be given back.
  static let sentenceLimit = 8

  /// The most words a fragment may have to be quoted back.
  static let fragmentWordLimit = 8

  /// The most words a first sentence may have to be read whole; a longer one is read by its
  /// key phrase.
  static let sentenceWordLimit = 16
}
