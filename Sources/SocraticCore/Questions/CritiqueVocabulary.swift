/// The small closed word lists the question critic's rules are written with. Every list is of
/// lowercase words as `Token.lowercased` gives them, so clitics are words of their own
/// ("what 's").
enum CritiqueVocabulary {
  /// Words that, alone with a question mark, lead into the speaker's own answer rather than ask:
  /// "Honestly? I think it's overblown."
  static let answerLeadIns: Set<String> = [
    "honestly", "frankly", "truthfully", "personally", "candidly", "tbh", "ngl",
  ]

  /// Words that close a statement to ask for agreement: "…, right?", "…, agreed?".
  static let agreementTags: Set<String> = [
    "right", "correct", "true", "yes", "no", "agreed", "yeah", "eh", "huh", "ok", "okay", "innit",
    "yea", "amirite", "surely", "sure",
  ]

  /// Words that open a statement as if its answer were settled: "Surely …?", "Obviously …?".
  static let presumingOpeners: Set<String> = [
    "surely", "obviously", "clearly", "certainly", "undoubtedly", "naturally", "evidently",
  ]

  /// Words that say the asker doubts the person: "Do you really think …?", "Do you even know
  /// …?".
  static let incredulityWords: Set<String> = [
    "really", "seriously", "honestly", "actually", "truly", "even", "possibly",
  ]

  /// Words that call a person or a group names.
  static let insultingWords: Set<String> = [
    "stupid", "idiot", "idiots", "idiotic", "moron", "morons", "moronic", "dumb", "dumbass",
    "imbecile", "imbeciles", "cretin", "cretins", "fool", "fools", "foolish", "brainwashed",
    "sheep", "sheeple", "clown", "clowns", "clueless", "gullible", "delusional", "lunatic",
    "lunatics", "loony", "loonies", "nutjob", "nutjobs", "nutcase", "nutcases", "crackpot",
    "crackpots", "ignorant", "retard", "retards", "retarded", "braindead", "brain-dead",
    "halfwit", "halfwits", "dimwit", "dimwits", "loser", "losers", "sucker", "suckers", "scum",
    "pathetic", "dense", "naive", "naïve", "simpleton", "simpletons",
  ]

  /// Insulting words that name people, with the neutral word that replaces them in a rewrite.
  static let insultingNouns: [String: String] = [
    "idiot": "person", "idiots": "people", "moron": "person", "morons": "people",
    "imbecile": "person", "imbeciles": "people", "cretin": "person", "cretins": "people",
    "fool": "person", "fools": "people", "sheep": "people", "sheeple": "people",
    "clown": "person", "clowns": "people", "lunatic": "person", "lunatics": "people",
    "loony": "person", "loonies": "people", "nutjob": "person", "nutjobs": "people",
    "nutcase": "person", "nutcases": "people", "crackpot": "person", "crackpots": "people",
    "retard": "person", "retards": "people", "halfwit": "person", "halfwits": "people",
    "dimwit": "person", "dimwits": "people", "loser": "person", "losers": "people",
    "sucker": "person", "suckers": "people", "scum": "people", "dumbass": "person",
    "simpleton": "person", "simpletons": "people",
  ]

  /// Words that judge what they describe and tell the person what to think of it.
  static let loadedWords: Set<String> = [
    "ridiculous", "absurd", "insane", "crazy", "nonsense", "nonsensical", "laughable",
    "ludicrous", "preposterous", "outrageous", "crap", "bullshit", "garbage", "rubbish",
    "drivel", "so-called", "junk",
  ]

  /// Verbs that scorn how the listener speaks up, with the plain verb a rewrite puts in their
  /// place: "before you started complaining about it" → "before you started raising it".
  static let chargedSpeechVerbs: [String: String] = [
    "complaining": "raising", "complain": "raise", "complained": "raised", "complains": "raises",
    "moaning": "raising", "moan": "raise", "moaned": "raised", "whining": "raising",
    "whine": "raise", "whined": "raised", "griping": "raising", "gripe": "raise",
    "bitching": "raising", "kvetching": "raising", "bleating": "raising", "nagging": "asking",
    "nag": "ask", "nagged": "asked", "whinging": "raising", "whinge": "raise",
  ]

