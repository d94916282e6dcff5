/// Feelings told by what a person has stopped doing or saying: sleep lost over it, something
/// no longer opened or gone to, a subject nobody raises at home, a place they cannot go near.
/// Each is named tentatively, under the fact they told, before any question (`ImpliedFeeling`).
extension AnswerCues {
  /// Withdrawal, avoidance and silence, as feelings told by their effect, the most telling
  /// first.
  static let withdrawals: [FeltFeeling] = [
    // Sleep lost over it: "been losing sleep over it". "it keeps me up" may be a noise or a
    // baby as well as a worry: the fact is given back, never a feeling under it.
    FeltFeeling(
      feeling: "weighed down", said: "it's been weighing on you",
      effects: [
        "(losing|lost|lose|lost a lot of|losing a lot of|lose any) (sleep|so much sleep|some sleep) (over|about)"
      ],
      asked: ["What is it about this that stays with you at night?"]),
    // What they no longer open or answer: "i dont even open the letters anymore". What brings
    // bad news is avoided by not opening it at all; the daily run of messages only when they
    // say it is avoided ("even", "no longer"), for "i don't check my emails" is a habit.
    // Somewhere no longer gone to is the place of the matter ("there", "round"), not a
    // pastime with a destination of its own ("stopped going to the gym").
    FeltFeeling(
      feeling: "dreading it", said: "it's become hard to face",
      effects: [
        "i (do n't|don't|dont|do not|never|no longer|barely|hardly) (even)? (open|read|answer|check|look at|pick up) (the|my|their|any|those|his|her)? (letters|post|mail|bills|door|statements|envelopes)",
        "i ((do n't|don't|dont|do not|never|barely|hardly) even|no longer) (open|read|answer|check|look at|pick up) (the|my|their|any|those|his|her)? (emails|email|texts|calls|phone|messages)",
        "i (kind of|kinda|sort of)? (just|eventually|finally)? (stopped|quit) (going|going out|going in|going there|going round|showing up|turning up|answering|replying|picking up|opening them|opening it) !(to|for)",
        "i (can't|cannot|ca n't|cant|won't|wo n't|wont) (even)? (drive|walk|go) (past|by|near) (it|there|the _|that _)",
      ],
      asked: ["What happens for you when you think about facing it?"]),
    // A subject nobody raises at home: "we dont talk about it at home".
    FeltFeeling(
      feeling: "alone with it", said: "it's hard to carry when nobody talks about it",
      effects: [
        "we (kind of|kinda|sort of|just)? (do n't|don't|dont|do not|never|no longer|barely|hardly) (really|even|ever)? (talk about|speak about|bring up|mention) (it|this|that|him|her|them)",
        "we (kind of|kinda|sort of|just)? (do n't|don't|dont|do not|never|no longer|barely|hardly) (really|even|ever)? (bring|bring it|bring that|bring this) up",
        "(nobody|no one|noone|no-one) (at home|in the family|in my family|in our house)? (ever|really|even)? (talks about|speaks about|brings up|mentions) (it|this|that)",
        "(nobody|no one|noone|no-one) (at home|in the family|in my family|in our house)? (ever|really|even)? (brings|bring) (it|this|that) up",
        "(mum|mom|dad|my _|he|she|they) (just)? (changes|changed) the subject",
      ],
      asked: ["What would you want to say about it, if someone at home would listen?"]),
  ]
}
