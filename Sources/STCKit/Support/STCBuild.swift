/// Facts about this build of stc.
public enum STCBuild {
  /// The version `stc --version` prints and exports name as their origin.
  public static let version = "0.1.0"
}
