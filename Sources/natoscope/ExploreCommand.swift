import ArgumentParser

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the interactive explorer (the default).")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        _ = try dataOptions.catalog()
        // The full-screen explorer is not built yet: until it is, say what is available.
        Console.write("""
            natoscope \(NatoscopeVersion.string): explore NATO's partnerships.

            The interactive explorer is not available in this version yet. Try:
              natoscope list countries --framework md
              natoscope show israel
              natoscope search cyber
              natoscope timeline --from 1990
              natoscope --help

            """)
    }
}
