import Yams

/// Shared scalar rules, so the fast path and the Yams path agree byte for byte.
enum YAMLScalars {
    /// A plain (unquoted) scalar that YAML 1.1 reads as null: empty, `~`, `null`, `Null`, `NULL`.
    static func isNullPlain(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    static func isNullPlain(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        switch e - s {
        case 0: return true
        case 1: return buf[s] == 0x7E
        case 4:
            let n = buf[s], rest = (buf[s + 1], buf[s + 2], buf[s + 3])
            if n != 0x6E && n != 0x4E { return false }
            return rest == (0x75, 0x6C, 0x6C) || (n == 0x4E && rest == (0x55, 0x4C, 0x4C))
        default: return false
        }
    }
}

/// Frontmatter through Yams: the general path, for whatever the fast path refuses.
///
/// Yams composes the whole tree, expanding aliases by sharing, and recurses once per nesting
/// level. `YAMLGuard` first refuses input that could nest deeply or hash huge alias keys;
/// the conversion below then caps the values it will produce, so an alias bomb
/// (`a: &a [x,x]`, `b: &b [*a,*a]`, …) is an error after at most `maxNodes` steps.
enum YAMLFrontmatter {
    static let maxNodes = 20_000
    static let maxDepth = 100

    static func parse(_ buf: UnsafeBufferPointer<UInt8>, lines: LineTable,
                      firstLine: Int, endLine: Int) -> FrontmatterReader.Values {
        if let refusal = YAMLGuard.check(buf, lines: lines, firstLine: firstLine, endLine: endLine,
                                         maxDepth: maxDepth) {
            return .failure(refusal)
        }
        let start = lines.start(firstLine)
        let end = endLine < lines.count ? lines.start(endLine) : lines.length
        let yaml = ByteText.string(buf, start, end)
        // YAML line 1 is file line firstLine + 1.
        let lineOffset = firstLine
        let lastLine = endLine // the closing delimiter's 1-based line is endLine + 1
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (line, message) = describe(error)
            return .failure(FrontmatterError(line: min(max(line + lineOffset, firstLine + 1), lastLine + 1),
                                             message: message))
        } catch {
            return .failure(FrontmatterError(line: firstLine + 1, message: "invalid YAML"))
        }
        guard let node else { return .success([:], []) } // empty, or only comments
        guard case .mapping(let mapping) = node else {
            return .failure(FrontmatterError(line: (node.mark?.line ?? 1) + lineOffset,
                                             message: "frontmatter is not a mapping of properties"))
        }
        var converter = Converter(lineOffset: lineOffset)
        var properties: [String: FrontmatterValue] = [:]
        for (key, value) in mapping {
            guard case .scalar(let k) = key else { continue } // a list as a key: no property name
            do {
                properties[k.string] = try converter.convert(value, depth: 1)
            } catch {
                return .failure(FrontmatterError(line: error.line, message: error.message))
            }
        }
        return .success(properties, converter.links)
    }

    /// One readable line and the YAML line of a Yams error.
    static func describe(_ error: YamlError) -> (Int, String) {
        func text(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context, !context.text.isEmpty else { return "invalid YAML: \(problem)" }
            return "invalid YAML: \(problem) (\(context.text))"
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return (mark.line, text(context, problem))
        case let .reader(problem, offset, _, yaml):
            var line = 1
            if let offset {
                line += yaml.prefix(offset).reduce(0) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
            }
            return (line, "invalid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().joined(separator: ", ")
            return (context.mark.line, "duplicate key in frontmatter: \(keys)")
        default:
            return (1, "invalid YAML: \(error)")
        }
    }

    struct Refusal: Error {
        var line: Int
        var message: String
    }

    /// Node → `FrontmatterValue`, collecting frontmatter links, within node and depth caps.
    struct Converter {
        let lineOffset: Int
        var nodes = 0
        var links: [LinkReference] = []

        init(lineOffset: Int) { self.lineOffset = lineOffset }

        mutating func convert(_ node: Node, depth: Int) throws(Refusal) -> FrontmatterValue {
            nodes += 1
            let line = (node.mark?.line ?? 1) + lineOffset
            guard nodes <= YAMLFrontmatter.maxNodes else {
                throw Refusal(line: line, message: "frontmatter expands to more than "
                              + "\(YAMLFrontmatter.maxNodes) values (alias bomb?)")
            }
            guard depth <= YAMLFrontmatter.maxDepth else {
                throw Refusal(line: line, message: "frontmatter nests deeper than "
                              + "\(YAMLFrontmatter.maxDepth) levels")
            }
            switch node {
            case .scalar(let scalar):
                // `tag.rawValue` is the tag as written ("" when none), not the resolved type.
                let tag = scalar.tag.rawValue
                if tag == Tag.Name.null.rawValue
                    || (tag.isEmpty && scalar.style == .plain
                        && YAMLScalars.isNullPlain(scalar.string)) {
                    return .null
                }
                FrontmatterLinks.collect(from: scalar.string, line: line, into: &links)
                return .scalar(scalar.string)
            case .sequence(let sequence):
                var items: [FrontmatterValue] = []
                items.reserveCapacity(sequence.count)
                for item in sequence { items.append(try convert(item, depth: depth + 1)) }
                return .list(items)
            case .mapping(let mapping):
                var map: [String: FrontmatterValue] = [:]
                for (key, value) in mapping {
                    guard case .scalar(let k) = key else { continue }
                    map[k.string] = try convert(value, depth: depth + 1)
                }
                return .map(map)
            case .alias:
                return .null // compose resolves aliases; kept for completeness
            }
        }
    }
}
