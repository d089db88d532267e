import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What a file on disk is, from one `stat`: which file (device and inode), its size and when it
/// last changed. stc replaces a file by renaming a new one over it, so a file that someone else
/// saved has a new stamp: a save compares stamps to learn that its files changed under it.
public struct FileStamp: Equatable, Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var seconds: Int
  var nanoseconds: Int

  /// The stamp of the file at `path`; nil when there is none.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    seconds = Int(info.st_mtim.tv_sec)
    nanoseconds = Int(info.st_mtim.tv_nsec)
  }
}

/// The stamps of what other writers change in a project folder, by path relative to it:
/// `project.json`, the `coding` folder and each coder's folder in it. A folder's stamp changes
/// whenever a file in it is saved (stc renames a new file into it), so a coding file saved,
/// added or removed by anyone shows, without a look at every coding file.
public typealias FileStamps = [String: FileStamp]

extension ProjectFolder {
  /// The stamps of the project's shared files and coding folders now.
  public func stamps() -> FileStamps {
    var stamps: FileStamps = [:]
    for relative in ["project.json", "coding"] {
      stamps[relative] = FileStamp(path: file(relative))
    }
    if stamps["coding"] != nil {
      for coder in (try? FileManager.default.contentsOfDirectory(atPath: codingFolder)) ?? [] where !coder.hasPrefix(".") {
        stamps["coding/" + coder] = FileStamp(path: "\(codingFolder)/\(coder)")
      }
    }
    return stamps
  }

  /// What someone else saved since `known` was taken: the paths whose stamps differ, sorted.
  public func changedOnDisk(since known: FileStamps) -> [String] {
    let now = stamps()
    return Set(now.keys).union(known.keys).filter { now[$0] != known[$0] }.sorted()
  }
}
