/// What they tell of their own life, or of someone close: how it is or was for them, or a loss.
/// A disclosure, never a view: no claim is taken from it, no reason is checked in it, the close
/// never follows it, and its questions stay with the person (`PartnerDisclosure`).
extension PartnerCues {
  /// Words of mourning that name no one: "the funeral", "grieving", "a bereavement". A loss
  /// only when someone is lost: the turn names someone (`disclosureAnchors`), laughs at none of
  /// it, and likens nothing to it (`lossFigures`); "it's a self checkout, not a bereavement lol"
  /// and "that queue is a funeral" tell no death.
  static let lossWords: [String] = [
    "(passed away|passed on|funeral|grieving|bereaved|bereavement|cremation|burial)",
    "the (wake|memorial) !(up)",
  ]

  /// Mourning said with whose it is: "my grandad's funeral", "mums funeral", "his wake", "the
  /// funeral music for mum", "a funeral, my aunt's". Someone's own funeral is a death told,
  /// however lightly it is put, and no figure of speech (`lossFigures`); "it's your funeral"
  /// names no one lost.
  static let someonesMourning: [String] = [
    "(his|her|\(AnswerCues.lovedOnes) 's|\(kinTypedPossessives)) (funeral|wake)",
    "(funeral|wake) (\(mourningCompounds))? (of|for) (my|our|his|her)? \(AnswerCues.lovedOnes)",
    "(funeral|wake) (my|our|his|her) \(AnswerCues.lovedOnes) 's",
  ]

  /// A name's funeral: "kev's funeral", "Jean's wake"; the word before "'s" must be a name.
  static let namedMourning: [String] = ["_ 's (funeral|wake)"]

  /// Family words with the "s" of whose typed straight on, without its apostrophe: "mums",
  /// "grandads".
  static let kinTypedPossessives =
    "(" + KinWords.women.union(KinWords.men).sorted().map { $0 + "s" }.joined(separator: "|") + ")"

  /// What a funeral has that is still the funeral's: "the funeral music for mum".
  static let mourningCompounds =
    "procession|music|service|flowers|songs|hymns|readings|plans|arrangements|tea|cars|car"

  /// A thing likened to a death or mourning: "like a funeral", "the queue was a bereavement".
  /// Mourning told of something that is no one: a figure of speech.
  static let lossFigures: [String] = [
    "(like|as if it was|as if it were) (a|an|at a|at an)? (funeral|bereavement|wake)",
    "(is|'s|was|are|'re|were) (a|an) (absolute|total|proper|complete|actual|literal)? (funeral|bereavement|wake)",
    "(funeral|bereavement|wake) (procession|vibes|music|march)",
  ]

  /// Hardship lived: distress shown, not coping, hiding it, a body or mind giving way, being
  /// alone, growing old. Read only when someone is named in the turn (`disclosureAnchors`), so
  /// a view about people at large ("kids cry on planes") is no disclosure.
  static let hardship: [String] = [
    "(cry|cried|crying|sob|sobbed|sobbing|bawled|bawling|in tears|tearful)",
    "(wasn't|wasnt|was not|weren't|werent|were not|not|couldn't|couldnt|could not|can't|cant|cannot|haven't been|havent been|hadn't been|never) (sleeping|eating|coping|cope|sleep properly|get out of bed|getting out of bed)",
    "(panic attack|panic attacks|depressed|depression|postnatal|post-natal|postpartum|falling apart|fell apart|rock bottom)",
    "(had|having|have|'d|'ve) a (breakdown|meltdown)",
    "(hid|hide|hiding) (in|from|it from)",
    "so (he|she|they|nobody|no one|the kids|the baby|my _) (wouldn't|wouldnt|would not|couldn't|couldnt|didn't|didnt) (hear|see|notice|know|worry)",
    "(at|for) my age", "(i 'm|im|i am) (too|getting)? old (now|for|to)",
    "(lonely|on my own|by myself|nobody to talk to|no one to talk to)",
    "(hospital|diagnosed|diagnosis|cancer|chemo|dementia|a stroke|heart attack|surgery|miscarriage)",
    // A break-up told of themselves: "she broke up with me", "we split in may", "he walked out
    // on us"; "left me" only when nothing is left with it ("left me the car"). Someone else's
    // ("they broke up") is no hardship of theirs, nor one turned at once to what goes on
    // ("we split up but i still see her").
    "(broke up|split up|broken up|split|splitting up|breaking up) with me",
    "(i|we|we 've|we have|we just|we 're|we are|i 'm|i am|i just) (broke up|split up|broken up|splitting up|breaking up|separated|separating|got divorced|getting divorced|divorcing) !(but|with)",
    "(we|we 've|we have|we just) split !(up|but|with)",
    "(dumped|ditched|cheated on) me", "walked out on (me|us)",
    "(left|leaving) me (for|on|last|after|yesterday|today|this|over|by|via|!_)",
    // A fear for someone close lived through: "I thought we were going to lose her".
    "(i|we) (honestly|really|genuinely)? (thought|was sure|were sure|was convinced|was scared|were scared|was terrified) (i|we) (was|were|'d|would) (going to|gonna)? lose (him|her|them|the baby|\(AnswerCues.lovedOnes))",
    "(i|we) (was|were|'m|am|felt|feel|have been|'ve been|had been|'d been) (just|so|really|completely)? (struggling|in bits|in pieces|in a bad way|in a dark place|not okay|not ok|scared stiff|frightened|terrified|lost|a failure|useless|invisible|a burden|overwhelmed|out of my depth|a wreck|a mess|numb|exhausted|shattered|anxious)",
  ]

