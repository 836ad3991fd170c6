import ArgumentParser
import PassPolicy
import PassPolicyPlatform
#if canImport(Glibc)
import Glibc
#endif

/// `passpolicy dict build|info`: compiles the word list and shows what it holds.
struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Compile the word list of the dictionary rule, or show what it holds.",
        subcommands: [Build.self, Info.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile the Debian word lists and the config's `wordlists` into the word list file.")

        @ArgumentParser.Option(name: .long, help: "The config file (default /etc/security/passpolicy.conf).")
        var config: String?

        @ArgumentParser.Option(name: .long, help: "Where to write the word list (default: dictpath from the config).")
        var output: String?

        func run() throws {
            let settings = try DictCommand.settings(config)
            let path = output ?? settings.dictPath
            let builder = WordListBuilder()
            let results: [WordSourceResult]
            do {
                results = try WordSources.load(WordSources.standard(settings: settings), into: builder)
            } catch {
                DictCommand.fail(error.description)
            }
            for r in results {
                if let note = r.note { DictCommand.printError(note) }
            }
            DictCommand.makeParentDirectory(of: path)
            let summary: WordListBuilder.Summary
            do {
                summary = try builder.write(to: path)
            } catch {
                DictCommand.fail(error.description)
            }
            print(Messages.dictBuilt(path: path, words: summary.wordCount, bytes: summary.bytes.count))
            for r in results {
                if let added = r.added { print(Messages.dictSourceLine(name: r.source.name, entries: added)) }
            }
            // What went in, beside the word list, for `dict info` (the format holds words only).
            let manifest = WordListManifest(built: UTCTime.iso8601(Int64(time(nil))),
                                            sources: results.compactMap { r in r.added.map { (r.source.name, r.source.path, $0) } },
                                            extraLists: settings.wordLists)
            if let error = manifest.write(to: WordListManifest.path(for: path)) {
                DictCommand.printError(Messages.dictManifestNotWritten(path: WordListManifest.path(for: path), error: error.description))
            }
            for (i, (_, name)) in WordCategory.named.enumerated() {
                print(Messages.dictCategoryLine(name: name, count: summary.categoryCounts[i]))
            }
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show what the compiled word list holds.")

        @ArgumentParser.Option(name: .long, help: "The config file (default /etc/security/passpolicy.conf).")
        var config: String?

        @ArgumentParser.Option(name: .long, help: "The word list to read (default: dictpath from the config).")
        var path: String?

        func run() throws {
            let settings = try DictCommand.settings(config)
            let file = path ?? settings.dictPath
            let list: WordList
            do {
                list = try WordList.open(path: file)
            } catch {
                DictCommand.fail(error.description)
            }
            let info = list.info
            print(Messages.dictInfoHeader(path: file, version: info.version, words: info.wordCount, bytes: info.fileSize, edges: info.edgeCount))
            for (i, (_, name)) in WordCategory.named.enumerated() {
                print(Messages.dictCategoryLine(name: name, count: info.categoryCounts[i]))
            }
            switch WordListManifest.read(from: WordListManifest.path(for: file)) {
            case .some(let manifest):
                print(Messages.dictInfoBuilt(manifest.built))
                for (name, sourcePath, entries) in manifest.sources {
                    print(Messages.dictInfoSource(name: name, path: sourcePath, entries: entries))
                }
                print(manifest.extraLists.isEmpty ? Messages.dictInfoNoExtraLists
                                                  : Messages.dictInfoExtraLists(manifest.extraLists.joined(separator: ", ")))
            case .none:
                print(Messages.dictInfoNoManifest(path: WordListManifest.path(for: file)))
            }
        }
    }

    static func settings(_ config: String?) throws -> Settings {
        do {
            let settings = try Configuration.load(path: config).settings
            CLILanguage.configure(settings)
            return settings
        } catch {
            fail(error.message(CLILanguage.current))
        }
    }

    /// `text` on standard error, without the "passpolicy: " of `Terminal.error` (a note under
    /// the build's summary), in the CLI's language when it was made by `LateTranslation.english`.
    static func printError(_ text: String) {
        Terminal.write(LateTranslation.text(text, in: CLILanguage.current) + "\n", to: STDERR_FILENO)
    }

    /// Prints `text` on standard error and exits with 2 (a configuration or setup error).
    static func fail(_ text: String) -> Never {
        Terminal.error(text)
        Self.exit(withError: ExitCode(2))
    }

    /// Creates the directories above `path` (mode 0755), like `mkdir -p`.
    static func makeParentDirectory(of path: String) {
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        for part in parts {
            prefix += "/" + part
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                fail(Messages.dictDirectory(path: prefix, error: SystemError(errno: errno).description))
            }
        }
    }
}
