/// What tells which part of an answer matters most to give back, and the lines that say the
/// last reflection got the person wrong.
extension AnswerCues {
  /// Phrases in which the person says the last reflection or question missed them ("that's
  /// not what I said", "that's not the point"): owned with a repair, never given back as their
  /// view. What they say after it ("the point is …") is read as the answer.
  /// Explore's turn reader reads the same table, to take the correction up in its question.
  static let misheard: [String] = [
    "(that 's|that is|thats|this is|that was) not (really|quite|exactly)? (what i (said|meant|mean|was saying)|the point|my point|it)",
    "(that 's|that is) (really)? (beside|missing) the point",
    "i (didn't|did not|never) (say|said|mean|meant) (that|this)",
    "(i 'm|i am) not (the one)? saying (that|this|it)",
    "not what i (said|meant|'m saying|am saying|was saying)",
    "you (got|get|have|'ve got) (that|it|me) (wrong|backwards)",
    "you (misunderstood|misread|missed the point)",
    "(you 're|you are) (missing|mishearing) (the point|my point|me|what i)",
    // "this isn't about me": the personal reading turned down, and their point after it.
    "(this|it|that) (is|'s|was|s) (not|n't) (really|even)? about me (personally)? (at all)?",
    "(this|it|that) (isn't|isnt|wasn't|wasnt) (really|even)? about me (personally)? (at all)?",
    // "this is about my son not me": the talk turned back to whom it is about.
    "(this|it|that) (is|'s|s|was) (really|all|more)? about (my|our|his|her|their) _ (_)? (,)? (and)? not (about)? me",
    // "that's my dad's line not mine": a view given back as theirs, disowned.
    "(that 's|that is|thats|that was|those are) (my|his|her|their) _ ('s)? (line|view|words|opinion|argument|take|idea|saying|thing|point) (,)? not mine",
    "(that 's|that is|thats|that was|those are) (my|his|her|their) (line|view|words|opinion|argument|take|idea|saying|thing|point) (,)? not mine",
    // "I meant the shop, not me": what they meant set against what was heard.
    "i (only|just)? meant",
  ]

  /// The tail that turns the talk off the speaker, after whom it is about ("about my son, not
  /// me"): what comes before it is their point, given back when nothing follows.
  static let notMeTail = "(,)? (and|but)? not (about)? me"

  /// Words that, opening an answer before the person meant ("no my cousin, …"), say the last
  /// reflection had the wrong one.
  static let personCorrections: Set<String> = ["no", "nah", "nope"]

  /// Subjects written in capitals to stress who did it ("no HE bought them"): after one of
  /// `personCorrections`, the last reflection had the wrong one.
  static let stressableSubjects: Set<String> = ["HE", "SHE", "THEY", "WE", "ME", "HIM", "HER"]

  /// Words that make a `misheard` phrase after them a concession about their own view, not a
  /// word on what was given back: "maybe that's not it", "fair, that's not really the point".
  static let missConcessions: Set<String> = [
    "maybe", "perhaps", "probably", "possibly", "guess", "suppose", "fair", "true", "right",
    "admit", "agree", "point",
  ]

  /// How many words before a `misheard` phrase are read for a word of `missConcessions`.
  static let missConcessionReach = 3

  /// Whether every phrase of `misheard` in a line follows a word that concedes: the person
  /// grants or wonders about their own view, and nothing was misheard.
  static func concedesRatherThanMisheard(_ line: String) -> Bool {
    let tokens = AnswerMoveReader.readTokens(of: line).filter(\.isWord)
    let starts = AnswerMoveReader.Patterns.misheard.flatMap {
      AnswerMoveReader.matches(of: $0, in: tokens, from: 0).map(\.lowerBound)
    }
    return !starts.isEmpty
      && starts.allSatisfy { start in
        tokens[max(0, start - missConcessionReach)..<start].contains {
          missConcessions.contains($0.lowercased)
        }
      }
  }

