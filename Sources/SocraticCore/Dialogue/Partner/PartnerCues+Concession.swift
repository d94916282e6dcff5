/// Giving the listener a point, or giving in to them: the words of a concession said to the
/// person they talk with, rather than of a doubt about their own claim.
extension PartnerCues {
  /// A point granted to the listener or a giving in, anywhere in a turn: "ok ok you win",
  /// "ur annoyingly right", "fair point", "point taken", "fine, i'll ring them", "i could live
  /// with that", "i'll grant you the park's handy", "that's true about the cost". A sigh said
  /// with it ("ugh", "urgh") is grudging, never a charge. "your right" is the same, misspelt.
  static let concedingToTheListener: [String] = [
    "(you 're|you are|youre|your|u r|you r) (so|totally|absolutely|probably|prob|maybe|annoyingly|irritatingly|actually|kinda|kind of|sort of|sorta|completely|quite|dead)? (right|correct) !(wing|winger|to)",
    "(you 're|you are|youre|u r|you r) not wrong",
    "(you|u) (win|got me there|'ve got me there|have a point|'ve got a point|got a point)",
    "(you|u) (make|made|raise|raised) a (good|fair|decent|valid)? point",
    "(fair|good|valid|decent) point", "point taken", "touche", "i stand corrected",
    "(i 'll|i will|ill|i) (give|grant) (you|u) (that|this) (one|much)?",
    "(i 'll|i will|ill|i) grant (you|u) !(nothing|none|zero)",
    "(that 's|that is|thats) (actually|fair|very|so)? true !(of|for|to|that|about)",
    // "that's true about the parking"; "that's true about me" owns up, granting no point.
    "(that 's|that is|thats) (actually|fair|very|so)? true about !(me|myself|us|ourselves)",
    "(that 's|that is) (actually|honestly|annoyingly|irritatingly|so|very)? (fair|reasonable|sensible) !(to|for|on|of|that)",
    "(ugh|urgh|ok|okay|alright|fine) fine (then)? (i 'll|i will|ill)",
    // A deal struck: "ok just the kitchen, i could live with that". The argument is over;
    // nothing reopens it.
    "(i|we) (could|can|'d|would|will) (probably|maybe|just about)? live with (that|it|this)",
    "(i 'm|im|i am|we 're|we are) (ok|okay|fine|happy|good) with (that|it|this) (then)?",
    "(that 's|thats|that is|it 's|its|it is|sounds like) a deal !(breaker|breakers|with|of)",
  ]

  /// Words before a concession that suppose or deny it rather than grant it: "if that's
  /// true then…", "none of that's true", "i doubt that's true".
  static let concessionUndone: Set<String> = ["if", "unless", "whether", "doubt", "none"]
}

extension PartnerCueMatcher {
  /// Giving the listener a point or giving in to them (`PartnerCues.concedingToTheListener`),
  /// never when supposed or denied ("i dont think thats true").
  static let concedingToTheListener = PartnerCueMatcher(
    PartnerCues.concedingToTheListener, notSaidAfter: PartnerCues.concessionUndone,
    deniedBy: .negation)
}
