import SocraticCore
import Testing

@Suite("TypedForms")
struct TypedFormsTests {
  @Test(
    "writes typed forms out as words",
    arguments: [
      ("i cant afford it", "I can't afford it"),
      ("im not sure anymore", "I'm not sure anymore"),
      ("Cant say i agree", "Can't say I agree"),
      ("it hurts cos we never talk", "it hurts because we never talk"),
      ("because cos she works nights", "because she works nights"),
      ("u dont get it", "you don't get it"),
      ("thats the whole point", "that's the whole point"),
      ("its not fair on the kids", "it's not fair on the kids"),
      ("they wont listen", "they won't listen"),
      ("i dunno what id do", "I don't know what I'd do"),
      ("the garden is fine", "the garden is fine"),
      ("someone's gonna get hurt", "someone's going to get hurt"),
      ("i wanna see the figures", "I want to see the figures"),
      ("Gonna be a long winter", "Going to be a long winter"),
      ("the council is gonna close it", "the council is going to close it"),
      ("nobody wanna hear it", "nobody want to hear it"),
      // After a verb a clause follows, "shed", "hed", "wed" are "she'd", "he'd", "we'd".
      ("my nan reckons shed cope fine", "my nan reckons she'd cope fine"),
      ("i knew hed come round in the end", "I knew he'd come round in the end"),
      ("i think wed miss the bus", "I think we'd miss the bus"),
      ("they knew the shed was damp", "they knew the shed was damp"),
    ])
  func written(typed: String, expected: String) {
    #expect(TypedForms.written(typed) == expected)
  }

  @Test(
    "drops chat noise and tail tags",
    arguments: [
      ("the rent is too high innit", "the rent is too high"),
      ("the bus was late again lol", "the bus was late again"),
      ("ngl the school is brilliant", "the school is brilliant"),
      ("that's a fair point, is it", "that's a fair point"),
      ("my brother never calls, right?", "my brother never calls?"),
      ("what is it", "what is it"),
      ("turn right", "turn right"),
    ])
  func cleaned(typed: String, expected: String) {
    #expect(TypedForms.cleaned(typed) == expected)
  }
}
