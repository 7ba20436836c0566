import CFuzz
import Foundation

/// Hands control to libFuzzer with `callback` as the target. SwiftPM gives each executable its
/// own `main`, so libFuzzer's is never linked; `LLVMFuzzerRunDriver` is its documented stand-in.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}
