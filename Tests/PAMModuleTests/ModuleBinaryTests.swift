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
}
