/// How a talk is let go of without a goodbye: brushing it off, offering something at hand, or
/// asking about something else after a word that closes the topic.
extension PartnerCues {
  /// Offering the listener something at hand, or asking after something around them: "do you
  /// want another glass", "fancy a cuppa?", "is the kettle on?". Said with nothing that goes on
  /// with the topic, the talk is over.
  static let offering: [String] = [
    "(do|would|will|d')? (you|u|ya)? (want|wanna|fancy|need) (a|an|another|some|more|any|seconds|a top up|a refill|a drink|a cuppa|a brew|tea|coffee|dessert|pudding)",
    "(would|will) (you|u|ya) like (a|an|another|some|more|any|seconds)",
    "(who|anyone|anybody|everyone) (wants|want|fancies|fancy|for) (a|an|another|some|more|seconds|dessert|pudding|tea|coffee)",
    "(shall|should) (i|we) (put|get|make|order|open|pour|grab) (the|a|an|some|another|more|on)",
    "(is|are) there (any|some)? (more|left|any left)",
    "(is|are) the _{1,2} (on|ready|done|over|finished|still on)",
  ]

  /// Brushing the topic off, said as a whole sentence: "whatever", "forget it", "never mind".
  /// Said with an offer or alone, they let the talk go; said before more, they lead in to it.
  static let brushingOff: [String] = [
    "(oh|ugh|meh|fine|ok|okay|well)? (whatever|forget it|never mind|nevermind|doesn't matter|it doesn't matter|forget i said anything|oh well)"
  ]

  /// Words that close a topic before a question about something else: "anyway, is the game
  /// on?". Fewer than `topicClosers`: "right, is it?" or "well, do they?" go on with it.
  static let changingTopic: Set<String> = ["anyway", "anyways", "anyhow"]

  /// What, after a word that closes the topic, still asks about the topic: "anyway, do you
  /// think he'll make it?".
  static let askingAboutTheTopic: [String] = [
    "(do|don't|dont|would|wouldn't) (you|u|ya) (think|reckon|believe|agree|see)"
  ]

  /// Clauses that are no point of theirs to give back, when another clause of the turn says
  /// what they mean: a label they tease themselves or others with ("I'm such a scorpio"), or a
  /// figure of speech ("I'm not sitting on my hands", "it's not rocket science").
  static let notThePoint: [String] = [
    "(i 'm|im|i am|you 're|youre|you are|he 's|hes|he is|she 's|shes|she is|they 're|we 're|so) (such|so|a total|a typical|a classic|a proper|the biggest) (a|an)? ("
      + starSigns
      + "|nerd|geek|boomer|millennial|zoomer|introvert|extrovert|drama queen|control freak|snob|softie|diva|princess|typical man|typical woman)",
    "(typical|classic|such a|so) (" + starSigns + ")",
    "(sitting|sat|sit|sits) on (my|your|his|her|our|their) (hands|backside|bum|arse|butt|behind)",
    "(lying|lie|lay|laying|sitting|sat|sprawled) (around|about)? on (a|the|my|his|her|their) (sofa|couch|settee)",
    "twiddling (my|his|her|our|their) thumbs", "born yesterday", "head in the sand",
    "(not|n't|isn't|isnt) rocket science", "(isn't|isnt|is not|not) the end of the world",
  ]

  /// The signs of the zodiac, which people tease themselves and others with.
  static let starSigns =
    "aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces"
}
