/// Feelings about where a person stands, told with no word for them: written off, not asked,
/// let down by those in charge, proud of a first, making light of a hard time, someone they
/// love carrying it alone, or someone who did things for them. Each is named warmly, under the
/// fact they told, before any question (`ImpliedFeeling`).
extension AnswerCues {
  /// The feelings about where a person stands, the most telling first.
  static let standings: [FeltFeeling] = [
    // Written off: "they've decided we'll all just fade away", "they've given up on us".
    FeltFeeling(
      feeling: "written off", said: "you feel written off",
      effects: [
        "(they 've|they have|theyve|they|the council|the government) (just)? (decided|reckon|think|thinks|assume|assumes|figure|figured) (that)? (we 'll|we will|we 're|we are|we|people like us|folk like us|the likes of us) (all)? (just)? (die off|die out|disappear|go away|fade away|vanish|move away|pack up|give up|don't matter|do n't matter|dont matter|don't count|do n't count|dont count|are past it|'re past it)",
        "(they 've|they have|theyve|they|everyone 's|everyone has|everybody has|everybody 's) (written|wrote) (us|me|people like us|folk like us|the likes of us) off",
        "(they 've|they have|theyve|they) (given|gave) up on (us|me|people like us|folk like us|the likes of us)",
        "(like|as if|as though) (we|i|people like us|folk like us) (do n't|don't|dont|did n't|didn't|no longer) (matter|count|exist)",
      ]),
    // Not asked: "nobody consulted us", "they never even asked the parents".
    FeltFeeling(
      feeling: "left out", said: "it stings not to have been asked",
      effects: [
        "(nobody|no one|noone|no-one|they never|they did n't|they didn't|they didnt) (even|ever|once)? (asked|consulted) (us|me|anyone|anybody|the parents|the residents|the staff|the people|folk|people|the locals)"
      ]),
    // Let down by those in charge: "nobody in charge cared", "neither of them gave a damn".
    FeltFeeling(
      feeling: "let down", said: "you feel let down",
      effects: [
        "\(nobody) (in charge|at the top|up there|in power|in government|in authority) (ever|even|really)? (cared|cares|listened|listens|gave a damn|gives a damn|gave a toss|gives a toss)",
        // "nobody listens to the radio now" tells no grievance: only one about them does.
        "\(nobody) (ever|even|really)? (cared|cares|listened|listens|gave a damn|gives a damn|gave a toss|gives a toss) (about|to)? (us|me|people like us|folk like us|the likes of us|what happened to us|what happens to us)",
        "(neither|none) (one)? of (them|em|'em) (ever)? (cared|gave a damn|gave a toss|gives a damn|gives a toss|listened)",
        "(they|he|she) (never|did n't|didn't|didnt|do n't|don't|dont|does n't|doesn't|doesnt) (give|gave) a (damn|toss|hoot|monkey 's)",
      ]),
    // Pride in a first or in what they built: "first one in my family to own a house".
    FeltFeeling(
      feeling: "proud", said: "you're proud of that",
      effects: [
        "(i was|i 'm|i am|im|i became|i 'd be) the first (one|person|woman|man|girl|boy|lad|lass)? (in|of|from) (my|our|the) (family|street|village|town|estate|school|year|class) to",
        "i (built|started|set up|grew) (it|that|the business|my business|the shop|my shop|the firm|my firm|the company|my company) (up)? (from nothing|from scratch|myself|on my own|with my own hands|out of nothing)",
      ]),
    // Making light of a hard time: "I don't like to make a fuss", "mustn't grumble".
    FeltFeeling(
      feeling: "putting a brave face on",
      said: "you'd rather not make a fuss, even when it's not easy",
      effects: [
        "i (do n't|don't|dont|do not) (like|want|wish) to (make a fuss|make a fuss of it|cause a fuss|be a bother|be a burden|be any bother|be any trouble|bother anyone|bother anybody|bother people)",
        // "I don't want to moan, but …" opens a complaint; "I can't complain" is content.
        "i (do n't|don't|dont|do not) like to (complain|moan|grumble)",
        "(i 'm|im|i am) not (one|the type|the sort) to (complain|moan|grumble|make a fuss)",
        "(must n't|mustn't|mustnt) grumble",
      ]),
    // Someone they love carrying it alone: "my dad's basically handling it all on his own";
    // "she's doing it on her own now" may be pride, and is left alone.
    FeltFeeling(
      feeling: "worried", said: "it's a lot for {them} to carry alone",
      effects: [
        "(he|she|my _|our _|me _) ('s|is|has been|'s been|was)? (basically|pretty much|kind of|kinda|just|still)? (fighting|dealing with|coping with|handling|carrying|juggling|facing) (it|this|that|everything|all of it|it all|the lot) (all)? (on (her|his) own|alone|by (herself|himself)|single-handed|single handed)"
      ],
      saidAlone: "it's a lot to carry alone",
      asked: ["How are things for {them} now?"]),
    // Someone who did things for them: "Anne always did the driving", "he did all the forms".
    FeltFeeling(
      feeling: "on your own", said: "you used to rely on {them} for that",
      effects: [
        "(he|she|_) always (did|used to do|took care of|looked after|handled|sorted|dealt with|did all) (the|all the|our|my)? (driving|cooking|money|bills|finances|paperwork|forms|garden|shopping|repairs|washing|cleaning|accounts|books|banking|phoning|talking|computer|computers|car|appointments)"
      ],
      saidAlone: "you used to have someone for that",
      asked: ["How have you been managing with it?"]),
  ]

  /// "Nobody" as it is typed, in the rows on not being heard or cared about (`standings`,
  /// `seldomHeard`).
  static let nobody = "(nobody|no one|noone|no-one)"
}
