/// Words that make a question-word question ask for one fact, a number or a point on a scale:
/// closed under the rule expert labellers of real conversations use (a question is closed when
/// one fact, number, name or date, or a pick from offered options answers it fully).
enum SingleFactCues {
  /// Nouns after "what" or "which" that ask to name one thing: "What gym do you go to?",
  /// "Which school did she pick?", "What medication are you on?". Nouns of thought and
  /// feeling ("What thoughts do you have?", "What worries you?") are not here: they ask to
  /// describe.
  static let namedThings: Set<String> = [
    "gym", "bank", "school", "schools", "college", "university", "class", "classes", "course",
    "job",
    "company", "team", "teams", "sport", "sports", "brand", "drug", "drugs", "medication",
    "medications", "medicine", "medicines", "pill", "pills", "dose", "city", "town",
    "country", "state", "street", "neighbourhood", "neighborhood", "grade", "grades",
    "colour", "color", "one", "ones", "song", "band", "channel", "app", "website", "site",
    "phone", "car", "doctor", "church", "language", "religion", "subject", "major", "shift",
    "floor", "room", "level", "name", "hospital", "clinic", "store", "shop", "bar",
    "restaurant", "beer", "drink", "drinks", "station", "airline", "candidate", "title",
    "week", "weekend", "season", "amount",
  ]

  /// Nouns after "whose" that ask who is to blame or whom to back, a verdict, not an owner's
  /// name: "whose fault", "whose side".
  static let judgedOwnings: Set<String> = ["fault", "blame", "side", "responsibility"]

  /// Words after "how" that ask for a point on a scale: "How important is it to you?", "How
  /// confident are you that you can?". ("How sure are you?" is left open: asked with "from 0
  /// to 100" it is the tool's own question of confidence, and asked alone it invites reasons.)
  static let scaleWords: Set<String> = [
    "important", "confident", "likely", "unlikely", "ready", "serious",
    "willing", "motivated", "committed", "determined", "interested", "worried", "concerned",
    "satisfied", "happy", "bad", "severe",
  ]

  /// Words in a "where" question that ask where something comes from or leads, which takes
  /// explaining: "Where does that come from?", "Where does it lead?", "Where do you stand?",
  /// "Where do you land on it?",
  /// "Where do you agree with them?".
  /// Any other "where" asks for a place or a point on a scale: "Where do you keep it?", "Where
  /// would you put yourself on that scale?".
  static let explainingWhere: Set<String> = [
    "from", "lead", "leads", "leading", "going", "stand", "headed", "heading", "agree",
    "disagree", "differ", "line", "land", "lands",
  ]

  /// "Where have you been looking?", "When have you seen that happen?", "Where are you reading
  /// this?": a where- or when-question over a stretch of time (a perfect, or a search still
  /// going on) asks for the places or times of a search or an encounter, which take telling;
  /// "Where have you been?" and "When did you start?" ask one place or one date.
  static let searchOverTime = TokenPattern(
    "(where|when) (have|has|had|'ve|are|were|is|was) _{1,2} (ever|often|usually)? (been)? ("
      + searchVerbs.sorted().joined(separator: "|") + ")")

  /// Verbs of looking for, coming across or taking in what one knows.
  static let searchVerbs: Set<String> = [
    "looking", "looked", "searching", "searched", "reading", "read", "hearing", "heard",
    "seeing", "seen", "finding", "found", "getting", "learning", "learned", "learnt",
    "noticing", "noticed", "checking", "checked", "felt", "feeling", "experienced", "met",
    "watching", "watched", "come across",
  ]

  /// "Where does that leave you?", "Where does it put us?": where a thing said leaves them,
  /// which takes explaining; "Where did you leave the keys?" asks a place.
  static let whereItLeaves = TokenPattern(
    "where (does|did|will|would|'s) (that|this|it|all) (that|this)? (leave|leaves|put|puts)")

  /// Words after the verb of "How much do you drink …" that leave it asking for an amount: a
  /// time ("now", "a day", "these days"), not an object ("How much do you care about it?").
  static let amountFollowers: Set<String> = [
    "now", "a", "per", "each", "every", "these", "nowadays", "over", "in", "on", "at",
    "during", "right", "today", "usually", "typically",
  ]

  /// Superlatives of amount after "what is the": "What's the longest you've gone without
  /// one?", "What's the most you've had?".
  static let amountSuperlatives: Set<String> = [
    "most", "least", "longest", "shortest", "highest", "lowest", "fewest", "furthest",
    "farthest", "earliest", "latest", "biggest", "largest", "smallest",
  ]

