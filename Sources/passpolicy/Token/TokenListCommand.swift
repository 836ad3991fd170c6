import ArgumentParser
import PassPolicy

/// `passpolicy token list`: names, roles, when each was created and last used. Never a token.
struct TokenListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the tokens: name, role, created, last used (never the token).")

    @OptionGroup var store: TokenStoreOptions

    func run() throws {
        let opened = try store.open()
        let tokens = try CLIError.wrap { () throws(HistoryError) in try opened.tokens() }
        let rows = [Messages.tokenListHeader] + tokens.map {
            [$0.name, $0.role.rawValue, UTCTime.iso8601($0.created), $0.lastUsed.map(UTCTime.iso8601) ?? "never"]
        }
        var widths = [Int](repeating: 0, count: 4)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            let cells = row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }
            out += cells.joined(separator: "  ") + "\n"
        }
        Terminal.write(out)
    }
}
