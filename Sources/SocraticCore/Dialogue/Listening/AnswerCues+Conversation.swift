/// The phrases in which the person speaks about the conversation itself: why they are asked,
/// doubt of themselves heard in a question, no more feelings, and what they might do next.
extension AnswerCues {
  /// Phrases in which the person asks why they are asked ("why do you ask?"): answered plainly,
  /// with what socratic asks for, before the conversation goes on.
  static let purposeQuestions: [String] = [
    "(why|how come) (do|would|are|did)? you (ask|asking|want to know|care)",
    "what (is|'s) (this|that|it) (for|about)",
    "why (does|would) (it|that|this) matter",
    "what (is|'s) the point of (all this|this conversation)",
    // "are you trying to talk me out of it?": answered with what the questions are for.
    "(are you|are u|r u|r you|you 're|you are|ur) (just)? (trying|going|gonna|out) to (talk me out of|change my mind|convince me|persuade me|argue me out of)",
    "(is this|this is|is that|is it) (meant|supposed|trying)? (to|about) (change my mind|talk me out of|changing my mind|talking me out of)",
    // "the wife put you up to this didnt she": a jab at who sent the tool, answered with what
    // the questions are for, never given back as their view.
    "(put|set|sent|send|got) (you|u) (up to|onto|on to) (this|it|that)",
    "(who|someone|somebody) (put|sent|send|set) (you|u)",
  ]

  /// Phrases in which the person hears doubt of themselves in a question ("you think I'm
  /// making it up?", "are you trying to get me to say I'm wrong"): one line of reassurance,
  /// no push.
  static let defensive: [String] = [
    "(you think|do you think|are you saying|so you think) (i 'm|i am|i) (making|lying|made|crazy|stupid|dumb|wrong|an idiot|a liar|racist|a monster)",
    "(are you|you 're|you are) trying to (get|make) me",
    "(you|are you) (calling|saying) me",
    "(you think|so you think|are you saying|you 're saying) (i|i 'm|i am)",
    "you (don't|do not) believe me",
    "(do you think|you think|am i|so you think) (i 'm|i am)? (being)? (dramatic|overreacting|unreasonable|petty|selfish|paranoid)",
  ]

  /// Phrases in which the person asks not to talk about feelings: none is named again.
  /// A singular "feeling" or "emotional" names the topic only before a word for talk about it
  /// ("the feeling stuff"): "not feeling like a failure" tells a feeling, and asks nothing.
  static let decliningFeelings: [String] = [
    "(can we|could we|let 's|lets|please)? (not|stop|skip|drop|quit) (do|doing|talking about|asking about|with|asking me about)? (the)? (feelings|emotions)",
    "(can we|could we|let 's|lets|please)? (not|stop|skip|drop|quit) (do|doing|talking about|asking about|with|asking me about)? (the)? (feeling|emotion|emotional) (stuff|thing|things|talk|questions|side|bit|bits)",
    "(enough|no more) (with)? (the)? (feelings|emotions) (stuff|thing|talk|questions)?",
    "(i|i 'd) (don't|do not|rather not) (want to|wanna)? (talk about|get into|do) (my)? (feelings|emotions)",
  ]

  /// Phrases that draw a distinction ("… isn't the same as wanting to", "but it costs more"): an
  /// answer that says it repeats and draws one adds something, and is never met as a repeat.
  static let distinctions: [String] = [
    "(isn't|is not|aren't|are not|not) (quite|really|exactly)? the same (thing)? as",
    "(doesn't|does not|don't|do not) (mean|make it)", "(different|another thing) (from|to|than)",
    "(but|except|although) _ _",
  ]

  /// Phrases that put what they said another way ("it's more like nobody noticed", "or
  /// rather"): an absolute said before is taken back, never asked about.
  static let rewordings: [String] = [
    "(it 's|it is|its|that 's|thats|it was)? more (like|that|of a)",
    "or rather",
    "(ok|okay|well)? not (literally|exactly|really) (always|never|everyone|nobody|all|none)",
  ]

  /// Phrases in which the person asks what a question means ("what do you mean by that?",
  /// "which facts?"): the question is put another way, never answered as a "why do you ask".
  static let clarificationRequests: [String] = [
    "what do you mean", "(you mean|meaning) what", "(do|did) (you|u) mean",
    "which (one|ones|part|parts|facts|reasons|thing|things|way|side|people|kind)",
  ]

