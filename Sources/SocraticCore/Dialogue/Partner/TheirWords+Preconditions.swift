/// What a turn must hold for one of partner's stock questions to follow from it
/// (`StockQuestionFit`): "at the time" needs one moment gone by, "those times" a stretch of
/// the past, "hard to look at" a struggle they named, "what next" a matter still open.
extension TheirWords {
  /// Whether they tell one moment that happened to them and is over: no habit or change ("i
  /// used to …, now …"), no condition ("if the bus is still late then …"), nothing still so
  /// ("his coat is still on the hook"), and no rating of how sure they are.
  var tellsAMomentGone: Bool {
    tellsALivedEvent && !tellsAChange && !hasACondition && !tellsWhatIsNow && rating == nil
  }

  /// Whether they mock the matter with a plan they do not mean (`PartnerCues.sarcasm`), or with
  /// agreement whose word of degree they shout (`PartnerCues.mockAgreement`).
  /// A plan the two share is no mockery, however it ends: "fine, let's do both then" agrees.
  var isSarcastic: Bool {
    (PartnerCueMatcher.sarcasm.matches(wordTokens) && !agreesAPlan)
      || Self.shoutsMockPraise(typed.filter(\.isWord))
  }

  /// Whether a line opens with agreement ("oh yes") and shouts a word of degree in capitals
  /// after it ("SO patient"): read from their typed case.
  static func shoutsMockPraise(_ words: [Token]) -> Bool {
    guard PartnerCueMatcher.mockAgreement.matchEnd(atStartOf: words) != nil else { return false }
    return words.contains { word in
      word.text.count > 1 && word.text == word.text.uppercased()
        && DegreeWords.intensifiers.contains(word.lowercased)
    }
  }

  /// Whether they put a view of theirs: a claim or a reason.
  var arguesAView: Bool {
    claim != nil || reason != nil || answer.has(.reason)
  }

  /// Whether they tell of a stretch of the past now gone ("back then", "thirty summers we had
  /// there", "when i was a kid"), not set against how it is now ("it used to be quiet, now …").
  var tellsTimesGone: Bool {
    tellsThePast && PartnerCueMatcher.timesGone.matches(wordTokens)
      && !wordTokens.contains { Self.nowWords.contains($0.lowercased) }
  }

  /// Whether they tell how something is now or still is: the matter is not over.
  var tellsWhatIsNow: Bool {
    wordTokens.contains { Self.stillSoWords.contains($0.lowercased) }
  }

  /// Words that set what they tell in the present.
  static let nowWords: Set<String> = ["now", "nowadays", "anymore"]

  /// Words that tell how something is now or still is: "now", "still".
  static let stillSoWords = nowWords.union(["still"])

  /// Whether they already told what it was like before a change ("it used to take ten
  /// minutes"): asking it again repeats them.
  var tellsTheBefore: Bool {
    PartnerCueMatcher.before.matches(wordTokens)
  }

  /// Whether they name something hard for them: a struggle, a worry, a hurt, a thing they would
  /// rather not admit. Said with a laugh, it is not one.
  var namesAStruggle: Bool {
    PartnerCueMatcher.struggle.matches(wordTokens) && !laughs
  }

  /// Whether something is still open for them: not yet decided, or a trouble or a feeling they
  /// named in earnest.
  var tellsAnOpenMatter: Bool {
    PartnerCueMatcher.openMatter.matches(wordTokens) || namesAStruggleOrFeeling
  }

  /// Whether they name something hard, or a feeling, neither laughed off.
  var namesAStruggleOrFeeling: Bool {
    namesAStruggle || answer.has(.feeling) && !laughs
  }

  /// Whether the turn is said with a laugh or laughs at itself ("its cereal mate lmao").
  var laughs: Bool {
    isSaidWithALaugh || typed.contains { PartnerCues.laughter.contains($0.lowercased) }
  }

  /// Whether anything in the turn is said under a condition or a wish ("if", "unless").
  var hasACondition: Bool {
    wordTokens.contains { Self.conditionWords.contains($0.lowercased) }
  }

  /// Whether they refuse or deny something of their own in the turn ("im NOT selling it", "we
  /// didnt go in the end"): nothing here to look forward to, to picture going well, or for
  /// others to take. A "no" someone else says ("if they say no") is not theirs.
  var refuses: Bool {
    PartnerCueMatcher.refusal.matches(wordTokens)
  }

  /// Whether they hold off deciding ("ill think about it", "i haven't said yes"): nothing yet
  /// to look forward to.
  var holdsOff: Bool {
    PartnerCueMatcher.holdingOff.matches(wordTokens)
  }

  /// Whether they name someone they will turn to ("ask stacey", "talk to my sister", "ring
  /// dave"): who they could talk to is answered.
  var turnsToSomeone: Bool {
    PartnerCueMatcher.turningToSomeone.matches(wordTokens)
      || PartnerCueMatcher.reachingSomeone.spans(in: wordTokens).contains { span in
        Self.namesAPerson(wordTokens[span.upperBound...].prefix(2).map(\.lowercased))
      }
  }

  /// Whether the words after a verb of reaching name a person: a pronoun for one ("ring
  /// her"), family ("go with mum"), someone of theirs ("text my mate"), or a name ("go with
  /// stacey"). "buy a ring and …", "going with plan b" name none.
  private static func namesAPerson(_ next: [String]) -> Bool {
    guard let first = next.first else { return false }
    if PartnerCues.ownersOfSomeone.contains(first), let second = next.dropFirst().first,
      KinWords.isKin(second)
    {
      return true
    }
    return PartnerCues.peopleReached.contains(first) || KinWords.pronoun(of: first) != nil
      || Vocative.isUnknownName(first)
  }
}

