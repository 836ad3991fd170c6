import Testing
import PassPolicy
import PassPolicyStore

/// The history's building blocks: hash functions against published vectors, encodings,
/// the skeleton, which entries are compared, and the URL redaction.
@Suite struct CoreHistoryTests {
    func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    @Test func sha256MatchesFIPSVectors() {
        #expect(hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func hmacMatchesRFC4231() {
        #expect(hex(HMACSHA256.mac(key: Array("Jefe".utf8), Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(hex(HMACSHA256.mac(key: [UInt8](repeating: 0xaa, count: 131),
                                   Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    /// The argon2 reference implementation's own test vector for Argon2id v1.3.
    @Test func argon2idMatchesReferenceVector() throws {
        let out = try Array("password".utf8).withUnsafeBufferPointer {
            try Argon2Hasher.hash(password: $0, salt: Array("somesalt".utf8), secret: [],
                                  parameters: KDFParameters(memoryKiB: 65536, iterations: 2, parallelism: 1), length: 32)
        }
        #expect(hex(out) == "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7")
        #expect(throws: Argon2Error.saltTooShort) {
            try Array("pw".utf8).withUnsafeBufferPointer {
                try Argon2Hasher.hash(password: $0, salt: [1, 2], secret: [], parameters: .owasp, length: 32)
            }
        }
    }

    @Test func base64AndPHCRoundTrip() {
        for n in 0..<10 {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }
            #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        }
        #expect(Base64.encode(Array("somesalt".utf8)) == "c29tZXNhbHQ")
        #expect(Base64.decode("c29tZXNhbHQ=") == nil)
        let phc = PHCString(parameters: .owasp, salt: Array("somesalt".utf8), hash: [UInt8](repeating: 7, count: 32))
        #expect(phc.encoded.hasPrefix("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$"))
        #expect(PHCString(parsing: phc.encoded) == phc)
        #expect(PHCString(parsing: "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$AAAAAAAAAAAAAAAAAAAAAA") == nil)
        #expect(PHCString(parsing: "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$AAAAAAAAAAAAAAAAAAAAAA") == nil)
        #expect(PHCString(parsing: "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$AAAAAAAAAAAAAAAAAAAAAA") != nil)
    }

    func skeleton(_ password: String) -> String {
        let text = PasswordText()
        Array(password.utf8).withUnsafeBufferPointer { text.load($0, cap: 256) }
        var out: [UInt8] = []
        Skeleton.write(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func skeletonDropsDecorationAndCase() {
        #expect(skeleton("Autumn2024!") == "autumn")
        #expect(skeleton("autumn2025?") == "autumn")
        #expect(skeleton("!!AUTUMN") == "autumn")
        #expect(skeleton("P@ssw0rd1") == "password")
        #expect(skeleton("Correct Horse 9") == "correct horse")
        #expect(skeleton("Éclair-99") == "éclair")
        // Too little core: the whole password, folded, without look-alike reading.
        #expect(skeleton("12345678") == "12345678")
        #expect(skeleton("Ab123456") == "ab123456")
    }

    @Test func comparedEntriesAreSameSystemWindowAndOtherSystemsCurrent() {
        let entries = [("A", 1), ("B", 2), ("A", 3), ("B", 4), ("A", 5), ("C", 6)].map {
            HistoryEntry(system: $0.0, time: Int64($0.1), exactHash: "", similarHash: "")
        }
        let compared = HistoryRules.comparedEntries(entries, system: "A", remember: 2).map(\.time)
        #expect(compared == [3, 5, 4, 6])
        #expect(HistoryRules.comparedEntries(entries, system: "A", remember: 0).map(\.time) == [4, 6])
        #expect(HistoryRules.comparedEntries(entries, system: "D", remember: 24).map(\.time) == [5, 4, 6])
    }

    /// The rule logic on the in-memory store, with the real Argon2 counted.
    @Test func inMemoryRulesAndKDFCount() throws {
        let hasher = CountingHasher()
        let service = HistoryService(store: InMemoryHistoryStore(), hasher: hasher, remember: 2)
        try service.record("Spring2023#", user: "g", system: "A", at: 1)
        try service.record("Lantern-Moss-4", user: "g", system: "A", at: 2)
        try service.record("Quiver-Fjord-6", user: "g", system: "A", at: 3)
        #expect(hasher.calls == 3)
        #expect(try service.rules("Spring2024#", user: "g", system: "A") == [])  // out of the window of 2
        #expect(try service.rules("lantern-moss-5", user: "g", system: "A") == [.similar])
        #expect(try service.rules("Quiver-Fjord-6", user: "g", system: "B") == [.reuse])
        #expect(hasher.calls == 6)
        let v = try service.violations(for: Array("Quiver-Fjord-6".utf8), user: "g", system: "B")
        #expect(v.first?.message.contains("(A)") == true)
    }

    @Test func urlsAreRedacted() {
        #expect(StoreLocation.redacted("postgresql://school:p%40ss@db.example:5432/pp?sslmode=require&password=x2")
                == "postgresql://school:***@db.example:5432/pp?sslmode=require&password=***")
        #expect(StoreLocation.redacted("postgres://db.example/pp") == "postgres://db.example/pp")
        #expect(StoreLocation.redacted("postgres://only-user@db/pp") == "postgres://only-user@db/pp")
        #expect(StoreLocation.redacted("/var/lib/passpolicy/history.db") == "/var/lib/passpolicy/history.db")
        #expect(throws: HistoryError.badLocation("mysql://u:***@h/db")) { _ = try HistoryStores.open("mysql://u:pw@h/db") }
    }
}

/// `synced_systems`: a password synced from the directory to Google and Microsoft 365 is one
/// password on one system, not a reuse; it is still the current password elsewhere.
@Suite struct SyncedSystemsTests {
    let synced = SyncedSystems(parsing: "ad, google, m365; vle, mis")