  /// How many words before a charged verb of speaking the listener may be named: "you
  /// started | complaining", "you 're always | moaning".
  static let chargedSpeechReach = 4

  /// Loaded words that name a plain thing before some nouns: "junk food", "junk mail".
  static let neutralCompounds: [String: Set<String>] = [
    "junk": ["food", "foods", "mail", "yard", "shop", "drawer", "bond", "bonds", "dna"]
  ]

  /// Phrases that tell the person what to think of what they do: "… no matter what".
  static let loadedPhrases: [[String]] = [
    ["no", "matter", "what"], ["of", "all", "people"], ["for", "god", "'s", "sake"],
    ["for", "crying", "out", "loud"],
    // A reproach for the past: "how come you voted for him again after everything".
    ["after", "everything"], ["after", "all", "that"], ["after", "all", "the"],
  ]

  /// Loaded words that name a thing said, replaced by "that" in a rewrite ("such nonsense").
  static let loadedNouns: Set<String> = [
    "nonsense", "crap", "bullshit", "garbage", "rubbish", "drivel",
  ]

  /// Phrases of exasperation after a question word: "Why on earth …?", "What the hell …?".
  static let exasperations: [[String]] = [
    ["on", "earth"], ["in", "the", "world"], ["the", "hell"], ["the", "heck"], ["the", "fuck"],
    ["in", "god", "'s", "name"],
  ]

  /// Verbs that ask the person to talk, which make "Can you …?" and "Tell me …" open
  /// requests: "Can you tell me more about …?", "Explain why …".
  static let requestVerbs: Set<String> = [
    "tell", "explain", "describe", "walk", "help", "say", "share", "talk", "elaborate", "expand",
    "clarify", "give", "define", "unpack", "paint", "spell", "show", "remind", "imagine",
    "picture", "suppose", "consider", "think", "go", "break", "fill", "take", "run", "point",
    "outline", "summarize", "summarise", "sketch", "list", "name", "put",
  ]

  /// Request verbs that ask the person to talk only with the asker as their object ("take me
  /// through it", "give us an example", "show me") or a word of talk after them ("run through
  /// it again", "go on", "put it another way", "give an example"): with anyone or anything else
  /// they tell the person what to do ("take gran on a sunday", "give your mum a ring", "put a
  /// tenner aside", "go round to hers", "help your dad", "fill in the form").
  static let talkParticles: [String: Set<String>] = [
    "take": ["through"], "walk": ["through"], "run": ["through", "over"], "point": ["out"],
    "fill": [], "help": [], "show": [], "give": ["an", "some", "more", "examples", "details"],
    "put": ["it", "that", "yourself"], "go": ["on", "through", "over", "back", "ahead", "into"],
  ]

  /// The asker as the object of a request verb: "take me through", "give us an example".
  static let askerObjects: Set<String> = ["me", "us"]

  /// The -ing forms of request verbs, after "Would you mind …".
  static let requestGerunds: Set<String> = [
    "telling", "explaining", "describing", "walking", "helping", "saying", "sharing", "talking",
    "elaborating", "expanding", "clarifying", "giving", "defining", "unpacking", "going",
    "breaking", "filling", "taking", "running", "pointing", "outlining", "sketching", "putting",
  ]

  /// Verbs of opinion that frame a claim ("Do you think X?", "You believe X?"), each form with
  /// its base form: the list is closed, so the lexicon is not asked.
  static let opinionVerbs: [String: String] = [
    "think": "think", "believe": "believe", "feel": "feel", "reckon": "reckon",
    "suppose": "suppose", "agree": "agree", "accept": "accept", "expect": "expect",
    "imagine": "imagine", "guess": "guess", "consider": "consider", "figure": "figure",
    "mean": "mean", "say": "say", "saying": "say", "claim": "claim", "claiming": "claim",
    "suggest": "suggest", "suggesting": "suggest", "telling": "say", "thinks": "think",
    "believes": "believe",
    "feels": "feel", "agrees": "agree", "means": "mean", "says": "say", "claims": "claim",
  ]

