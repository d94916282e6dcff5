/// The questions that stay with a moment, in the order they are asked.
extension MomentQuestions {
  /// Verbs by which something is found out or passed on to them: a change of mind on such a
  /// condition is asked about in no wording of how they would find out.
  static let findingVerbs: Set<String> = [
    "show", "showed", "shown", "prove", "proved", "proven", "tell", "told", "see", "saw", "seen",
    "read", "hear", "heard", "learn", "learned", "learnt", "find", "found", "discover",
    "discovered",
  ]

  /// Questions that let them go on from what they just saw ("huh, never thought of it like
  /// that"), in the order they are offered.
  static let insightWordings = [
    "What comes to mind when you look at it that way?",
    "What else do you notice, seeing it like that?",
  ]

  /// Questions after a loss long past ("my dad died in 2015"), in place of how it is day to
  /// day: what it means to them, which is often why the view matters.
  static let pastLossWordings: [(QuestionKind, String)] = [
    (.meta, "How does that loss sit with how you see this now?"),
    (.meta, "What do you carry with you from that time?"),
  ]

  /// The questions, by moment, in the order they are asked.
  static let wordings: [Moment: [(QuestionKind, String)]] = [
    .blockage: [
      (.assumptions, "What makes you think that might be part of it?"),
      (.meta, "What would it take to look at this with that set aside?"),
    ],
    // After "you think I'm making it up?": no push, room for what they want understood.
    .defensive: [
      (.clarification, "What would you most want me to understand about how you see it?"),
      (.clarification, "What else should I know to see it the way you do?"),
    ],
    .plan: [
      (.implications, "What would make that easier to do?"),
      (.implications, "What do you hope would come of it?"),
    ],
    .torn: [
      (.viewpoints, "What is pulling you each way?"),
      (.meta, "What has shifted for you as we talked?"),
    ],
    // Never presumes they are torn, nor names a doubt they did not voice ("less clear-cut?"):
    // asks what keeps them from saying.
    // "so maybe not all??", "some of it is fine": what they keep and what sets it apart.
    .narrowing: [
      (.clarification, "Where would you draw the line, and what makes the difference?"),
      (.assumptions, "What sets those apart from the rest, for you?"),
    ],
    // "i dunno anymore": unsure of the view itself, they are asked what would settle it; never
    // "What makes it hard to say?", which presumes it is hard and names nothing.
    .wavering: [
      (.clarification, "What makes you wonder whether {doubt}?"),
      // No "it" to point at their words (a lead-in would give them back without the hedge),
      // and never "less sure now", which presumes a doubt they may not have voiced.
      (.implications, "What would help you feel surer, one way or the other?"),
      (.clarification, "What would you want to find out, to make up your mind?"),
    ],
    // "maybe its just that one store": a maybe about one thing is taken up as what it would
    // change, named in their words; never how they would get surer of a view they did not
    // say they doubt.
    .wondering: [
      (.clarification, "What makes you wonder whether {doubt}?"),
      (.implications, "If {doubt}, what would that change for you?"),
      (.implications, "What would it mean for your view, if that turned out to be so?"),
    ],
    // How sure they are is asked once, at the close: "How much does that change how sure you
    // are?" asked it twice.
    .concession: [
      (.meta, "If {doubt}, how much of your view still stands?"),
      // Once how much it still stands was asked, a later concession is still stayed with.
      (.meta, "What would you want to look at again, now that you grant {doubt}?"),
      (.meta, "How does that sit with you, next to your view?"),
    ],
    // "yeah true i guess": what they grant is asked for in their terms, never named for them
    // ("What about it seems fair to you?" met "i didnt say anything was fair"), and never with
    // a bare "there" or "that" ("What do you have in mind there?" met "in mind with what?"),
    // nor pointed at "what we just talked about" (met "not sure what you mean"): how the
    // point they grant sits with their view is theirs to say.
    .bareConcession: TurnRequest.ownPointQuestions.map { (.meta, $0) },
    // "What is it about this …" left them asking "about what?": the feeling is asked about
    // in their word alone.
    .feeling: [
      (.meta, "What leaves you feeling {feeling}?"),
      (.meta, "How does feeling {feeling} shape your view?"),
    ],
    .feelingWithCause: [
      (.meta, "How does feeling {feeling} shape your view?"),
      (.meta, "What would need to happen for you to feel differently?"),
    ],
    // "the days are long now": a gentle question about how it is for them, never one about
    // the belief walking past it.
    .impliedFeeling: [
      (.meta, "What has it been like for you, day to day?"),
      (.meta, "What's the hardest part of it for you?"),
    ],
    // "nothing would change my mind": never asked what would; asked what holds it so firm.
    .firm: [
      (.meta, "What makes it feel so settled for you?"),
      (.meta, "What would it mean to you if this view turned out to be wrong?"),
    ],
    // What would change their mind is named in their words: "How would you find out whether
    // that is happening?" pointed at nothing.
    .wouldChangeMind: [
      (.evidence, "If {change}, how would you find out?"),
      (.evidence, "If {change}, what would you look for first?"),
    ],
  ]
}
