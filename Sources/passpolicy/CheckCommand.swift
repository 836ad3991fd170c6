import ArgumentParser
import PassPolicy
import PassPolicyStore

/// `passpolicy check`: is this candidate password acceptable for this person?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a candidate password against the policy and list every rule it breaks.",
        discussion: """
            The candidate is read from standard input (its first line), or asked for with echo \
            off when standard input is a terminal; never from the command line.
            Exit status: 0 accepted, 1 rejected, 2 usage or configuration error.
            With --batch, every input line is a candidate and one JSON object is written per \
            line: {"line": 1, "accepted": true, "violations": []}; exit 1 if any was rejected.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var policy: PolicyOptions
    @OptionGroup var person: PersonOptions

    @Option(help: "Output format: text or json (default: text; --batch writes JSON lines).")
    var format: Format?

    @Flag(help: "Check one candidate per input line; write one JSON object per line.")
    var batch = false

    @Flag(help: ArgumentHelp("Samba's `check password script`: the password on standard input, the account in SAMBA_CPS_* variables; exit 0 accepts, the reasons go to syslog."))
    var samba = false

    @Option(help: ArgumentHelp("The system the password is for, in the shared history (default: the `system` setting, else the host name).",
                               valueName: "name"))
    var system: String?

    @Option(help: ArgumentHelp("The history store, overriding the `store` setting (default: /var/lib/passpolicy/history.db): an absolute SQLite file path, a postgresql:// URL or the https:// URL of a passpolicyd.",
                               valueName: "path|url"))
    var store: String?

    func validate() throws {
        if samba && (batch || format != nil || person.user != nil || person.fullName != nil) {
            throw ValidationError("--samba takes the account from Samba's environment; it cannot be used with --batch, --format, --user or --full-name.")
        }
        if batch && format == .text {
            throw ValidationError("--batch writes JSON lines; --format text cannot be used with it.")
        }
    }

    func run() throws {
        if samba { return try runForSamba() }
        let configuration = try policy.loadConfiguration()
        if let user = person.user, person.fullName == nil, UserAccount.lookup(user) == nil {
            Terminal.error(Messages.checkUnknownUser(user))
        }
        let wordList = try policy.loadWordList(configuration.settings)
        let checker = PolicyChecker(settings: configuration.settings, wordList: wordList)
        let context = person.context(configuration.settings)
        let tokens = PersonalTokens(context: context, settings: configuration.settings)
        let check = CandidateCheck(settings: configuration.settings, checker: checker, tokens: tokens,
                                   user: person.user, system: system, store: store)
        let reader = LineReader()
        defer { reader.wipe() }

        if batch {
            let anyRejected = try BatchWriter.run(check, reader: reader)
            if anyRejected { throw ExitCode(1) }
            return
        }

        var verdict: Verdict? = nil
        var historyFailure: CLIError? = nil
        let body: (UnsafeBufferPointer<UInt8>) -> Void = { password in
            do throws(CLIError) {
                verdict = try check.verdict(password)
            } catch {
                historyFailure = error
            }
        }
        let gotLine = Terminal.stdinIsTerminal
            ? HiddenPrompt.read(prompt: Self.prompt(context.language), into: reader, body)
            : reader.nextLine(body)
        if let error = reader.readError { throw CLIError.message(Messages.noPasswordGiven(error.description)) }
        if !gotLine {
            // No input at all: judge the empty password, so the answer is still a verdict.
            verdict = [UInt8]().withUnsafeBufferPointer { checker.check($0, tokens: tokens) }
        }
        if let historyFailure { throw historyFailure }
        guard let verdict else { throw ExitCode(2) }
        Terminal.write(format == .json ? Self.json(verdict) : Self.text(verdict, context.language))
        if !verdict.accepted { throw ExitCode(1) }
    }

    /// `--samba`: nothing on standard output; exit 0 accepts, 1 refuses, 2 cannot check (Samba
    /// refuses on anything but 0, so every failure fails closed), each logged to syslog.
    private func runForSamba() throws {
        let (user, context) = SambaCheck.context()
        let verdict: Verdict
        do {
            let configuration = try policy.loadConfiguration()
            let checker = PolicyChecker(settings: configuration.settings, wordList: try policy.loadWordList(configuration.settings))
            let check = CandidateCheck(settings: configuration.settings, checker: checker,
                                       tokens: PersonalTokens(context: context, settings: configuration.settings),
                                       user: user, system: system, store: store)
            let reader = LineReader()
            defer { reader.wipe() }
            var judged: Verdict?
            var failure: CLIError?
            let gotInput = reader.nextLine { password in
                do throws(CLIError) { judged = try check.verdict(password) } catch { failure = error }
            }
            if let failure { throw failure }
            guard gotInput, let judged else { throw CLIError.message(Messages.historyNoPassword) }
            verdict = judged
        } catch let error as CLIError {
            SambaCheck.logError(error.description)
            throw error
        }
        SambaCheck.log(verdict, user: user)
        if !verdict.accepted { throw ExitCode(1) }
    }

    static func json(_ verdict: Verdict) -> String {
        String(decoding: VerdictJSON.verdict(verdict), as: UTF8.self)
    }

    static func prompt(_ l: Language) -> String {
        // TRANSLATORS: `passpolicy check` at a terminal, asking for the password (not shown as typed).
        l.tr("Password to check: ")
    }

    /// The verdict for people: the rule ids stay as they are (English) in every language.
    static func text(_ verdict: Verdict, _ l: Language = .english) -> String {
        if verdict.accepted {
            // TRANSLATORS: `passpolicy check`, the verdict; scripts use --format json, people read this.
            return l.tr("ACCEPTED: the password meets every rule of the policy.") + "\n"
        }
        let n = verdict.violations.count
        // TRANSLATORS: `passpolicy check`, the verdict; a list of "  - rule-id: message" lines follows.
        var out = l.trn("REJECTED: the password breaks {count} rule of the policy:",
                        "REJECTED: the password breaks {count} rules of the policy:", n, ["count": n]) + "\n"
        for v in verdict.violations {
            out += "  - \(v.rule.rawValue): \(v.message)\n"
        }
        return out
    }
}

/// Writes `--batch` results, buffering output so that hundreds of thousands of lines a second
/// are not slowed by system calls.
enum BatchWriter {
    /// Returns true when any line was rejected.
    static func run(_ check: CandidateCheck, reader: LineReader) throws(CLIError) -> Bool {
        var out: [UInt8] = []
        out.reserveCapacity(flushAt + (1 << 12))
        Terminal.enlargePipeBuffer(1)
        var line = LineOutput()
        var anyRejected = false
        var failure: CLIError? = nil
        // One verdict for every line, so that its storage is allocated once.
        var verdict = Verdict()
        var cache = JSON.ViolationCache()
        reader.forEachLine { bytes in
            line.next()
            do throws(CLIError) {
                try check.judge(bytes, into: &verdict)
            } catch {
                failure = error
                return false
            }
            if verdict.accepted {
                line.accepted.withUnsafeBufferPointer { out.append(contentsOf: $0) }
            } else {
                anyRejected = true
                line.accepted.withUnsafeBufferPointer { out.append(contentsOf: $0[..<line.numberEnd]) }
                JSON.append(raw: ", \"accepted\": false, \"violations\": ", to: &out)
                JSON.append(violations: verdict, to: &out, cache: &cache)
                JSON.append(raw: "}\n", to: &out)
            }
            if out.count >= flushAt { flush(&out) }
            return true
        }
        flush(&out)
        if let failure { throw failure }
        if let error = reader.readError { throw .message(Messages.noPasswordGiven(error.description)) }
        return anyRejected
    }

    /// Output is written in blocks of about this size: fewer, larger writes, each of which a
    /// pipe enlarged by `Terminal.enlargePipeBuffer` takes whole.
    private static let flushAt = 1 << 18

    private static func flush(_ out: inout [UInt8]) {
        out.withUnsafeBytes { Terminal.writeAll(1, $0) }
        out.removeAll(keepingCapacity: true)
    }
}

/// The batch's output line for an accepted line N, kept with N counted up in place as ASCII
/// digits (cheaper than formatting an integer for every line); a rejected line's output starts
/// with the same `{"line": N`.
struct LineOutput {
    private static let head = "{\"line\": "
    /// `{"line": N, "accepted": true, "violations": []}` and a newline.
    private(set) var accepted = Array("\(head)0, \"accepted\": true, \"violations\": []}\n".utf8)
    /// Where N ends in `accepted`.
    private(set) var numberEnd = head.utf8.count + 1

    /// Moves on to the next line number.
    mutating func next() {
        let firstDigit = Self.head.utf8.count
        var i = numberEnd - 1
        while i >= firstDigit {
            if accepted[i] < 0x39 {
                accepted[i] += 1
                return
            }
            accepted[i] = 0x30
            i -= 1
        }
        accepted.insert(0x31, at: firstDigit)
        numberEnd += 1
    }
}
