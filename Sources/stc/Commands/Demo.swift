import ArgumentParser
import Foundation
import STCKit

struct Demo: STCCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a copy of the demo project, to explore stc with.",
    discussion: """
      The demo holds fictional interviews about digital night-time monitoring in home care, \
      coded in part by two coders (anna and jonas), with a sorted codebook, condensates and \
      analytic texts.

      Examples:
        stc demo demo.stc
        stc demo --reset     (renews the working copy that `stc` opens)
      """)

  @Argument(help: "Where to write the demo (default: the working copy in your data folder).")
  var path: String?

  @Flag(help: "Replace an existing demo copy at that place.")
  var reset = false

  func execute() throws(STCError) {
    let target = path ?? DataFolder.demoPath
    if FileManager.default.fileExists(atPath: target) {
      guard reset else {
        throw .cannotCreate("\(target) already exists: choose another place, or give --reset to replace it.")
      }
      guard FileManager.default.fileExists(atPath: target + "/project.json") else {
        throw .cannotCreate("\(target) exists and is not an stc project: stc will not replace it.")
      }
      try? FileManager.default.removeItem(atPath: target)
    }
    let folder = try DemoProject.create(at: target)
    Console.line("Wrote the demo project to \(folder.path).")
  }
}

/// The user's data folder, where the working copy of the demo lives (never in the repository).
enum DataFolder {
  static var path: String {
    let environment = ProcessInfo.processInfo.environment
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/stc" }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/stc"
  }

  static var demoPath: String { path + "/demo.stc" }

  /// The working copy of the demo, created on first use.
  static func demo() throws(STCError) -> (folder: ProjectFolder, created: Bool) {
    if FileManager.default.fileExists(atPath: demoPath + "/project.json") {
      return (ProjectFolder(path: demoPath), false)
    }
    try AtomicFile.makeFolder(path)
    return (try DemoProject.create(at: demoPath), true)
  }
}
