/// Well-formed inputs to start fuzzing from, and fragments to splice into them. All written
/// for this purpose; none is taken from the development corpora.
enum FuzzSeeds {
  static let beliefs = [
    "Tea is better than coffee.",
    "I think nobody really needs a second car because buses are fine.",
    "All landlords are greedy.",
    "Honestly, remote work will never replace the office.",
    "I don't think chess is a sport.",
    "My neighbour hates my dog. It barks at night.",
    "Hardly anyone reads printed newspapers anymore, right",
    "Cats and dogs are both good pets",
  ]

  static let questions = [
    "Why do you think tea is better?",
    "Don't you think that's a bit much?",
    "Should we ban cars from the old town?",
    "Can you tell me more about why you moved?",
    "What do you mean by \"fair\"?",
    "Tea is nice. Right?",
    "Why would anyone be so silly as to buy that?",
    "When did the bakery open",
  ]

  static let logHeader =
    #"{"type":"header","at":"2026-11-25T06:15:03.120Z","format":"socratic-session","format_version":1,"id":"20261125-0615-fuzz","mode":"explore"}"#

  static let logLines = [
    #"{"type":"belief","at":"2026-11-25T06:15:04Z","text":"Tea wins.","claim":"tea wins","inverted":"tea does not win"}"#
      + "\n"
      + #"{"type":"confidence","at":"2026-11-25T06:15:05Z","value":70,"moment":"before"}"#,
    #"{"type":"question","at":"2026-11-25T06:15:06Z","number":1,"kind":"inversion","text":"Why not?","source":"engine"}"#
      + "\n"
      + #"{"type":"answer","at":"2026-11-25T06:15:07Z","question":1,"text":"It\nis \u00e9"}"#,
    #"{"type":"skip","at":"2026-11-25T06:15:08Z","question":2}"# + "\n"
      + #"{"type":"note","at":"2026-11-25T06:15:09Z","text":"x","category":"assumption"}"#,
    #"{"type":"persona","at":"2026-11-25T06:15:10Z","belief":"Tea wins.","confidence":72,"reasons":["a"]}"#
      + "\n" + #"{"type":"persona_confidence","at":"2026-11-25T06:15:11Z","value":67}"#,
    #"{"type":"asked","at":"2026-11-25T06:15:12Z","number":1,"text":"Why?","critique":{"form":"open","kind":"meta","problems":[],"suggestion":null}}"#
      + "\n"
      + #"{"type":"persona_reply","at":"2026-11-25T06:15:13Z","question":1,"text":"Because."}"#,
    #"{"type":"thread","at":"2026-11-25T06:15:14Z","number":2}"# + "\n"
      + #"{"type":"confidence","at":"2026-11-25T06:15:15Z","value":40,"moment":"after"}"# + "\n"
      + #"{"type":"end","at":"2026-11-25T06:15:16Z","reason":"quit"}"#,
  ]

  static let packs = [
    """
    id: tea
    title: Tea
    version: 1
    description: Leaves, water and the arguments about them.
    keywords: [tea, green tea, "oolong"]
    beliefs:
      - Tea is better than coffee.
      - text: Loose leaves beat bags.
        side: for
        reasons: [They have room to open.]
        replies: [Try both side by side.]
    questions:
      - kind: inversion
        text: If {inverted}, what would you notice first?
      - kind: evidence
        text: What first led you to believe that {claim}?
      - kind: viewpoints
        text: How might a grower see {topic}?
    terms:
      - term: better
        questions:
          - Better for whom?

    """,
    "id: a\ntitle: &t A\nversion: 1\nquestions: [{kind: meta, text: *t}]\n",
  ]

  /// Fragments that tend to matter to the parsers: negations, question words, placeholders,
  /// escapes, extreme numbers, combining marks, control characters, YAML and JSON syntax.
  static let fragments = [
    " not", " is", "?", "are", "Is", " don't", "n't", ", right?", " because", " all", " never",
    "{claim}", "{inverted}", "{term}", "{", "}", "\"", "'", "\\", "\\u", "\\ud800", "\n", "\r\n",
    "\t", "\u{1B}[31m", "\u{1B}]52;c;", "\u{0}", "\u{301}\u{301}\u{301}", "\u{200F}", "é", "🏳️‍🌈",
    "9223372036854775807", "-9223372036854775808", "1e999", "-0", "1000", "0.5", "null", "[]",
    "{}", ",", ":", "- ", "&a ", "*a", "!!str ", "---\n", "...", "  ", "#", "%", "@",
  ]
}
