/// What a persona means by the loaded words beliefs are made of, as someone who holds such a
/// belief would put it: "By “corrupt” I mean …". Keyed by the word's lemma
/// (`TopicWords.lemma(of:)`); a word not here is explained by the persona's own reasons.
enum PersonaDefinitions {
  /// The definition of a word, to follow "By “word” I mean", or nil.
  static func definition(of word: String) -> String? {
    let key = word.lowercased()
    if let definition = table[key] { return definition }
    if let definition = table[TopicWords.lemma(of: key)] {
      return key.hasSuffix("ing") ? continuous(definition) : definition
    }
    // A phrase by the first of its words that has one: "defend itself" by "defend".
    let words = key.split(separator: " ").map(String.init)
    guard words.count > 1 else { return nil }
    // "less stable" is never what "stable" means: it is what its opposite means, if that has
    // a definition ("unstable"), else no definition at all.
    if let first = words.first, lowering.contains(first) {
      let rest = words.dropFirst().joined(separator: " ")
      return oppositePrefixes.lazy.compactMap { table[$0 + rest] }.first
    }
    return words.lazy.compactMap { table[$0] ?? table[TopicWords.lemma(of: $0)] }.first
  }

  /// Words that turn what follows them down towards its opposite: "less stable".
  private static let lowering: Set<String> = ["less", "least", "not", "hardly"]

  /// How English makes a word's opposite: "unstable", "insecure", "impossible".
  private static let oppositePrefixes = ["un", "in", "im", "ir", "il", "dis"]

  /// The definition of a word or a phrase as a whole ("intrinsic value"), never by one of its
  /// words; nil when it has none.
  static func definition(ofWhole term: String) -> String? {
    let key = term.lowercased()
    return table[key] ?? table[TopicWords.lemma(of: key)]
  }

  /// A verb's definition said of its "-ing" form: "keep safe from harm" for "protecting" is
  /// "keeping safe from harm", "not do …" is "not doing …"; any other definition as it is,
  /// such as a noun with what it does after it ("harm that lasts", "rules set by …").
  static func continuous(_ definition: String) -> String {
    var words = definition.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let verb = words.first == "not" ? 1 : 0
    guard verb < words.count,
      Lexicon.verbReadings(of: words[verb]).contains(where: { $0.form == .base }),
      !FunctionWords.isFunctionWord(words[verb])
    else { return definition }
    if verb + 1 < words.count {
      let next = words[verb + 1]
      let saysWhatANounDoes =
        nounFollowers.contains(next)
        || Lexicon.verbReadings(of: next).contains { [.past, .pastParticiple].contains($0.form) }
      guard !saysWhatANounDoes else { return definition }
    }
    words[verb] = ingForm(of: words[verb])
    return words.joined(separator: " ")
  }

  /// The "-ing" form of a verb: "keep" → "keeping", "use" → "using", "stop" → "stopping",
  /// "die" → "dying".
  static func ingForm(of base: String) -> String {
    if base.hasSuffix("ie") { return base.dropLast(2) + "ying" }
    if base.hasSuffix("e"), !base.hasSuffix("ee"), base.count > 2 { return base.dropLast() + "ing" }
    let letters = Array(base)
    let isVowel = { (letter: Character) in "aeiou".contains(letter) }
    if letters.count >= 3, letters.count <= 4, let last = letters.last, !"wxy".contains(last),
      !isVowel(last), isVowel(letters[letters.count - 2]), !isVowel(letters[letters.count - 3])
    {
      return base + String(last) + "ing"
    }
    return base + "ing"
  }

  /// Words that follow a noun, never a verb, at the head of a definition: "harm that lasts".
  private static let nounFollowers: Set<String> = ["that", "which", "who", "whose", "of"]

