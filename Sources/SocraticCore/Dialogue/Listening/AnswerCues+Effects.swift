/// Feelings said through what they do to a day rather than by name: loss, loneliness,
/// tiredness, dread, fear and shame as people tell them ("the flat's so quiet now", "I barely
/// sleep", "I can't bring myself to open the letters").
extension AnswerCues {
  /// A feeling under a phrase that tells its effect: the feeling, as questions name it, and
  /// how a reflection says it after "It sounds like" (a clause that a "since …" may follow).
  struct FeltEffect {
    /// The phrase that tells the effect, as a `TokenPattern`.
    var pattern: String
    /// The feeling under it, as a word a question can name ("lonely").
    var feeling: String
    /// The feeling as a clause of a reflection: "it's been lonely".
    var said: String
    /// How a loss or a hardship is owned before anything else, when it is one.
    var acknowledgement: Acknowledgement? = nil
    /// The clause said when `said` names someone (`{them}`) and the sentence named no one.
    var saidAlone: String? = nil
    /// Whether the phrase tells the feeling only as the whole of its sentence, with no more
    /// than `sentenceFillers` besides ("it's the evenings really", "not the same").
    var isWholeSentence = false
    /// Gentle questions that stay with this feeling, asked before the general ones.
    var asked: [String] = []
  }

  /// A feeling and the phrases that tell it by its effect.
  struct FeltFeeling {
    /// The feeling, as a word a question can name ("lonely").
    var feeling: String
    /// The feeling as a clause of a reflection: "it's been lonely".
    var said: String
    /// The phrases that tell it, as `TokenPattern`s.
    var effects: [String]
    /// How it is owned before anything else, when it is a loss or a hardship.
    var acknowledgement: Acknowledgement? = nil
    /// The clause said when `said` names someone (`{them}`) and the sentence named no one.
    var saidAlone: String? = nil
    /// Whether its phrases tell it only as the whole of their sentence.
    var isWholeSentence = false
    /// Gentle questions that stay with this feeling, asked before the general ones.
    var asked: [String] = []
  }

