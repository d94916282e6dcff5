/// What they ask of the listener: something at hand or at the table, to keep a secret, to
/// talk again, where the listener stands.
extension PartnerCues {
  /// Asking the listener to do something, said at the start of a sentence: "don't go telling
  /// your mother", "tell her Saturday". A request claims nothing.
  static let request: [String] = [
    "(don't|dont|do not|never) (go|you)? (tell|telling|say|saying|mention|mentioning|worry|let)",
    "(tell|ask|give|pass|hand|call) (her|him|them|me|your|my|the|everyone)",
  ]

  /// Asking the listener for something at hand, not about the topic: "can you grab me a
  /// coffee". Nothing new to discuss: the questions keep to the claim. (Passing something at
  /// the table is a leaving cue.)
  static let atHand: [String] =
    [
      "(can|could|would|will) (you|u) (grab|get|bring|fetch|pour|top up|pass|hand) (me|us)",
      "(grab|get|bring|fetch|pour) (me|us) (a|an|the|some|another)",
    ] + atTable

  /// Passing something at the table: how a dinner-table argument winds down when said alone
  /// (issue 11 names "pass the gravy" among the words the close comes from), banter said in
  /// passing when it comes with more or right after they opened up.
  static let atTable: [String] = [
    "(can|could|would|will) (you|u)? (pass|hand) (me|us)? the", "(pass|hand) (me|us)? the",
    // "stick the kettle on for me": something at home switched on, the talk put down.
    "(put|stick|turn|switch|pop) (the)? (telly|tv|kettle|radio|news|heating|match|footy|light|lights) on",
  ]

  /// Words after which something at hand is told, not asked or done now: a clause of when or
  /// if, or a subject ("if I want to dance I put the radio on" tells a habit). The listener is
  /// no such subject: "could you put the kettle on?" asks it of them.
  static let notAtHandAfter = describingConjunctions.union(
    clauseSubjects.subtracting(listenerSubjects))

  /// The listener as the subject of a request: "will you stick the telly on".
  static let listenerSubjects: Set<String> = ["you", "u", "ya"]

  /// Asking the listener about something of theirs at home: said at hand, nothing to discuss.
  static let aboutTheirThings: [String] = blamingTheListener + lookingForTheirThings

  /// Asking whether the listener had something of theirs ("did you eat my last yoghurt?",
  /// "have you moved my keys"): a jab, owned lightly.
  static let blamingTheListener: [String] = [
    "(did|have|has) (you|u) (eat|ate|eaten|take|took|taken|finish|finished|drink|drank|drunk|nick|nicked|pinch|pinched|use|used|borrow|borrowed|move|moved|hide|hid|hidden|lose|lost|break|broke|broken) (my|our|me|the last|my last|all my|all the|all our)",
    "who ('s|is|are|'re|did|has) (my|our) _",
  ]

  /// Asking the listener where something of theirs is ("have you seen my glasses by the way",
  /// "where's my phone"): no jab, only help wanted.
  static let lookingForTheirThings: [String] = [
    "(did|have|has) (you|u) (see|seen) (my|our|all my|all our)",
    "where ('s|is|are|'re|did|has) (my|our) _",
  ]

  /// Not following what the listener asked: "which what?", "you've lost me". Answered by
  /// putting the question plainly. "What do you mean by …" asks about a word, and is answered
  /// as a question.
  static let notFollowing: [String] = [
    "(which|what) (what|which)", "(you 've|you have|you) lost me",
    "(i 'm|im|i am) (confused|lost|not following)",
    "(i|i just) (don't|dont|do not) (get|follow|understand) (the question|you|what you mean)",
  ]

  /// Inviting the listener to talk or meet again, said by the person at the close ("can we talk
  /// again at the weekend?", "coffee again friday?"): a warm closing line, not a question to
  /// coach.
  static let invitation: [String] = [
    "(can|could|shall|should) we (talk|chat|do this|catch up|meet|meet up|pick this up|carry on|continue|get together)",
    "(talk|chat|lunch|coffee|dinner|drinks|a drink|a walk|a call|same time) (again)? (on|at|next|this|tomorrow|soon|sometime|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)",
    "(let 's|lets) (talk|chat|do this|catch up|meet|get together) (again|soon|sometime)",
    // "good luck at the meeting, talk later!": a goodbye, however it is punctuated.
    "(talk|chat|speak|catch up|see you|see ya) (to you|with you)? (later|soon|tomorrow)",
    "(good luck|take care|have a good one)",
    // "see you thursday, mum. ta-ra": a goodbye with the day they will meet.
    "(see you|see ya|see u|cya) (on|at|next)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|the weekend|week)",
    "(ta-ra|tara|ta ra|laters|bye bye|night night)",
  ]

  /// Asking the listener where they stand: answered briefly and turned back to them.
  static let askingTheListener: [String] = [
    "(what|how) (do|would) (you|u) (think|see it|feel|say|reckon)", "what (about|'s) (you|yours)",
    "where do (you|u) stand",
    "what ('s|is) (your|ur) (own|honest)? (view|take|opinion|position|stance|answer)",
    "(tell me|give me) (your|ur) (own|honest)? (view|take|opinion)",
  ]

  /// Putting a challenge to the listener that asks for their answer: "you can't tell me
  /// the council knows best", "be honest, you'd do the same".
  static let challengingTheListener: [String] = [
    "(you|u) (can't|cant|cannot|can not) tell me", "(are|r) (you|u) (telling|saying) me",
    "(be honest|come on|admit it),? (you|u) ('d|would|do|did|know)",
  ]

  /// Asking the listener to keep something to themselves, anywhere in a turn: "mom doesn't know
  /// so don't tell her". It claims nothing.
  static let keepingItQuiet: [String] = [
    "(don't|dont|do not) (go)? (tell|telling|mention|mentioning) (her|him|them|mom|dad|my|your|anyone|the)"
  ]

  /// Asking for discretion as an aside ("dont quote me", "don't repeat me on that"): no
  /// rupture and no objection to how the listener talks; what it rides on is reflected.
  static let discretionAsides: [String] = [
    "(don't|dont|do not) (quote|repeat|cite) me"
  ]

  /// Saying the listener asked that already ("you already asked me that", "i just answered
  /// that"): the listener owns it and asks something of another kind, never more of the same.
  static let askedAlready: [String] = [
    "(you|u) ('ve|have)? (already|just) asked (me)? (that|this|it)?",
    "(you|u) asked (me)? (that|this|it) (already|before|twice)",
    "(i|i 've) (already|just) answered (that|this|it|you)?",
    "(we|we 've) (already|just) (been over|been through|covered|done) (that|this|it)",
    "asked and answered",
  ]
}
