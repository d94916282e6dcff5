/// The kind rules' cue table: each entry a pattern (`TokenPattern`) and the tier a match puts
/// a question in (`KindCueTier`, the most decisive first). Most cues are phrases found anywhere;
/// a few are anchored at the question word or the sentence's first word. A new cue is one entry
/// here and one line in `QuestionKindTests`.
extension KindCue {
  static let table: [KindCue] =
    anywhere(
      .meta,
      [
        "this question", "that question", "the question", "my question", "your question",
        "these questions", "why do i ask", "why am i asking", "why i 'm asking",
        "why i am asking", "why i asked", "why (do|did) (you|u) think (i 'm|im|i am) asking",
        "why are we talking", "why are we discussing",
        "why are we arguing", "why does this matter", "why does that matter",
        "why does it matter", "why would it matter", "why is this important",
        "why is that important", "why is it important", "this topic", "this debate",
        "this issue", "this subject", "what are we really", "the right question",
        "a better question", "the point of asking", "this conversation", "this discussion",
        "our conversation", "why should we care", "why should i care", "why do you care",
        "why should anyone care", "why ask", "what question", "which question",
        "answering this", "would you care", "who cares", "so what",
      ])
    + anywhere(
      .clarification,
      [
        "what do you mean", "what did you mean", "do you mean", "what does that mean",
        "what does it mean", "what does this mean", "mean by", "meant by", "meaning of",
        "define", "defines", "defining", "definition", "an example", "example of",
        "examples of", "for example", "for instance", "in what sense", "what counts as",
        "what would count as", "tell me more", "say more", "more about", "elaborate",
        "expand on", "clarify", "have in mind", "in other words", "put it another way",
        "put that another way", "put it differently", "unpack", "spell out", "what exactly",
        "exactly do you", "specifically", "walk me through", "how would you describe",
        "how do you describe",
      ])
    + anywhere(
      .inversion,
      [
        "opposite", "other way round", "other way around", "the reverse", "change your mind",
        "changed your mind", "change my mind", "changes your mind", "make you change",
        "you be wrong", "you 're wrong", "you are wrong", "you were wrong", "you 've been wrong",
        "you have been wrong", "we 're wrong", "we are wrong", "we were wrong", "be wrong about",
        "wrong about this", "wrong about that", "wrong about it", "prove you wrong",
        "prove it wrong", "prove that wrong", "prove this wrong", "prove me wrong",
        "proved wrong", "proven wrong", "proves you wrong", "disprove", "disproves",
        "mistaken", "not true !that", "isn't true !that", "wasn't true !that",
        "weren't true !that", "aren't true !that",
        "were false", "be false", "is false", "counterexample", "counterexamples",
        "counter-example", "not the case", "isn't the case", "wasn't the case", "why not",
        "turn it around", "turn that around", "flip it", "argue against", "case against",
        "steelman", "argument against", "arguments against", "might be wrong",
        "could be wrong", "otherwise",
        // "what would the club have to do for you to go back?": what would change their mind.
        "(have|need) to (do|say|show|offer|prove|change) _{0,2} for you to",
        "would (convince|persuade) you",
        // "what would it take for you to see it differently?", "what might make you rethink
        // it?": what would change their mind, in other words.
        "for you to (think|see|feel|look at) _{0,3} differently",
        "(make|get) you (to)? (think|see|feel|look at) _{0,3} differently", "rethink",
        "reconsider", "think again",
        // "what would tell you it wasn't working?": the sign that they were wrong.
        "know _{0,3} @negation (working|work|worked|right|true)",
        "(tell|show|showed|tells|shows) you _{0,3} @negation (working|work|worked|right|true)",
      ])
    + anywhere(
      .viewpoints,
      [
        "other people", "someone who", "somebody who", "people who", "those who",
        "anyone who", "someone else", "somebody else", "critics", "critic", "opponents",
        "supporters", "skeptics", "sceptics", "defenders", "proponents", "the other side",
        "both sides", "perspective", "perspectives", "point of view", "points of view",
        "viewpoint", "viewpoints", "in their shoes", "in his shoes", "in her shoes",
        "their shoes", "another way", "a different way", "differently", "alternative",
        "alternatives", "so many", "most people", "many people", "a lot of people",
        "disagree with you", "disagrees with you", "agree with you", "their side",
        "their view", "their views", "their reasons", "their position", "leads people",
        "lead people", "drives people", "what makes people", "what made people", "led people",
        "draws people", "draw people",
        "other countries", "other cultures", "another country", "an outsider", "outsider",
        "how others", "what others", "better way", "better ways", "other way", "other ways",
        // "Picture a farmer who voted for it: what was he hoping for?": the person asked to
        // stand where someone else stands.
        "(picture|imagine|think of) (like)? (someone|somebody)",
        "(picture|imagine|think of) (like)? (a|an) _{1,4} (who|whos|who 's)",
        "do you think (he|she|they) (was|were|would|'d|is|are|might)",
        "(he|she|they) 'd see", "would (he|she|they) see",
        // "How would someone living there see it?": a person placed elsewhere, asked for their
        // view, whatever words place them.
        "(someone|somebody|anyone|anybody|people|a person) _{0,6} (would|might|could|'d)"
          + " (see|say|think|feel|view|react|answer)",
        "(would|might|could) (someone|somebody|anyone|anybody|people|a person) _{0,6}"
          + " (see|say|think|feel|view|react|answer)",
      ])
    + anywhere(
      .assumptions,
      [
        "assume", "assumes", "assuming", "assumed", "assumption", "assumptions",
        "take for granted", "taking for granted", "taken for granted", "takes for granted",
        "presuppose", "presupposes", "presupposing", "presume", "presumes", "presuming",
        "premise", "premises", "rest on", "rests on", "resting on", "depend on", "depends on",
        "depending on", "underlying", "underlie", "underlies", "what 's behind",
        "what is behind", "what lies behind", "would have to be true", "has to be true",
        "must be true", "needs to be true", "always the case", "always true", "always so",
        "in every case", "in all cases", "take as given", "starting point", "built on",
        "based on the idea", "what would it take", "hold true", "what are you taking",
        "taking as given", "taken as given", "takes as given", "taking it as given",
        "would have to happen", "has to happen", "needs to happen",
      ])
    + anywhere(
      .implications,
      [
        "what would happen", "what will happen", "what happens", "would happen",
        "will happen", "happen if", "happens if", "happens when", "happen next", "consequence",
        "consequences", "effect", "effects", "affect", "affects", "affected", "impact",
        "impacts", "result", "results", "resulting", "lead to", "leads to", "led to",
        "leading to", "follow from", "follows from", "would follow", "does it follow",
        "then what", "what then", "what next", "long run", "long-term", "long term",
        "short term", "would change", "will change", "would it change", "would that change",
        "what changes", "mean for", "would that mean", "would it mean", "does that mean",
        "does it mean", "what would it mean", "who would benefit", "who benefits",
        "who would lose", "who loses", "who pays", "who would pay", "who gains",
        "who would gain", "who suffers", "who would suffer", "who would be hurt",
        "who gets hurt", "who wins", "who would win", "risk", "risks", "downside", "downsides",
        "upside", "upsides", "cost", "costs", "benefit", "benefits", "side effect",
        "side effects", "what if", "if so", "in the future", "future", "knock-on",
        "trade-off", "trade-offs", "tradeoff", "tradeoffs", "price to pay", "implication",
        "implications", "imply", "implies", "does that lead", "does this lead",
        "does it lead", "would that lead", "in ten years", "go wrong", "would you lose",
        "would we lose", "would you gain", "would we gain", "be different", "different if",
        // "where does that leave you with your brother?": where a step leaves them.
        "where (does|would|will|did) (that|this|it) leave",
        // "what would she gain by moving?": what anyone stands to gain or lose by a step.
        "(would|will|'d|could) (he|she|they|it|your|his|her|their) _{0,2} (gain|lose|miss)",
        // "if he quits, what do you picture?": what they see following from a step.
        "if _{1,10} what (do|would|will|can) you (picture|imagine|expect|see|foresee)",
        "what (do|would|can) you (picture|imagine|expect|foresee) _{0,2} (if|when|once)",
        // "if you left and they won, how would that sit with you?": how a step would land.
        "if _{1,10} how (would|will|'d|might) (that|it|you) (sit|feel|land)",
        // "what would make wearing it easier for you?": what a change would bring.
        "what would make _{0,4} (easier|better|harder|worse|simpler)",
        // "what would stop people double-parking?": what a step would put an end to.
        "(would|could|might) (stop|prevent|put off)",
      ])
    + anywhere(
      .evidence,
      [
        "evidence", "proof", "prove", "proves", "proven", "data", "source", "sources", "study",
        "studies", "research", "statistics", "stats", "numbers", "facts", "know that",
        "how do you know", "how would you know", "how can you know", "how could you know",
        "how did you know", "how can we know", "how do we know", "how can you tell",
        "how can we tell", "how would you tell", "how do you tell", "where did you hear",
        "where did you read", "where did you learn", "where did you get", "where did you see",
        "where do you get", "come from", "comes from", "what makes you", "what made you",
        "what leads you", "what led you", "what brought you", "what convinced you",
        "what 's made you", "what has made you", "did you come to", "do you come to",
        // "what's got you worried about it?": what brought them to a feeling.
        "what 's got you", "what has got you", "what got you",
        "test whether", "test if", "check whether", "check if", "find out whether",
        "find out if", "tell whether", "tell if",
        "convinced", "convince", "reason", "reasons", "reasoning", "based on", "basis",
        "grounds", "support", "supports", "supporting", "back up", "backs up", "justify",
        "justifies", "justification", "explain why", "why do you think", "why do you believe",
        "why do you say", "why do you feel", "why would you say", "how sure", "so sure",
        "how confident", "how certain", "confident", "sure", "certain", "experience",
        "experiences", "observed", "noticed", "witnessed", "heard", "reliable", "credible",
        "verify", "show that", "shows that", "demonstrate", "demonstrates", "came to",
        "come to believe", "come to think", "have you read", "did you read", "have you seen",
        "did you see", "can you believe", "could you believe", "did you decide", "first hear",
        "first heard", "first read", "first learn", "hear that", "heard that", "read that",
        "need to see", "have to see", "want to see", "start doubting", "started doubting",
        "start believing", "started believing", "start thinking", "started thinking",
        "begin to doubt", "began to doubt",
        // "Where have you been looking?", "where are you reading this": where they search.
        "where (have|'ve|are|were) you (been)? (looking|reading|hearing|getting|finding|learning"
          + "|checking|seeing|watching|searching)",
      ])
    + anywhere(
      .weakClarification,
      [
        "what is", "what 's", "what are", "what was", "explain", "describe", "exactly",
        "what kind of", "what sort of", "what type of", "which one", "which ones", "how does",
        "how do", "how would", "what do you think", "how do you see", "how do you feel",
        "your view", "your position", "your take", "what about", "how about",
      ])
    + anywhere(
      .why,
      [
        "why", "how come", "how so", "what for",
      ])
    + anchored

  /// Cues with more shape than a phrase.
  private static let anchored: [KindCue] = [
    // "Why might X not …", "In what ways might X not …": a modal of possibility among the first
    // words after the question word, then "not".
    KindCue(.inversion, at: .questionWord, "_ _{0,2} (might|could|may) _{0,4} not"),
    KindCue(.inversion, at: .questionWord, "what if _* @negation"),
    // "Is it possible that crypto isn't a scam?", "Could it be that AI won't take jobs?"
    KindCue(.inversion, "(possible|likely|be) that _* @negation"),
    KindCue(.inversion, at: .sentenceStart, "(suppose|imagine|assume) _* @negation"),
    // "How is it fair that …?" puts a judgement to the person as "Is it fair that …?" does.
    KindCue(.assumptions, at: .questionWord, QuestionFormRules.howItIsJust),
    // "How did everyone at work take it?": how others met some news ("What is the plan taking
    // as given?" takes nothing in).
    KindCue(
      .viewpoints, at: .questionWord,
      "how @aux _{1,5} (take|taking|took|taken) (it|that|this|the news)"),
    // "How would you feel if your job was automated?": what would follow if something were so.
    KindCue(.hypothetical, at: .questionWord, "_ would _* if"),
  ]
}