  /// Fondness for what is remembered: "it was marvellous", "we loved every minute", "happy
  /// tears". Tears or a hospital told with it belong to a fond memory, never a hardship.
  static let fondness: [String] = [
    "(it|that|this|he|she|they) (was|were|'s|is) (so|just|really|absolutely)? (marvellous|wonderful|lovely|magical|beautiful|brilliant|amazing|special|the best|fantastic|smashing)",
    "(i|we|he|she|they) (loved|adored|treasured|cherish|cherished) (it|that|them|him|her|every)",
    "(happy tears|tears of joy|best day|best days|best night|happiest)",
  ]

  /// The hours that drag when someone lives alone: "the evenings are long", "weekends just
  /// drag", "the house is so quiet", "I talk to the telly". Loneliness told, whoever is named:
  /// a hardship lived now, never a reason.
  static let lonelyHours: [String] = [
    "(evenings|nights|weekends|sundays|afternoons|days|winters) (are|'re|get|feel|seem) (so|very|really|that|too|dead|awful|just)? (long|empty|lonely|endless)",
    "(evenings|nights|weekends|sundays|afternoons|days) (just|really|do)? (drag|drag on|go on forever)",
    "(house|flat|bungalow|home) (is|'s|feels|gets) (so|very|really|dead|too|awful|that)? (quiet|empty)",
    "i (just|only|mostly)? (talk|chat|speak) to (the)? (radio|telly|tv|cat|dog|walls|budgie|plants) (now|these days|mostly)?",
  ]

  /// Growing old felt, and the years counted: "I'm not a spring chicken", "you start
  /// counting", "none of us are getting any younger". A hardship lived now, before a loss told
  /// with it ("mum went at 80"): what they fear for themselves is what is met.
  static let growingOld: [String] = [
    "(i 'm|im|i am|we 're|we are) not (a spring chicken|spring chickens|getting any younger|as young as (i|we) (was|were|used to be))",
    "(none of us|nobody|no one) (is|are|'s) getting any younger",
    "(you|i|we) (start|started|begin|began) (counting|to count) (the years)?",
    "how (long|many years) (i 've|i have|ive) (got|left)",
  ]

  /// Hurt by what someone said of them: a name they were called, being told what they are or
  /// will never be, being shown up in front of others. Told of themselves (`disclosureAnchors`),
  /// a sting, never a reason: "my brother called me a freeloader", "she said I'd never stick at
  /// anything".
  static let stingingWords: [String] = [
    "(called|calls|calling|call) me (a|an|the|lazy|selfish|useless|thick|stupid|soft|spoilt|spoiled|ungrateful|pathetic|fat|hopeless|weird|dramatic|childish|immature|irresponsible)",
    "(said|says|told me|tells me|told everyone|told them|keeps saying) _{0,4} (that)? (i|i 'm|im|i am|i was|i 'd|i would|i 'll|i will) (was|am|'m|'d|would|'ll|will)? (never|always|a|an|wasting|throwing|lazy|selfish|useless|hopeless|pathetic|spoilt|spoiled|ungrateful|no good|not good enough|too old|too fat|too soft|a disappointment|a failure|a waste)",
  ]

