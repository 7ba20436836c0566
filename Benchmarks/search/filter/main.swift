// `fzf --filter`-compatible filter for benchmarks and ad-hoc comparison with fzf.
// Built by build.sh together with KithCore's search sources (no SwiftPM target needed).
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: kith-filter QUERY < lines\n".utf8))
    exit(2)
}
let printed = try LineFilter.run(query: arguments[1])
exit(printed > 0 ? 0 : 1)
