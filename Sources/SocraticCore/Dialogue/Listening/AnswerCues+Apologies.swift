/// The person apologising for how they came across ("sorry that came out a bit sharp", "sorry,
/// I'm in a mood, rent's due friday"): met first with no need to, never walked past. Partner
/// meets the same apologies as warmth (`PartnerCues.warmth`).
extension AnswerCues {
  /// An apology for their tone: "sorry that came out harsh", "sorry if that sounded preachy",
  /// "sorry for the rant". The drill reads a learner's repair by it too (`LearnerApology`).
  static let toneApologies: [String] = [
    "(sorry|apologies|soz) (,)? (if)? (that|it|i|this) (came out|sounded|was|come across|came across|got|'m being|am being) (a bit|a little|kinda|kind of|so|really|pretty|too|quite)? (sharp|harsh|rude|blunt|snappy|snippy|mean|aggressive|angry|ranty|heated|strong|much|intense|defensive|pushy|preachy)",
    "(sorry|apologies|soz) (,)? (if)? (that|it) (came out|sounded|came across) (a bit|a little|kinda|kind of|all)? (wrong|badly)",
    "(sorry|apologies|soz) (for|about) (the|my)? (rant|ranting|rambling|going on|snapping|shouting|yelling|biting|earlier|before|that|being (rude|grumpy|snappy|short|sharp|harsh|defensive|a pain|cross|mardy|a grump)|the tone|my tone|the language|swearing|caps)",
    "sorry (i|if i) (snapped|shouted|yelled|bit|went on|was (short|snappy|grumpy|rude|harsh|a pain|cross|mardy)|got (cross|angry|worked up|heated|shirty))",
    "(sorry|apologies|soz) (,)? (i 'm|i am|i was|i got) (a bit|a little|kinda|kind of|so|really|pretty|getting)? (ranting|rambling|heated|worked up|carried away|snappy|defensive|on my soapbox)",
    "(i did n't|i didn't|didn't|didnt|i did not) mean (to)? (snap|be rude|be sharp|to sound|to be) !(that|it|what)",
  ]

  /// An apology for going deep: "sorry this got deep", "sorry for getting so heavy". Met with
  /// deep being welcome, never walked past. Said of what the talk became ("got", "went"), not
  /// of what it is: "sorry, that's a bit personal" declines the question.
  static let depthApologies: [String] = [
    "(sorry|apologies|soz) (,)? (if)? (this|that|it|things) (got|gets|went|'s got|is getting|'s getting|has got|has gotten) (a bit|bit|a little|kinda|kind of|so|really|pretty|very|quite|all)? (deep|heavy|dark|intense|serious|emotional)",
    "(sorry|apologies|soz) (for|about) (getting|going|being) (so|a bit|bit|all)? (deep|heavy|dark|personal|emotional|serious)",
  ]

  /// An apology for a mood they are in, which tells a hard time: "sorry, I'm in a bit of a
  /// mood", "sorry, stressed today".
  static let moodApologies: [String] = [
    "(sorry|apologies|soz) (,)? (i 'm|i am|im|bit|a bit|just|been|i 've been|ive been)? \(moodStates)"
  ]

  /// A mood or a low state they are in, with how much: "a bit all over the place", "so
  /// knackered", "having a rough week", "not myself".
  static let moodStates =
    "(kinda|kind of|a bit|a little|so|really|pretty|just|very)? (in (a bit of)? a (bad|funny|foul|weird|right|proper|grumpy)? (mood|state)|grumpy|cranky|stressed|knackered|exhausted|tired|frazzled|on edge|all over the place|having a day|having a bad day|having a rough day|having a week|having a rough week|not myself|out of sorts)"
}
