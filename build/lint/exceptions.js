// Imports the layers refuse but the code still made, each with why it stays
// for now and where it goes. `from` and `to` are project-relative path
// prefixes, as narrow as the import. Empty since issue 14 moved the last
// ones (the form kit to renderer/ui, composing pages to renderer/app, print
// settings and form kinds down to shared/domain): keep it so — a new import
// across layers is refused, not listed here.
export const EXCEPTIONS = [];
