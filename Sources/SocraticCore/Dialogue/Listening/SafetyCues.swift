/// The words by which a person tells of a danger to life now: signs of a heart attack or a
/// stroke, or thoughts of ending their life or hurting themselves. Read by `SafetyConcern`;
/// patterns are `PhrasePattern`s over lowercased tokens, punctuation kept (a phrase never runs
/// across it), clitics apart ("i 've"), shorthand read out.
enum SafetyCues {
  /// Pain or numbness that spreads to an arm, the jaw or the neck: with the chest or the heart
  /// named in the talk, a sign of a heart attack ("sometimes it goes down my left arm").
  static let spreadingPain: [String] = [
    "(goes|going|went|spreads|spreading|spread|shoots|shooting|radiates|radiating|moves|moving|runs|running|travels|travelling|traveling) (down|into|up|to|through|along) (my|his|her|your) (left|right)? (arm|arms|jaw|neck|shoulder)",
    "(pain|ache|aching|tingling|pins and needles|numb|numbness|heaviness) (in|down|into) (my|his|her|your) (left|right)? (arm|jaw)",
  ]

  /// How the chest or the heart comes up in the talk, so that a spreading pain is read as the
  /// heart's; "follow your heart" does not.
  static let chestTalk: [String] = [
    "chest", "angina",
    "heart (attack|attacks|pain|pains|problem|problems|condition|trouble|racing|pounding|murmur)",
  ]

  /// Signs of a stroke happening: a face that droops, speech that slurs.
  static let stroke: [String] = [
    "(face|mouth|smile) (is|'s|has|has gone|has started|keeps|started|starting|was)? (drooping|droopy|lopsided)",
    "(slurring|slurred|slurs) (my|his|her|your|their)? (words|speech)",
    "(words|speech) (is|are|was|were|'s|keep|keeps)? (coming out)? (slurred|slurring)",
  ]

  /// Words of drink, with which slurred words tell of a night out, not a stroke.
  static let drinkWords: Set<String> = [
    "drunk", "pissed", "drinking", "drink", "drinks", "pints", "wine", "beer", "vodka", "tipsy",
    "hammered", "wasted", "booze",
  ]

  /// Thoughts of ending one's life or hurting oneself. "I could kill myself for forgetting",
  /// "I'd rather die than go back" and "I don't want to live in London anymore" wish nothing.
  static let ownHarm: [String] = [
    "(want to|wanna|going to|gonna|thinking about|thinking of|thought about|think about|thought of|tried to|try to|trying to) (kill|killing|end|ending|hurt|hurting|harm|harming|top|topping) (myself|my life|it all)",
    "(i|i 'd|id) (just)? (want to|wanna|wish i could|would rather|'d rather) (die|be dead|not wake up|not be here) !(than|laughing|of)",
    "(wish|wished) (i|that i) (was|were|could be) dead",
    "(i 'd|i would|id)? (be)? better off dead",
    "(do n't|don't|dont|do not) want to (live|be alive|wake up|go on|be here) (anymore|any more|like this)? !(in|with|at|near|on|by|next|abroad|there|together|early|without|to|about|the|a|this|that|my|our|his|her|their|for|until|till|so|and)",
    "no (point|reason) (in)? (living|going on|being alive|being here|to live|to go on|to be here)",
    "(i 've|i have|ive|i 'm|im|i am|been) (been)? (self harming|self-harming|cutting myself|hurting myself|harming myself)",
    "(i|i 'm|im|i am|i 've|ive|i have|i 've been|ive been|been) (feeling|felt|feel)? suicidal",
    "suicidal (thoughts|feelings)",
    "(took|taken|swallowed|take) (too many|a load of|loads of|all my|all the|a bottle of) (pills|tablets|paracetamol)",
    "(nobody|no one|noone) would (miss|notice) (me)? if i (was|were|'d) (gone|dead)",
  ]

  /// Whether a word just before a cue denies it: "i'm not going to hurt myself over a diet",
  /// "i wont hurt myself".
  static func denies(_ word: String) -> Bool { FunctionWords.negates(word) }

  /// Words that open a cue on the speaker, whose denial would come after them: no word before
  /// "i want to die" denies it ("im not ok i want to die").
  static let speakerOpeners: Set<String> = ["i", "im", "ive", "id", "been"]

  /// How many words before a cue are read for a denial, within its clause.
  static let denialReach = 2
}
