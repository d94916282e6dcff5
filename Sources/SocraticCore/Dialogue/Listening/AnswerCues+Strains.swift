/// Feelings told with no word for them, as people tell what weighs on them in passing: missing
/// someone, a strain in the family, money too tight, worry for someone, a grievance, being
/// judged. Each is the moment of its answer, named warmly in their terms before any question
/// (`ImpliedFeeling`). `{them}` stands for whom they told of ("him", "your son"), and a
/// question with it is asked only when they named someone; `{time}` for the time of day or
/// week they named.
extension AnswerCues {
  /// The times a day or a week is hard at: "it's the evenings really".
  static let hardTimes: Set<String> = [
    "evenings", "nights", "mornings", "afternoons", "weekends", "sundays", "saturdays",
    "holidays", "winters", "christmases", "days", "mealtimes",
  ]

  /// Strains, hardships and grievances, as feelings told by their effect, the most telling
  /// first.
  static let strains: [FeltFeeling] = [
    // Lonely at a time of the day or week, said as the whole answer: "it's the nights mostly".
    FeltFeeling(
      feeling: "lonely", said: "the {time} are the hardest",
      effects: ["(it 's|its|it is) (the|them) (\(hardTimes.sorted().joined(separator: "|")))"],
      isWholeSentence: true,
      asked: ["What are the {time} like for you now?"]),
    // A substitute that falls short, said as the whole sentence: "we text every day. not the
    // same though".
    FeltFeeling(
      feeling: "lonely", said: "it doesn't make up for being together",
      effects: [
        "(it 's|its|it is|it|that 's|thats|that is)? (just)? (not|n't|never|is n't|isn't|aint|ain't) (really|quite)? the same (is it|thing)?"
      ],
      isWholeSentence: true,
      asked: ["What do you miss most about being together?"]),
    // Missing someone: what of theirs is kept, goodbyes that kept coming.
    FeltFeeling(
      feeling: "missing someone", said: "you still miss {them}",
      effects: [
        "i still (have|keep|'ve got|have got|wear|sleep with|sleep in|set out|lay out|talk to) (his|her|their|my _ 's|me _ 's|our _ 's)",
        "(his|her|their) _ _? ('s|is|are) still (there|here|on|in|hanging|by|where|up)",
        "(never|did n't|didn't|didnt) (saw|see|get to see) (them|him|her) again",
        // Reaching for them out of habit: "i still go to ring her", "and then remember".
        "i (still|keep|sometimes still) (go to|going to|reach for the phone to|pick up the phone to|start to|want to|think to) (ring|call|text|phone|tell|ask|show) (her|him|them)",
        "(and then|then) (i)? (remember|realise|realize) !(that|to|the|a|an|how|what|when|why|it|this|which|who|where)",
      ],
      saidAlone: "you still miss them",
      asked: ["What do you miss most?"]),
    // Goodbyes that kept coming: "i'd raise them and then they'd be gone".
    FeltFeeling(
      feeling: "sad", said: "those goodbyes were hard",
      effects: [
        "(then|and then) (they 'd|they would|theyd|he 'd|she 'd|hed|shed|it 'd|itd) (be)? gone"
      ],
      asked: ["What was that like for you?"]),
    // A strain in the family: words had, blame, a table gone awkward.
    FeltFeeling(
      feeling: "strained", said: "it's put a strain between you and {them}",
      effects: [
        "(we 've|we have|we|we 'd|we had) (had|have) (words|a falling out|a row|a big row|rows|a fight|a bust-up|a big fight|a few words)",
        "(we|we 've|we have) (fell|fallen) out",
        "(he|she|they|my _|our _|me _) (still)? (blames|blamed|has never forgiven|never forgave|won't speak to|wont speak to|wo n't speak to|does n't speak to|doesn't speak to|stopped speaking to|barely speaks to|hardly speaks to|won't talk to|wo n't talk to|does n't talk to|doesn't talk to) me",
        "we (do n't|don't|dont|barely|hardly|no longer|never) (speak|talk) (anymore|now|much|these days)",
        "(christmas|christmases|sunday dinner|sunday dinners|family dinners|family meals|birthdays|family gatherings|thanksgiving|easter|holidays|visits|weddings) (is|are|'s|gets|get|has been|have been|can be|were|was) (so|a bit|bit|pretty|really|a little|quite|very|always)? (awkward|tense|frosty|difficult|strained|uncomfortable|a minefield|hard|quiet)",
      ],
      saidAlone: "it's put a strain between you",
      asked: ["How has that been for you?"]),
    // Money too tight: doing without, what cannot be afforded.
    FeltFeeling(
      feeling: "stretched", said: "money's really tight for {them}",
      effects: [
        "(i|he|she|(my|our|me) \(lovedOnes)) (can't|cannot|ca n't|can not|could n't|couldn't) (even)? afford (a|an|the|his|her|my|our|their|to|new|it|anything|much|rent|food|heating|bills|that|another|one)",
        "we (can't|cannot|ca n't|could n't|couldn't) (even)? afford (rent|food|heating|bills|a holiday|holidays|new|our|the rent|the bills|the heating|to heat|to eat|to run|to put|to pay|to fix|to go|to replace)",
      ],
      saidAlone: "money's really tight",
      asked: ["What does that mean for {them}?", "How are you managing with it?"]),
    FeltFeeling(
      feeling: "struggling", said: "it's been a real struggle to get by",
      effects: [
        "(we|i) (sit|sat|sleep|slept|go to bed|went to bed) (with|in) (blankets|a blanket|coats|our coats|my coat|hats|jumpers|extra layers) (on)?",
        "(we|i) (do n't|don't|dont|can't|cannot|ca n't|daren't|dare n't|never) (put|have|turn|keep|switch) the (heating|heat|fire) on",
        "(we|i) (have|had|'ve had) to (use|go to) (a|the) (food bank|foodbank)",
        "(we|i) (skip|skipped|go without|went without) (meals|dinner|lunch|food|tea)",
      ],
      asked: ["How are you managing with it?"]),
    // Worry for someone: thoughts that keep coming back to them.
    FeltFeeling(
      feeling: "worried", said: "you worry about {them}",
      effects: [
        "i (keep|kept|ca n't stop|can't stop|cant stop) (thinking|worrying|wondering) (about)? (he|she|they|him|her|them|my _|our _|me _|whether|what|if|how)"
      ],
      saidAlone: "it keeps weighing on you",
      asked: ["What worries you most for {them}?", "What worries you most?"]),
    // A grievance: it is always them who pay.
    FeltFeeling(
      feeling: "hard done by", said: "it feels unfair that it lands on you",
      effects: [
        "(it 's|its|it is|it 'll be|it will be) (always)? (us|the same _?|people like us|the likes of us|ordinary _|working _) (who|that)? (pay|paying|pays|end up paying|foot the bill|foots the bill|footing the bill|picking up the bill)",
        "(did n't|didn't|didnt|never|do n't|don't) pay for (it|that|this|them) (,|.)? (we|i|us) (did|do|paid|do n't|do)",
        "(we|i) (paid|pay|'re paying|are paying|were paying|ended up paying) for (it|that|this|all of it|the lot) (,|.)? (not|n't) (them|him|her)",
      ],
      asked: ["What would feel fairer to you?"]),
  ]

  /// Feelings told across sentences: being judged by what others assume, and setting it right.
  static let judgements: [FeltFeeling] = [
    FeltFeeling(
      feeling: "judged", said: "it stings to be judged that way",
      effects: [
        "(people|folk|they|everyone|everybody|some people|folks) (just)? (assume|assumes|think|thinks|reckon|reckons|say|says|act like|treat us like|call us|see us as|paint us as|label us|look at us like) _{1,12} (i 'm|i am|im|we 're|we are|were) (not|n't)"
      ],
      asked: ["What would you want them to understand about you?"])
  ]
}
