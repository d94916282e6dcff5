/// Words that open a turn in talk before anything is said: a discourse marker ("right so",
/// "ok", "anyway"), a filler ("um", "like"), a reply particle ("nah", "nah serious"). They claim
/// nothing, and are never the claim, a term to clarify or words given back.
extension PartnerCues {
  /// Openers that mean nothing else at the start of a sentence: taken off wherever they open
  /// it, one after another ("ok right so …", "nah serious, …").
  static let discourseOpeners: [String] = [
    "(nah|naw|na|nope|meh|ok|okay|k|kk|alright|anyway|anyways|um|umm|erm|uh|uhh|hmm|lol|haha|lmao|tbh|ngl|fr|srsly|basically)",
    "(no|nah|naw) (but)? (serious|seriously|srsly|for real|fr|honestly|tbh|really|joking)",
    "(but)? (for real|real talk|in all seriousness|joking aside|jokes aside|no joke|no lie|i mean|to be honest|to be fair|tbf)",
    "(of course|course|ofc)",
    "(right|ok|okay|so|well|anyway) (so|then|yeah|right|look|listen|basically)",
  ]

  /// Putting down what they are about to say, before they say it: "it's silly but …", "i know
  /// this sounds daft but …". What follows the "but" is what they mean, and is what is given
  /// back; the put-down never is.
  static let selfDismissals: [String] = [
    "(i know)? (it 's|its|it is|this is|this 'll|this will|it 'll|it will|this might|it might|this may|it may)? (sound|sounds)? (so|really|a bit|probably|dead|kind of|kinda)? (silly|daft|stupid|soppy|soft|ridiculous|weird|sad|pathetic|dumb|mad) but"
  ]

  /// Openers that are words of a claim too ("right wing", "well paid", "so many", "like minded",
  /// "look at"): taken off only when a pause follows them (a comma, a dash, the sentence's end)
  /// or another opener does ("right ok so …").
  static let pausedOpeners: [String] = [
    "(right|well|so|like|look|listen|oh|ah|now|yeah|yes|yep|serious|seriously|honestly)"
  ]

  /// Openers that are words of a claim too ("so many", "well paid", "no money") but open on
  /// what follows when a clause begins right after them (`clauseOpeningWords`): "so the kids
  /// walk in now", "no it's fine", "well my sister says …"; a stance adverb before a clause
  /// ("honestly i'm thinking of …") is no part of it.
  static let clauseOpeners: [String] = [
    "(so|well|no|nah|honestly|seriously|genuinely|truthfully|frankly|tbh|ngl)"
  ]

  /// Words that begin a clause, never an intensified word or a noun "no" denies: articles,
  /// possessives, personal pronouns and demonstratives ("so the …", "no it …", "well my …").
  static let clauseOpeningWords = FunctionWords.articles.union(FunctionWords.possessives)
    .union(FunctionWords.personalPronouns).union(["this", "that", "these", "those", "there"])
}

extension PartnerCueMatcher {
  static let discourseOpener = PartnerCueMatcher(
    PartnerCues.discourseOpeners + PartnerCues.selfDismissals)
  static let pausedOpener = PartnerCueMatcher(PartnerCues.pausedOpeners)
  static let clauseOpener = PartnerCueMatcher(PartnerCues.clauseOpeners)
}
