import ArgumentParser
import Hummingbird
import Logging
import PassPolicy
import PassPolicyService

#if canImport(Glibc)
import Glibc
#endif

/// `passpolicyd`: the policy service. Reads the same passpolicy.conf as the CLI and the PAM
/// module; `--check-config` checks it (and the word list, the TLS files and the address)
/// and exits.
@main
struct PassPolicyDaemon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passpolicyd",
        abstract: "The passpolicy HTTP service: check candidates and record changes for every system of a trust.",
        discussion: """
            Settings come from /etc/security/passpolicy.conf (or --config FILE): listen, \
            tls_certificate, tls_key, insecure_http, max_request_bytes, kdf_concurrency, kdf_wait, \
            history_checks_per_hour, request_timeout and the policy's own keys. Tokens: \
            `passpolicy token add NAME --role system|helpdesk|admin`.
            Exit status: 0 stopped cleanly (or --check-config found nothing wrong), 2 configuration error.
            """,
        version: PassPolicyVersion.string)

    @Option(name: .long, help: ArgumentHelp("The config file.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The address and port to listen on, overriding the `listen` setting.", valueName: "host:port"))
    var listen: String?

    @Flag(name: .customLong("check-config"), help: "Check the configuration, the word list and the TLS files, then exit.")
    var checkConfig = false

    func run() async throws {
        // Argon2id takes ~19 MiB a run. glibc raises its mmap threshold after such a block is
        // freed, so later runs would come from per-thread heaps and stay resident (one ~19 MiB
        // heap per thread that ever hashed); a fixed threshold keeps them mmapped and
        // returned when each run ends, so the service's memory follows kdf_concurrency.
        // (mallopt is not in Swift's Glibc module: looked up instead. M_MMAP_THRESHOLD is -3.)
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
            let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            _ = mallopt(-3, 1 << 20)
        }
        var logger = Logger(label: "passpolicyd")
        logger.logLevel = .info
        let application: any ApplicationProtocol
        do {
            let service = try PassPolicyService.PolicyService(configPath: config, listen: listen, logger: logger)
            application = try buildApplication(service)
        } catch {
            FileHandleError.write("passpolicyd: \(error.description)\n")
            throw ExitCode(2)
        }
        if checkConfig {
            FileHandleError.write("passpolicyd: the configuration is usable\n")
            return
        }
        try await application.runService()
    }
}

/// Standard error without Foundation.
enum FileHandleError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(STDERR_FILENO, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
