import ArgumentParser
import PassPolicy

/// `passpolicy config`: which settings are in force, and where each one came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings and where each came from.",
        discussion: "Exit status 2 when the config file has an error (file, line and key are named).")

    @OptionGroup var policy: PolicyOptions

    @Flag(help: "List every key with its kind of value and what it does.")
    var keys = false

    @Flag(help: "Print a complete, commented example config file with the defaults.")
    var example = false

    func validate() throws {
        if keys && example { throw ValidationError("Use --keys or --example, not both.") }
    }

    func run() throws {
        if keys {
            for option in OptionTable.all {
                Terminal.write("\(option.name) (\(option.valueHelp)): \(option.summary)\n")
            }
            return
        }
        if example {
            Terminal.write(ExampleConfig.text)
            return
        }
        let configuration = try policy.loadConfiguration()
        let settings = configuration.settings
        Terminal.write("# Effective passpolicy settings (later wins: defaults < \(configuration.file ?? Settings.defaultConfigPath) < PAM line)\n")
        if configuration.file == nil {
            Terminal.write("# \(Settings.defaultConfigPath) does not exist: built-in defaults apply.\n")
        }
        let rows = OptionTable.all.map { option -> (String, String, String) in
            let value = option.value(in: settings)
            return (option.name, value.isEmpty ? "(none)" : value,
                    configuration.origins[option.name].map { "\($0)" } ?? "default")
        }
        // Three aligned columns: key, value, where the value came from.
        let keyWidth = rows.map { $0.0.count }.max() ?? 0
        let valueWidth = rows.map { $0.1.count }.max() ?? 0
        var out = ""
        for (key, value, origin) in rows {
            out += key + String(repeating: " ", count: keyWidth - key.count) + " = "
                + value + String(repeating: " ", count: valueWidth - value.count) + "  # " + origin + "\n"
        }
        Terminal.write(out)
    }
}

/// The documented example config, made from the option table so it cannot drift from the code.
/// `pam/passpolicy.conf` is this text; a test keeps them equal.
enum ExampleConfig {
    static var text: String {
        let defaults = Settings()
        var out = """
            # /etc/security/passpolicy.conf — passpolicy settings.
            #
            # Format: `key = value`, one per line; lines starting with # are comments.
            # Order, later wins: built-in defaults, this file (or `--config FILE`, or the PAM
            # option `config=FILE`), then options on the PAM line (`minlen=10`).
            # `passpolicy config` shows the effective settings and where each came from.
            # Every key below is shown with its default value, commented out.

            """
        for option in OptionTable.all {
            let value = option.value(in: defaults)
            out += "\n# \(option.summary)\n# (\(option.valueHelp))\n# \(option.name) = \(value.isEmpty ? "" : value)\n"
        }
        return out
    }
}