  /// Verbs that present what follows them as a fact the person already holds ("You know
  /// they're lying", "You realize that X"): a rewrite asks what makes the person think it.
  static let factiveVerbs: Set<String> = [
    "know", "knows", "realize", "realise", "realizes", "realises", "understand",
    "understands", "see", "notice", "admit",
  ]

  /// Adjectives that judge a person's judgement in "Why would a smart person …?", which makes
  /// the question rhetorical: only a fool would, it says.
  static let soundMindAdjectives: Set<String> = [
    "sane", "reasonable", "rational", "intelligent", "sensible", "normal", "decent", "smart",
    "thinking", "educated", "self-respecting", "right-thinking", "clever", "wise",
  ]

  /// Words that say something is just or acceptable, which make "How is it fair that …?"
  /// rhetorical.
  static let justnessWords: Set<String> = [
    "fair", "right", "ok", "okay", "acceptable", "justified", "justifiable", "moral", "ethical",
    "just", "reasonable", "defensible",
  ]

  /// Words that, after "Is it", frame a claim: "Is it true that X?", "Isn't it obvious that X?"
  /// ("fair" and "right" only before "to say that": see `Proposition`).
  static let claimFrames: Set<String> = [
    "true", "obvious", "clear", "evident", "accurate", "correct", "possible", "likely",
    "undeniable", "apparent", "plain", "certain",
  ]

  /// Words after "what" or "which" that ask for a measure or a name: "What year …?".
  static let factNouns: Set<String> = [
    "year", "years", "time", "date", "day", "month", "age", "percentage", "percent", "price",
    "number", "size", "temperature", "height", "weight", "distance", "population", "capital",
    "address", "score", "century", "decade",
  ]

  /// Verbs of paying and earning, which make "How much did you …" ask for a sum.
  static let moneyVerbs: Set<String> = [
    "pay", "paid", "spend", "spent", "earn", "earned", "earns", "owe", "owed", "owes", "cost",
    "costs", "charge", "charged", "charges", "borrow", "borrowed", "lend", "lent", "invest",
    "invested", "donate", "donated",
  ]

  /// Words after "how" that ask for a quantity: "How many …?", "How old …?".
  static let quantityWords: Set<String> = ["tall", "far", "big", "large", "high", "deep"]

  /// Subjects that stand for everybody, which make "How can anyone …?" rhetorical.
  static let universalSubjects: Set<String> = ["anyone", "anybody", "everyone", "everybody"]

  /// Words after "any" that make a universal person: "any sane person".
  static let personNouns: Set<String> = [
    "person", "one", "human", "adult", "man", "woman", "voter", "investor", "parent", "people",
    "thinking", "sane", "reasonable", "rational", "intelligent", "sensible", "normal", "decent",
    "self-respecting", "right-thinking", "educated", "smart",
  ]

  /// Verbs after "How can you" that turn it into disbelief: "How can you believe that?".
  static let disbeliefVerbs: Set<String> = [
    "say", "believe", "think", "claim", "defend", "justify", "support", "accept", "ignore",
    "deny", "stand", "like", "want", "vote", "possibly", "seriously", "honestly", "still",
    "even", "really", "not",
  ]

  /// Words only a person repeats back when they did not hear: "What?", "Huh?", "Sorry?".
  static let repeatRequests: Set<String> = [
    "what", "huh", "eh", "sorry", "pardon", "excuse", "me", "come", "again",
  ]

  /// Groups of people whose views a viewpoints question asks about.
  static let groups: Set<String> = [
    "people", "others", "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
    "experts", "economists", "scientists", "critics", "supporters", "voters", "investors",
    "developers", "engineers", "parents", "teachers", "students", "kids", "children", "young",
    "americans", "europeans", "russians", "ukrainians", "chinese", "conservatives", "liberals",
    "progressives", "democrats", "republicans", "farmers", "workers", "employers", "bosses",
    "doctors", "artists", "users", "citizens", "customers", "consumers", "fans", "believers",
    "skeptics", "sceptics", "immigrants", "friends", "neighbours", "neighbors", "colleagues",
    "opponents", "men", "women", "boomers", "millennials", "teenagers", "fellow", "person",
    "who",
  ]

