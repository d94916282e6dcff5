/// Losses and hardships told in passing — a death, someone they love ill or in distress, being
/// left on their own — which are the moment of the answer whatever else it says: owned plainly
/// and warmly in their words before anything else, never given back as a fact or a point.
extension AnswerCues {
  /// How a loss or a hardship is owned: `named` with `{who}` for the person they told of, in
  /// the second person ("your husband"), and `unnamed` when they did not name who.
  struct Acknowledgement: Sendable, Equatable {
    var named: String
    var unnamed: String
    /// Whether it is owned only for someone close: a death of someone they only live near
    /// (`acquaintances`) is told, not theirs to be consoled for.
    var closeOnly = false
    /// Whether it is owned only when whom it is of is named ("dad's been gone a year", "Jean's
    /// been gone a while"): "the shop's been gone a year" tells no one's death.
    var needsWhom = false
  }

  /// The people of theirs who are near but not close: "our neighbour died" is given back as
  /// they said it, never met with "I'm so sorry about your neighbour."
  static let acquaintances = KinWords.nearby.union(["neighbours", "neighbors"])

  /// The people whose loss or distress is told of after "my", "our" or a dialect "me": "my
  /// husband died", "our lad's in hospital", "me mam passed".
  static let lovedOnes =
    "(husband|wife|mum|mam|mom|mother|dad|father|son|daughter|brother|sister|partner|nan|nana|gran|granny|grandad|grandma|grandpa|grandmother|grandfather|boy|girl|lad|lass|kid|child|baby|mate|friend|best mate|best friend|pal|boyfriend|girlfriend|fiance|fiancee|uncle|aunt|auntie|cousin|niece|nephew|dog|cat|wee one|little one|youngest|eldest|oldest|missus|hubby|other half|neighbour|neighbor)"

  /// The animals people keep and grieve: "we had to put our old collie down".
  static let pets =
    "(dog|cat|pup|puppy|collie|spaniel|terrier|lab|labrador|retriever|greyhound|whippet|poodle|horse|pony|rabbit|budgie|boy|girl|lad|lass)"

  /// The people of theirs someone may have had to let go: "one of my lads", "our apprentice".
  static let workers =
    "((one|two|three|some|a few|half) of)? (my|our) (\(lovedOnes)|lads|guys|girls|staff|workers|apprentice|apprentices|employees|men|women|people|team|crew|blokes|fellas|carer|cleaner)"

  /// The words after "my" that name whom a loss is of: `lovedOnes` as a set, for reading the
  /// phrase back.
  static let lovedOneWords: Set<String> = Set(
    lovedOnes.dropFirst().dropLast().split(separator: "|").flatMap { $0.split(separator: " ") }
      .map(String.init))

  /// Words of a death, a grave harm or a loss: a text that holds one tells something heavy,
  /// answered before anything else is asked for (`AnswerFollowUp.tellsALoss`), and none is a
  /// name after "my mate".
  static let lossWords: Set<String> = [
    "died", "dies", "dead", "death", "killed", "murdered", "funeral", "buried", "cancer",
    "suicide", "suicidal", "overdose", "overdosed", "miscarriage", "stillborn", "drowned",
    "stabbed", "raped", "abused", "assaulted", "widow", "widowed", "orphaned", "grief",
    "grieving", "mourning", "terminal", "coma", "dementia",
  ]

  /// A job lost, as it is said after "got", "was" or "been": "made redundant", "laid off",
  /// "sacked"; "fired up after the match" is keen, no loss.
  static let jobLoss = "(made redundant|laid off|let go|sacked|fired !up)"

  /// A job lost as it is suffered, after its helper: "got laid off", "was made redundant",
  /// "being let go".
  static let jobLossSuffered = "(got|been|was|were|being) (just)? \(jobLoss)"

  /// A job lost, told of anyone: "got laid off", "was made redundant", "they sacked him".
  static let jobLostTold: [String] = [
    jobLossSuffered,
    "(sacked|fired|laid off) (me|him|her|us|them) !up",
  ]

