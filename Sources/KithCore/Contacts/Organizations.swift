/// An organization people belong to: named by a person's Profile (`**Role**: … at ORG`), their
/// `company`/`organization`/`org`/`employer` property (a link as the name it leads to), or an
/// organization note. One per name, compared ignoring case, accents and runs of spaces
/// (`VAST Data`, `Vast  data`).
public struct Organization: Hashable, Sendable {
    /// The organization note's name when there is one, else the spelling most people use
    /// (the first in name order on a tie), runs of spaces made one.
    public var name: String
    /// The folded name every spelling shares (`Organization.key(of:)`).
    public var key: String
    /// The organization note (`type: organization`, `Customers/`, `Organizations/`…), if any.
    public var note: String?
    /// Its people's note paths, in name order (the vault's owner included).
    public var people: [String]
    /// The newest last contact among its people, the owner left out (they meet everyone).
    public var lastContact: CalendarDate?
    /// How many of its people are due (`ContactPolicy`; the owner never is).
    public var due: Int

    public init(name: String, key: String, note: String? = nil, people: [String] = [], lastContact: CalendarDate? = nil,
                due: Int = 0) {
        self.name = name
        self.key = key
        self.note = note
        self.people = people
        self.lastContact = lastContact
        self.due = due
    }

    /// The name every spelling of an organization shares: folded (case and accents ignored),
    /// spaces trimmed and runs of them made one.
    public static func key(of name: String) -> String {
        TextFolding.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// How the Organizations view and `kith orgs` order organizations.
public enum OrganizationSort: String, CaseIterable, Sendable {
    /// By name (case and accents ignored).
    case name
    /// Most people first.
    case people
    /// Newest last contact first; never contacted last.
    case lastContact = "last contact"
    /// Most people due first.
    case due

    /// Organizations in this order; ties by name.
    public func sorted(_ orgs: [Organization]) -> [Organization] {
        let keyed = orgs.map { ($0, NameOrder.key($0.name)) }
        return keyed.sorted { a, b in
            let (x, y) = (a.0, b.0)
            switch self {
            case .name: break
            case .people: if x.people.count != y.people.count { return x.people.count > y.people.count }
            case .due: if x.due != y.due { return x.due > y.due }
            case .lastContact:
                switch (x.lastContact, y.lastContact) {
                case let (p?, q?) where p != q: return p > q
                case (nil, _?): return false
                case (_?, nil): return true
                default: break
                }
            }
            return a.1 != b.1 ? a.1 < b.1 : x.key < y.key
        }.map(\.0)
    }
}

extension VaultIndex {
    /// Every organization of the vault, by name: each person's organization (Profile, else
    /// properties) and every organization note, merged by `Organization.key(of:)`.
    public func organizations(policy: ContactPolicy, today: CalendarDate) -> [Organization] {
        var byKey: [String: Int] = [:]
        var orgs: [Organization] = []
        var spellings: [[String: Int]] = []
        // Each organization's people with their name keys (found once per person), to order them.
        var members: [[(path: String, name: NameKey)]] = []
        func slot(_ key: String, _ name: String) -> Int {
            if let k = byKey[key] { return k }
            byKey[key] = orgs.count
            orgs.append(Organization(name: name, key: key))
            spellings.append([:])
            members.append([])
            return orgs.count - 1
        }
        for id in notes.indices where notes[id].kind == .organization {
            let n = notes[id]
            let k = slot(Organization.key(of: n.name), n.name)
            // The first note of a name (path order) names the organization.
            if orgs[k].note == nil {
                orgs[k].note = n.path
                orgs[k].name = n.name
            }
            // People may name it by an alias of its note (`Alphabet` for `Google`).
            for alias in n.aliases {
                let a = Organization.key(of: alias)
                if !a.isEmpty, byKey[a] == nil { byKey[a] = k }
            }
        }
        // The shown name and key of each spelling as written: a vault of 20,000 people names a
        // few hundred organizations, and folding is the costly part.
        var written: [String: (name: String, key: String)] = [:]
        for id in peopleIDs {
            guard let raw = notes[id].profile.organization else { continue }
            let spelling: (name: String, key: String)
            if let known = written[raw] {
                spelling = known
            } else {
                let org = raw.trimmedSpaces
                // Shown with runs of spaces made one (`Acme  corp` is written by hand).
                let name = org.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                spelling = (name, org.isEmpty ? "" : Organization.key(of: name))
                written[raw] = spelling
            }
            let (name, key) = spelling
            guard !key.isEmpty else { continue }
            let k = slot(key, name)
            let path = notes[id].path
            orgs[k].people.append(path)
            members[k].append((path, NameOrder.key(notes[id].name)))
            spellings[k][name, default: 0] += 1
            if id != ownerID {
                let status = contactStatus(ofNoteAt: id, policy: policy, today: today)
                if let last = status.lastContact?.date, orgs[k].lastContact.map({ last > $0 }) ?? true {
                    orgs[k].lastContact = last
                }
                if status.isDue { orgs[k].due += 1 }
            }
        }
        for k in orgs.indices {
            // The most used spelling; on a tie, the first in name order (capitals first).
            if orgs[k].note == nil, let best = spellings[k].max(by: { a, b in
                a.value != b.value ? a.value < b.value : NameOrder.key(b.key) < NameOrder.key(a.key)
            }) {
                orgs[k].name = best.key
            }
            orgs[k].people = members[k].sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
        }
        return OrganizationSort.name.sorted(orgs)
    }

    /// The organization named `name` (any spelling, its note's name or an alias of its note),
    /// if the vault has it.
    public func organization(named name: String, policy: ContactPolicy, today: CalendarDate) -> Organization? {
        let key = Organization.key(of: name)
        let note = organizationNote(named: name)
        return organizations(policy: policy, today: today).first { $0.key == key || (note != nil && $0.note == note) }
    }
}
