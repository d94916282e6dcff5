import Foundation

/// Loading and checking packs from files.
extension PackLibrary {
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
  static func check(
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

  static func duplicateIDProblem(
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
  static func read(_ path: String, fileSystem: any PackFileSystem) throws(PackLoadingError)
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

  static func join(_ folder: String, _ name: String) -> String {
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
    var storage: [Output?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ output: Output) {
      lock.withLock { storage[index] = output }
    }

    var values: [Output] { lock.withLock { storage.map { $0! } } }
  }
}