  private static let table: [String: String] = [
    "abuse": "using power or a tool to hurt the people it was meant to serve",
    "aggression": "attacking a country that has not attacked you",
    "bad": "that it does more harm than good",
    "best": "that nothing else on offer does the job as well",
    "better": "that it does the job well where the alternatives do it badly",
    "bubble": "prices driven up by people expecting them to rise, not by anything real",
    "censorship": "someone with power deciding what others may not say or read",
    "cheap": "costing less for the same thing",
    "cheaper": "costing less for the same thing",
    "collapse": "stop working all at once, and take people's money or trust with it",
    "control": "the power to decide what others may and may not do",
    "corrupt": "using a public position for private gain",
    "corruption": "using a public position for private gain",
    "crisis": "a moment when things get worse fast and the usual fixes stop working",
    "cruel": "causing suffering that could be avoided",
    "damage": "harm that lasts after the thing that caused it is gone",
    "danger": "a real chance that people get hurt",
    "dangerous": "likely to hurt people if nobody stops it in time",
    "democracy": "a system where people choose their leaders and can remove them by voting",
    "defend": "use force only to stop an attack on your people",
    "deserve": "what someone has earned by what they did",
    "disaster": "harm on a scale that changes many lives at once",
    "easy": "that anyone can do it without special help",
    "elite": "a small group with money and connections who look after each other",
    "enough": "as much as the job needs, and not much more",
    "fail": "not do what it was meant to do",
    "fair": "the same rules for everyone, applied honestly",
    "fake": "made to look real when it is not",
    "false": "shown not to be true by facts anyone can check",
    "fast": "done in minutes or hours, not days or weeks",
    "faster": "done in less time, minutes instead of days",
    "fraud": "deceiving people to take their money",
    "free": "that nobody can stop you or punish you for it",
    "freedom": "being able to choose for yourself without asking permission",
    "good": "that it leaves people better off than before",
    "harm": "real damage to people's lives, their money, health or safety",
    "hype": "excitement that runs far ahead of what the thing can do",
    "intrinsic value":
      "worth that comes from what a thing produces or does, not from what the next buyer will pay",
    "legitimate": "reached by the rules everyone agreed to, so that nobody can fairly overturn it",
    "liable": "made to pay for the damage you cause",
    "limited": "able to do far less than people claim",
    "luck": "what happens to you that you did not choose and could not have planned",
    "mainstream": "the big outlets most people get their news from",
    "mistake": "getting wrong something a careful person would get right",
    "overblown": "far bigger than the facts support",
    "panic": "fear that spreads faster than the facts",
    "political class":
      "the politicians, officials and advisers who run things and mostly talk to each other",
    "power": "being able to make others do what you want",
    "powerful": "able to change things on a scale nobody can easily undo",
    "printing money": "a government creating new money to pay its bills",
    "problem": "something that leaves people worse off and will not fix itself",
    "productive": "getting more of the work that matters done in the same time",
    "productivity": "how much gets done for the time people put in",
    "profit": "money made for yourself, whatever it does for anyone else",
    "propaganda": "news shaped to push a side rather than to inform",
    "protect": "keep safe from harm, and from dying out",
    "protection": "keeping what you have safe from those who could take it",
    "provoke": "doing things you know the other side will see as a threat",
    "public": "open to everyone, like streets, stations, parks and shops",
    "quick profits": "money made fast by selling to the next buyer, not by building anything",
    "real": "that it exists and works outside the marketing",
    "regulate": "set rules that companies have to follow, and enforce them",
    "regulation": "rules set and enforced by the state",
    "respect": "taking someone's choice seriously even when you disagree with it",
    "rich": "people with far more money than they need to live well",
    "right": "what's honest and fair, and good for the people it affects, even when it costs you",
    "rigged": "set up so that the result is decided before anyone plays",
    "risk": "a real chance that something goes badly wrong",
    "ruin": "damage something so badly that it can no longer work as it did",
    "safe": "that the risks are known and kept small",
    "scam": "a scheme built to take people's money by deceiving them",
    "self-defence": "using force only to stop an attack on you",
    "solve": "settle a dispute so that it stays settled",
    "speculation": "buying something only in the hope of selling it for more",
    "stable": "safe from sudden collapse, so people can plan ahead",
    "steal": "take what was not yours by cheating",
    "succeed": "get what you set out to get",
    "success": "reaching what you set out to do",
    "threat": "something that could do serious damage if we let it",
    "try": "make a real effort at it, whether or not it comes off",
    "trust": "rely on someone to do what they say when you cannot check",
    "truth": "what actually happened, whoever it suits",
    "understand": "know how something works well enough to foresee what a rule would do to it",
    "unacceptable": "too high a price for what we get in return",
    "unfair": "some people getting a better deal by rules that others have to follow",
    "unstable": "likely to collapse suddenly, so people can't plan ahead",
    "useful": "doing something people actually need",
    "useless": "doing nothing anyone needs",
    "value": "what something is worth to the people who use it",
    "waste": "spending time or money on something that gives nothing back",
  ]
}
