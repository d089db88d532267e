/// The sample transcripts, compiled into the binary so that an installed `stc` can build its demo
/// project without the repository beside it. The texts are fictional, written for stc.
public enum SampleTranscripts {
  /// A sample file: its name as a user would import it, and its bytes.
  public struct File: Sendable {
    public let name: String
    public let bytes: [UInt8]
  }

  /// The six Norwegian individual interviews, the focus group, and the two English interviews.
  public static let all: [File] = [
    File(name: "informant1.txt", bytes: PackageResources.informant1_txt),
    File(name: "informant2.txt", bytes: PackageResources.informant2_txt),
    File(name: "informant3.txt", bytes: PackageResources.informant3_txt),
    File(name: "informant4.txt", bytes: PackageResources.informant4_txt),
    File(name: "informant5.txt", bytes: PackageResources.informant5_txt),
    File(name: "informant6.txt", bytes: PackageResources.informant6_txt),
    File(name: "fokusgruppe.txt", bytes: PackageResources.fokusgruppe_txt),
    File(name: "interview-e1.txt", bytes: PackageResources.interview_e1_txt),
    File(name: "interview-e2.txt", bytes: PackageResources.interview_e2_txt),
  ]

  /// The sample named `name`, if there is one.
  public static func file(named name: String) -> File? { all.first { $0.name == name } }
}
