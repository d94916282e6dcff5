/// The words by which a person tells of a danger to life now: signs of a heart attack or a
/// stroke, or thoughts of ending their life or hurting themselves. Read by `SafetyConcern`;
/// patterns are `PhrasePattern`s over lowercased words, clitics apart ("i 've"), shorthand read
/// out.
enum SafetyCues {
  /// Pain or numbness that spreads to an arm, the jaw or the neck: with the chest or the heart
  /// named in the talk, a sign of a heart attack ("sometimes it goes down my left arm").
  static let spreadingPain: [String] = [
    "(goes|going|went|spreads|spreading|spread|shoots|shooting|radiates|radiating|moves|moving|runs|running|travels|travelling|traveling) (down|into|up|to|through|along) (my|his|her|your) (left|right)? (arm|arms|jaw|neck|shoulder)",
    "(pain|ache|aching|tingling|pins and needles|numb|numbness|heaviness) (in|down|into) (my|his|her|your) (left)? (arm|jaw)",
  ]

  /// Words that put the chest or the heart in the talk, so that a spreading pain is read as
  /// the heart's.
  static let chestWords: Set<String> = ["chest", "heart", "angina"]

  /// Signs of a stroke: a face that droops, speech that slurs.
  static let stroke: [String] = [
    "(face|mouth|smile) (is|was|'s|has|has gone|went|gone)? (drooping|droopy|drooped|lopsided)",
    "(slurring|slurred|slurs) (my|his|her|your|their)? (words|speech)",
    "(words|speech) (is|are|was|were|'s|keep|keeps)? (coming out)? (slurred|slurring)",
  ]

  /// Thoughts of ending one's life or hurting oneself.
  static let ownHarm: [String] = [
    "(want to|wanna|going to|gonna|thinking about|thinking of|thought about|think about|thought of) (kill|killing|end|ending|hurt|hurting|harm|harming|top|topping) (myself|my life|it all)",
    "(i|i 'd|id) (just)? (want to|wanna|wish i could|wish i was|wish i were|would rather) (die|be dead|not wake up|not be here)",
    "(i 'd|i would|id)? (be)? better off dead",
    "(do n't|don't|dont|do not) want to (be here|be alive|live|wake up|go on) (anymore|any more)?",
    "no (point|reason) (in)? (living|going on|being alive|being here)",
    "(i 've|i have|ive|i 'm|im|i am) (been)? (self harming|cutting myself|hurting myself|harming myself)",
    "(kill|killing|end|ending) myself",
  ]

  /// Words just before a cue that deny it: "i'm not going to hurt myself over a diet".
  static let denials: Set<String> = ["not", "n't", "never", "wouldn't", "wouldnt", "won't", "wont"]
}
