/// The feelings a person names as their own: the words for them, what says they are the
/// person's, and the phrases that name one by themselves.
extension AnswerCues {
  /// Words for feelings a person can have, as they say them after "I'm", "I feel", "I was".
  static let feelingWords: Set<String> = gladFeelings.union([
    "angry", "mad", "furious", "annoyed", "frustrated", "irritated", "resentful", "bitter",
    "sad", "upset", "hurt", "heartbroken", "devastated", "depressed", "miserable",
    "scared", "afraid", "frightened", "terrified", "worried", "anxious", "nervous", "uneasy",
    "stressed", "overwhelmed", "exhausted", "tired", "drained", "burnt", "burned", "worn",
    "guilty", "ashamed", "embarrassed", "lonely", "helpless", "hopeless", "powerless",
    "betrayed", "disappointed", "disgusted", "sick", "fed", "confused", "torn", "conflicted",
    "stuck", "trapped", "jealous", "insecure", "pessimistic", "cynical", "numb",
    "horrified", "outraged", "shocked", "heartsick", "uncomfortable", "defensive", "unheard",
    "ignored", "disrespected", "unappreciated", "resigned", "grumpy", "cranky", "ratty",
    "irritable", "moody", "humiliated", "knackered", "frazzled", "shattered", "gutted", "livid",
    "fuming", "crushed", "deflated", "distraught", "demoralised", "demoralized",
  ])

  /// Hedges before a feeling named by its word alone: "i guess sad", "honestly a bit lonely".
  static let bareFeelingLeads = AnswerMoveReader.feelingGlue.union([
    "i", "guess", "suppose", "think", "mostly", "probably", "um", "erm", "well", "oh", "tbh",
  ])

  /// Words after a feeling named alone that leave it alone, hedges and joins: "proud i
  /// suppose", "guilty mostly", "sad and lost"; any other word makes it describe what follows.
  static let bareFeelingFollowers: Set<String> = [
    "i", "mostly", "mainly", "really", "honestly", "tbh", "probably", "too", "and", "but", "if",
    "though", "tho", "more", "lol", "haha", "tbf", "id", "im",
  ]

  /// Words that open the clause a feeling is about, which an "it" before the feeling may point
  /// ahead to: "angry that …", "it gets to me when …", "it kills me watching him".
  static let feelingClauseOpeners: Set<String> = [
    "that", "when", "whenever", "how", "to", "if", "seeing", "watching", "hearing", "knowing",
    "having", "being",
  ]

  /// Feelings of warmth towards what happened or who did it: "glad", "grateful".
  static let warmFeelings: Set<String> = ["happy", "grateful", "thankful", "glad"]

  /// Feelings a person is glad to have: "i'm not happy about it" denies none of them calmly,
  /// it says they are unhappy.
  static let gladFeelings = warmFeelings.union([
    "hopeful", "relieved", "proud", "excited", "optimistic",
  ])

  /// Feelings of fear or of being held fast: named, they are stayed with before any close.
  static let fearWords: Set<String> = [
    "scared", "afraid", "frightened", "terrified", "worried", "anxious", "nervous", "stuck",
    "trapped", "helpless", "hopeless", "powerless", "dread",
  ]

  /// The verbs after which any adjective names a feeling: "I feel invisible".
  static let feelVerbs: Set<String> = ["feel", "felt", "feeling"]

  /// Words after "I feel" that start an opinion, not a feeling: "I feel like he's wrong".
  static let opinionAfterFeel: Set<String> = ["like", "that", "as", "even", "still", "only"]

  /// What says the feeling that follows is the person's own: "I'm", "I feel", "makes me".
  static let feelingFrames: [String] = [
    "i (still|really|kinda|kind of|just|also|honestly|actually|genuinely)? ('m|am|feel|felt|was|get|got|'ve been|have been|'m getting|keep feeling|stop feeling|'m feeling|am feeling) (so|really|honestly|actually|genuinely|literally|properly|just|a bit|a little|kind of|kinda|pretty|very|quite|too|totally|completely|super|more|also|still|getting)*",
    "(it|that|this|he|she|they) (makes|made|make|leaves|left) me (feel)? (so|really|a bit|a little|kind of|kinda|pretty|very|quite|super)*",
    "makes me (feel)? (so|really|a bit|a little|kind of|kinda|pretty|very|quite|super)*",
    "honestly (i 'm)? (so|really|a bit|a little|kind of|kinda|pretty|very|quite|super)*",
  ]

  /// Frames of a feeling that shares the subject of the clause before it: "i snapped at him
  /// and felt terrible", read only when that subject is the speaker.
  static let sharedSubjectFeelingFrames: [String] = [
    "and (then|just|still)? (felt|feel|was) (so|really|kinda|kind of|pretty|a bit|a little|super|totally)*"
  ]

