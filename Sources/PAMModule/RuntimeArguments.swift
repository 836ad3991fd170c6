// Only in the module as scripts/build-module.sh builds it (static Swift runtime): not in the
// test builds, where it would replace the test runner's own CommandLine.arguments.
#if PASSPOLICY_STATIC_MODULE

/// Replaces the Swift runtime's `_swift_stdlib_getUnsafeArgvArgc` (CommandLine.cpp, behind
/// `CommandLine.arguments`) in the statically linked module. With ours defined first, the
/// linker does not take CommandLine.cpp.o from libswiftCore.a, and with it goes that file's
/// static initialiser, which reads the whole of /proc/self/maps of the host (`passwd`, `login`,
/// `sshd`) at every load to find its argv: ~0.08 ms of the module's ~0.45 ms load, more in a
/// process with many mappings. A PAM module has no business with its host's command line; the
/// module never reads `CommandLine.arguments`, and if it did it would get none.
/// If a later toolchain renames the function, the initialiser comes back (ModuleBinaryTests
/// checks that loading the module does not open /proc/self/maps); if CommandLine.cpp.o is
/// needed for another symbol, the link fails with a duplicate symbol.
@_cdecl("_swift_stdlib_getUnsafeArgvArgc")
public func passpolicyEmptyArgv(_ count: UnsafeMutablePointer<Int32>?) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    count?.pointee = 0
    return emptyArgv
}

/// A NULL-terminated argv with no arguments, allocated once and never freed.
nonisolated(unsafe) private let emptyArgv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 1)
    argv.initialize(to: nil)
    return argv
}()

#endif
