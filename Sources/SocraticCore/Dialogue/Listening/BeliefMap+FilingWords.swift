/// The word tables by which an answer is filed on the belief map (`BeliefMap+Filing.swift`).
extension BeliefMap {
  /// Words of time and place that may close a leave-taking: "i better go now".
  static let whenWords: Set<String> = ["now", "here", "there", "tonight", "then", "soon"]

  /// Verbs by which a person leaves a talk: "stop", "go".
  static let endingVerbs: Set<String> = [
    "stop", "go", "leave", "run", "head", "finish", "quit", "dash", "log",
  ]

  /// Words before a noun that point at no one thing in particular: "a book", "this video".
  static let unnamingDeterminers: Set<String> = [
    "a", "an", "this", "that", "some", "one", "another", "these", "those",
  ]

  /// Words that open a line before what it says: "no", "yeah", "ok".
  static let interjections: Set<String> = [
    "no", "nah", "nope", "yes", "yeah", "yep", "ok", "okay", "well", "oh", "lol", "haha",
  ]

  /// Words after "you" that tell what the listener did: "you didnt put it badly".
  static let listenerPastWords: Set<String> = [
    "didnt", "did", "wasnt", "werent", "havent", "got", "put", "missed", "skipped",
  ]

  /// Verbs by which a source tells something: "the report said …".
  static let tellingVerbs: Set<String> = [
    "said", "says", "showed", "shows", "found", "finds", "reported", "reports", "told",
  ]

  /// The fewest words a reason without a verb needs to say something read alone.
  static let bareWordLimit = 4

  /// Words just before a medium that say it is where they learned it: "in the paper".
  static let mediumPrepositions: Set<String> = ["in", "on", "from", "according", "by"]

  /// The most words a clause of time or condition has and still be only half a sentence.
  static let fragmentWordLimit = 6

  /// First words of a line spoken to the listener.
  static let listenerWords: Set<String> = ["you", "youre", "u", "ur", "youve"]

  /// Verbs that, after "you", tell what the listener said or made of them.
  static let listenerVerbs: Set<String> = [
    "said", "say", "saying", "says", "mean", "meant", "asked", "asking", "ask", "think",
    "thinking", "reckon", "misunderstood", "heard", "keep", "twisted",
  ]

  /// Words that set their own words right: "i didnt say useful".
  static let ownWordsCues: [[String]] = [
    "i didnt say", "i never said", "i did not say", "not what i said", "i didnt mean",
    "i never meant", "thats not what i",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that say "not".
  static let negations: Set<String> = [
    "dont", "havent", "didnt", "never", "not", "cant", "hadnt", "wont",
  ]

  /// Verbs of coming to know something.
  static let knowingVerbs: Set<String> = [
    "know", "checked", "check", "looked", "sure", "read", "researched", "met", "studied",
  ]

  /// Words for a length of time after a number ("6 years", "22 yrs").
  static let durationWords: Set<String> = [
    "years", "year", "yrs", "yr", "decades", "months",
  ]

  /// Words that tell work or a life of their own.
  static let backgroundCues: [[String]] = [
    "i was a", "i was an", "i worked as", "i used to work", "ive been a", "ive worked",
    "i grew up", "i was raised",
    // A span of their own life: "every morning since i retired", "all my life".
    "since i retired", "since we retired", "since i left school", "since i was a kid",
    "since i was little", "since i was young", "since i was a boy", "since i was a girl",
    "since i was a teenager", "since we moved here", "since i moved here", "since we got married",
    "since i got married", "since we had kids", "since i had kids", "since i started work",
    "since i graduated", "since the kids left", "since the kids left home", "all my life",
    "my whole life", "as long as i can remember", "ever since i can remember",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that open a clause of time or condition.
  static let subordinators: Set<String> = [
    "when", "if", "unless", "whether", "while", "whenever", "until", "once", "although",
  ]

  /// Words of learning something from a source: verbs, and what it came in ("video").
  static let learningWords: Set<String> = [
    "saw", "seen", "see", "read", "reading", "heard", "hear", "watched", "watching", "watch",
    "learned", "learnt", "found", "posted", "says", "said", "according", "video", "videos",
    "article", "post", "posts",
  ]

  /// Words of saying, and of pointing back at what was said, in a reported view.
  static let sayingWords: Set<String> = [
    "say", "says", "said", "would", "think", "thinks", "reckon", "reckons", "actually", "too",
    "also", "probably", "that", "thats", "so", "agree", "agrees",
  ]
}