  /// Verbs that name the person's feeling with "me" after them, and the feeling they name:
  /// "it scares me" → scared.
  static let feelingVerbs: [String: String] = [
    "scares": "scared", "scared": "scared", "frightens": "frightened", "terrifies": "terrified",
    "worries": "worried", "worried": "worried", "upsets": "upset", "upset": "upset",
    "angers": "angry",
    "frustrates": "frustrated", "saddens": "sad", "hurts": "hurt", "hurt": "hurt",
    "depresses": "depressed", "exhausts": "exhausted", "disgusts": "disgusted",
    "annoys": "annoyed", "bothers": "bothered", "infuriates": "furious",
    "stresses": "stressed", "stressing": "stressed", "stressed": "stressed",
    "overwhelms": "overwhelmed", "wears": "worn down", "wearing": "worn down",
    "shocks": "shocked", "shocked": "shocked", "embarrasses": "embarrassed",
    "irritates": "irritated", "maddens": "furious", "guts": "gutted", "gutted": "gutted",
  ]

  /// Phrases that are a feeling by themselves, and the feeling they name.
  static let feelingPhrases: [(pattern: String, feeling: String)] = [
    ("(i 'm|im|i am) (so|really|kind of|kinda|pretty|just)? (sick|tired) of", "fed up"),
    ("fed up", "fed up"),
    // "makes me feel taken for granted": a feeling of several words, named whole, never
    // cut to its first ("feeling taken").
    ("\(ownFeelingLead) taken for granted", "taken for granted"),
    ("\(ownFeelingLead) left out", "left out"),
    ("\(ownFeelingLead) let down", "let down"),
    ("\(ownFeelingLead) put upon", "put upon"),
    (
      "(i 'm|im|i am|i was|me) (so|really|just|totally)? at the end of my tether",
      "at the end of your tether"
    ),
    // "makes me sick": disgust, never an illness.
    ("(makes|made|making) me (sick|ill|want to be sick)", "disgusted"),
    ("(makes|made) my blood boil", "angry"),
    ("(this|it|that) ('s|is) (so|really|kind of|kinda|pretty)? (hard|tough|difficult)", "unsure"),
    ("(breaks|broke) my heart", "heartbroken"),
    ("(i 'm|im|i am) (tearing up|crying|in tears|shaking)", "upset"),
    // Only their own tears: "my roommate cried" is her feeling, never theirs.
    (
      "(i|i just|i was|i 've been|i have been|made me|makes me|make me) (cry|cried|crying|sobbed|sobbing|tear up|teared up|in tears)",
      "hurt"
    ),
    // "both of us in tears", "me and mum sobbing": their own tears, shared; "crying out for"
    // is a want and "in tears laughing" is joy.
    (
      "(both of us|the two of us|we both|we were both|we were|we 're|us both|me and _|me and my _) (were|are)? (crying|sobbing|bawling|in tears) !(out|with|laughing|of)",
      "upset"
    ),
    // "honestly dreading the day it goes": dread said without "I'm", but said of themselves;
    // "my dad was dreading it" is his, and "I'm not dreading it" denies it.
    (
      "(i 'm|im|i am|i was|i 've been|i|honestly|already) (so|really|just|honestly|already|actually|genuinely|literally)? (dreading|dread)",
      "dread"
    ),
    // "ugh thats a bit much for a tuesday": what they just saw is heavy to hold, said of
    // themselves or the day and ending there; "a bit much for a first offence" judges a cost.
    (
      "(a bit|bit|abit|a little|all a bit|getting a bit) (much|heavy|deep|intense) for (me|a \(dayNames)) (lol|tbh|haha)? !_",
      "a bit overwhelmed"
    ),
    (
      "(ugh|oof|phew|god) (that 's|thats|this is|it 's|its)? (a bit|bit|abit|all a bit) (much|heavy|deep|intense)",
      "a bit overwhelmed"
    ),
    ("(had to|i) (pull|pulled) over", "shaken"),
    // "it drives me mad when im blamed": the feeling in the idiom, never the scene given back.
    (
      "(drives|drove|driving|drive) me (mad|crazy|nuts|insane|bananas|spare|up the wall|round the bend|around the bend)",
      "frustrated"
    ),
    ("(does|did|doing|do) my head in", "frustrated"),
    ("(winds|wound|winding|wind) me up", "wound up"),
    // "i go into panic mode every monday": their own panic; "the office goes into panic mode"
    // is the office's.
    (
      "(i|i just|i always) (go|went|get|got|am|'m|was) (straight|totally|full|right)? (into|in) (full)? panic mode",
      "panicky"
    ),
    (
      "(i 'm|im|i am|i was|i start|i started) (just|kind of|kinda|totally|completely)? panicking",
      "panicky"
    ),
    ("(i|i 'm|im)? (feel|feeling) (like)? (shit|crap|awful|terrible|horrible|garbage)", "awful"),
    ("i (kinda|kind of|really|just|honestly)? hate (that|it|how|when|this)", "upset"),
    ("scared the (hell|crap|shit|life|daylights) out of", "scared"),
    ("(that|this|it) ('s|is) what gets (to)? me", "bothered"),
    ("(i|it) (can't|cannot) (stand|take) (it|this|that)", "fed up"),
    ("are you (serious|kidding)", "exasperated"),
    ("(come on|seriously)", "exasperated"),
    // "it's scary": each word's own feeling, never one stock feeling for all of them.
    ("(it 's|this is|that 's) (so|really|pretty|bloody|kinda|quite)? exhausting", "worn down"),
    ("(it 's|this is|that 's) (so|really|pretty|bloody|kinda|quite)? infuriating", "furious"),
    ("(it 's|this is|that 's) (so|really|pretty|bloody|kinda|quite)? heartbreaking", "heartbroken"),
    (
      "(it 's|this is|that 's) (so|really|pretty|bloody|kinda|quite)? (terrifying|frightening)",
      "frightened"
    ),
    ("(it 's|this is|that 's) (so|really|pretty|bloody|kinda|quite)? scary", "scared"),
    ("(it 's|this is|that 's) (so|really|pretty|bloody|kinda|quite)? depressing", "low"),
    ("(it 's|this is|that 's) (so|really|pretty|bloody|kinda|quite)? frustrating", "frustrated"),
    ("(it 's|this is|that 's) (so|really|pretty|bloody|kinda|quite)? upsetting", "upset"),
  ]

