import Foundation
import Testing

/// The built module is what setuid `passwd` can load: no Swift runtime from the toolchain,
/// only the PAM entry points exported.
@Suite("pam_passpolicy.so as built")
struct ModuleBinaryTests {
    @Test("exports only pam_sm_* symbols")
    func exportsOnlyEntryPoints() throws {
        let module = try ModuleLocation.module()
        let nm = try #require(ProcessRunner.which("nm"), "nm (Debian binutils) is needed")
        let result = try ProcessRunner.run(nm, ["-D", "--extern-only", "--defined-only", module])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(names.sorted() == ["pam_sm_acct_mgmt", "pam_sm_chauthtok"])
    }

    @Test("needs no libswift* at run time and has no RUNPATH")
    func selfContained() throws {
        let module = try ModuleLocation.module()
        let ldd = try #require(ProcessRunner.which("ldd"))
        let result = try ProcessRunner.run(ldd, [module])
        #expect(result.status == 0)
        #expect(result.stdout.contains("libpam.so"))
        #expect(!result.stdout.contains("libswift"))
        // Nor the libraries that make loading slow: libstdc++ (linked in statically) and libpq
        // with its TLS/Kerberos/LDAP dependencies (loaded only when a PostgreSQL store is used).
        #expect(!result.stdout.contains("libstdc++"))
        #expect(!result.stdout.contains("libpq"))
        // libgcc_s too (its constructor's CPU detection is slow in a VM): -static-libgcc.
        #expect(!result.stdout.contains("libgcc_s"))
        #expect(!result.stdout.contains("not found"))
        let readelf = try #require(ProcessRunner.which("readelf"), "readelf (Debian binutils) is needed")
        let dynamic = try ProcessRunner.run(readelf, ["-d", module])
        #expect(dynamic.status == 0)
        #expect(!dynamic.stdout.contains("RUNPATH") && !dynamic.stdout.contains("RPATH"))
        #expect(dynamic.stdout.contains("NODELETE"))
    }

    /// Loading the module must not load the libraries only some checks need: libsqlite3
    /// (an SQLite store), libargon2 (hashing for the history), libpq (a PostgreSQL store) and
    /// libcurl (a passpolicyd store) are opened with dlopen when first used.
    @Test("NEEDED has no libsqlite3, libargon2, libpq or libcurl")
    func lazyLibrariesAreNotNeeded() throws {
        let module = try ModuleLocation.module()
        let readelf = try #require(ProcessRunner.which("readelf"), "readelf (Debian binutils) is needed")
        let dynamic = try ProcessRunner.run(readelf, ["-d", "-W", module])
        #expect(dynamic.status == 0)
        let needed = dynamic.stdout.split(separator: "\n").filter { $0.contains("(NEEDED)") }.map(String.init)
        #expect(needed.contains { $0.contains("[libpam.so") })
        for lazy in ["libsqlite3", "libargon2", "libpq", "libcurl"] {
            #expect(!needed.contains { $0.contains("[\(lazy)") }, "\(lazy) is NEEDED: \(needed)")
        }
    }

    /// The Swift runtime's CommandLine.cpp initialiser reads the host's /proc/self/maps at every
    /// load; the module replaces the function it belongs to (RuntimeArguments.swift) so that it
    /// is not linked. Traced here as `dlopen` of the module by a fresh python3.
    @Test("loading the module does not read /proc/self/maps")
    func loadReadsNoProcMaps() throws {
        let module = try ModuleLocation.module()
        let strace = try #require(ProcessRunner.which("strace"), "strace (Debian strace) is needed")
        let python = try #require(ProcessRunner.which("python3"))
        let trace = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-load-\(getpid()).trace").path
        defer { try? FileManager.default.removeItem(atPath: trace) }
        let result = try ProcessRunner.run(strace, ["-f", "-qq", "-e", "trace=open,openat", "-o", trace, python, "-c",
                                                    "import ctypes, sys; ctypes.CDLL(sys.argv[1])", module])
        #expect(result.status == 0, "\(result.output)")
        let opened = try String(contentsOfFile: trace, encoding: .utf8)
        #expect(opened.contains(module), "strace did not see the module being opened")
        #expect(!opened.contains("/proc/self/maps"))
    }
}
