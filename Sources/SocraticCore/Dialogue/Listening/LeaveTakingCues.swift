/// The one table of how a person takes their leave of a conversation now, read by explore (the
/// answer reader's `ReadAnswer.isLeaving` and `TurnRequest`'s stop) and by partner mode alike.
/// Leaving is read by what the words do, not by stock goodbyes:
/// - someone or something summons them ("wife's calling", "the kids are waiting for me",
///   "dinner's ready");
/// - a need to go that holds now ("I best go in", "gotta run", "I should make a move");
/// - thanks for the talk as it ends ("cheers for talking it through", "this was helpful");
/// - being worn out or done ("my head's fried", "I'm done for tonight");
/// - the hour calling time ("it's gone 11", "it's getting late", "early start tomorrow").
///
/// Patterns are `PhrasePattern`s over lowercased words, clitics apart ("wife 's"), shorthand
/// read out. A goodbye said alone ("bye", "night") is read by the answer reader's farewells.
enum LeaveTakingCues {
  static let phrases: [String] = [
    // A need to go, now: "i have to go", "i best go in", "gotta run", "we should make a move".
    "(i|i 've) (really|best|just)? (have to|gotta|got to|need to|must|should|better|best|'d better|had better|ought to) (go|run|dash|leave|shoot|head off|head out|head home|get going|get off|get back|get ready|make a move|go in|be off|be going|log off|get to bed|get some sleep)",
    // Said of "we", going or leaving is as often where a household should go, a view on the
    // matter ("i still think we need to go, but not before spring", "we should leave the
    // city"): only the phrases that mean nothing but leaving now are read so ("we should make
    // a move, it's late").
    "(we|we 've) (really|best|just)? (have to|gotta|got to|need to|must|should|better|best|'d better|had better|ought to) (make a move|get going|be off|head off|head out|head home|log off|get to bed)",
    "(gotta|got to) (go|run|dash|head out|leave|mow|sleep|study|work|get ready|get back)",
    // Got to go, talk to you later, typed short: "anyway gtg im on at 6", "ttyl".
    "(gtg|g2g|gtg2|ttyl)",
    "(i|i 've)? (really)? (have to|need to) (sleep|go to bed|get some sleep)",
    "(gotta|got to) pick (up)? (my|the|our)",
    // A chore that calls them away: "I have to start dinner", "I need to get the washing in".
    // "I'd best get the kettle on".
    "i (have to|gotta|got to|need to|must|should|better|best|'d best|'d better|had better) (start|make|cook|get|put|do|fetch|collect|pick up) (the|my|our)? (dinner|tea|supper|lunch|washing|laundry|kids|shopping|dog|kettle)",
    "i (have to|gotta|got to|need to|must) (pick up|get back to|get to) (the|my|work)",
    // Asking leave: "can I go now", "may I be excused".
    "(can|may|could) i (go|leave|be excused|get going)",
    "(have to|need to|gotta|got to) go (get|pick up|grab|fetch)",
    "(i 'm|i am|we 're|we are) (off|heading off|heading out|heading home|going in|going to head off|gonna head off|gonna head out)",
    "(i 'm|i am) (gonna|going to) (stop|head out|log off|call it)",
    // Someone or something summons them: "wife's calling", "the kids are waiting for me",
    // "my lift is here", "mum wants me".
    // A summons calls or waits for the speaker, or stands alone: "the market's calling the
    // shots" and "people are waiting for us to fail" summon no one.
    "(my|the|our|your)? _ 's (calling|shouting) (me|us)? !(the|a|an|it|him|her|them|for|out|on|about|everyone|people)",
    "(my|the|our|your)? _ ('s|is|are|'re) (calling|shouting|waiting) for (me|us) !to",
    // "mum wants us for dinner", "the boss needs me back": wanted somewhere now.
    "(my|the|our|your)? _ (wants|needs) (me|us) (for|at|back|home|in) (dinner|tea|supper|lunch|home|back|the)?",
    "(my|the|our|your)? (lift|ride|taxi|cab|bus|train|uber) ('s|is) (here|outside|waiting)",
    "(dinner|tea|supper|lunch|food|breakfast) ('s|is) (ready|on the table|up)",
    // Something starting that they are off to, after a word that closes the topic: "anyway,
    // match is on", "right, kettle's on"; "the match is on the line" is no leaving.
    "(anyway|anyways|anyhow|right|ok|okay|well|oh) (,)? (the|my)? (match|game|footy|football|rugby|cricket|film|telly|tv|kettle|show|news|derby|racing|darts|soaps|quiz) ('s|is) (on|starting|about to start) !(the|a|an|about|with|at|in|for|to)",
    // Handing the call on: "hold on, your mother wants the phone", "here's your dad".
    "(wants|needs|wants to have) (the phone|to talk to you|a word with you)",
    "(here 's|heres|here is) (your|my) (mum|mom|mother|dad|father|sister|brother|gran|grandma)",
    "(the|my) (baby|toddler|little one) ('s|is) (waking up|awake|up now|crying now)",
    "(the|my) (baby|toddler|little one) (just)? woke up",
    // The hour or the night calls time: "it's gone 10", "it's getting late", "I need my bed",
    // "early start tomorrow"; "it's gone quiet" and "it's late in the day for that" do not.
    "(it 's|its|it is) (gone|past|after|nearly|almost|way past) \(hours) (oclock|pm|am|here|now)? !(of|in|the|a|an|percent|times|years|months)",
    "(it 's|its|it is) (getting|so|really|very|pretty|too|gone|quite)? late (here|now|already|again)? !(in|for|to|on|enough|that|when|if|because|by|at|as)",
    "(i)? (need|want|'m off to|am off to|'m going to|am going to) my bed",
    "(past|gone|way past) my bedtime",
    "(an|another)? early start (tomorrow|in the morning)",
    "(i 've|i have|ive|i 've got|i have got|got) (work|school|uni|college|an early shift|a shift) (in the morning|tomorrow morning|first thing)",
    "must (dash|fly|run|love you and leave you|be off|go now)",
    // Done or worn out: "i'm done for tonight", "my head's fried".
    "(i 'm|i am) (done|spent) for (now|tonight|today)",
    "(i 'm|i am) (done|spent) (here|talking)",
    "(that 's|thats|that is) enough (for me)? (for)? (now|today|tonight|one day)",
    "(i 've|i have) got enough to think about",
    "(that 'll|that will|thatll|that 'd|thatd|that would) (do|be it) (me|us|for (now|today|tonight|me))",
    "(my)? (head|brain) ('s|is) (spinning|fried|mush|full|hurting|done)",
    "(let 's|can we) (stop|leave it) (here|there|for now)",
    // Their own stop, said where: "i think i'll stop here", "I shall leave it there", "i'm
    // gonna call it a night"; a stop put on a time is the session's, never a topic's.
    // "i'll stop there on the way home" tells of a trip.
    "i (think|reckon|guess)? (i)? ('ll|will|shall|'m going to|am going to|'m gonna|am gonna|should|'d better|'d best|might) (just)? (stop|leave it|finish) (here|there|now|at that) (for (now|today|tonight))? !(on|for|to|at|in|and|if|when|because|with|first|again|every|before|after|once|by|until|till|til)",
    "i (think|reckon|guess)? (i)? ('ll|will|shall|'m going to|am going to|'m gonna|am gonna|should|'d better|'d best|might) (just)? call it a (day|night)",
    // A stop said again: "i said i was stopping", "i told you i'm done".
    "i (said|told you|already said) (i was|i 'm|i am|i 'd|i would) (stopping|going|leaving|done|finished|off)",
    // "let's leave it" ends the talk; "let's leave it to the experts" does not.
    "(let 's|lets) leave it !(to|at|as|with|out|alone|up|open|on|in|for|there|here|be|like)",
    "(can|could) we (please)? (wrap|finish) (it|this|things)? up",
    "(let 's|lets) (wrap|finish) (it|this|things)? up",
    "/ (quit|exit|bye)",
    // Thanks for the talk as it ends: "cheers for talking it through", "this was helpful".
    "(thanks|thank you|thank u|thx|cheers|ta) (so|very)? (much|a lot|loads)? for (this|the chat|the talk|talking|chatting|listening|hearing me out|your time|the company)",
    // Wishing them the rest of the day as they go: "thanks a lot, have a good evening".
    "have a (good|nice|lovely|great) (evening|night|one) !(out|with|at|when|if|because|in|of)",
    "(thanks|thank you|thx) (that|this) (really)? (helped|was helpful|was useful)",
    "(this|that) (was|has been|'s been) (actually|really|honestly|kinda|kind of|pretty|super|so|very|quite)* (helpful|useful|fun)",
    "(good|great|nice|lovely) (chat|talk|chatting|talking)",
    "(talk|see|catch|speak) (to)? (you|ya|u)? (soon|later|tomorrow|around)",
  ]

  /// The hours of the clock, as the time is told ("it's gone 9", "nearly midnight").
  static let hours =
    "(1|2|3|4|5|6|7|8|9|10|11|12|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|half|quarter|ten past|bedtime|closing)"
}
