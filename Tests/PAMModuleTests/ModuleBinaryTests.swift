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

    /// The standard library's libm functions forward to a libm opened on first use
    /// (scripts/module-link/lazy_libm.c), so that libm.so.6 is not loaded with the module.
    /// A function a new toolchain adds would bring libm back into NEEDED (the real libm
    /// stays behind the forwarders AS_NEEDED): then it must be added to lazy_libm.c.
    @Test("libm is not NEEDED, and no libm function is left to the dynamic linker")
    func libmIsNotNeeded() throws {
        let module = try ModuleLocation.module()
        let readelf = try #require(ProcessRunner.which("readelf"), "readelf (Debian binutils) is needed")
        let dynamic = try ProcessRunner.run(readelf, ["-d", "-W", module])
        #expect(!dynamic.stdout.contains("[libm.so"), "add the missing functions to scripts/module-link/lazy_libm.c")
        let nm = try #require(ProcessRunner.which("nm"))
        let undefined = try ProcessRunner.run(nm, ["-D", "--undefined-only", module]).stdout
            .split(separator: "\n").compactMap { $0.split(separator: " ").last?.split(separator: "@").first.map(String.init) }
        let libm = try ProcessRunner.run(nm, ["-D", "--defined-only", "/lib/x86_64-linux-gnu/libm.so.6"]).stdout
            .split(separator: "\n").compactMap { $0.split(separator: " ").last?.split(separator: "@").first.map(String.init) }
        #expect(!libm.isEmpty)
        #expect(Set(undefined).intersection(libm).sorted() == [])
    }

    /// The forwarders give libm's answers: a C program calls them through lazy_libm.c and
    /// through libm itself, with signatures of every shape the file has.
    @Test("the lazy libm forwarders answer as libm does")
    func lazyLibmForwardersAgree() throws {
        let cc = try #require(ProcessRunner.which("cc"), "a C compiler (Debian gcc) is needed")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-lazym-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = dir.appendingPathComponent("probe.c").path
        try """
            #include <math.h>
            #include <stdio.h>
            int main(void) {
                int q = 0, sign = 0;
                double r = remquo(10.5, 3.0, &q);
                double g = lgamma_r(-2.5, &sign);
                printf("%.17g %.9g %.17Lg %.17g %.17g %.17g %d %.17g %d %.17g %.17Lg %.17g %d\\n",
                       exp(1.0), powf(2.0f, 0.5f), fmal(2.0L, 3.0L, 1.0L), fmod(7.5, 2.0), log10(1000.0),
                       r, q, g, sign, jn(2, 1.5), nanl("") != nanl("") ? 1.0L : 0.0L, round(2.5), isnan(nanf("")));
                return 0;
            }
            """.write(toFile: program, atomically: true, encoding: .utf8)
        let source = ModuleLocation.packageRoot.appendingPathComponent("scripts/module-link/lazy_libm.c").path
        let lazy = dir.appendingPathComponent("lazy").path, real = dir.appendingPathComponent("real").path
        let built = try ProcessRunner.run(cc, ["-O0", "-fno-builtin", "-o", lazy, program, source])
        #expect(built.status == 0, "\(built.output)")
        #expect(try ProcessRunner.run(cc, ["-O0", "-fno-builtin", "-o", real, program, "-lm"]).status == 0)
        // Linked without -lm, the program's math can only come from the forwarders.
        let readelf = try #require(ProcessRunner.which("readelf"))
        #expect(!(try ProcessRunner.run(readelf, ["-d", lazy]).stdout.contains("libm.so")))
        let viaForwarders = try ProcessRunner.run(lazy, [])
        let viaLibm = try ProcessRunner.run(real, [])
        #expect(viaForwarders.status == 0 && viaLibm.status == 0)
        #expect(!viaLibm.stdout.isEmpty)
        #expect(viaForwarders.stdout == viaLibm.stdout)
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
