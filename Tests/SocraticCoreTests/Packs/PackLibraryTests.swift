import SocraticCore
import Testing

/// Pack files in memory; a folder lists the files under it.
struct MemoryFileSystem: PackFileSystem {
  var files: [String: String]

  func contentsOfFolder(atPath path: String) throws -> [String]? {
    let prefix = path + "/"
    let names = files.keys.filter { $0.hasPrefix(prefix) }.map {
      String($0.dropFirst(prefix.count))
    }
    return names.isEmpty ? nil : names
  }

  func sizeOfFile(atPath path: String) throws -> Int? {
    guard let text = files[path] else { throw MissingFile() }
    return text.utf8.count
  }

  func readFile(atPath path: String, maximumBytes: Int) throws -> [UInt8] {
    guard let text = files[path] else { throw MissingFile() }
    return Array(text.utf8.prefix(maximumBytes))
  }

  struct MissingFile: Error {}
}

/// A valid pack with this id, title and keywords, and one question.
func pack(_ id: String, title: String = "Title", keywords: [String] = [], question: String = "Why?")
  -> String
{
  """
  id: \(id)
  title: \(title)
  version: 1
  keywords: [\(keywords.joined(separator: ", "))]
  questions:
    - kind: meta
      text: \(question)
  terms:
    - term: hoax
      questions: [What would make it a hoax?]

  """
}

@Suite("The library of loaded packs")
struct PackLibraryTests {
  let folder = "/config/socratic/packs"