    @Test func parsing() throws {
        let synced = try #require(self.synced)
        #expect(synced.groups == [["ad", "google", "m365"], ["vle", "mis"]])
        #expect(synced.members(of: "google") == ["ad", "google", "m365"])
        #expect(synced.members(of: "mail") == ["mail"])
        #expect(SyncedSystems(parsing: "ad, google; google, vle") == nil)
        var configuration = Configuration()
        #expect(throws: ConfigError.self) { try configuration.apply(fileContents: Array("synced_systems = a, b; b, c\n".utf8), source: "t.conf") }
        try configuration.apply(fileContents: Array("synced_systems = ad, google, m365; vle, mis\n".utf8), source: "t.conf")
        #expect(configuration.settings.syncedSystems == synced)
    }

    /// Found by the config fuzzer: a group of one was dropped from `groups` but not from the
    /// index, so the setting did not parse back to the same value from its own rendering.
    @Test func aGroupOfOneRendersAndParsesBack() throws {
        let single = try #require(SyncedSystems(parsing: "\u{1}\u{0}\u{0}c&"))
        #expect(single == SyncedSystems())
        #expect(SyncedSystems(parsing: single.text == "none" ? "" : single.text) == single)
        var configuration = Configuration()
        try configuration.apply(fileContents: Array(" synced_systems=\u{1}\u{0}\u{0}c&".utf8), source: "fuzz")
        #expect(configuration.settings.syncedSystems == SyncedSystems())
        // A blank before a combining mark is trimmed as bytes, as in every list setting.
        let marked = try #require(SyncedSystems(parsing: "r, d,\t\u{6EC}x; a, b"))
        #expect(marked.groups == [["r", "d", "\u{6EC}x"], ["a", "b"]])
        #expect(SyncedSystems(parsing: marked.text) == marked)
    }

    @Test func syncedPasswordIsNotAReuse() throws {
        let synced = try #require(self.synced)
        let service = HistoryService(store: InMemoryHistoryStore(), hasher: Argon2Hasher(), remember: 24, synced: synced)
        try service.record("Orbit!Cactus!Fennel8", user: "p", system: "ad", at: 1)
        // The sync reaches Google: the same password there is accepted…
        #expect(try service.rules("Orbit!Cactus!Fennel8", user: "p", system: "google") == [])
        try service.record("Orbit!Cactus!Fennel8", user: "p", system: "google", at: 2)
        #expect(try service.rules("Orbit!Cactus!Fennel8", user: "p", system: "m365") == [])
        // …but on the VLE it is the current password of another system.
        #expect(try service.rules("Orbit!Cactus!Fennel8", user: "p", system: "vle") == [.reuse])
        // And once Google has it, choosing it again on Google (or AD) is a reuse.
        #expect(try service.rules("Orbit!Cactus!Fennel8", user: "p", system: "google") == [.reuse])
        #expect(try service.rules("Orbit!Cactus!Fennel8", user: "p", system: "ad") == [.reuse])
        // With remember = 0 nothing of the group itself is held against it.
        let forgetful = HistoryService(store: InMemoryHistoryStore(), hasher: Argon2Hasher(), remember: 0, synced: synced)
        try forgetful.record("Orbit!Cactus!Fennel8", user: "p", system: "ad", at: 1)
        #expect(try forgetful.rules("Orbit!Cactus!Fennel8", user: "p", system: "google") == [])
        #expect(try forgetful.rules("Orbit!Cactus!Fennel8", user: "p", system: "mis") == [.reuse])
    }

    @Test func groupsOfOtherSystemsCountOnce() {
        let synced = SyncedSystems(parsing: "vle, mis") ?? SyncedSystems()
        let entries = [("vle", 1), ("mis", 2), ("A", 3)].map {
            HistoryEntry(system: $0.0, time: Int64($0.1), exactHash: "h\($0.1)", similarHash: "")
        }
        // vle and mis are one other system: only its latest entry is compared.
        #expect(HistoryRules.comparedEntries(entries, system: "A", remember: 0, synced: synced).map(\.time) == [2])
    }
}
