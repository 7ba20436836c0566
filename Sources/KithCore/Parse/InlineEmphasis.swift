/// A run of `*`, `_`, `~~` or `==` that may open or close emphasis (CommonMark's delimiter
/// runs; `~~` strike and `==` highlight as Obsidian has them).
struct Delimiter {
    var char: UInt8
    /// Where the characters not yet used by a match start, and how many are left.
    var start: Int
    var length: Int
    let originalLength: Int
    let canOpen: Bool
    let canClose: Bool
    var previous: Int
    var next: Int
}

extension InlineScanner {
    /// At `p` (`*`, `_`, `~` or `=`): records the run as a delimiter and returns its end.
    mutating func delimiterRun(_ p: Int, _ e: Int, segmentStart: Int) -> Int {
        let c = buf[p]
        var q = p
        while q < e, buf[q] == c { q += 1 }
        OperationCounter.tick(q - p)
        if (c == 0x7E || c == 0x3D) && q - p != 2 { return q }
        let (spaceBefore, punctBefore) = classify(before: p, segmentStart)
        let (spaceAfter, punctAfter) = classify(at: q, e)
        let leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore)
        let rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter)
        var canOpen = leftFlanking, canClose = rightFlanking
        if c == 0x5F {
            // `snake_case_word` has no emphasis: `_` inside a word neither opens nor closes.
            canOpen = leftFlanking && (!rightFlanking || punctBefore)
            canClose = rightFlanking && (!leftFlanking || punctAfter)
        }
        guard canOpen || canClose else { return q }
        let index = scratch.delimiters.count
        scratch.delimiters.append(Delimiter(char: c, start: p, length: q - p, originalLength: q - p,
                                            canOpen: canOpen, canClose: canClose, previous: index - 1,
                                            next: index + 1))
        return q
    }

    /// Whether the character before `p` is Unicode whitespace (a no-break space counts) or
    /// punctuation; the segment's start counts as whitespace.
    private func classify(before p: Int, _ segmentStart: Int) -> (Bool, Bool) {
        guard p > segmentStart else { return (true, false) }
        var s = p - 1
        while s > segmentStart, buf[s] & 0xC0 == 0x80, p - s < 4 { s -= 1 }
        return classify(at: s, p)
    }

    /// Whether the character at `p` is Unicode whitespace or punctuation; the end counts as
    /// whitespace.
    private func classify(at p: Int, _ e: Int) -> (Bool, Bool) {
        guard p < e else { return (true, false) }
        let b = buf[p]
        if b < 0x80 { return (b <= 0x20, ByteText.isASCIIPunctuation(b)) }
        let scalar = ByteText.scalar(buf, p, e).0
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return (true, false)
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return (false, true)
        default: return (false, false)
        }
    }

    /// Matches the segment's delimiters (CommonMark's "process emphasis", with its bottoms per
    /// kind of closer so that no opener is looked at twice) and merges the emphasis tokens in.
    mutating func finishRecording(_ start: Int, _ e: Int) {
        guard !scratch.delimiters.isEmpty else { return }
        scratch.emphasisTokens.removeAll(keepingCapacity: true)
        let count = scratch.delimiters.count
        scratch.delimiters[count - 1].next = -1
        // Lowest opener worth trying, per closer character, `canOpen` and length mod 3.
        var bottoms = [Int](repeating: -1, count: 4 * 2 * 3)
        var current = 0
        while current >= 0 {
            OperationCounter.tick()
            let closer = scratch.delimiters[current]
            guard closer.canClose else { current = closer.next; continue }
            let slot = Self.slot(closer.char) * 6 + (closer.canOpen ? 3 : 0) + closer.originalLength % 3
            var o = closer.previous
            var found = -1
            while o >= 0, o > bottoms[slot] {
                OperationCounter.tick()
                let opener = scratch.delimiters[o]
                if opener.char == closer.char, opener.canOpen, opener.length > 0 {
                    let threeRule = (closer.char == 0x2A || closer.char == 0x5F) && (opener.canClose || closer.canOpen)
                        && (opener.originalLength + closer.originalLength) % 3 == 0
                        && !(opener.originalLength % 3 == 0 && closer.originalLength % 3 == 0)
                    if !threeRule { found = o; break }
                }
                o = opener.previous
            }
            guard found >= 0 else {
                bottoms[slot] = closer.previous
                if !closer.canOpen { detach(current) }
                current = closer.next
                continue
            }
            let use = (closer.char == 0x7E || closer.char == 0x3D) ? 2
                : (closer.length >= 2 && scratch.delimiters[found].length >= 2 ? 2 : 1)
            let kind: InlineToken.Emphasis = switch closer.char {
            case 0x7E: .strike
            case 0x3D: .highlight
            default: use == 2 ? .bold : .italic
            }
            let openEnd = scratch.delimiters[found].start + scratch.delimiters[found].length
            scratch.emphasisTokens.append(InlineToken(kind: .emphasisOpen(kind), range: openEnd - use..<openEnd))
            scratch.emphasisTokens.append(InlineToken(kind: .emphasisClose(kind), range: closer.start..<closer.start + use))
            scratch.delimiters[found].length -= use
            scratch.delimiters[current].start += use
            scratch.delimiters[current].length -= use
            // Delimiters between the two can no longer match anything.
            scratch.delimiters[found].next = current
            scratch.delimiters[current].previous = found
            if scratch.delimiters[found].length == 0 { detach(found) }
            if scratch.delimiters[current].length == 0 {
                let next = scratch.delimiters[current].next
                detach(current)
                current = next
            }
        }
        mergeEmphasis()
    }

    private static func slot(_ c: UInt8) -> Int {
        switch c {
        case 0x2A: 0
        case 0x5F: 1
        case 0x7E: 2
        default: 3
        }
    }

    private mutating func detach(_ i: Int) {
        let d = scratch.delimiters[i]
        if d.previous >= 0 { scratch.delimiters[d.previous].next = d.next }
        if d.next >= 0 { scratch.delimiters[d.next].previous = d.previous }
    }

    /// Puts the emphasis tokens among the others, in order of position.
    private mutating func mergeEmphasis() {
        guard !scratch.emphasisTokens.isEmpty else { return }
        scratch.emphasisTokens.sort { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [InlineToken] = []
        merged.reserveCapacity(tokens.count + scratch.emphasisTokens.count)
        var i = 0, j = 0
        while i < tokens.count || j < scratch.emphasisTokens.count {
            if j == scratch.emphasisTokens.count
                || (i < tokens.count && tokens[i].range.lowerBound < scratch.emphasisTokens[j].range.lowerBound) {
                merged.append(tokens[i])
                i += 1
            } else {
                merged.append(scratch.emphasisTokens[j])
                j += 1
            }
        }
        OperationCounter.tick(merged.count)
        tokens = merged
    }
}
