import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes files so that a crash or power loss leaves either the old or the new version, never a
/// mix: a temporary file in the same folder, fsync, rename over the old one, fsync the folder.
/// Files are created readable by their owner only (0600), folders 0700.
public enum AtomicFile {
  /// Writes `bytes` to `path`. When `backup` is given and `path` exists, the old version is kept
  /// there first (a hard link, so it costs no copy).
  public static func write(_ bytes: [UInt8], to path: String, backup: String? = nil) throws(STCError) {
    let folder = (path as NSString).deletingLastPathComponent
    let temporary = try writeTemporary(bytes, for: path).get()
    if let backup { keepBackup(of: path, at: backup) }
    guard rename(temporary, path) == 0 else {
      let e = errno
      unlink(temporary)
      throw failure("replace", path, e)
    }
    syncFolder(folder)
  }

  /// Writes several new files, each atomically as `write` does, on all processors, with one
  /// sync of each folder at the end instead of one per file. When any file fails, the files this
  /// call already put in place are removed again and the first failure is thrown.
  public static func writeAll(_ files: [(bytes: [UInt8], path: String)]) throws(STCError) {
    let staged = concurrentMap(files) { writeTemporary($0.bytes, for: $0.path) }
    var placed: [String] = []
    var firstFailure: STCError?
    for (file, outcome) in zip(files, staged) {
      switch outcome {
      case .success(let temporary):
        if firstFailure == nil, rename(temporary, file.path) == 0 {
          placed.append(file.path)
        } else {
          if firstFailure == nil { firstFailure = failure("replace", file.path, errno) }
          unlink(temporary)
        }
      case .failure(let error):
        if firstFailure == nil { firstFailure = error }
      }
    }
    if let firstFailure {
      for path in placed { unlink(path) }
      throw firstFailure
    }
    for folder in Set(files.map { ($0.path as NSString).deletingLastPathComponent }).sorted() { syncFolder(folder) }
  }

  /// Writes `bytes` to a new temporary file beside `path` (mode 0600) and syncs it; returns its
  /// path. A failure removes it again.
  static func writeTemporary(_ bytes: [UInt8], for path: String) -> Result<String, STCError> {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = "\(folder)/.\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return .failure(failure("create", path, errno)) }
    var ok = bytes.withUnsafeBytes { raw -> Bool in
      var offset = 0
      while offset < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return true
    }
    let writeErrno = errno
    ok = ok && fsync(fd) == 0
    let syncErrno = errno
    close(fd)
    guard ok else {
      unlink(temporary)
      return .failure(failure("write", path, writeErrno != 0 ? writeErrno : syncErrno))
    }
    return .success(temporary)
  }

  /// Creates `path` and its missing parents with mode 0700.
  public static func makeFolder(_ path: String) throws(STCError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else { throw .cannotCreate("\(path) exists and is not a folder.") }
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path { try makeFolder(parent) }
    if mkdir(path, 0o700) != 0 && errno != EEXIST { throw failure("create the folder", path, errno) }
  }

  /// How many earlier versions of each file are kept: `backup` is the newest, then `backup.2`
  /// up to `backup.5`.
  public static let backupVersions = 5

  /// The path of backup `version` (1 is the newest) of a file whose newest backup is `backup`.
  public static func backupPath(_ backup: String, version: Int) -> String {
    version <= 1 ? backup : "\(backup).\(version)"
  }

  /// Links the current version of `path` to `backup`, moving the older backups one place down
  /// (the oldest is dropped); copies where the file system cannot link. A failed backup never
  /// stops the save.
  static func keepBackup(of path: String, at backup: String) {
    guard access(path, F_OK) == 0 else { return }
    let folder = (backup as NSString).deletingLastPathComponent
    try? makeFolder(folder)
    for version in stride(from: backupVersions - 1, through: 1, by: -1) {
      let from = backupPath(backup, version: version)
      if access(from, F_OK) == 0 { rename(from, backupPath(backup, version: version + 1)) }
    }
    let staging = "\(backup).new-\(getpid())"
    unlink(staging)
    if link(path, staging) != 0 {
      guard let data = FileManager.default.contents(atPath: path) else { return }
      let fd = open(staging, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
      guard fd >= 0 else { return }
      _ = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      close(fd)
    }
    if rename(staging, backup) != 0 { unlink(staging) }
  }

  static func syncFolder(_ folder: String) {
    let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  static func failure(_ verb: String, _ path: String, _ code: Int32) -> STCError {
    let reason = String(cString: strerror(code))
    let kind: STCError.Kind = (code == EACCES || code == EROFS || code == ENOSPC || code == EDQUOT) ? .cannotCreate : .ioError
    return STCError(kind, "Could not \(verb) \(path): \(reason). Nothing was changed; check the folder’s permissions and free space.")
  }

  /// Reads a whole file, or throws a no-input error that names it.
  /// The largest file stc reads whole: far above any project file or transcript, far below
  /// what would exhaust a laptop's memory. A larger file is refused before it is read.
  public static let maximumReadSize = 512 * 1024 * 1024

  public static func read(_ path: String, limit: Int = maximumReadSize) throws(STCError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let e = errno
      if e == ENOENT { throw .noInput("\(path) does not exist.") }
      throw .noInput("\(path) cannot be read: \(String(cString: strerror(e))).")
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .ioError("\(path) cannot be read: \(String(cString: strerror(errno))).") }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .noInput("\(path) is a folder, not a file.") }
    if Int(info.st_size) > limit {
      throw .dataError(
        "\(path) is \(Int(info.st_size) / 1_048_576) MB, more than stc reads (\(limit / 1_048_576) MB): it is refused "
          + "unread. If it should be this large, it is not a file stc wrote.")
    }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var offset = 0
    while true {
      if offset == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
      let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .ioError("\(path) cannot be read: \(String(cString: strerror(errno))).")
      }
      if n == 0 { break }
      offset += n
    }
    bytes.removeSubrange(offset...)
    return bytes
  }
}
