/// `passpolicy due` output as bytes: JSON, CSV or an aligned table. Written by hand (no
/// Foundation) and into one buffer, so 100,000 rows take milliseconds.
public enum DueOutput {
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    /// `language`: the table's headings (the cells, CSV and JSON never change).
    public static func render(_ rows: [AccountAge], as format: Format, _ language: Language = .english) -> [UInt8] {
        switch format {
        case .json: return json(rows)
        case .csv: return csv(rows)
        case .table: return table(rows, language)
        }
    }

    /// An array of objects with the keys user, source, last_change, expires, days_left and
    /// status, and local_account when it is known (the CLI knows, from passwd; false marks
    /// people known only to the history store); dates as YYYY-MM-DD, null where there is
    /// none. One object a line.
    public static func json(_ rows: [AccountAge]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 160 + 4)
        if rows.isEmpty { out.append(contentsOf: "[]\n".utf8); return out }
        out.append(contentsOf: "[\n".utf8)
        for (i, row) in rows.enumerated() {
            out.append(contentsOf: "{\"user\":".utf8)
            JSONString.append(row.user, to: &out)
            out.append(contentsOf: ",\"source\":".utf8)
            JSONString.append(row.source, to: &out)
            out.append(contentsOf: ",\"last_change\":".utf8)
            appendJSONDate(row.lastChange, to: &out)
            out.append(contentsOf: ",\"expires\":".utf8)
            appendJSONDate(row.expires, to: &out)
            out.append(contentsOf: ",\"days_left\":".utf8)
            if let d = row.daysLeft { ShadowDay.appendDecimal(d, to: &out) } else { out.append(contentsOf: "null".utf8) }
            out.append(contentsOf: ",\"status\":\"".utf8)
            out.append(contentsOf: row.status.rawValue.utf8)
            out.append(UInt8(ascii: "\""))
            if let local = row.localAccount {
                out.append(contentsOf: (local ? ",\"local_account\":true" : ",\"local_account\":false").utf8)
            }
            out.append(contentsOf: (i + 1 < rows.count ? "},\n" : "}\n").utf8)
        }
        out.append(contentsOf: "]\n".utf8)
        return out
    }

    /// RFC 4180 CSV with a header line; empty cells where JSON has null.
    public static func csv(_ rows: [AccountAge]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 70 + 64)
        let accounts = rows.contains { $0.localAccount != nil }
        out.append(contentsOf: (accounts ? "user,source,last_change,expires,days_left,status,local_account\n"
                                         : "user,source,last_change,expires,days_left,status\n").utf8)
        for row in rows {
            appendCSV(row.user, to: &out)
            out.append(UInt8(ascii: ","))
            appendCSV(row.source, to: &out)
            out.append(UInt8(ascii: ","))
            if let d = row.lastChange { _ = ShadowDay.append(d, to: &out) }
            out.append(UInt8(ascii: ","))
            if let d = row.expires { _ = ShadowDay.append(d, to: &out) }
            out.append(UInt8(ascii: ","))
            if let d = row.daysLeft { ShadowDay.appendDecimal(d, to: &out) }
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: row.status.rawValue.utf8)
            if accounts {
                out.append(UInt8(ascii: ","))
                if let local = row.localAccount { out.append(contentsOf: (local ? "true" : "false").utf8) }
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// Columns padded to their widest cell; `-` where there is no value. User names are
    /// shown with control characters as `?` so a crafted name cannot move the terminal.
    public static func table(_ rows: [AccountAge], _ l: Language = .english) -> [UInt8] {
        let accounts = rows.contains { $0.localAccount == false }
        let header = [
            // TRANSLATORS: `passpolicy due`, a column heading (capitals, short); the cells below stay as they are.
            l.tr("USER"),
            // TRANSLATORS: `passpolicy due`, a column heading: where the date came from (shadow, or a system name).
            l.tr("SOURCE"),
            // TRANSLATORS: `passpolicy due`, a column heading: the date of the last password change.
            l.tr("LAST CHANGE"),
            // TRANSLATORS: `passpolicy due`, a column heading: the date the password expires.
            l.tr("EXPIRES"),
            // TRANSLATORS: `passpolicy due`, a column heading.
            l.tr("DAYS LEFT"),
            // TRANSLATORS: `passpolicy due`, a column heading: ok, due, expired (not translated).
            l.tr("STATUS"),
        ] + (accounts ? [
            // TRANSLATORS: `passpolicy due`, a column heading: whether the person has an account on this host.
            l.tr("ACCOUNT"),
        ] : [])
        var cells: [[String]] = [header]
        cells.reserveCapacity(rows.count + 1)
        for row in rows {
            cells.append([
                Messages.printable(row.user), Messages.printable(row.source),
                row.lastChange.flatMap(ShadowDay.format) ?? "-",
                row.expires.flatMap(ShadowDay.format) ?? "-",
                row.daysLeft.map { String($0) } ?? "-",
                row.status.rawValue,
            ] + (accounts ? [row.localAccount == false ? Messages.dueStoreOnly : Messages.dueLocalAccount] : []))
        }
        var widths = [Int](repeating: 0, count: header.count)
        for line in cells {
            for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.unicodeScalars.count) }
        }
        var out: [UInt8] = []
        for line in cells {
            for (i, cell) in line.enumerated() {
                out.append(contentsOf: cell.utf8)
                if i + 1 < line.count {
                    let pad = widths[i] - cell.unicodeScalars.count + 2
                    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pad))
                }
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    static func appendJSONDate(_ day: Int?, to out: inout [UInt8]) {
        guard let day else { out.append(contentsOf: "null".utf8); return }
        out.append(UInt8(ascii: "\""))
        if !ShadowDay.append(day, to: &out) {
            out.removeLast()
            out.append(contentsOf: "null".utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A CSV cell, quoted when it holds a comma, quote, CR or LF.
    static func appendCSV(_ text: String, to out: inout [UInt8]) {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { out.append(contentsOf: text.utf8); return }
        out.append(UInt8(ascii: "\""))
        for b in text.utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }
}