  /// Grief that goes on, and drawing back after it: missing someone, "it still hurts",
  /// "don't mind me". Opening up: the questions stay with them.
  static let grieving: [String] =
    missingSomeone + [
      // "it's the evenings i miss most": what is missed most, whatever it is.
      "(i|we) (really|still|just)? (miss|missed) (most|the most|more than anything)",
      // "i can still smell his jumper", "it still smells of her": what someone gone left behind.
      "still _{0,6} (smell|smells|smelt|smelled) (of|like)? (him|her|his)",
      "still _{0,6} hear (him|her)",
      // "i still see her face": seen, only a trace of someone; "i still see her most weekends",
      // "i still see his point" tell of the living.
      "still _{0,6} (see|hear|smell) (his|her) (\(traces))",
      // "since he died i still see him everywhere": seen, after a loss told in the line.
      "(\(AnswerCues.lossWords.sorted().joined(separator: "|"))) _* still _{0,6} see (him|her)",
      // Reaching by habit for someone gone: "I still reach for the phone to call him"; explore
      // gives it back as missing them (`AnswerCues.strains`).
      "still (go|goes|went|reach|reached|pick up the phone|pick up my phone) (for the phone)? to (ring|call|phone|text) (her|him|\(AnswerCues.lovedOnes))",
      // "it still hurts", "it doesnt get easier": grief that goes on.
      "(it|that|this) (still|really|just)? (hurts|aches|stings) !(you|people|the|their|our|us|business|jobs|them)",
      "(does n't|does not|doesn't|never|wo n't|won't|will not) (get|gets|got) (any)? easier",
      "(not|n't|never) the same without (him|her|them|my \(AnswerCues.lovedOnes)|\(AnswerCues.lovedOnes))",
      // "ignore me, do what you want", "don't mind me": drawing back after saying something
      // that matters, to be met, never taken at its word.
      "(ignore|forget|never mind) me", "(do n't|do not|don't) (mind|worry about) me",
      "(do|you do) (what|whatever) (you|u) (want|like)",
    ]

  /// Missing someone, said outright or by the habit of thinking of them: "i really miss my
  /// dad", "every time i use his old mug i think of him". Grief, never a view: no claim is
  /// taken from it, and what is given back is the missing, never what they put it down as.
  static let missingSomeone: [String] = [
    // "i just miss her thats all", "i really miss my dad": missing someone, however hedged.
    "i (just|really|still|do|so|truly)? (really|so)? (miss|missed) (him|her|them|my \(AnswerCues.lovedOnes)|\(AnswerCues.lovedOnes))",
    // "whenever i pass the allotment i think of her", "i think about him every single day":
    // someone kept in mind by habit, however it is put down after.
    "(every time|everytime|whenever|each time) _{0,8} (i|we) (think of|think about|remember|picture) (him|her|my \(AnswerCues.lovedOnes))",
    "(i|we) (still)? (think of|think about) (him|her|my \(AnswerCues.lovedOnes)) (every|all the time|whenever|each time|most days)",
  ]

  /// What of someone gone is still seen, heard or smelt: "her face", "his laugh".
  static let traces =
    "face|voice|laugh|smile|perfume|aftershave|jumper|coat|cardigan|handwriting|chair|things"

  /// Someone close remembered by their habits: "she always burnt the cake", "dad used to do
  /// the sprouts". Said with a laugh, it is fondness, never a joke to set aside.
  static let remembering: [String] =
    [
      "(he|she|\(AnswerCues.lovedOnes)) (always|would always|used to|never once|every year) (did|do|made|make|burnt|burned|cooked|cook|sang|sing|said|say|had|got|forgot|brought|bring|put|took|was|were|be|do the|ruined|insisted)",
      // The part someone close played: "your mum was the one who knew everyone", "my grandad
      // ran the allotments for years".
      "(he|she|\(AnswerCues.lovedOnes)) (was|were) (always)? the one (who|that)",
      "(my|your|our) \(AnswerCues.lovedOnes) (ran|organised|organized|did all|knew everybody|knew everyone|spent years)",
    ] + imaginingTheAbsent

  /// Someone close imagined in a moment they are missing from: "your dad would have laughed at
  /// me", "my mum would've had the shelves up by now". A memory, never a belief or a reason.
  static let imaginingTheAbsent: [String] = [
    "(my|your|our|me) (late|poor|old)? \(AnswerCues.lovedOnes) (would|'d) (never)? (have|'ve|of)",
    "\(AnswerCues.bareKin) (would|'d) (never)? (have|'ve|of)",
    "(he|she) (would|'d) (never)? (have|'ve|of) (loved|hated|laughed|known|had|done|said|told|been|wanted|sorted|fixed|put)",
  ]

  /// Words that name someone in a turn: the speaker or a particular person. A hardship cue
  /// said with none of them is about people at large.
  static let disclosureAnchors: Set<String> = [
    "i", "me", "my", "mine", "myself", "we", "us", "our", "he", "she", "him", "her",
    "im", "ive", "id",
  ]
}

extension PartnerCueMatcher {
  static let someonesMourning = PartnerCueMatcher(
    PartnerCues.someonesMourning, deniedBy: .negation)
  static let namedMourning = PartnerCueMatcher(PartnerCues.namedMourning)
  static let stingingWords = PartnerCueMatcher(PartnerCues.stingingWords)
  static let growingOld = PartnerCueMatcher(PartnerCues.growingOld)
}