  /// How much a sentence of the answer weighs as the part to give back, by the phrase it holds;
  /// a sentence with none weighs `plainSalience`, a story of their own `storySalience`.
  /// Feelings, concessions and what they doubt are given back before any sentence is.
  static let salience: [(pattern: String, weight: Int)] = [
    // The point said again: "the point is …", "the thing I'm stuck on is …".
    ("(the|my|whole) (real)? (point|thing|problem|issue) (is|i 'm|i am)", 5),
    ("what (matters|bothers me|gets me|i mean) (is|'s)", 5),
    // "its not that exercise is bad. its just that running is free": the point after what
    // they set aside outweighs it, and the "not that" alone is no point to give back.
    ("(it 's|its|it is) (just|more|really|simply|only) (that|about)?", 5),
    (
      "(it 's|its|it is) not (that|because) !(bad|good|big|much|many|hard|easy|simple|great|different|bothered|deep|serious|far|long|old)",
      1
    ),
    // A confession or an insight into themselves.
    ("(confession|i admit|i 'll admit|i know it|i know i|to be fair to)", 5),
    ("i (went|go) along with", 5),
    ("(am i|i 'm|i am) (a|being a|kind of a|kinda a) (hypocrite|coward|snob)", 5),
    // A feeling about themselves: "I feel like a jerk for an hour after".
    ("i (feel|felt) (like)? (a|an|such a|so|really|kinda|kind of) ", 5),
    // What someone else says, which their reaction after it outranks: "the nurses say it's
    // rare. when it's your own kid it doesn't feel rare".
    (
      "(the|my|our|his|her|their) _? _ (would)? (say|says|said|tell me|told me|tells me|keep saying)",
      1
    ),
    ("(they|he|she|people|everyone) (would|'d)? (say|says|said|tell me|told me|keep saying)", 1),
    // Background: who someone is, where they are from, when it started.
    (
      "(my|his|her|their) (grandpa|grandma|grandfather|grandmother|dad|father|mom|mum|mother|son|daughter|nephew|niece|uncle|aunt|cousin|brother|sister|wife|husband|friend|coworker|boss|neighbor|neighbour|roommate) (is|was|'s|works|worked|lives|lived|grew|came|comes|used|had|has)",
      1
    ),
    (
      "(he|she|they) ('s|is|was|works|worked|lives|lived|grew up|comes|came) (a|an|from|in|at|near)",
      1
    ),
    ("i (was|'d|had) (just)? (starting|started|new|young|a kid|in school)", 1),
    ("i (grew up|'ve met|have met|met) ", 1),
  ]

  /// Phrases that, opening a sentence, only set the scene of who the speaker is: where they
  /// work, what they do, how long they have done it ("i teach year 4, been at it 20 year").
  /// Given back only when nothing else in the answer weighs more: a contrast, a verdict or a
  /// because after them is the point.
  static let sceneSetting: [String] = [
    "i (work|worked|drive|drove|teach|taught|nurse|nursed|volunteer|cook|cooked|clean|manage|managed) (in|at|for|on|as|with|a|an|the|my|our|nights|days|shifts|part|full|year)",
    "i ('ve|have|'d|had)? (been|done|worked|taught|driven|run|lived|volunteered) _{0,4} (year|years|yr|yrs|decade|decades)",
    "(been|done) (doing|at|in|on) (it|this|that|them) _{0,3} (year|years|yr|yrs|decades)",
    "i ('m|am|was) (a|an) _{1,3} (at|in|on|for) (a|an|the|my|our)",
    "i _ _{0,3} for a living",
  ]

  /// Words that open a reason and say nothing of whose story it is: "because I saw it myself".
  static let reasonOpeners: Set<String> = BecauseForms.words.union([BecauseForms.bareCause])

  /// The weight of a sentence no phrase of `salience` weighs.
  static let plainSalience = 3
  /// The weight of a sentence that says what follows, judges or changes a view (`ClauseRole`).
  static let pointSalience = 4
  /// The weight of background (`ClauseRole`).
  static let asideSalience = 1
  /// The weight of an aside about who the speaker is ("I'm not a lawyer") or of someone
  /// else's reaction ("my wife would laugh"): never given back.
  static let selfAsideSalience = 0
  /// The weight of a story of their own ("I barely did homework"), below a plain view.
  static let storySalience = 2
  /// The most words a sentence has and still weighs less than a plain view: "it's history".
  static let labelWordLimit = 3
}
