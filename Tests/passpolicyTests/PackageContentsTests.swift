import Foundation
import Testing

/// The Debian package, when one was built (`scripts/build-deb.sh`: release builds, so not in
/// every test run): its files, its conffile and its maintainer scripts, read with dpkg-deb.
/// `scripts/test-deb.sh` goes further and installs it in a throwaway copy of the system.
@Suite(.enabled(if: BuiltPackage.newest != nil, "no dist/passpolicy_*.deb: run scripts/build-deb.sh"))
struct PackageContentsTests {
    static var package: URL? { BuiltPackage.newest }

    func dpkgDeb(_ args: [String]) throws -> String {
        let r = try CLIRunner.run(args, executable: URL(fileURLWithPath: "/usr/bin/dpkg-deb"))
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func filesConffileAndMaintainerScripts() throws {
        let deb = try #require(Self.package)
        let contents = try dpkgDeb(["-c", deb.path])
        for path in ["./usr/bin/passpolicy", "./usr/sbin/passpolicyd", "./usr/lib/x86_64-linux-gnu/security/pam_passpolicy.so",
                     "./usr/share/pam-configs/passpolicy", "./usr/share/pam-configs/passpolicy-age",
                     "./etc/security/passpolicy.conf", "./etc/security/passpolicy.conf.d/",
                     "./lib/systemd/system/passpolicyd.service", "./usr/lib/sysusers.d/passpolicyd.conf",
                     "./usr/share/man/man1/passpolicy.1.gz", "./usr/share/man/man5/passpolicy.conf.5.gz",
                     "./usr/share/man/man8/pam_passpolicy.8.gz", "./usr/share/man/man8/passpolicyd.8.gz",
                     "./usr/share/bash-completion/completions/passpolicy"] {
            #expect(contents.contains(" \(path)"), "\(path)")
        }
        #expect(try dpkgDeb(["-f", deb.path, "Version"]).trimmingCharacters(in: .whitespacesAndNewlines)
                == (try CLIRunner.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let control = FileManager.default.temporaryDirectory.appendingPathComponent("passpolicy-deb-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: control) }
        _ = try dpkgDeb(["-e", deb.path, control.path])
        func read(_ name: String) throws -> String { try String(contentsOf: control.appendingPathComponent(name), encoding: .utf8) }
        #expect(try read("conffiles").split(separator: "\n").contains("/etc/security/passpolicy.conf"))
        #expect(try read("postinst").contains("pam-auth-update --package\n"))
        #expect(try read("postinst").contains("passpolicy dict build"))
        #expect(try read("prerm").contains("pam-auth-update --package --remove passpolicy passpolicy-age"))
        #expect(try read("postrm").contains("rm -rf /var/lib/passpolicy"))
        #expect(try read("control").contains("Depends: "))
    }
}

/// The newest package in dist/, if any.
enum BuiltPackage {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var newest: URL? {
        let dist = root.appendingPathComponent("dist")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dist.path)) ?? []
        return names.filter { $0.hasPrefix("passpolicy_") && $0.hasSuffix("_amd64.deb") }
            .map { dist.appendingPathComponent($0) }
            .max { a, b in
                let da = (try? a.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
                let db = (try? b.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? .distantPast
                return da < db
            }
    }
}
