import ArgumentParser
import KithCore

/// `kith backlinks`: the notes that link to a note.
struct Backlinks: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backlinks",
        abstract: "List the notes that link to a note.",
        discussion: "Exits 1 when no note has that name; a note nobody links to prints nothing and exits 0.")

    @OptionGroup var options: VaultOptions

    @Argument(help: ArgumentHelp("A name, alias or vault path.", valueName: "name"))
    var name: String

    func run() throws {
        let index = try options.load()
        let note = try index.require(name)
        let links = index.backlinks(to: note.path)
        if options.json {
            Console.write(.array(links.map(NoteJSON.backlink)))
            return
        }
        var table = TextTable(header: ["SOURCE", "KIND", "EXCERPT"])
        for b in links { table.add(["\(b.source):\(b.line)", b.kind.rawValue, b.excerpt]) }
        Console.write(table.rendered())
    }
}