  /// Verbs of belief and choice that, with a group as subject, ask how others see things:
  /// "Why do people buy Bitcoin?".
  static let stanceVerbs: Set<String> = [
    "think", "believe", "feel", "see", "view", "say", "argue", "buy", "support", "vote",
    "choose", "prefer", "trust", "use", "want", "like", "love", "hate", "fear", "oppose",
    "defend", "join", "follow", "invest", "agree", "disagree", "distrust", "reject", "embrace",
    "dislike", "worry", "care", "react", "respond",
  ]

  /// Verbs of seeing and judging in "How would a farmer see it?".
  static let perspectiveVerbs: Set<String> = [
    "see", "view", "feel", "react", "respond", "describe", "think", "explain", "answer", "look",
    "judge", "interpret", "say", "argue", "reply", "tell", "make", "notice",
  ]
}

/// Which of the critic's word lists a word is on. A question's words are looked up once, and the
/// rules then test these bits instead of hashing the same words again for every list.
struct CritiqueWordClasses: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let discourseMarker = CritiqueWordClasses(rawValue: 1 << 0)
  static let agreementTag = CritiqueWordClasses(rawValue: 1 << 1)
  static let presumingOpener = CritiqueWordClasses(rawValue: 1 << 2)
  static let incredulity = CritiqueWordClasses(rawValue: 1 << 3)
  static let insulting = CritiqueWordClasses(rawValue: 1 << 4)
  static let loaded = CritiqueWordClasses(rawValue: 1 << 5)
  static let requestVerb = CritiqueWordClasses(rawValue: 1 << 6)
  static let opinionVerb = CritiqueWordClasses(rawValue: 1 << 7)
  static let repeatRequest = CritiqueWordClasses(rawValue: 1 << 8)
  static let group = CritiqueWordClasses(rawValue: 1 << 9)
  static let questionWord = CritiqueWordClasses(rawValue: 1 << 10)
  static let preposition = CritiqueWordClasses(rawValue: 1 << 11)
  static let universalSubject = CritiqueWordClasses(rawValue: 1 << 12)
  static let personNoun = CritiqueWordClasses(rawValue: 1 << 13)
  static let insultingNoun = CritiqueWordClasses(rawValue: 1 << 14)
  /// Starts one of the kind rules' cue phrases.
  static let cueStart = CritiqueWordClasses(rawValue: 1 << 15)
  /// Stands before a noun that says what someone is: "a", "that", "such", "utter" …
  static let nameCallingDeterminer = CritiqueWordClasses(rawValue: 1 << 16)

  /// The classes of a lowercase word.
  static func of(_ word: String) -> CritiqueWordClasses {
    table[word] ?? []
  }

  private static let table: [String: CritiqueWordClasses] = {
    var table: [String: CritiqueWordClasses] = [:]
    func add<Words: Sequence<String>>(_ words: Words, _ classes: CritiqueWordClasses) {
      for word in words { table[word, default: []].formUnion(classes) }
    }
    add(Fillers.roles.keys, .discourseMarker)
    add(CritiqueVocabulary.spokenOpeners, .discourseMarker)
    add(CritiqueVocabulary.apologyOpeners, .discourseMarker)
    add(CritiqueVocabulary.agreementTags, .agreementTag)
    add(CritiqueVocabulary.presumingOpeners, .presumingOpener)
    add(CritiqueVocabulary.incredulityWords, .incredulity)
    add(CritiqueVocabulary.insultingWords, .insulting)
    add(CritiqueVocabulary.loadedWords, .loaded)
    add(CritiqueVocabulary.requestVerbs, .requestVerb)
    add(CritiqueVocabulary.opinionVerbs.keys, .opinionVerb)
    add(CritiqueVocabulary.repeatRequests, .repeatRequest)
    add(CritiqueVocabulary.groups, .group)
    add(FunctionWords.questionWords, .questionWord)
    add(FunctionWords.prepositions, .preposition)
    add(CritiqueVocabulary.universalSubjects, .universalSubject)
    add(CritiqueVocabulary.personNouns, .personNoun)
    add(CritiqueVocabulary.insultingNouns.keys, .insultingNoun)
    add(QuestionKindRules.cueStarts, .cueStart)
    add(QuestionFormRules.nameCallingDeterminers, .nameCallingDeterminer)
    return table
  }()
}
