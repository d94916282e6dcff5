/// Words a reflection may use for words the person said in another form: their own sweep
/// ("every year" given back as "always") is no overstatement, and a feeling close to theirs
/// ("worn out" for "sick of it") adds nothing they did not say.
enum NearWords {
  /// The positions of the words that make up a feeling of more than one word ("left out",
  /// "let down"): together they name a feeling, and none of them is a claim.
  static func feelingPhrasePositions(in words: [String]) -> Set<Int> {
    var positions: Set<Int> = []
    for phrase in nearFeelings.joined() where phrase.count > 1 && words.count >= phrase.count {
      for start in 0...(words.count - phrase.count)
      where words[start..<(start + phrase.count)].elementsEqual(phrase) {
        positions.formUnion(start..<(start + phrase.count))
      }
    }
    return positions
  }

  /// Whether a word of a reflection stands for something the person said in a near form.
  /// - Parameters:
  ///   - word: the reflection's word, lowercased.
  ///   - heard: what the person said, lowercased, in order.
  static func isHeard(_ word: String, in heard: [String]) -> Bool {
    groups(of: word).contains { group in
      group.contains { phrase in contains(heard, phrase) }
    }
  }

  /// A feeling the reflection names far stronger than the near one the person said, as written:
  /// "terrified" after "a bit worried", "devastated" after "a bit down". Their own strong word
  /// in any near form ("fuming" for "furious") raises nothing.
  static func raisedFeeling(in words: [String], heard: [String]) -> String? {
    words.first { word in
      strongFeelings.contains(word) && !heard.contains(where: strongFeelings.contains)
        && nearFeelings.contains { group in
          group.contains([word]) && group.contains { contains(heard, $0) }
        }
    }
  }

  /// Feelings at their strongest, which a reflection gives back only when the person did.
  private static let strongFeelings: Set<String> = [
    "furious", "fuming", "livid", "terrified", "petrified", "panicking", "devastated",
    "heartbroken", "distraught", "crushed",
  ]

  /// The groups of near forms a word belongs to: a sweep said as the word, or a feeling with
  /// the word in it ("worn" of "worn out").
  private static func groups(of word: String) -> [[[String]]] {
    sweeps.filter { $0.contains([word]) }
      + nearFeelings.filter { $0.contains { $0.contains(word) } }
  }

  /// Whether words hold a phrase, its words in a row.
  private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    return (0...(words.count - phrase.count)).contains {
      words[$0..<($0 + phrase.count)].elementsEqual(phrase)
    }
  }

  /// Sweeping words that say the same sweep: each group one sweep in its forms.
  private static let sweeps: [[[String]]] = [
    [
      "always", "every", "each", "constantly", "forever", "whenever", "all the time",
      "every time", "non stop", "nonstop", "24/7", "continually", "again and again",
    ],
    // A sweep of none is one sweep whoever or whatever it is of: "never said a word" given
    // back as "nobody asked you" keeps its strength.
    [
      "never", "not once", "not ever", "no time", "none", "at no point", "not one", "nobody",
      "no one", "noone", "not anyone", "not anybody", "nothing", "not anything", "none of it",
      "not a word", "not a single", "not a thing", "nowhere", "no way",
      // "no reason to get up" given back as "nobody waiting on you": none, in their words.
      "no reason", "no point", "no use", "no need", "not at all", "no more",
    ],
    [
      "everyone", "everybody", "all", "every one", "each one", "all of them", "all of us",
      "whole family", "the lot of them",
    ],
    ["everything", "all", "every", "all of it"],
    ["completely", "entirely", "totally", "utterly", "fully", "100", "whole", "all"],
    // A few of many is only them: "a few big firms" given back as "only the big firms".
    [
      "only", "solely", "purely", "alone", "nothing but", "a few", "a handful", "a couple",
      "one or two", "small number",
      // "nobody else sees it", "always the one who …": the only one, in their words.
      "nobody else", "no one else", "noone else", "not anyone else", "always the one",
      "always being the one", "always me",
    ],
    // What weighs most for them is mostly that: "it's more the fees" as "mostly the fees".
    [
      "mostly", "mainly", "largely", "most", "chiefly", "main", "more", "biggest", "especially",
      "above all", "primarily", "major",
    ],
  ].map { $0.map { $0.split(separator: " ").map(String.init) } }

  /// Feelings near enough that one given back for the other adds nothing.
  private static let nearFeelings: [[[String]]] = [
    [
      "worn out", "tired", "exhausted", "drained", "sick of", "fed up", "weary", "burnt out",
      "burned out", "knackered", "had enough", "done with", "tired of", "over it",
    ],
    [
      "angry", "annoyed", "irritated", "frustrated", "cross", "mad", "furious", "fuming",
      "pissed off", "wound up", "livid",
    ],
    [
      "worried", "anxious", "nervous", "scared", "afraid", "frightened", "uneasy", "stressed",
      "on edge", "terrified", "petrified", "panicking", "worry", "worries", "weighs on",
      "weighing on", "weigh on", "on your mind",
    ],
    [
      "sad", "down", "upset", "low", "miserable", "unhappy", "gutted", "heartbroken",
      "devastated", "distraught", "crushed",
    ],
    ["hurt", "let down", "disappointed", "betrayed", "stung"],
    ["overwhelmed", "swamped", "snowed under", "stretched", "too much"],
    ["lonely", "alone", "isolated", "left out", "cut off"],
    ["stuck", "trapped", "boxed in", "no way out"],
  ].map { $0.map { $0.split(separator: " ").map(String.init) } }
}
