import Foundation

/// The topic packs a run of socratic uses: the built-ins, then the user folder's, then those
/// named with `--pack`, and what a session needs from them.
public struct PackLibrary: Sendable {
  /// The packs in loading order; a pack that replaced another took its place.
  public private(set) var packs: [LoadedPack]
  /// One line for each pack that replaced an earlier one with the same id, for standard error.
  public private(set) var notices: [String]
  /// Finds which packs a belief is about from their keywords.
  public let topicIndex: TopicIndex

  /// A library of exactly these packs, later ones replacing earlier ones with the same id.
  public init(_ packs: [LoadedPack]) {
    var loaded: [LoadedPack] = []
    var notices: [String] = []
    for entry in packs {
      if let index = loaded.firstIndex(where: { $0.pack.id == entry.pack.id }) {
        notices.append(
          "Note: the pack '\(entry.pack.id)' from \(entry.source.path) replaces "
            + "\(loaded[index].source.replacedPhrase).")
        loaded[index] = entry
      } else {
        loaded.append(entry)
      }
    }
    self.packs = loaded
    self.notices = notices
    topicIndex = TopicIndex(loaded.map { (id: $0.pack.id, keywords: $0.pack.keywords) })
    var termIndex: [String: [TermQuestion]] = [:]
    for entry in loaded {
      for term in entry.pack.terms {
        for question in term.questions {
          var questions = termIndex[term.term, default: []]
          // A wording two packs share is listed once, kept whole if either pack keeps it.
          if let known = questions.firstIndex(where: { $0.template == question }) {
            questions[known].isKeptWhole = questions[known].isKeptWhole || entry.keepsEveryQuestion
          } else {
            questions.append(
              TermQuestion(template: question, isKeptWhole: entry.keepsEveryQuestion))
          }
          termIndex[term.term] = questions
        }
      }
    }
    self.termIndex = termIndex
    termQuestions = termIndex.mapValues { $0.map(\.template) }
    terms = termIndex.keys.sorted()
  }

  /// A loaded word's clarifying question, and whether its pack keeps every question it has
  /// (`LoadedPack.keepsEveryQuestion`) rather than only those that fit the belief.
  private struct TermQuestion: Sendable {
    var template: QuestionTemplate
    var isKeptWhole: Bool
  }

  /// Each loaded word's clarifying questions, from every pack that lists it, in loading order:
  /// built once, so a dialogue step looks up the words it meets rather than reading every
  /// pack's terms.
  private let termIndex: [String: [TermQuestion]]

  /// The pack with this id.
  public func pack(id: String) -> LoadedPack? {
    packs.first { $0.pack.id == id }
  }

  /// The ids of the packs whose keywords occur in a text, in loading order.
  public func topics(in text: String) -> [String] {
    topicIndex.topics(in: text)
  }

  /// The packs to draw questions from for a belief about these topics: the matched packs, then
  /// the packs that are for any belief (those without keywords, like `general`).
  public func packs(forTopics topics: [String]) -> [LoadedPack] {
    let matched = topics.compactMap { pack(id: $0) }
    return matched + packs.filter { $0.pack.isForAnyBelief && !topics.contains($0.pack.id) }
  }

  /// The packs for these topics, as `packs(forTopics:)`, each with only the questions that fit
  /// the belief by their own words (`QuestionFit`): a war question is not asked of a belief
  /// about tariffs because the geopolitics pack lists "tariff". A pack for any belief, and a
  /// facilitator's `--pack`, whose author chose its questions for the group, keep them all.
  public func packs(forTopics topics: [String], fitting belief: String) -> [LoadedPack] {
    let subjects = QuestionFit.subjects(in: belief)
    return packs(forTopics: topics).map { entry in
      if entry.keepsEveryQuestion { return entry }
      var fitted = entry
      fitted.pack.questions = entry.pack.questions.filter {
        QuestionFit.fits($0.text, beliefSubjects: subjects)
      }
      return fitted
    }
  }

