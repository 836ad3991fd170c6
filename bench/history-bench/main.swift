// Times one history check and one record for a person with a long history, against the
// store named on the command line. Run by bench/history-bench.sh for both backends.
//
//     history-bench <store path|postgresql:// URL> [entries=100] [systems=5] [rounds=15]
import Glibc
import PassPolicy
import PassPolicyStore

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func fmt(_ ms: Double) -> String {
    let hundredths = Int((ms * 100).rounded())
    let frac = hundredths % 100
    return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
}

let args = CommandLine.arguments
guard args.count >= 2 else {
    print("usage: history-bench <store> [entries] [systems] [rounds]")
    exit(2)
}
let location = args[1]
let entryCount = args.count > 2 ? Int(args[2]) ?? 100 : 100
let systemCount = args.count > 3 ? Int(args[3]) ?? 5 : 5
let rounds = args.count > 4 ? Int(args[4]) ?? 15 : 15
let user = "bench-\(getpid())"
let backend = location.hasPrefix("/") ? "sqlite" : "postgresql"

do {
    let service = HistoryService(store: try HistoryStores.open(location), hasher: Argon2Hasher(), remember: 24)
    try service.forget(user: user)
    var seedTimes: [Double] = []
    for i in 0..<entryCount {
        let t0 = now()
        try service.record(password: Array("Seed-\(i)-Marmot-\(i * 31)".utf8), user: user,
                           system: "system\(i % systemCount)", at: 1_700_000_000 + Int64(i))
        seedTimes.append(now() - t0)
    }
    // A check of a new password: every compared entry is looked at, nothing matches.
    var checkTimes: [Double] = []
    for r in 0..<rounds {
        let t0 = now()
        let v = try service.violations(for: Array("Fresh-\(r)-Pelican-\(r * 13)".utf8), user: user, system: "system0")
        checkTimes.append(now() - t0)
        guard v.isEmpty else { print("unexpected violation"); exit(1) }
    }
    // A check that finds reuse (the current password of another system).
    var reuseTimes: [Double] = []
    let last = entryCount - 1
    for _ in 0..<rounds {
        let t0 = now()
        let v = try service.violations(for: Array("Seed-\(last)-Marmot-\(last * 31)".utf8), user: user, system: "elsewhere")
        reuseTimes.append(now() - t0)
        guard v.first?.rule == .reuse else { print("reuse not found"); exit(1) }
    }
    // The parts: reading the history, and one Argon2id run.
    let store = try HistoryStores.open(location)
    var readTimes: [Double] = []
    for _ in 0..<rounds {
        let t0 = now()
        _ = try store.entries(of: user)
        readTimes.append(now() - t0)
    }
    var kdfTimes: [Double] = []
    for _ in 0..<rounds {
        let t0 = now()
        _ = try Array("Autumn".utf8).withUnsafeBufferPointer { (p) throws(HistoryError) in
            try Argon2Hasher().deriveKey(from: p, salt: Array(repeating: 1, count: 16), pepper: [], parameters: .owasp)
        }
        kdfTimes.append(now() - t0)
    }
    // One record with the full history in place (each round adds one more entry).
    var recordTimes: [Double] = []
    for r in 0..<rounds {
        let t0 = now()
        try service.record(password: Array("Later-\(r)-Heron-\(r * 7)".utf8), user: user, system: "system\(r % systemCount)")
        recordTimes.append(now() - t0)
    }
    try service.forget(user: user)
    print("\(backend): history of \(entryCount) entries on \(systemCount) systems, Argon2id m=19456 KiB t=2 p=1, median of \(rounds)")
    print("  check (accepted)      \(fmt(median(checkTimes))) ms   (min \(fmt(checkTimes.min() ?? 0)))")
    print("  check (reuse found)   \(fmt(median(reuseTimes))) ms   (min \(fmt(reuseTimes.min() ?? 0)))")
    print("  record                \(fmt(median(recordTimes))) ms   (min \(fmt(recordTimes.min() ?? 0)))")
    print("  of which: read history \(fmt(median(readTimes))) ms, one Argon2id \(fmt(median(kdfTimes))) ms")
    print("  seeding \(entryCount) records: median \(fmt(median(seedTimes))) ms each")
} catch {
    print("history-bench: \(error)")
    exit(2)
}
