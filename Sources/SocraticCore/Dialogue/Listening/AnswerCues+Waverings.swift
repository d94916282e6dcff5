/// The cues for where a person stands: unsure of it, or settled in it.
extension AnswerCues {
  /// Phrases that say the person does not know where they stand: "it depends", "idk maybe",
  /// "she might be right, I don't know". Those of `waveringEnds` only when nothing but hedges
  /// follows them in the sentence ("I don't know why" asks about something else; "idk, maybe
  /// the part where they copied it" is a tentative answer, often a sarcastic one, not doubt
  /// about the belief: reviewers saw it met with "What is pulling you each way?").
  static let waverings: [String] = [
    "it (all)? depends", "(could|can) go either way", "i 'm (kind of|kinda|sort of)? torn",
    "(i 'm|i am) (really)? (on the fence|of two minds)", "maybe (yes|yeah)? maybe not",
    "(i don't know|idk|dunno|i dunno|i 'm not sure|not sure) (anymore|any more)",
    // "but I'm less sure than I was": sure, less than before.
    "(i 'm|i am|im) (a bit|a little|a lot|much|way)? less (sure|certain|convinced)",
    "(i 'm|i am|im) not as (sure|certain|convinced) as",
    // "bit wobbly on it if im honest", "i'm a bit shaky": the speaker's footing on it, never
    // a thing that wobbles ("the old fence is a bit shaky").
    "(i 'm|im|i am|i feel|feeling|i 'm feeling|im feeling|i 'm getting|im getting) (more|a bit|a little|bit)? (wobbly|shaky|wobbling)",
    "(a bit|a little|bit|little|more) (wobbly|shaky) (on|about) (it|this|that)",
  ]

  /// Phrases in which the person places their own view ("maybe that's the real line for me",
  /// "the actual issue for me is the feeds"): a view found or narrowed, never a doubt, though a
  /// "maybe" hedges it.
  static let ownFindings: [String] = [
    ownFindingPointedAt,
    "(the|my) (real|actual|main|true|whole|big|key)? (line|issue|problem|thing|point|difference|worry|sticking point) (for me|to me) (is|'s|would be)",
  ]

  /// A view of their own found by pointing at it: "that's the real line for me", "maybe
  /// that's the real issue for me".
  static let ownFindingPointedAt =
    "(that 's|thats|that is|this is|it 's|its|that might be|that may be|that could be) (maybe|probably|actually|really)? (the|my) (real|actual|main|true|whole|big|key|bottom)? (line|issue|problem|thing|point|difference|question|crux|bit|worry|sticking point) (for me|to me|i have)"

  /// Openings of a sentence that narrow the claim rather than doubt it: "so maybe not for
  /// the army", "not the fees so much", "maybe not the school ones": what is left is their sharper view, never given back
  /// as their being less sure.
  static let narrowings: [String] = [
    "(so|well|but|ok|okay|and)? (maybe|probably|perhaps|just|i mean)? not (for|about|in|as|at|on|with|over|during|when|where) _",
    "(so|well|but|ok|okay|and)? (maybe|probably|perhaps|just|i mean)? not (the|that|this|my|their)? _ _? so much",
    "(so|well|but|ok|okay|and)? (maybe|probably|perhaps|just|i mean)? not (the|those|these) _ _? ones",
  ]

  /// Openings of a sentence that name what matters to them or what they fear, a value behind
  /// their view: "i suppose it's about not being wasteful", "not losing my memory, i guess".
  /// A hedge said with one softens the value, never doubts the belief.
  static let valueOpenings: [String] = [
    "(i suppose|i guess|i think|maybe|probably|mostly)? (it 's|its|it is|it was|that 's|thats) (all|really|mostly|more|just|probably|maybe)? about",
    "(i suppose|i guess|i think|maybe|probably|mostly)? (not|never) (losing|being|having|wasting|becoming|ending up|getting|letting|needing|relying|depending|feeling)",
  ]

  /// A shrug that may open a wavering said alone and is no part of it: "idk. maybe" wavers
  /// as "maybe" does.
  static let leadingShrugs: Set<String> = [
    "idk", "dunno", "i dunno", "i don't know", "not sure", "no idea", "no clue",
  ]

  /// Answers that, said alone (closing fillers such as "actually" aside), waver: "maybe?",
  /// "that's a good question". Before anything else they only hedge it ("maybe 55 now").
  static let waveringAlone: Set<String> = [
    "maybe", "perhaps", "possibly", "hmm maybe", "maybe maybe not", "i mean maybe", "could be",
    "might be", "good question", "that 's a good question", "thats a good question",
    "great question", "hmm good question", "that 's a tough one", "that 's a hard one",
    "that 's a tough question", "that 's a hard question", "tough one", "hard one",
  ]

  /// Words that may close an answer said alone and leave it what it was: "good question
  /// actually".
  static let closingFillers: Set<String> = [
    "actually", "honestly", "really", "tbh", "lol", "haha", "hmm", "i guess", "though",
  ]

  /// Phrases in which the person says their mind is made up: "nothing would change my mind",
  /// "I'm not changing my mind". Taken up as firmness, never asked what would change it.
  static let firmness: [String] = [
    "(nothing|no one|nobody|nothing anyone says) ('s|is|would|will|could|can|is going to|'s going to) (ever)? change my (mind|view|opinion)",
    "(i 'm|i am|im) not (going to|gonna)? (changing|change) my (mind|view|opinion)",
    "(i|i 'll) (won't|will not|never|wouldn't|would not|don't|do not) (ever)? change my (mind|view|opinion)",
    "my mind is (made up|set)", "(i 'm|i am) not (budging|moving on this|going to budge)",
  ]
  /// Those of `waveringEnds` wave only after words of the person's own in their sentence, or
  /// said alone as the whole answer: "idk." before a story, "oh idk, maybe …" before a
  /// sarcastic reason are fillers, and reviewers saw them met as doubt ("im not torn??").
  static let waveringEnds: [String] = [
    "(i don't know|idk|dunno|i dunno|i don't really know)", "(i 'm)? not (really)? sure",
    "who knows", "hard to say",
  ]

  /// Words that may follow a wavering at the end of its clause and leave it one: "idk maybe".
  static let waveringTail: Set<String> = [
    "maybe", "perhaps", "anymore", "really", "honestly", "tbh", "lol", "though", "either",
    "i", "guess", "man", "tho", "now", "yet", "haha",
  ]

  /// Words that leave a question open when they end a sentence ("the council never said
  /// why"): a shrug after them is at that question, not a doubt of the claim.
  static let unexplainedEnds: Set<String> = ["why", "how", "when", "where"]
}