  /// What says a feeling of several words that follows is theirs: "i feel", "makes me feel",
  /// "i'm", "me being".
  static let ownFeelingLead =
    "(feel|feeling|felt|i 'm|im|i am|i was|i get|me being|being) (so|really|a bit|a little|kind of|kinda|just|totally|pretty)?"

  /// Days and times a heavy moment is said to be too much for: "a bit much for a monday".
  static let dayNames =
    "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|school night|work night|morning|sunday morning)"

  /// Judgements of themselves, and the feeling under each: a reflection names the feeling
  /// ("felt like a bad person" → guilty), never the scene around it.
  /// Being cast as the one at fault by others ("made me feel like the bad guy") is feeling
  /// blamed, not guilty: the judgement is theirs, said of the person.
  static let selfJudgements: [(pattern: String, feeling: String)] = [
    (
      "(made|makes|make|making|left|leaves) me (feel|look|out to be|into) (like)? (a|an|the) (villain|bad guy|bad one|baddie|enemy|problem|monster|criminal|traitor|bad person|black sheep|scapegoat|bad _)",
      "blamed"
    ),
    (
      "(treated|treats|treat|painted|paints|paint|cast|casts|labelled|labeled|called) me (like|as)? (a|an|the) (villain|bad guy|bad one|baddie|enemy|problem|monster|criminal|traitor|bad person|black sheep|scapegoat)",
      "blamed"
    ),
    (
      "(feel|felt|feeling) like (a|an|such a|the) (bad|terrible|awful|horrible|shitty|crappy|lousy|worst) _",
      "guilty"
    ),
    (
      "(feel|felt|feeling) like (a|an|such a|a total|a complete) (idiot|fool|loser|clown)",
      "foolish"
    ),
    // "feeling like a traitor about it": letting someone down, said of themselves.
    (
      "(feel|felt|feeling) like (a|an|such a|a total|a complete|a bit of a) (traitor|cheat|snake|turncoat)",
      "guilty"
    ),
    ("hypocritical of me", "conflicted"),
    // "which is maybe a me problem": the fault found in themselves is the admission.
    (
      "(a|just a|maybe a|probably a|prob a|more of a|more a) me (problem|thing|issue)",
      "partly to blame"
    ),
    // "saying im scared sounds pathetic": ashamed of the feeling as well as feeling it.
    (
      "(saying|admitting|to say|to admit) (i 'm|im|i am|i was|i feel|i get) _ (sounds|is|feels|seems) (so|a bit|kind of|kinda|pretty|really)? (pathetic|stupid|silly|daft|weak|lame|ridiculous)",
      "embarrassed"
    ),
    (
      "i ('m|am|feel|felt|was) (kinda|kind of|a bit|a little|so|such|being)? (a)? (hypocrite|hypocritical)",
      "conflicted"
    ),
  ]

  /// Teasing grants that only look like upset: "ugh I hate when she's right", "don't tell him
  /// I said so". The feeling words inside them name no feeling; what they grant is a
  /// concession.
  static let wryGrants: [String] = [
    "(i|i just|i really|i kinda|i kind of)? hate (it)? (when|that) (he|she|you|they|my _|_) ('s|is|are|'re|was|were|is being) (right|correct|right again)",
    "(do n't|don't|dont|do not) (tell|let) (him|her|them|my _) (i said|know i said) (so|that|it)?",
    "(he|she|they) ('ll|will) never let me (forget|hear the end of) (it|this|that)",
  ]

  /// Feelings that stand in for another the same words would name too, and the one they
  /// replace: "made me feel like the bad guy" says blamed, never guilty as well.
  static let feelingsStandingIn: [(kept: String, dropped: String)] = [
    ("blamed", "guilty"), ("disgusted", "sick"), ("disgusted", "ill"),
    ("taken for granted", "taken"), ("left out", "left"), ("put upon", "put"),
  ]

  /// Whether a word names a feeling, as said or as a verb names it ("angry", "scared").
  static func isFeelingWord(_ word: String) -> Bool {
    feelingWords.contains(word) || feelingVerbs.values.contains(word)
  }
}