  /// The questions of the packs for these topics that fit the belief, with placeholders
  /// filled; `{topic}` becomes each pack's title. Questions needing a value that is not given
  /// are left out, and a wording that two packs share is asked once.
  /// - Parameters:
  ///   - belief: what the questions must fit (`QuestionFit`); the claim among the values when
  ///     not given.
  ///   - registers: the registers to ask in (`QuestionRegister`); nil for any.
  public func questions(
    forTopics topics: [String], filling values: [Placeholder: String], belief: String? = nil,
    registers: Set<QuestionRegister>? = nil
  ) -> [Question] {
    var seen: Set<String> = []
    var questions: [Question] = []
    for entry in packs(forTopics: topics, fitting: belief ?? values[.claim] ?? "") {
      var packValues = values
      packValues[.topic] = Self.topicName(entry.pack.title)
      for template in entry.pack.questions
      where registers.map({ $0.contains(template.register) }) ?? true {
        guard let question = template.filled(with: packValues), seen.insert(question.text).inserted
        else { continue }
        questions.append(question)
      }
    }
    return questions
  }

  /// One loaded word's clarifying questions, from every pack that lists it, in loading order,
  /// that fit a belief of these subjects (`QuestionFit.subjects(in:)`): "How would someone who
  /// lost still be able to call it fair?" is for a contest, not for a school's rule that seems
  /// unfair. A facilitator's `--pack` keeps all of its own.
  func termQuestions(for term: String, fitting beliefSubjects: Set<String>) -> [QuestionTemplate] {
    (termIndex[term] ?? []).compactMap { question in
      question.isKeptWhole
        || QuestionFit.fits(question.template.text, beliefSubjects: beliefSubjects)
        ? question.template : nil
    }
  }

  /// The loaded words of every pack, lowercased and sorted.
  public let terms: [String]

  /// Each loaded word's clarifying questions, from every pack that lists it, in loading order.
  public let termQuestions: [String: [QuestionTemplate]]

  /// A title as it reads inside a sentence: "Crypto" → "crypto", but "AI regulation" stays.
  static func topicName(_ title: String) -> String {
    let letters = Array(title.prefix(2))
    guard letters.count == 2, letters[0].isUppercase, letters[1].isLowercase else { return title }
    return letters[0].lowercased() + title.dropFirst()
  }
}

extension PackLibrary {
  /// The packs that ship inside socratic, read and checked when they were embedded.
  public static func builtIn() -> PackLibrary {
    PackLibrary(BuiltInPacks.all)
  }