  /// Superlatives of worth or of feeling, which ask the person to weigh their own experience:
  /// "the best bit", "the hardest part", "the scariest thing".
  static let judgedSuperlatives: Set<String> = [
    "best", "worst", "hardest", "toughest", "easiest", "scariest", "nicest", "happiest",
    "saddest", "strangest", "weirdest", "funniest", "proudest", "loveliest", "worst-case",
  ]

  /// Fragments that ask for more in the person's own words: "Anything else?", "Any other
  /// thoughts?".
  static let invitingFragments: [[String]] = [
    ["anything", "else"], ["anything", "more"], ["something", "else"], ["any", "thoughts"],
    ["any", "other", "thoughts"], ["any", "ideas"], ["any", "other", "ideas"],
  ]

  /// Fragments that ask a plan of their own, "are there" left out: "any plans for the
  /// weekend?". Fine as they are: only they can tell.
  static let ownPlanFragments: [[String]] = [["any", "plans"], ["any", "plan"]]

  /// "How many …", "How often …", "How old …", "How long …", "How important …": a number, a
  /// length of time or a point on a scale, whatever follows.
  static let quantity = TokenPattern(
    "how (many|often|old|long|" + scaleWords.sorted().joined(separator: "|") + ")")

  /// "What year …", "Which gym …", "What's the longest you've gone?", "What do you think is the
  /// most you've had?", "What was the price?": a measure, a name or an amount.
  static let namedThingOrAmount = TokenPattern(
    "(what|which) ("
      + CritiqueVocabulary.factNouns.union(namedThings).sorted().joined(separator: "|")
      + "|(do you think)? (is|'s|was) the ("
      + amountSuperlatives.sorted().joined(separator: "|") + ")|(is|'s|was|are|were) the ("
      + CritiqueVocabulary.factNouns.sorted().joined(separator: "|") + "))")

  /// Verbs that ask what the person feels: "which bit feels hardest", "what scares you".
  static let feelingVerbs: Set<String> = [
    "feel", "feels", "felt", "hurts", "hurt", "scares", "scared", "worries", "upsets", "stings",
    "bothers", "frightens",
  ]

  /// Times of the listener's own here and now: "this morning", "last night", "yesterday".
  static let hereAndNow = TokenPattern(
    "(today|tonight|yesterday|tomorrow|earlier|(this|last|yesterday|tomorrow)"
      + " (morning|afternoon|evening|night|week|weekend)|just now)")

  /// "How long have you been thinking about it?", "How long have you felt like this?": how long
  /// the person has lived with something, which no one else could look up.
  static let ownDuration = TokenPattern("how long (have|'ve) you")

  /// "Who's Donna?", "Who's sitting with you?": a name.
  static let whoIs = TokenPattern("who (is|are|was|were|'s|'re)")

  /// A verb of opinion put to the person, then a word of judgement within a few words: "do you
  /// think is reasonable", "would you say is too much"; or a measure judged with no verb of
  /// opinion: "how many would be enough", "how much is too much", which only they can set.
  static let judgementAsked = TokenPattern(
    "(do|would|did) you (think|reckon|feel|believe|consider|say|find) _{0,3}"
      + " (reasonable|fair|enough|right|okay|ok|acceptable|appropriate|realistic|sensible|best"
      + "|ideal|too|safe|healthy|normal|worth|good)"
      + "|(would|'d|is|'s|should|could|will|'ll) (be)? (enough|too|fair|reasonable|acceptable"
      + "|sensible|realistic)")

  /// "What's your view on whether the buses run on time?": the person's view asked, whatever
  /// time or place the claim names.
  static let viewAsked = TokenPattern(
    "what ('s|is) your (view|opinion|take) (on|of|about)")

  /// "Where did you first get the idea …", "When did you start thinking …", "Where did that
  /// belief come from", "Where did you hear about it", "where'd you hear that": how a view of theirs came to be, which
  /// is a story, not a place or a date. Feelings are not here: "When did you start feeling low?" asks for a time.
  static let beliefOrigin = TokenPattern(
    "(where|when) _{1,4} (get|got|pick|picked|form|formed|come|came|hear|heard) (up|by|across|to)?"
      + " (the|that|this|your|such|an|a)? (idea|notion|belief|impression|view|opinion|theory)"
      + "|(where|when) _{1,4} (start|started|begin|began|come|came) (to)?"
      + " (think|thinking|believe|believing|suspect|suspecting)"
      + "|where _{1,4} (hear|heard|learn|learned|learnt|read|find out|found out) (about|of)"
      + "|where _{1,3} (hear|heard|learn|learned|learnt|read) (that|this|it|so)"
      + "|where _{1,3} (pick|picked) (that|this|it) up"
      + "|(where|when) _{1,3} first (hear|heard|learn|learned|learnt|read|come across|came across)")
}
