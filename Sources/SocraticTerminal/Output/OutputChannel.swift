#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One output stream with what is known about it: whether it is a terminal, whether colour is
/// allowed, and how wide it is.
public struct OutputChannel: Sendable {
  /// Where the text goes.
  public var sink: any TextSink
  /// Whether the stream is a terminal.
  public var isTerminal: Bool
  /// Whether styles are drawn with escape sequences.
  public var usesColor: Bool
  /// The width to wrap prose at, or nil not to wrap (the stream is not a terminal).
  ///
  /// A terminal's width is read again each time, so wrapping follows a window resized while
  /// socratic runs (SIGWINCH); setting a width fixes it.
  public var width: Int? {
    get {
      switch widthSource {
      case .fixed(let width): width
      case .terminal(let descriptor, let columns):
        Self.terminalWidth(of: descriptor, columnsVariable: columns)
      }
    }
    set { widthSource = .fixed(newValue) }
  }
  private var widthSource: WidthSource

  /// Where the width comes from.
  private enum WidthSource: Sendable {
    case fixed(Int?)
    /// The terminal on a descriptor, with `COLUMNS` for when it cannot say.
    case terminal(descriptor: Int32, columnsVariable: String?)
  }

  public init(sink: any TextSink, isTerminal: Bool, usesColor: Bool, width: Int?) {
    self.sink = sink
    self.isTerminal = isTerminal
    self.usesColor = usesColor
    self.widthSource = .fixed(width)
  }

  /// A channel for a file descriptor, detecting whether it is a terminal and its width.
  public static func forDescriptor(
    _ descriptor: Int32,
    environment: [String: String],
    noColorFlag: Bool
  ) -> OutputChannel {
    let isTerminal = isatty(descriptor) == 1
    var channel = OutputChannel(
      sink: FileDescriptorSink(descriptor: descriptor),
      isTerminal: isTerminal,
      usesColor: ColorPolicy.allowsColor(
        isTerminal: isTerminal, environment: environment, noColorFlag: noColorFlag),
      width: nil
    )
    if isTerminal {
      channel.widthSource = .terminal(
        descriptor: descriptor, columnsVariable: environment["COLUMNS"])
    }
    return channel
  }

  /// Writes text as it is.
  public func write(_ text: String) {
    sink.write(text)
  }

  /// Writes a line: the text in the style (when colour is allowed), wrapped to the width.
  public func line(_ text: String = "", style: TextStyle? = nil, indent: String = "") {
    sink.write(styled(wrapped(text, indent: indent), style) + "\n")
  }

  /// The text in the style, or as it is when colour is not allowed.
  public func styled(_ text: String, _ style: TextStyle?) -> String {
    guard usesColor, let style, !text.isEmpty else { return text }
    return style.apply(to: text)
  }

  /// The text wrapped to this channel's width, or as it is when the channel does not wrap.
  public func wrapped(_ text: String, indent: String = "") -> String {
    guard let width else { return text }
    return TextWrapper.wrap(text, width: width, indent: indent)
  }

  private static func terminalWidth(of descriptor: Int32, columnsVariable: String?) -> Int {
    var size = winsize()
    if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return min(Int(size.ws_col), TextWrapper.maximumWidth)
    }
    if let columns = columnsVariable.flatMap(Int.init), columns > 0 {
      return min(columns, TextWrapper.maximumWidth)
    }
    return 80
  }
}

/// Standard output and standard error, as a command sees them.
public struct Console: Sendable {
  /// Product output: questions, transcripts, JSON.
  public var out: OutputChannel
  /// Prompts in piped mode, warnings and errors.
  public var err: OutputChannel

  public init(out: OutputChannel, err: OutputChannel) {
    self.out = out
    self.err = err
  }

  /// The process's own standard output and standard error.
  public static func standard(environment: [String: String], noColorFlag: Bool) -> Console {
    Console(
      out: .forDescriptor(STDOUT_FILENO, environment: environment, noColorFlag: noColorFlag),
      err: .forDescriptor(STDERR_FILENO, environment: environment, noColorFlag: noColorFlag)
    )
  }
}