  /// Loads the built-ins, then every `*.yaml` (or `*.yml`) file in the user folder sorted by
  /// name, then each `--pack` file in order.
  ///
  /// A pack with the id of one from an earlier level replaces it, with a line in `notices`.
  /// Two packs on the same level with one id are a problem, as is anything wrong in any file:
  /// then nothing is loaded and the error lists every problem in every file.
  /// - Parameters:
  ///   - userFolder: the folder of packs loaded on every run (`AppDirectories.packs`).
  ///   - packFiles: the files named with `--pack`, as given.
  ///   - fileSystem: where files are read.
  public static func load(
    userFolder: String, packFiles: [String],
    fileSystem: any PackFileSystem = LocalPackFileSystem()
  ) throws(PackLoadingError) -> PackLibrary {
    var sources: [PackSource] = []
    var skipped: [String] = []
    do {
      for name in try fileSystem.contentsOfFolder(atPath: userFolder)?.sorted() ?? []
      where !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) {
        let path = join(userFolder, name)
        // A named pipe or a device among the packs is not a pack: skipped, never read.
        // An error is left for reading the file to report, naming it.
        if case .success(nil) = Result(catching: { try fileSystem.sizeOfFile(atPath: path) }) {
          skipped.append(
            "Warning: skipped \(path) in the packs folder: it is not a regular file.")
          continue
        }
        sources.append(.userFolder(path: path))
      }
    } catch {
      throw .unreadable(path: userFolder, reason: PackLoadingError.reason(for: error))
    }
    var seenPaths: Set<String> = []
    for path in packFiles
    where seenPaths.insert(URL(fileURLWithPath: path).standardizedFileURL.path).inserted {
      sources.append(.packOption(path: path))
    }
    // Files are read and checked in parallel; each is independent until ids are compared.
    let outcomes = ParallelMap.map(sources) { source in
      Result { () throws(PackLoadingError) in
        PackReader.readPack(try read(source.path, fileSystem: fileSystem), path: source.path)
      }
    }
    let packs = try check(Array(zip(sources, outcomes)))
    var library = PackLibrary(BuiltInPacks.all + packs)
    library.notices = skipped + library.notices
    return library
  }

  /// Reads and checks pack files on their own, as `packs validate` does: each file's report,
  /// and a problem for every id that an earlier file in the list already used.
  public static func validate(
    _ paths: [String], fileSystem: any PackFileSystem = LocalPackFileSystem()
  ) -> [(path: String, outcome: Result<TopicPack, PackLoadingError>)] {
    var firstFileByID: [String: String] = [:]
    return paths.map { path in
      let outcome: Result<TopicPack, PackLoadingError>
      do throws(PackLoadingError) {
        let bytes = try read(path, fileSystem: fileSystem)
        switch PackReader.readPack(bytes, path: path) {
        case .failure(let invalid):
          outcome = .failure(.invalid([invalid]))
        case .success(let read):
          if let problem = duplicateIDProblem(read, path: path, firstFileByID: &firstFileByID) {
            outcome = .failure(.invalid([problem]))
          } else {
            outcome = .success(read.pack)
          }
        }
      } catch {
        outcome = .failure(error)
      }
      return (path, outcome)
    }
  }

  /// The packs of the files, or every problem of every file.
  private static func check(
    _ files: [(PackSource, Result<Result<PackReader.ReadPack, InvalidPackFile>, PackLoadingError>)]
  ) throws(PackLoadingError) -> [LoadedPack] {
    var packs: [LoadedPack] = []
    var invalid: [InvalidPackFile] = []
    var firstFileByID: [Int: [String: String]] = [:]
    for (source, outcome) in files {
      switch outcome {
      case .failure(.invalid(let files)):
        invalid += files
      case .failure(let unreadable):
        throw unreadable
      case .success(.failure(let file)):
        invalid.append(file)
      case .success(.success(let read)):
        if let problem = duplicateIDProblem(
          read, path: source.path, firstFileByID: &firstFileByID[source.level, default: [:]])
        {
          invalid.append(problem)
        } else {
          packs.append(LoadedPack(pack: read.pack, source: source))
        }
      }
    }
    guard invalid.isEmpty else { throw .invalid(invalid) }
    return packs
  }

  private static func duplicateIDProblem(
    _ read: PackReader.ReadPack, path: String, firstFileByID: inout [String: String]
  ) -> InvalidPackFile? {
    if let first = firstFileByID[read.pack.id] {
      return InvalidPackFile(
        path: path,
        problems: [
          PackProblem(
            at: read.idPosition,
            "the id '\(read.pack.id)' is already used by \(first); give each pack its own id")
        ], hasMoreProblems: false,
        source: SourceText(String(decoding: read.bytes, as: UTF8.self)))
    }
    firstFileByID[read.pack.id] = path
    return nil
  }

  /// A file's bytes, or a problem report when it is too large; read no further than the limit.
  private static func read(_ path: String, fileSystem: any PackFileSystem) throws(PackLoadingError)
    -> [UInt8]
  {
    do {
      let limit = PackReader.maximumFileSize
      if let size = try fileSystem.sizeOfFile(atPath: path), size > limit {
        throw PackLoadingError.invalid([PackReader.tooLarge(path: path, size: size)])
      }
      let bytes = try fileSystem.readFile(atPath: path, maximumBytes: limit + 1)
      if bytes.count > limit {
        throw PackLoadingError.invalid([PackReader.tooLarge(path: path, size: nil)])
      }
      return bytes
    } catch let error as PackLoadingError {
      throw error
    } catch {
      throw .unreadable(path: path, reason: PackLoadingError.reason(for: error))
    }
  }

  private static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

/// `map` spread over the processor's cores, for work items that share nothing.
enum ParallelMap {
  static func map<Item: Sendable, Output: Sendable>(
    _ items: [Item], _ transform: @Sendable (Item) -> Output
  ) -> [Output] {
    guard items.count > 1 else { return items.map(transform) }
    let results = Results<Output>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
      results.set(index, transform(items[index]))
    }
    return results.values
  }

  /// The outputs, each written once under a lock by the iteration that made it.
  private final class Results<Output: Sendable>: @unchecked Sendable {
    private var storage: [Output?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ output: Output) {
      lock.withLock { storage[index] = output }
    }

    var values: [Output] { lock.withLock { storage.map { $0! } } }
  }
}