  /// Openings that ask what the question meant however long the sentence they open ("what do
  /// you mean a limit on where they go"): the words after them are the question's, given back.
  static let clarificationOpeners: [String] = [
    "(what|wat|wot) (do|did) (you|u|ya) mean", "wdym",
  ]

  /// Phrases in which the person hears that they are not believed: only then does the
  /// reassurance say "I believe you".
  static let disbelieved: [String] = [
    "(you think|do you think|so you think|are you saying) (i 'm|i am|i) (making|lying|made)",
    "you (don't|do not) believe me", "(calling|call) me a liar",
  ]

  /// Phrases that announce a plan to come ("here's what I'm gonna do:"): the plan is what
  /// follows, and the announcement is never given back by itself.
  static let planIntroducers: [String] = [
    "(here 's|heres|here is) (what|the plan|my plan)", "(my|the) plan is",
    "(this is|that 's) what (i 'm|i am|i 'll) (gonna|going to)? do",
  ]

  /// Phrases in which the person takes back what they just said ("maybe I'm jealous, no that's
  /// not it"): a feeling or insight in the same sentence is not theirs to file.
  static let denials: [String] = [
    "(no|nah|nope|wait|actually) (,)? (that 's|thats|that is|it 's|its) not (it|true|the reason|why)",
    "(that 's|thats) not it", "scratch that", "(no|nah|nope) not really",
    // "… no ok, maybe not all of them": they take back what they just said, and refine it.
    "(no|nah|nope) (,)? (ok|okay|wait|actually|hang on) (,)?", "(i|i 'll) take (that|it) back",
  ]

  /// Phrases that, closing a sentence, say what was just said was a joke ("lol jk", "i'm only
  /// kidding"): taken back, never a correction of ours nor a thing to give back ("You're
  /// jk."). Inside a sentence ("no jk, it's me who hates it") they open what is meant.
  static let jokes: [String] = [
    "(no|nah|lol|haha)? jk", "(i 'm|im|i am|i was) (just|only)? (joking|kidding)",
    "(just|only) (joking|kidding)", "(that was|it was|that 's|thats) (just|only)? a joke",
  ]

  /// Plans said without their "I'm", as people type, read only where a sentence's content
  /// starts: "gonna ring him tonight" ("gonna" reads as "going to"); "the rain's going to stop"
  /// is no plan.
  static let subjectlessPlans: [String] = ["going to (just)? \(planVerbs)"]

  /// The verbs of what a person might do next: "text", "ring", "sort out".
  static let planVerbs =
    "(text|call|ask|talk to|tell|try|start|stop|look into|look up|read|write|email|message|reach out|sit down|check|bring|go over|go see|visit|sit|watch|apologize|apologise|invite|listen|spend|help|ring|phone|book|sort out|pop round|drop in|pick up)"

  /// "I'll go" and the words that may follow it in a plan to go along.
  private static let goingAlong =
    "(i 'll|ill|i will|i 'm going to|i 'm gonna|i am going to|i am gonna) (just)? go (then|along|too|anyway|with (you|her|him|them))?"

  /// Phrases in which the person says what they might do next ("maybe I'll text her this
  /// week"): change talk, given back and taken up.
  static let plans: [String] = [
    "(i 'll|ill|i will|i might|i could|i should|i 'm going to|i 'm gonna|i am going to|i am gonna|i gotta|i need to) (just)? \(planVerbs)",
    // "ugh fine I'll go", "perhaps I will go", "I'll go along then": going along is a plan,
    // said where the clause ends; "I'll go with the blue one" is a choice, "I'll go now" a
    // goodbye and "I'll go under" what becomes of them.
    "\(goingAlong) !_",
    "\(goingAlong) (,|.|;|and|but|so)",
    // Change talk about themselves: "maybe I need to be more like the cafe", "I should
    // probably read it first".
    "(maybe|perhaps|probably)? (i should|i need to|i ought to|i gotta|i must) (probably|actually|really|just|maybe)? _",
  ]

  /// Phrases in which the person draws a line for themselves ("I'm not lending him money
  /// again", "I won't be going back, end of story"): a boundary is what they mean to do,
  /// never their view of the claim nor something they came to see.
  static let resolves: [String] = [
    "(i 'm|im|i am) (not|never) (going to|gonna) _",
    "(i won't|i wo n't|i wont|i will not|i 'll never|ill never|i will never) _",
    "(i 'm|im|i am) (not|never) #verb _{0,4} (again|anymore|any more)",
    "never again",
  ]
}
