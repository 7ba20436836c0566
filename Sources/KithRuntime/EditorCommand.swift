import Foundation

/// The command line that opens a file in the user's editor: `$VISUAL`, else `$EDITOR`, else
/// `vi`. The value may carry arguments (`code -w`, `emacs -nw`), so it runs through
/// `/bin/sh -c 'exec $EDITOR "$@"'`, which splits it as a shell would without kith guessing.
public enum EditorCommand {
    /// Editors that understand a starting line, and how to say it.
    private static func lineArguments(editor: String, file: String, line: Int) -> [String]? {
        let name = URL(fileURLWithPath: editor.split(separator: " ").first.map(String.init) ?? editor)
            .lastPathComponent
        switch name {
        case "vi", "vim", "nvim", "nano", "emacs", "emacsclient", "micro", "kak", "mg", "joe", "ne":
            return ["+\(line)", file]
        case "hx", "helix", "subl", "sublime_text", "zed":
            return ["\(file):\(line)"]
        case "code", "code-insiders", "codium":
            return ["--goto", "\(file):\(line)"]
        default:
            return nil
        }
    }

    /// The editor value from the environment.
    public static func editor(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        for key in ["VISUAL", "EDITOR"] {
            if let v = environment[key]?.trimmingCharacters(in: .whitespaces), !v.isEmpty { return v }
        }
        return "vi"
    }

    /// `argv` for posix_spawn: the shell, the script, `$0` (the editor's name) and the arguments.
    public static func argv(file: String, line: Int?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [String] {
        let editor = Self.editor(environment: environment)
        let args = line.flatMap { lineArguments(editor: editor, file: file, line: $0) } ?? [file]
        return ["/bin/sh", "-c", "exec \(editor) \"$@\"", "kith-editor"] + args
    }
}
