// swift-tools-version: 6.1
import PackageDescription

/// The sample transcripts are compiled into the binary (an installed `stc` has no repository
/// beside it), so every file in SampleTranscripts/ that the demo uses is listed here.
let sampleFiles = [
  "nb/informant1.txt", "nb/informant2.txt", "nb/informant3.txt",
  "nb/informant4.txt", "nb/informant5.txt", "nb/informant6.txt",
  "nb/fokusgruppe.txt",
  "en/interview-e1.txt", "en/interview-e2.txt",
]

let package = Package(
  name: "stc",
  products: [
    .executable(name: "stc", targets: ["stc"]),
    .library(name: "STCKit", targets: ["STCKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      path: "CNcurses",
      providers: [.apt(["libncurses-dev"])]
    ),
    .systemLibrary(
      name: "CStcZlib",
      path: "CStcZlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "STCSamples",
      path: "SampleTranscripts",
      exclude: ["README.md"],
      sources: ["SampleTranscripts.swift"],
      resources: sampleFiles.map { .embedInCode($0) }
    ),
    .target(
      name: "STCKit",
      dependencies: [
        "STCSamples", "CStcZlib",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "CryptoExtras", package: "swift-crypto"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(name: "STCTerminal", dependencies: ["STCKit"]),
    .target(name: "STCBench", dependencies: ["STCKit", "STCTerminal"]),
    .executableTarget(
      name: "stc",
      dependencies: [
        "STCKit", "STCTerminal", "STCBench", "CNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "STCKitTests",
      dependencies: [
        "STCKit",
        .product(name: "PropertyBased", package: "swift-property-based"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Golden", "FuzzCorpus"]
    ),
    .testTarget(name: "STCTerminalTests", dependencies: ["STCTerminal", "STCKit"]),
    .testTarget(
      name: "stcTests",
      dependencies: ["stc", "STCKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
  ]
)
