/// The phrases in which the person speaks about the conversation itself: why they are asked,
/// doubt of themselves heard in a question, no more feelings, and what they might do next.
extension AnswerCues {
  /// Phrases in which the person asks why they are asked ("why do you ask?"): answered plainly,
  /// with what socratic asks for, before the conversation goes on.
  static let purposeQuestions: [String] = [
    "(why|how come) (do|would|are|did)? you (ask|asking|want to know|care)",
    "what (is|'s) (this|that|it) (for|about)",
    "why (does|would) (it|that|this) matter",
    "what (is|'s) the point of (all this|this conversation)",
  ]

  /// Phrases in which the person hears doubt of themselves in a question ("you think I'm
  /// making it up?", "are you trying to get me to say I'm wrong"): one line of reassurance,
  /// no push.
  static let defensive: [String] = [
    "(you think|do you think|are you saying|so you think) (i 'm|i am|i) (making|lying|made|crazy|stupid|dumb|wrong|an idiot|a liar|racist|a monster)",
    "(are you|you 're|you are) trying to (get|make) me",
    "(you|are you) (calling|saying) me",
    "(you think|so you think|are you saying|you 're saying) (i|i 'm|i am)",
    "you (don't|do not) believe me",
    "(do you think|you think|am i|so you think) (i 'm|i am)? (being)? (dramatic|overreacting|unreasonable|petty|selfish|paranoid)",
  ]

  /// Phrases in which the person asks not to talk about feelings: none is named again.
  static let decliningFeelings: [String] = [
    "(can we|could we|let 's|lets|please)? (not|stop|skip|drop|quit) (do|doing|talking about|asking about|with|asking me about)? (the)? (feelings|feeling|emotions|emotional)",
    "(enough|no more) (with)? (the)? (feelings|emotions) (stuff|thing|talk|questions)?",
    "(i|i 'd) (don't|do not|rather not) (want to|wanna)? (talk about|get into|do) (my)? (feelings|emotions)",
  ]

  /// Phrases in which the person says what they might do next ("maybe I'll text her this
  /// week"): change talk, given back and taken up.
  static let plans: [String] = [
    "(i 'll|ill|i will|i might|i could|i should|i 'm going to|i 'm gonna|i am going to|i am gonna|i gotta|i need to) (just)? (text|call|ask|talk to|tell|try|start|stop|look into|look up|read|write|email|message|reach out|sit down|check|bring)"
  ]
}
