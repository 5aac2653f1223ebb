// A reactor has no entry point: the host calls the exports in Exports.swift. Natively this target
// builds too, so that `swift build` type-checks the ABI; running it does nothing.