  @Test("the built-ins load first, then the user folder sorted by name, then each --pack")
  func loadingOrder() throws {
    let files = MemoryFileSystem(files: [
      folder + "/b.yaml": pack("beta"),
      folder + "/a.yaml": pack("alpha"),
      folder + "/notes.txt": "not a pack",
      folder + "/.hidden.yaml": "not: loaded",
      "./extra.yaml": pack("extra"),
    ])
    let library = try PackLibrary.load(
      userFolder: folder, packFiles: ["./extra.yaml"], fileSystem: files)
    let builtIns = PackLibrary.builtIn().packs.map(\.pack.id)
    #expect(library.packs.map(\.pack.id) == builtIns + ["alpha", "beta", "extra"])
    #expect(
      library.packs.suffix(3).map(\.source) == [
        .userFolder(path: folder + "/a.yaml"), .userFolder(path: folder + "/b.yaml"),
        .packOption(path: "./extra.yaml"),
      ])
    #expect(library.notices.isEmpty)
  }

  @Test("a later level replaces a pack with the same id, in its place, with a notice")
  func replacement() throws {
    let files = MemoryFileSystem(files: [
      folder + "/crypto.yaml": pack("crypto", title: "My crypto"),
      "mine.yaml": pack("crypto", title: "Our crypto"),
    ])
    let library = try PackLibrary.load(
      userFolder: folder, packFiles: ["mine.yaml"], fileSystem: files)
    let builtIns = PackLibrary.builtIn().packs.map(\.pack.id)
    #expect(library.packs.map(\.pack.id) == builtIns)
    #expect(library.pack(id: "crypto")?.pack.title == "Our crypto")
    #expect(library.pack(id: "crypto")?.source == .packOption(path: "mine.yaml"))
    #expect(
      library.notices == [
        "Note: the pack 'crypto' from \(folder)/crypto.yaml replaces the built-in one.",
        "Note: the pack 'crypto' from mine.yaml replaces the one from \(folder)/crypto.yaml.",
      ])
  }

  @Test("the same file named twice with --pack is loaded once")
  func sameFileTwice() throws {
    let files = MemoryFileSystem(files: ["./x.yaml": pack("x")])
    let library = try PackLibrary.load(
      userFolder: folder, packFiles: ["./x.yaml", "x.yaml", "./x.yaml"], fileSystem: files)
    #expect(library.packs.filter { $0.pack.id == "x" }.count == 1)
    #expect(library.notices.isEmpty)
  }

  @Test("two packs on one level with the same id are a problem at the second one's id")
  func duplicateIDsOnOneLevel() throws {
    let files = MemoryFileSystem(files: [
      folder + "/a.yaml": pack("same"), folder + "/b.yaml": pack("same"),
    ])
    #expect(
      throws: PackLoadingError.self,
      performing: { try PackLibrary.load(userFolder: folder, packFiles: [], fileSystem: files) })
    do {
      _ = try PackLibrary.load(userFolder: folder, packFiles: [], fileSystem: files)
    } catch {
      #expect(error.category == .badInput)
      #expect(
        error.description == """
          the topic pack \(folder)/b.yaml has 1 problem, so none of it was loaded; fix what is \
          listed here and run again:
          \(folder)/b.yaml:1:5: the id 'same' is already used by \(folder)/a.yaml; give each \
          pack its own id
          id: same
              ^
          """)
    }
  }

  @Test("an invalid pack anywhere stops loading, listing every problem of every file")
  func invalidPacks() {
    let files = MemoryFileSystem(files: [
      folder + "/a.yaml": pack("a", question: "Is it?"),
      "b.yaml": "id: b\n",
    ])
    do {
      _ = try PackLibrary.load(userFolder: folder, packFiles: ["b.yaml"], fileSystem: files)
      Issue.record("invalid packs were loaded")
    } catch {
      #expect(error.category == .badInput)
      guard case .invalid(let reports) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(reports.map(\.path) == [folder + "/a.yaml", "b.yaml"])
      #expect(reports.map(\.problems.count) == [1, 3])
      #expect(
        error.description.hasPrefix("2 topic packs have problems, so none of them was loaded"))
    }
  }

  @Test("a --pack file that cannot be read is a failure naming the file")
  func missingFile() {
    do {
      _ = try PackLibrary.load(
        userFolder: folder, packFiles: ["gone.yaml"], fileSystem: MemoryFileSystem(files: [:]))
      Issue.record("a missing pack was loaded")
    } catch {
      #expect(error.category == .failure)
      if case .unreadable(let path, _) = error { #expect(path == "gone.yaml") }
    }
  }

  @Test("a pack file over 1 MiB is refused without being read whole")
  func hugeFile() {
    let files = MemoryFileSystem(files: ["big.yaml": String(repeating: "#", count: 2 << 20)])
    do {
      _ = try PackLibrary.load(userFolder: folder, packFiles: ["big.yaml"], fileSystem: files)
      Issue.record("a huge pack was loaded")
    } catch {
      #expect(error.category == .badInput)
      #expect(
        error.description.hasSuffix(
          "big.yaml: the file is 2097152 bytes, larger than the 1 MiB (1048576 bytes) a pack "
            + "may be; split it into smaller packs"))
    }
  }

  @Test("topics come from keywords; packs without keywords serve every belief")
  func topicsAndQuestions() throws {
    let library = PackLibrary([
      LoadedPack(
        pack: TopicPack(
          id: "crypto", title: "Crypto", version: 1, keywords: ["bitcoin"],
          questions: [
            QuestionTemplate(kind: .inversion, text: "Why might it be that {inverted}?"),
            QuestionTemplate(kind: .meta, text: "Why does {topic} matter to you?"),
            QuestionTemplate(kind: .clarification, text: "What do you mean by '{term}'?"),
          ]), source: .builtIn(file: "crypto.yaml")),
      LoadedPack(
        pack: TopicPack(
          id: "general", title: "General", version: 1,
          questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")]),
        source: .builtIn(file: "general.yaml")),
      LoadedPack(
        pack: TopicPack(
          id: "ai-regulation", title: "AI regulation", version: 1, keywords: ["AI"],
          questions: [QuestionTemplate(kind: .meta, text: "Why does {topic} matter to you?")]),
        source: .builtIn(file: "ai-regulation.yaml")),
    ])
    let topics = library.topics(in: "Bitcoin's price is a bubble.")
    #expect(topics == ["crypto"])
    #expect(library.packs(forTopics: topics).map(\.pack.id) == ["crypto", "general"])
    #expect(
      library.questions(forTopics: topics, filling: [.inverted: "bitcoin is not a bubble"]) == [
        Question(kind: .inversion, text: "Why might it be that bitcoin is not a bubble?"),
        Question(kind: .meta, text: "Why does crypto matter to you?"),
        Question(kind: .meta, text: "Why does this matter to you?"),
      ])
    #expect(
      library.questions(forTopics: ["ai-regulation"], filling: [:]).map(\.text) == [
        "Why does AI regulation matter to you?", "Why does this matter to you?",
      ])
  }

  @Test("loaded terms gather every pack's clarifying questions")
  func terms() throws {
    let files = MemoryFileSystem(files: [folder + "/x.yaml": pack("x")])
    let library = try PackLibrary.load(userFolder: folder, packFiles: [], fileSystem: files)
    #expect(library.terms.contains("hoax"))
    #expect(library.termQuestions["hoax"]?.map(\.text) == ["What would make it a hoax?"])
    #expect(library.termQuestions["hoax"]?.first?.kind == .clarification)
    #expect(library.terms == library.terms.sorted())
  }

  @Test("validating files on their own flags an id an earlier file already used")
  func validateAcrossFiles() {
    let files = MemoryFileSystem(files: ["a.yaml": pack("same"), "b.yaml": pack("same")])
    let outcomes = PackLibrary.validate(["a.yaml", "b.yaml", "c.yaml"], fileSystem: files)
    #expect(outcomes.map(\.path) == ["a.yaml", "b.yaml", "c.yaml"])
    #expect((try? outcomes[0].outcome.get())?.id == "same")
    guard case .failure(.invalid(let reports)) = outcomes[1].outcome,
      case .failure(.unreadable) = outcomes[2].outcome
    else {
      Issue.record("unexpected outcomes \(outcomes)")
      return
    }
    #expect(
      reports.first?.problems.first?.message
        == "the id 'same' is already used by a.yaml; give each pack its own id")
  }
}
