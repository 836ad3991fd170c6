// swift-tools-version:6.0
import PackageDescription

// The layout keeps the C libraries at the edges:
// - PassPolicy: the core (policy, config, rules, word lists). Glibc only: it is loaded into `passwd`.
// - C* system-library targets: one per C library, each called from exactly one Swift file.
// - PassPolicyPlatform: the Swift files that call those C libraries (cracklib, …).
// - PAMModule: `pam_passpolicy.so`. passpolicy: the CLI.
let package = Package(
    name: "passpolicy",
    products: [
        .library(name: "pam_passpolicy", type: .dynamic, targets: ["PAMModule"]),
        .executable(name: "passpolicy", targets: ["passpolicy"]),
        .executable(name: "history-bench", targets: ["history-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CPAM", path: "Sources/CPAM"),
        .systemLibrary(name: "CCrack", path: "Sources/CCrack"),
        .systemLibrary(name: "CArgon2", path: "Sources/CArgon2", pkgConfig: "libargon2"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3"),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "PassPolicy", path: "Sources/PassPolicy"),
        .target(
            name: "PassPolicyPlatform",
            dependencies: ["PassPolicy", "CCrack", "CZlib"],
            path: "Sources/PassPolicyPlatform"
        ),
        .target(
            name: "PassPolicyStore",
            dependencies: ["PassPolicy", "CArgon2", "CSQLite", "CLibPQ"],
            path: "Sources/PassPolicyStore"
        ),
        .target(
            name: "PAMModule",
            dependencies: ["PassPolicy", "PassPolicyStore", "CPAM"],
            path: "Sources/PAMModule"
        ),
        .executableTarget(
            name: "passpolicy",
            dependencies: [
                "PassPolicy", "PassPolicyPlatform", "PassPolicyStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/passpolicy"
        ),
        .executableTarget(
            name: "history-bench",
            dependencies: ["PassPolicy", "PassPolicyStore"],
            path: "bench/history-bench"
        ),
        .testTarget(
            name: "PassPolicyStoreTests",
            dependencies: ["PassPolicy", "PassPolicyStore", "passpolicy"],
            path: "Tests/PassPolicyStoreTests"
        ),
        .testTarget(name: "PassPolicyTests", dependencies: ["PassPolicy", "PassPolicyPlatform"], path: "Tests/PassPolicyTests"),
        .testTarget(name: "PAMModuleTests", dependencies: ["PassPolicy", "PassPolicyStore", "CPAM", "PAMModule"], path: "Tests/PAMModuleTests", exclude: ["Scripts"]),
        .testTarget(name: "passpolicyTests", dependencies: ["PassPolicy"], path: "Tests/passpolicyTests"),
    ],
    swiftLanguageModes: [.v6]
)
