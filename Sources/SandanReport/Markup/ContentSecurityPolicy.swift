/// The Content-Security-Policy of Sandan's self-contained pages (the report, the explorer, the
/// report with the explorer in it).
///
/// `default-src 'none'`: the page may load nothing. Its inline style sheets and scripts are
/// allowed by their SHA-256 hashes (a hash, unlike a nonce, is the same on every run, so the
/// page is reproducible byte for byte), so even a string that escaped escaping could not run;
/// images only as `data:` and `blob:` URLs (the explorer draws its PNG export from the SVG it
/// serialises into a `blob:` URL).
///
/// Reference: W3C, *Content Security Policy Level 3*, §2.3.1 (hash sources).
enum ContentSecurityPolicy {
    /// The policy allowing exactly `styles` and `scripts` (each the text between its tags).
    /// O(length of all).
    static func allowing(styles: [StaticString], scripts: [StaticString]) -> String {
        func hashes(_ texts: [StaticString]) -> String {
            texts.map { "'sha256-\(SHA256.base64Digest($0.description))'" }.joined(separator: " ")
        }
        return "default-src 'none'; style-src \(hashes(styles)); script-src \(hashes(scripts)); "
            + "img-src data: blob:; base-uri 'none'; form-action 'none'"
    }
}
