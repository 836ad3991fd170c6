import PassPolicy

/// The arguments on the module's PAM line, split into the few the module handles itself and
/// the policy keys, which go to `Configuration.apply(arguments:)` (the same table as
/// passpolicy.conf, so `minlen=12` on the line overrides the file).
struct ModuleOptions: Equatable {
    /// Check the password an earlier module put in PAM_AUTHTOK instead of asking for one.
    var useAuthtok = false
    /// `config=FILE`: the config file instead of /etc/security/passpolicy.conf.
    var configPath: String?
    /// Log each decision (rule ids, never a password) at LOG_DEBUG.
    var debug = false
    /// Every other argument, in order, for `Configuration.apply(arguments:)`.
    var policyArguments: [String] = []
    /// Where each of `policyArguments` stands on the PAM line, counted from 1 as people count
    /// them, so that an error names the argument they wrote (`PAM arguments:2`).
    var policyArgumentNumbers: [Int] = []

    init(arguments: [String]) {
        for (index, argument) in arguments.enumerated() {
            if argument == "use_authtok" {
                useAuthtok = true
            } else if argument == "debug" {
                debug = true
            } else if argument.hasPrefix("config=") {
                configPath = String(argument.dropFirst("config=".count))
            } else {
                policyArguments.append(argument)
                policyArgumentNumbers.append(index + 1)
            }
        }
    }

    /// The arguments libpam passes (`argc`, `argv`), as Strings. They are configuration, not
    /// secrets.
    init(argc: Int32, argv: UnsafeMutablePointer<UnsafePointer<CChar>?>?) {
        var arguments: [String] = []
        if let argv, argc > 0 {
            for index in 0..<Int(argc) {
                if let argument = argv[index] { arguments.append(String(cString: argument)) }
            }
        }
        self.init(arguments: arguments)
    }
}