  /// A job lost by the speaker, told: "i got made redundant in march", "we've been laid off",
  /// "they sacked me"; "that talk fired me up" tells of none. Their own life, opened up
  /// (`PartnerCueMatcher.ownJobLost`).
  static let ownJobLostTold: [String] = [
    "(i|we) (have|'ve|had|'d|am|'m)? \(jobLossSuffered)",
    "(sacked|fired|laid off) (me|us) !up",
  ]

  /// A job lost, told or as it happens to people: "the staff get laid off every october".
  static let jobLost: [String] = jobLostTold + ["get (just)? \(jobLoss)"]

  /// Words that tell a loss only beside one of `lossWords` or a loved one ("my mate's gone",
  /// "my nan's in hospital"), and are never a name after "my mate".
  static let lossTellingWords: Set<String> = lossWords.union([
    "passed", "gone", "stopped", "lost", "ill", "sick", "hospital", "years", "months", "now",
    "last",
  ])

  /// Words that date what a sentence tells long past, beside a span of time ("years ago",
  /// "decades back") or alone ("a long time ago").
  static let longPastSpans: Set<String> = ["years", "decades", "yrs"]
  /// The words after a span that put it in the past: "ago", "back".
  static let pastMarkers: Set<String> = ["ago", "back"]

  /// Whether a sentence dates what it tells long past: a year said as a number ("in 2019"), a
  /// span of years put in the past ("years ago", "a good few years back"), or their childhood.
  static func datesLongPast(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord).map(\.lowercased)
    let namesAYear = words.contains { word in
      word.count == 4 && word.allSatisfy(\.isNumber)
        && (word.hasPrefix("19") || word.hasPrefix("20"))
    }
    let spanPast = zip(words, words.dropFirst()).contains { span, marker in
      longPastSpans.contains(span) && pastMarkers.contains(marker)
    }
    // "when i was 12", "when i was a kid": told of their own childhood.
    let childhood = words.indices.dropLast(3).contains { index in
      words[index..<(index + 3)] == ["when", "i", "was"]
        && (words[index + 3].allSatisfy(\.isNumber) || childhoodWords.contains(words[index + 3])
          || (words[index + 3] == "a" && index + 4 < words.count
            && childhoodWords.contains(words[index + 4])))
    }
    return namesAYear || spanPast || childhood
  }

  /// Words after "when i was" that put what is told in their childhood: "little", "a kid".
  static let childhoodWords: Set<String> = [
    "little", "young", "small", "younger", "kid", "child", "boy", "girl", "lad", "lass",
    "teenager", "teen", "nipper",
  ]

  /// Words that open a side clause dating something else by a loss: "after dad died", "since
  /// the funeral".
  static let lossTimeWords: Set<String> = [
    "after", "since", "when", "before", "till", "until", "at",
  ]

  /// The verbs of a death said flatly, after whom it is of: "when alan died", "jean's been
  /// gone two year".
  static let deathVerbs: Set<String> = ["died", "passed", "was", "got", "'s", "has", "went"]

  /// What does not follow "passed" in a death, where a test or a thing was passed: "my sister
  /// passed first time", "before he passed the ball".
  static let notPassedOnward =
    "!(first|her|his|the|their|a|an|it|all|every|both|this|that|these|those|with|easily|no|each|my|me|us|him|them|its|out|over|through|round|around|by)"

  /// What does not follow "went" in a death, where someone only went somewhere or became
  /// something: "after he went home", "since she went freelance", "after dad went quiet".
  static let notWentOnward =
    "!(to|out|off|home|back|in|into|up|down|away|on|through|over|round|around|abroad|missing|freelance|part|full|self|vegan|bust|under|travelling|shopping|for|with|and) !#presentParticiple !#adjective !#adverb !#adposition !#particle !#number"

  /// What does not follow "lost him" or "lost her" in a death: "we lost her in the crowd",
  /// "since i lost her number".
  static let notLostOnward =
    "!(in|at|on|to|for|from|with|over|track|sight|touch|count|it|the|a) !#noun !#adjective !#number"

  /// Given names that are words too ("jean", "ken", "grace"): typed with a capital before
  /// "'s been gone" or a death, whom the loss is of ("Jeans been gone two year").
  static let namesThatAreWords: Set<String> = [
    "jean", "ken", "pat", "bill", "rose", "joy", "grace", "frank", "mark", "ray", "sue", "dot",
    "jack", "bob", "peg", "ruby", "dawn", "faith", "hope", "june", "may", "iris", "violet",
    "lily", "daisy", "heather", "hazel", "olive", "pearl", "ivy", "robin", "sandy", "don",
    "gene", "len", "nick", "carol", "glen", "guy", "jay", "max", "will", "rob", "sid", "stan",
    "ted", "tom", "norman", "victor", "eddy", "ginger", "harry", "betty", "molly", "polly",
  ]

  /// How long someone has been gone, in years or months as said or spoken ("three years", "two
  /// year"): after "been gone" it tells a death; "a while" or "ages" may be an hour at the tip.
  static let goneSpans = "(_ years|_ year|_ months|_ month|a year|a month|years|months)"

  /// Words of `lovedOnes` that name no one on their own, only in a phrase ("other half", "wee
  /// one", "best mate"): "that one's been gone a year" is no one's death.
  static let lovedOnePhraseParts: Set<String> = ["one", "other", "half", "best", "wee", "little"]

  /// How many of their own someone lost: "two", "a couple of".
  static let howMany =
    "(a|one|two|three|four|five|six|some|a few|a couple of|several|both|all|most|half)"

  /// Whom a death told in passing is of, after `howMany`: "lost two buddies in the war".
  static let comrades =
    "(mates|buddies|friends|men|lads|guys|brothers|pals|comrades|mate|buddy|friend|pal|brother)"

  /// Illnesses and injuries that change a household, after "his", "her" or "a": "his stroke".
  static let illnesses =
    "(stroke|heart attack|breakdown|seizure|diagnosis|cancer diagnosis|accident|chemo|bad fall|cancer scare)"

  /// Injuries done to someone: "knocked down", "stabbed".
  static let injuries =
    "(knocked down|knocked over|run over|stabbed|shot|attacked|beaten up|mugged|assaulted|hit by a car|hit by a van|hit by a bus|hit by a lorry|hit by a truck|hit by a driver)"

  /// The people someone looks after at work, whose death there is their loss too: "we lost
  /// that lad in bay 4".
  static let inTheirCare =
    "(patient|lad|lass|boy|girl|man|woman|baby|kid|child|fella|bloke|gentleman|lady|resident|chap|mum|dad|pupil|client)"

  /// Harms done to someone, after who suffered them: "got knocked down", "was stabbed".
  static let harms = "(got|was|were|has been|'s been|getting|being) \(injuries)"

  /// A harm to someone owned plainly, without guessing whom it touched most.
  static let harmAcknowledgement = Acknowledgement(
    named: "That's awful. I'm sorry.", unnamed: "That's awful. I'm sorry.")

  /// A death owned plainly.
  static let deathAcknowledgement = Acknowledgement(
    named: "I'm so sorry about {who}.", unnamed: "I'm so sorry for your loss.", closeOnly: true)

  /// A death told only by how long someone has been gone, owned when they named whom.
  static let goneAcknowledgement = Acknowledgement(
    named: "I'm so sorry about {who}.", unnamed: "I'm so sorry for your loss.", closeOnly: true,
    needsWhom: true)

  /// An illness or a loved one's distress owned plainly.
  static let hardshipAcknowledgement = Acknowledgement(
    named: "I'm sorry, that sounds so hard, for {who} and for you.",
    unnamed: "I'm sorry, that sounds so hard.")

  /// A death told, plainly or in passing: "my husband died", "lost my dad last spring", "he's
  /// been gone four years", "since the funeral", "since ken passed". One table for both
  /// dialogues: explore owns the loss by it (`losses`), partner reads it as a disclosure
  /// (`PartnerDisclosure`).
  static let deathsTold: [String] = [
    // "my sister passed first time", "my dad passed her the keys": a test or a thing
    // passed is no death.
    "(my|our|me) \(lovedOnes) _? passed \(notPassedOnward)",
    // "my wife's father died": the loss is of the last of the chain.
    "(my|our|me) \(lovedOnes) 's \(lovedOnes) (died|passed away|passed on|was killed|got killed|was murdered)",
    "(my|our|me) \(lovedOnes) _? (died|passed away|passed on|was killed|got killed|was murdered|took (his|her|their) own life|killed (himself|herself|themselves)|never came (home|back)|did n't make it|didn't make it|didnt make it)",
    "(my|our|me) \(lovedOnes) _? ('s|is|has been|'s been) (gone|dead) !(to|out|off|home|back|in|into|up|down|away|on|through|over|mad|quiet|for|with|a|all|and|but|so|too)",
    "(i|we) (lost|buried) (my|our|me) \(lovedOnes)",
    // Typed without the "i", dated: "lost my gran last month", "buried our dog in june".
    "(lost|buried) (my|our|me) \(lovedOnes) \(deathTimes)",
    // A family's own name, said bare: "we lost grandad at christmas"; "we lost nan at the
    // shops" is no death.
    "(i|we) (lost|buried) \(bareKin) (\(deathTimes)|\(notLostOnward))",
    "(i|we) lost (him|her|them) (last|this|_ years|_ months|a year|in|to|when|before|after)",
    "(he 's|she 's|hes|shes|he is|she is|he has|she has) (been)? gone (now|since|(for)? \(goneSpans))",
    // Said with when: "she passed last spring", "dad was killed in march", "he passed
    // suddenly"; "dad passed a lorry" is no death.
    "(he|she) (passed|passed on|was killed|got killed) (\(deathTimes)|(last|this) week|(a|_) (week|weeks) ago|when|before|after|suddenly|of|from)",
    "(since|after|at) (the|his|her|my _ 's) funeral",
    // "since she went": gone for good; "since she went freelance" tells a change.
    "since (he|she|my _|my _ _) went !(_)",
    // Someone gone for good, told in passing: "since mum went", "after he went things got
    // quiet"; "after he went home" or "since she went freelance" tells a change.
    "(since|after) (he|she|(my|your|our|his|her)? \(lovedOnes)) went \(notWentOnward)",
    // An age they would have reached: "he'd have been 80 in may", "she would've been ninety".
    "(he|she|\(lovedOnes)) ('d|would|wouldve|would 've) (have|'ve|of)? been (\(agesAtDeath)) !(percent|%|quid|pounds|miles|kilos|minutes|when|by|at|then|or|and|if)",
    // "since we lost her", "after i lost him"; "we lost her in the crowd" is no death.
    "(since|after|before|till|until) (i|we) lost (him|her|them) \(notLostOnward)",
    // Told in passing, with no "my": "since mum passed", "lost two mates out there".
    "(since|after|when|before) \(lovedOnes) (passed|died) !(his|her|the|their|a|an|my|it|that|this|them|him|me|us|out)",
    "(i|we|he|she|they) lost \(howMany) (of)? (my|our|his|her|the)? \(comrades) (in|to|at|on|out|when|that|last|during|back)",
    // Said flatly, with a name or none: "after joan died we sold up", "she died in a
    // corridor", "four years now she's gone".
    "(he|she) (died|passed away)",
    // A death dating what they tell, by a name or whom it is of: "since ken passed we've not
    // been out", "until my best mate was killed", "we went every week before he passed";
    // never a thing passed ("since the bill passed", "before he passed the ball") or a test
    // ("since she passed her test").
    "(since|after|when|before|till|until|the day|the year) (my|our)? !(it|that|this|which|what|the|a|an|time|law|bill|vote|deadline|budget|motion|exam|test|storm) _ _? (died|passed away|passed on|was killed|got killed|passed \(notPassedOnward))",
    "(_ years|_ months|_ weeks|a year|a month) (now)? (since)? (he|she) ('s|has|is)? (been)? (gone|died|passed)",
    // A death said without the word: "a couple didn't make it", "two lads never came
    // home", "we had to put our dog down"; "he didn't make it to the meeting" is none.
    "(a couple|a few|two|three|four|some|several|one|both|none|half) (of _ _? _?)? (did n't|didn't|didnt|never|did not) make it !(to|in|on|through|out|into|up|past|there|here|back|home|big|work|far|as|clear|easy|easier|harder|happen|any|a|an|the|his|her|my|so|sound|look|seem|obvious|worse|better|count|work|right|for|with|at|by|about|because|either|though|tho)",
    "(he|she) (did n't|didn't|didnt|did not) make it !(to|in|on|through|out|into|up|past|there|here|back|home|big|work|far|as|clear|easy|easier|harder|happen|any|a|an|the|his|her|my|so|sound|look|seem|obvious|worse|better|count|work|right|for|with|at|by|about|because|either|though|tho)",
    "never (came|come|made it) home !(for|to|till|until|on|after|before|at|that|early|late)",
    "never came back from (there|the war|the front|iraq|afghanistan|vietnam|the gulf|ukraine|tour|deployment)",
    "(i|we) (had to|have had to|'ve had to) (put|have) (him|her|(my|our|the) _? \(pets)) (put)? down",
    // A death told by what gave out: "it was his heart that went", "her lungs gave up in
    // the end"; "my heart went out to her" is no one's death, nor are "his kidneys failed"
    // (dialysis) and "her liver failed" (a transplant).
    "(it was|it 's|its|it is) (his|her) (heart|lungs|chest) (that)? (went|gave out|gave up|gave way|got (him|her)|took (him|her))",
    "(his|her) (heart|lungs) (gave out|gave up|gave way)",
    // Widowhood and grief said of someone: "she's been a widow since", "my widowed dad", "in
    // my grief"; "she's 9 not a war widow", "good grief" and "i gave her grief" tell no death.
    "('s|is|was|am|'m|im|are|'re|were|been|became|left) (a)? (widow|widower|widowed)",
    "(my|our|a|his|her) (widow|widower|widowed)",
    "(my|our|his) grief",
    "(in|with|through) (my|our|his|her|their) grief",
    // Said bare, of family named without "my": "mum died in march", "dad's just passed".
    "\(bareKin) (had|has|'s|just)? (died|passed \(notPassedOnward))",
    "(he|she) (had|has|'d|'s|just) passed \(notPassedOnward)",
    "(he|she) ('s|is|has|has been|'s been) passed",
    // "went" is death only with when, and nothing of a trip after: "she went last spring", "mum
    // went in march"; "he went a bit vague" says how someone turned, "she went last week and
    // loved it" and "they went in may" tell a trip.
    "(he|she|\(bareKin)) went \(deathTimes) \(notATripOnward)",
    // Someone's age at death: "your grandad went at 70", "she died aged 64".
    "(he|she|\(lovedOnes)) (went|died|passed|passed away) (at|aged) (the age of)? (\(agesAtDeath))",
    // Someone's old contact missed: "the flat's so quiet without him phoning every night".
    "without (her|him|\(lovedOnes)) (ringing|calling|phoning|texting|popping|dropping|visiting|knocking)",
    // Someone spoken of as gone: "when your dad was alive", "our first christmas without
    // mum", "it's what she would have wanted".
    "when (your|my|our|his|her) \(lovedOnes) (was|were) (alive|still here|still around|with us)",
    "(first|1st) (christmas|xmas|birthday|easter|anniversary|summer|holiday|year|new year|eid|diwali|thanksgiving) without (him|her|them|my \(lovedOnes)|your \(lovedOnes)|our \(lovedOnes)|\(lovedOnes))",
    "(what|how) (he|she|\(lovedOnes)) (would|would 've|'d) (have|of|'ve)? (wanted|liked)",
    // A death named as what happened: "took her dying to get me there", "since mum's passing";
    // "his passing has been brilliant" is a player's.
    "(her|his|my \(lovedOnes)|your \(lovedOnes)|our \(lovedOnes)) (dying|death)",
    "(my|your|our) \(lovedOnes) passing",
    "\(lovedOnes) 's (dying|death|passing)",
  ]

  /// Family said bare, as a name, whose death needs no "my": "mum died", "grandad passed".
  static let bareKin = "(" + KinWords.familyTitles.sorted().joined(separator: "|") + ")"

  /// When a death was, said after "went" or "passed": "last spring", "two years ago", "in
  /// march", "in her sleep"; "last week" is more often a trip after "went".
  static let deathTimes =
    "((last|this) (year|month|spring|summer|autumn|winter|christmas|easter|night)|at (christmas|easter|new year)|(a|one|two|three|four|five|six|seven|eight|nine|ten|_) (year|years|month|months) ago|in (\(deathMonths)|the spring|the summer|the autumn|the winter|the night|his sleep|her sleep|hospital))"

  /// The months a death is dated by: "mum went in may" is one.
  private static let deathMonths = TimeWords.monthsButMay.union(["may"]).sorted()
    .joined(separator: "|")

  /// What does not follow a death said with "went" and when, where someone went somewhere:
  /// "he went in june with his mates", "she went last summer for a fortnight".
  static let notATripOnward = "!(with|to|for|on|again|too|together|alone|there|by)"

  /// The ages someone can die at, as typed: "70", "eighty".
  static let agesAtDeath =
    ((1...120).map(String.init)
    + ["fifty", "sixty", "seventy", "eighty", "ninety", "a hundred"]).joined(separator: "|")

  /// The losses and hardships, as feelings told by their effect, the weightiest first.
  static let losses: [FeltFeeling] = [
    // A death, said plainly or in passing (`deathsTold`).
    FeltFeeling(
      feeling: "grieving", said: "you're still grieving", effects: deathsTold,
      acknowledgement: deathAcknowledgement),
    // A death told by how long whom they name has been gone, typed as spoken: "dads been gone
    // three year", "Jeans been gone a while" (`ImpliedFeeling.withHasSeparated`), or by their
    // going, said in passing.
    FeltFeeling(
      feeling: "grieving", said: "you're still grieving",
      effects: [
        "_ ('s|has) been gone (for)? \(goneSpans)",
        // "after ron went things got quiet": a name gone for good, told in passing; "after
        // lunch went" names no one.
        "(since|after) _ went \(notWentOnward)",
      ],
      acknowledgement: goneAcknowledgement),
    // Someone they love ill, in hospital or in distress: "our daughter stopped eating", "my
    // son's been self-harming", "my mum has dementia".
    FeltFeeling(
      feeling: "worried sick", said: "it's been so hard",
      effects: [
        "(my|our|me) \(lovedOnes) _? ('s|is|has|has been|'s been|was|had) (stopped|stopping) (eating|sleeping|talking|going out|going to school)",
        "(my|our|me) \(lovedOnes) _? (stopped|won't|wont|wo n't|will not|refuses to|barely|hardly) (eat|eats|eating|sleep|sleeps|sleeping|talking|talking to us|talk to us|going out|leaving (his|her) room|leave (his|her) room|get out of bed|getting out of bed)",
        "(my|our|me) \(lovedOnes) _? ('s|is|has been|'s been|was|ended up|went) (in|into) (hospital|the hospital|intensive care|icu|rehab|care|a home)",
        "(my|our|me) \(lovedOnes) _? (has|'s got|has got|got|was diagnosed with|is fighting|is battling|has been diagnosed with) (cancer|dementia|alzheimer 's|alzheimers|a stroke|a tumour|a tumor|leukaemia|leukemia|an eating disorder|anorexia|depression|ms|parkinson 's|parkinsons)",
        "(my|our|me) \(lovedOnes) _? ('s|is|has been|'s been|was|started) (self-harming|self harming|cutting (himself|herself)|harming (himself|herself)|suicidal)",
        "(my|our|me) \(lovedOnes) _? (tried|has tried|wanted) to (kill|hurt|end) (himself|herself|themselves|it)",
        "self-harm", "self harm",
        // An illness told in a side clause: "since dad had his heart attack", "after her stroke".
        "(since|after|when) (my|our|me)? _ (had|got|suffered) (his|her|their|a) \(illnesses)",
        "(since|after) (his|her|their|my _ 's) \(illnesses)",
        "(my|our|me) \(lovedOnes) _? (had|has had|'s had|suffered) (a|his|her) \(illnesses)",
        // Having to let someone go: "had to let go of one of my lads in march", "we had to
        // let her go".
        "(i|we) (had to|have had to|'ve had to) let (him|her|them|\(workers)) go",
        "(i|we) (had to|have had to|'ve had to) let go (of)? (him|her|them)",
        "(i|we)? (had to|have had to|'ve had to) let go (of)? \(workers)",
        // Someone they love seen in distress: "my son sat crying at the table at 2am", "I
        // found her in tears in the car"; "crying with laughter" is no distress.
        "(my|our|me) \(lovedOnes) _{0,8} (crying|sobbing|in tears|in bits|breaking down|broke down|bawling|weeping) !(with|laughing)",
        // "with becky cos she was crying over dan from IT": someone not theirs upset over a
        // matter of their own is a scene they tell, no hardship of theirs to be sorry for.
        "(he|she) ('s|is|was|sat|sits|sitting|just|keeps|kept|started|starts|ended up|'s been|has been) _{0,8} (crying|sobbing|in tears|in bits|bawling|weeping) !(with|laughing|over)",
        "(found|saw|heard|caught) (him|her|them|my \(lovedOnes)) _{0,4} (crying|sobbing|in tears|in bits|breaking down|bawling|weeping) !(with|laughing)",
      ],
      acknowledgement: hardshipAcknowledgement),
    // A child or someone they love hurt, told in passing: "a ten year old got knocked down
    // outside the school", "my mate's lad was stabbed".
    FeltFeeling(
      feeling: "shaken", said: "it shook you",
      effects: [
        "(a|an|the|this|one|our|their) (_ year old|_ yr old|little|young|wee|small) (boy|girl|kid|child|lad|lass|baby|toddler)? (got|was|were|getting|being)? \(injuries)",
        "(my|our|me) (\(lovedOnes)|mates|friends|neighbours|neighbors) _? \(harms)",
        // Whom it happened to placed by where they were from: "a lad off our street got run
        // over".
        "(a|an|one|this|the) (boy|girl|kid|child|lad|lass|baby|toddler) _{1,4} \(harms)",
        // Someone lost in their care, told as their own loss at work: "after we lost that lad
        // in bay 4", "i lost a patient last night"; "we lost the match" is no one.
        "(we|i) lost (a|an|that|the|this|one|our) (_ year old|little|young|wee|poor|old)? \(inTheirCare) (in|on|at|last|this|yesterday|today|that|who|after|before|overnight|tonight|to)",
      ],
      acknowledgement: harmAcknowledgement),
    // Left on their own: "on my own since", "just me now".
    FeltFeeling(
      feeling: "lonely", said: "it's been lonely",
      effects: [
        "(i 've been|i have been|i 've|i 'm|i am|been) (on my own|alone|by myself) (ever)? since",
        "(it 's|its|it is) (just)? me (on my own)? now",
        // "I still read the clues out loud. Nobody there to answer me": no one left to share
        // what was shared, said of themselves; "there was no one there to answer" is a phone.
        "(nobody|no one|noone|no-one) (there|here|left|about|around)? to (answer|tell|talk to|share it with|eat with|cook for|say goodnight to) (me|us)",
        "(i|me|my|we|us|our) _{0,6} (nobody|no one|noone|no-one) (there|here|left|about|around)? to (talk to|share it with|eat with|cook for|say goodnight to)",
      ]),
  ]
}
