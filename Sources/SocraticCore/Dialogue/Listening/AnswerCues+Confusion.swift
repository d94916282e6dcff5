// The cues by which an answer speaks to the listener or says it did not follow the question.
extension AnswerCues {
  /// Phrases in which the person speaks to the listener about the conversation rather than
  /// about the belief: "I just told you", "you keep asking".
  static let toListener: [String] = [
    "i (just|already)? (told|asked|showed) you",
    "you (keep|kept|just|already)? (asking|ask|asked|said|told|say)",
    "(i 'm|i am) telling you", "you ('re|are) not listening",
    "you (don't|do not) (get|understand|listen)",
    // The tool itself, and what was said before: "explain it to a terminal", "what I just said".
    "(a|this) (terminal|chatbot)",
  ]

  /// Phrases in which the person says a question confused or irked them: what they say next
  /// needs an easier or clearer question, not a reflection of the complaint.
  static let confusion: [String] =
    [
      "i don't (get|understand) (the|your|what)",
      // "i didn't get the question", "didnt understand that last one".
      "(i)? (didn't|did not) (get|understand|follow) (the|your|that) (question|last one|last question|one)",
      "(i)? (didn't|did not) (understand|follow) (you|that|it)",
      "(i don't know|idk|dunno|not sure) what (that|this|you) (means|mean|meant|has to do with|have to do with)",
      "what does (that|this) (even)? (mean|have to do with)",
      "(why|how come) (do|would|are)? you keep (asking|ask)",
      "you (already|just|keep) (asked|asking|ask)",
      "you asked (that|this|the same|basically the same|me that)",
      "(it|that) (is|'s) my view",
      "what 's the point of (asking|this|that|these)",
    ] + lostByQuestion

  /// Phrases in which the question lost them ("you've lost me there", "i don't follow"): it
  /// is owned and put again plainly, never met as a complaint.
  static let lostByQuestion: [String] = [
    "(you 've|you have|you) (totally|completely|kinda|kind of)? lost me",
    "(i 'm|i am|im) (totally|completely|a bit|kinda|kind of)? lost (now|there|here)?",
    "i (don't|do n't|do not|dont) (quite|really)? (follow|get you|see what you mean)",
    "(not|i 'm not|i am not) (really|quite)? (following|with you)",
    // "I'm not sure I follow": lost by the question, no doubt about the view.
    "(not|n't) (really|quite|too)? sure (i|if i|that i|i 'm|im) (follow|following|understand|get it|get you|get that|know what you mean)",
    "what (has|'s|does) (that|this|it) (got)? (to do|got to do) with (it|anything|this|that|me|what i said)",
    "what (are|were) you (on about|getting at|asking)",
    "(that|this) (question)? (makes|made) no sense",
    // "not sure what you're getting at", "i don't know what you're asking love".
    "(not|n't) (really|quite)? sure what (you 're|youre|you are|ur|u r|you) (getting at|asking|on about|after|driving at|saying|wanting|looking for|meaning|mean|want)",
    "(do n't|don't|dont|do not) (really|quite)? (know|understand|get|see) what (you 're|youre|you are|ur|you) (getting at|asking|on about|after|driving at|want|mean|looking for)",
    "(make|example|examples|line|difference|point) (of|between)? what",
  ]

  /// Sarcasm: a sentence that opens with one of `sarcasticOpeners` and holds one of
  /// `sarcasticMarks` says the opposite of its words ("like they know anything about kids",
  /// "as if anyone checks"), and is never given back as the person's view.
  static let sarcasticOpeners: Set<String> = ["like", "as"]

  static let sarcasticMarks: Set<String> = ["anything", "ever", "anyone", "anybody"]

  /// Sentences that, said alone, say the person did not follow: "what?", "huh?".
  static let confusedSentences: Set<String> = [
    "what", "huh", "wdym", "wut", "pardon", "sorry", "wait what", "come again", "what now",
    "what question", "meaning",
  ]
}
