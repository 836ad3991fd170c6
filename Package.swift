// swift-tools-version:6.1
import PackageDescription

// The layout keeps the C libraries at the edges:
// - PassPolicy: the core (policy, config, rules, word lists). Glibc only: it is loaded into `passwd`.
// - C* system-library targets: one per C library, each called from exactly one Swift file.
// - PassPolicyPlatform: the Swift files that call those C libraries (cracklib, …).
// - PAMModule: `pam_passpolicy.so`. passpolicy: the CLI.
// - PassPolicyService: the HTTP policy service as a library (Hummingbird 2); passpolicyd runs it.
let package = Package(
    name: "passpolicy",
    products: [
        .library(name: "pam_passpolicy", type: .dynamic, targets: ["PAMModule"]),
        .executable(name: "passpolicy", targets: ["passpolicy"]),
        .executable(name: "passpolicyd", targets: ["passpolicyd"]),
        .executable(name: "history-bench", targets: ["history-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The service only: the CLI and the PAM module link none of these.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0", traits: []),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.0"),
    ],
    targets: [
        .systemLibrary(name: "CPAM", path: "Sources/CPAM"),
        .systemLibrary(name: "CCrack", path: "Sources/CCrack"),
        .systemLibrary(name: "CArgon2", path: "Sources/CArgon2", pkgConfig: "libargon2"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3"),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // libcurl, loaded with dlopen when a store is a passpolicyd URL; non-variadic wrappers.
        .target(name: "CCurlShim", path: "Sources/CCurlShim"),
        .target(name: "PassPolicy", path: "Sources/PassPolicy"),
        .target(
            name: "PassPolicyPlatform",
            dependencies: ["PassPolicy", "CCrack", "CZlib"],
            path: "Sources/PassPolicyPlatform"
        ),
        .target(
            name: "PassPolicyStore",
            dependencies: ["PassPolicy", "CArgon2", "CSQLite", "CLibPQ", "CCurlShim"],
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
        .target(
            name: "PassPolicyService",
            dependencies: [
                "PassPolicy", "PassPolicyStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            path: "Sources/PassPolicyService",
            resources: [
                .embedInCode("openapi.json"),
                .embedInCode("Page/helpdesk.html"), .embedInCode("Page/helpdesk.js"), .embedInCode("Page/helpdesk.css"),
            ]
        ),
        .executableTarget(
            name: "passpolicyd",
            dependencies: [
                "PassPolicy", "PassPolicyService",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/passpolicyd"
        ),
        .executableTarget(
            name: "history-bench",
            dependencies: ["PassPolicy", "PassPolicyStore"],
            path: "bench/history-bench"
        ),
        // Real servers and processes for the tests: PostgreSQL, spawned programs, temp dirs.
        .target(name: "PassPolicyTestSupport", path: "Tests/PassPolicyTestSupport"),
        .testTarget(
            name: "PassPolicyStoreTests",
            dependencies: ["PassPolicy", "PassPolicyStore", "PassPolicyTestSupport", "passpolicy"],
            path: "Tests/PassPolicyStoreTests"
        ),
        .testTarget(name: "PassPolicyTests", dependencies: ["PassPolicy", "PassPolicyPlatform"], path: "Tests/PassPolicyTests"),
        .testTarget(name: "PAMModuleTests", dependencies: ["PassPolicy", "PassPolicyStore", "CPAM", "PAMModule", "PassPolicyTestSupport"], path: "Tests/PAMModuleTests", exclude: ["Scripts"]),
        .testTarget(
            name: "PassPolicyServiceTests",
            dependencies: [
                "PassPolicy", "PassPolicyStore", "PassPolicyService", "PassPolicyTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            path: "Tests/PassPolicyServiceTests",
            exclude: ["Scripts"]
        ),
        .testTarget(name: "passpolicyTests", dependencies: ["PassPolicy"], path: "Tests/passpolicyTests", exclude: ["Scripts"]),
    ],
    swiftLanguageModes: [.v6]
)
