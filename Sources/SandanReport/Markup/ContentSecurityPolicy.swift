/// The Content-Security-Policy of Sandan's self-contained pages (the report, the explorer).
///
/// `default-src 'none'`: the page may load nothing. Its one inline style sheet and one inline
/// script are allowed by their SHA-256 hashes (a hash, unlike a nonce, is the same on every
/// run, so the page is reproducible byte for byte), so even a string that escaped escaping
/// could not run; images only as `data:` URLs.
///
/// Reference: W3C, *Content Security Policy Level 3*, §2.3.1 (hash sources).
enum ContentSecurityPolicy {
    /// The policy allowing exactly `style` and `script` (the text between their tags).
    /// O(length of both).
    static func allowing(style: StaticString, script: StaticString) -> String {
        let styleHash = SHA256.base64Digest(style.description)
        let scriptHash = SHA256.base64Digest(script.description)
        return "default-src 'none'; style-src 'sha256-\(styleHash)'; script-src 'sha256-\(scriptHash)'; "
            + "img-src data:; base-uri 'none'; form-action 'none'"
    }
}
