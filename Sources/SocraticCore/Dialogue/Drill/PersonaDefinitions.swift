/// What a persona means by the loaded words beliefs are made of, as someone who holds such a
/// belief would put it: "By “corrupt” I mean …". Keyed by the word's lemma
/// (`TopicWords.lemma(of:)`); a word not here is explained by the persona's own reasons.
enum PersonaDefinitions {
  /// The definition of a word, to follow "By “word” I mean", or nil.
  static func definition(of word: String) -> String? {
    let key = word.lowercased()
    return table[key] ?? table[TopicWords.lemma(of: key)]
  }

  private static let table: [String: String] = [
    "aggression": "attacking a country that has not attacked you",
    "bad": "that it does more harm than good",
    "best": "that nothing else on offer does the job as well",
    "better": "that it does the job well where the alternatives do it badly",
    "bubble": "prices driven up by people expecting them to rise, not by anything real",
    "censorship": "someone with power deciding what others may not say or read",
    "corrupt": "using a public position for private gain",
    "corruption": "using a public position for private gain",
    "dangerous": "likely to hurt people if nobody stops it in time",
    "democracy": "a system where people choose their leaders and can remove them by voting",
    "deserve": "what someone has earned by what they did",
    "elite": "a small group with money and connections who look after each other",
    "enough": "as much as the job needs, and not much more",
    "fair": "the same rules for everyone, applied honestly",
    "fake": "made to look real when it is not",
    "fraud": "deceiving people to take their money",
    "free": "that nobody can stop you or punish you for it",
    "freedom": "being able to choose for yourself without asking permission",
    "good": "that it leaves people better off than before",
    "harm": "real damage to people's lives, their money, health or safety",
    "hype": "excitement that runs far ahead of what the thing can do",
    "mainstream": "the big outlets most people get their news from",
    "power": "being able to make others do what you want",
    "printing money": "a government creating new money to pay its bills",
    "productivity": "how much gets done for the time people put in",
    "propaganda": "news shaped to push a side rather than to inform",
    "protection": "keeping what you have safe from those who could take it",
    "provoke": "doing things you know the other side will see as a threat",
    "real": "that it exists and works outside the marketing",
    "regulation": "rules set and enforced by the state",
    "rich": "people with far more money than they need to live well",
    "rigged": "set up so that the result is decided before anyone plays",
    "safe": "that the risks are known and kept small",
    "scam": "a scheme built to take people's money by deceiving them",
    "self-defence": "using force only to stop an attack on you",
    "speculation": "buying something only in the hope of selling it for more",
    "success": "reaching what you set out to do",
    "threat": "something that could do serious damage if we let it",
    "truth": "what actually happened, whoever it suits",
    "unfair": "some people getting a better deal by rules that others have to follow",
    "value": "what something is worth to the people who use it",
    "waste": "spending time or money on something that gives nothing back",
  ]
}
