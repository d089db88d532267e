import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What a file on disk is, from one `stat`: which file (device and inode), its size and when it
/// last changed. stc replaces a file by renaming a new one over it, so a file that someone else
/// saved has a new stamp: a save compares stamps to learn that its files changed under it.
public struct FileStamp: Equatable, Sendable {
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

/// What other writers change in a project folder, as a session last saw it: the stamps of
/// `project.json`, the `coding` folder and each coder's folder in it, by path relative to the
/// project, and the count of saves in the save lock. A folder's stamp changes whenever a file in
/// it is saved (stc renames a new file into it), so a coding file saved, added or removed by
/// anyone shows without a look at every coding file; the count shows every save by stc even
/// when two fall within one tick of the file system's clock.
public struct FileStamps: Equatable, Sendable {
  var files: [String: FileStamp]
  var saves: UInt64
}

extension ProjectFolder {
  /// The stamps of the project's shared files and coding folders now.
  public func stamps() -> FileStamps {
    var files: [String: FileStamp] = [:]
    for relative in ["project.json", "coding"] {
      files[relative] = FileStamp(path: file(relative))
    }
    if files["coding"] != nil {
      for coder in (try? FileManager.default.contentsOfDirectory(atPath: codingFolder)) ?? [] where !coder.hasPrefix(".") {
        files["coding/" + coder] = FileStamp(path: "\(codingFolder)/\(coder)")
      }
    }
    return FileStamps(files: files, saves: SaveLock.saves(in: self))
  }

  /// What someone else saved since `known` was taken: the paths whose stamps differ, sorted;
  /// "the project" when only the count of saves shows it. Empty when nothing changed.
  public func changedOnDisk(since known: FileStamps) -> [String] {
    let now = stamps()
    let files = Set(now.files.keys).union(known.files.keys).filter { now.files[$0] != known.files[$0] }.sorted()
    return files.isEmpty && now.saves != known.saves ? ["the project"] : files
  }
}