extension PartnerCues {
  /// A stretch of the past: "back then", "when i was little", "those summers we had".
  static let timesGone: [String] = [
    "used to", "back (then|in the day|in those days)", "in those days", "years ago",
    "(when|back when) (i|we|he|she|they) (was|were)", "growing up",
    "as a (kid|child|lad|lass|teenager|girl|boy)",
    "(summers|winters|years|christmases|holidays) (we|i) (had|spent)", "always",
    "every (single)? (day|week|weekend|sunday|saturday|summer|winter|christmas|year|august|time)",
  ]

  /// What it was like before a change, told: "it used to be ten minutes", "before all this".
  static let befores: [String] = [
    "used to", "before (that|then|this|all this|it|they|we|i)", "back then",
  ]

  /// Something hard named: "it's hard", "i can't cope", "that's what gets me", "i don't want
  /// to admit it".
  static let struggles: [String] = [
    "(hard|harder|hardest|difficult|tough|painful|awful|horrible|miserable)",
    "(struggle|struggling|struggled|cope|coping|stuck|trapped|overwhelmed|exhausted)",
    "(hurt|hurts|hurting|miss|missing|lonely|sad|upset|gutted|heartbroken|crying)",
    "(scared|scares|afraid|frightened|worried|worry|worrying|anxious|stressed|dread)",
    "(ashamed|embarrassed|embarrassing|guilty|stupid)", "(admit|admitting|face|facing) (it|that)",
    "(gets|got|getting) (to)? me", "(fed up|sick of|tired of)",
    // Set beside others and found wanting: "everyone's life is better than mine".
    "(better|happier|easier) than (me|mine)", "left out", "not good enough",
  ]

  /// A matter not yet settled: "i don't know what to do", "not sure whether", "torn".
  static let openMatters: [String] = [
    "(do n't|don't|dont|do not) know (what|whether|if|how|where|which)",
    "not sure (what|whether|if|how|where|which|about)", "no idea (what|whether|if|how)",
    "(torn|undecided|dithering)", "in two minds", "up in the air", "(can't|cant|can not) decide",
    "(should|shall) (i|we)", "(thinking|wondering) (whether|about whether)",
    "(i 'm|im|i am|we 're|were|we are) (thinking|wondering) (of|about)",
  ]
}

extension PartnerCues {
  /// Their own refusal or denial: "i'm not", "we didn't", "no way".
  static let refusals: [String] = [
    "(i|we) ('m|am|'re|are|'ll|will|'d|would)? (not|never|n't)",
    "(im|ill|we're|i'm|i'll|we'll) (not|never)",
    "(i|we) (do|did|wo|ca|would|could|will|does) (n't|not)",
    "(i|we) (don't|dont|didn't|didnt|won't|wont|wouldn't|wouldnt|never)",
    "no (way|chance)", "(nope|nah)", "over my dead body",
  ]
}

extension PartnerCues {
  /// Holding off a decision: "ill think about it", "let me sleep on it", "i haven't said yes",
  /// "ill see how it goes"; "ill see my mates there" looks forward.
  static let holdingOff: [String] = [
    "(i 'll|ill|i will|let me|i need to|i 've got to|i have to|gotta) (have a think|think about it|think it over|sleep on it)",
    "(i 'll|ill|i will|let me|we 'll|well) (just)? see (how it goes|how things go|what happens)",
    "(i|we) (have n't|haven't|havent|have not|'ve not|ve not) (said|agreed to|decided|made my mind up)",
  ]

  /// Turning to someone named: "ask stacey", "talk to my sister", "go with jo and ask her";
  /// never asking about something ("ask about prices", "talk it over").
  static let turningToSomeone: [String] = [
    "(ask|asking|talk to|talking to|speak to|speaking to|check with) !(about|if|whether|for|what|how|why|when|where|you|u|it|that|this|a|an|the|questions|around|myself|back|over|out|through|on|up|in) _"
  ]

  /// Reaching someone or going along with them: "ring dave", "text my sister", "go with jo".
  /// The same words take a thing ("buy a ring", "going with plan b"), so what follows must name
  /// a person (`TheirWords.turnsToSomeone`).
  static let reachingSomeone: [String] = [
    "(ring|ringing|phone|phoning|text|texting|go with|going with)"
  ]

  /// Words before someone of theirs that say whose they are: "my sister", "her mum".
  static let ownersOfSomeone: Set<String> = ["my", "our", "his", "her"]

  /// Pronouns for someone reached: "ring her", "go with them".
  static let peopleReached: Set<String> = ["him", "her", "them"]
}

extension PartnerCueMatcher {
  static let holdingOff = PartnerCueMatcher(PartnerCues.holdingOff)
  static let turningToSomeone = PartnerCueMatcher(PartnerCues.turningToSomeone)
  static let reachingSomeone = PartnerCueMatcher(PartnerCues.reachingSomeone)
  static let refusal = PartnerCueMatcher(PartnerCues.refusals)
  static let timesGone = PartnerCueMatcher(PartnerCues.timesGone)
  static let before = PartnerCueMatcher(PartnerCues.befores)
  static let struggle = PartnerCueMatcher(PartnerCues.struggles)
  static let openMatter = PartnerCueMatcher(PartnerCues.openMatters)
}