  /// The feelings told through their effects, the most telling first; a loss said plainly
  /// comes after them, and one told with its effect ("since she died the flat's so quiet") is
  /// named by the effect.
  static let feltFeelings: [FeltFeeling] =
    [
      // Loneliness and loss: a home gone quiet, long days, nobody to tell.
      FeltFeeling(
        feeling: "lonely", said: "it's been lonely",
        effects: [
          "(the|my|our) (house|flat|home|place|apartment|kitchen|bed|garden|yard|room|rooms|bedroom|table|car|street|phone|evenings) ('s|is|are|feels|feel|has been|'s been|seems|gets) (so|very|really|pretty|too|awfully)? (quiet|empty|big|still|silent)",
          "(everything|it) ('s|is|feels|has been|'s been) (so|very|really|awfully)? (quiet|empty|silent|still) (now|without)",
          "(the|my) phone (never|doesn't|does n't|hardly|barely) (rings|goes)",
          "(the|my) (days|evenings|nights|weekends|sundays) (are|feel|have been|'ve been|get|seem) (so|very|really|pretty|awfully)? (long|empty|quiet)",
          "(i 've|i have|i) (got|have)? (no one|nobody|noone|no-one) (left)? to (talk to|tell|ring|call|eat with)",
          "(no one|nobody|noone|no-one) (really)? (calls|rings|visits|comes round|comes by|comes over|checks in) (anymore|now|much)?",
          // "nobody stops for a chat anymore": an ordinary act of company that has stopped.
          "(no one|nobody|noone|no-one) (really|even|ever)? (knocks|visits|calls|rings|writes|pops|drops|comes|stops|talks|speaks|says|waves|phones|texts|asks|bothers|checks|sits|eats|cooks) _{0,5} (anymore|any more|these days)",
          "i (still)? (set|lay|make|cook for) (two|2|the table for two)",
        ]),
      // Tiredness: sleep gone, no let-up.
      FeltFeeling(
        feeling: "worn out", said: "it's been wearing you out",
        effects: [
          "i (do n't|don't|do not|can't|cannot|ca n't|barely|hardly|never|have n't|haven't|have not) (really)? (sleep|slept|get any sleep|get much sleep)",
          "(i 'm|i am|i) (lying|lie|lay|laying) awake",
          "(i 'm|i am) running on (empty|fumes)",
          "i (never|barely|hardly|do n't|don't) (get|have) (a|any) (minute|moment|break|second) (to myself|off)?",
        ]),
      // Dread: what they cannot face.
      FeltFeeling(
        feeling: "overwhelmed", said: "it's all been a lot to face",
        effects: [
          "i (still)? (can't|cannot|ca n't|could n't|couldn't) (face|bear to|bring myself to|stand to look at)",
          "i (keep|kept|have been|'ve been) (putting|pushing) (it|them|that|this) off",
        ]),
      // Fear: the body, the locks, the street.
      FeltFeeling(
        feeling: "frightened", said: "it's been frightening",
        effects: [
          "my (heart|stomach) (drops|sinks|races|pounds|turns|lurches|is in my mouth)",
          "i (keep)? (check|checking|double check|double-check) (the|my) (locks|door|doors|windows)",
          "i (do n't|don't|won't|wo n't|can't|cannot) (go|walk|go out|walk home) (out)? (alone|on my own|after dark|at night) (anymore)?",
        ]),
      // Fear of what happens with no one there: "what if I had a fall".
      FeltFeeling(
        feeling: "frightened",
        said: "the thought of something happening with no one there frightens you",
        effects: [
          "what if i (fell|fall|had a fall|have a fall|slipped|slip|collapsed|collapse|took ill|got ill|had a stroke|had a turn|had an accident)",
          "(if|when) i (had|have|take|took) a (fall|turn|stroke|tumble)",
          "(nobody|no one|noone|no-one) would (know|find me|notice|come|hear)",
        ]),
      // Shame: hiding it, not meeting eyes.
      FeltFeeling(
        feeling: "ashamed", said: "it's been hard to let people see",
        effects: [
          "i (can't|cannot|ca n't|could n't|couldn't) (look|meet) (them|him|her|anyone|people|my _) in the (eye|eyes|face)",
          "i (have n't|haven't|have not|never|did n't|didn't) (told|tell) (anyone|anybody|a soul|my _)",
          "i (keep|kept) it (quiet|to myself|a secret|from _)",
        ]),
      // A hard time since a loss or a change: said plainly, its weight is the feeling.
      FeltFeeling(
        feeling: "having a hard time", said: "it's been a hard time",
        effects: [
          "(it 's|it has|it is|things have|life has|everything has|its) been (so|really|very|pretty|awfully|quite)? (hard|rough|tough|difficult|grim|a struggle) (since|lately|these days|this year|without)"
        ]),
    ] + strains + standings + absences + withdrawals + shownFeelings + losses

  /// Each effect with the feeling it tells, in table order.
  static let feltEffects: [FeltEffect] = effects(of: feltFeelings)

  /// Feelings told across two sentences ("people assume we're all bigots. I'm not"): read
  /// over the whole answer.
  static let feltAcrossSentences: [FeltEffect] = effects(of: judgements + bearers)

  /// The effects of feelings, each with the feeling it tells, in table order.
  private static func effects(of feelings: [FeltFeeling]) -> [FeltEffect] {
    feelings.flatMap { feeling in
      feeling.effects.map {
        FeltEffect(
          pattern: $0, feeling: feeling.feeling, said: feeling.said,
          acknowledgement: feeling.acknowledgement, saidAlone: feeling.saidAlone,
          isWholeSentence: feeling.isWholeSentence, asked: feeling.asked)
      }
    }
  }

  /// Words a sentence that is a whole effect may hold besides it: "it's the evenings really".
  static let sentenceFillers: Set<String> = [
    "really", "mostly", "mainly", "especially", "though", "tho", "but", "and", "just", "tbh",
    "honestly", "well", "so", "yeah", "oh", "ah", "now", "anyway", "i", "think", "guess",
    "suppose",
  ]

  /// The words that say when a feeling told through its effect began: "since she died".
  static let feltSince: Set<String> = ["since"]

  /// Questions that tell a fear of their own rather than ask: "what if I had a fall?".
  static let fearQuestionOpeners = PartnerCueMatcher(["what if i", "what happens if i"])
}
