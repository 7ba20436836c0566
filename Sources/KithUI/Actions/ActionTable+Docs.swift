/// The key reference in the README comes from the same table as key handling and the help
/// overlay (tig's way), so the docs cannot drift from what the keys do.
extension ActionTable {
    /// A Markdown table per context: keys and what they do.
    public static func markdownReference() -> String {
        var out: [String] = []
        for context in Context.allCases {
            let rows = entries.filter { $0.contexts.contains(context) }
            guard !rows.isEmpty else { continue }
            out.append("**\(context.title)**")
            out.append("")
            out.append("| keys | action |")
            out.append("| --- | --- |")
            for row in rows {
                let keys = row.keys.map { "`\(markdownEscaped($0.name))`" }.joined(separator: " ")
                out.append("| \(keys) | \(markdownEscaped(row.help)) |")
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private static func markdownEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|")
    }
}
