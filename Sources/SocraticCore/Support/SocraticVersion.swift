/// The version of socratic, shown by `--version` and written into session logs and exports.
public enum SocraticVersion {
  /// The released version, following semantic versioning.
  public static let current = "0.1.0"
}
