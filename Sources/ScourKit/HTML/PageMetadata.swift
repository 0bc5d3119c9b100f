import Foundation

/// Page metadata from what the page says about itself, most specific source first: JSON-LD, then
/// Open Graph and other `<meta>` names, then `<time>`, `<title>`, `<html lang>` and the URL.
struct PageMetadata: Sendable, Equatable {
    var title: String?
    var date: String?
    var author: String?
    var publisher: String?
    var url: String?
    var language: String?
    var description: String?
    /// JSON-LD `articleBody`, a last resort when extraction finds nothing.
    var articleBody: String?

    init(title: String? = nil, date: String? = nil, author: String? = nil, publisher: String? = nil,
         url: String? = nil, language: String? = nil, description: String? = nil) {
        self.title = title; self.date = date; self.author = author; self.publisher = publisher
        self.url = url; self.language = language; self.description = description
    }

    init(page: HTMLPage, firstHeading: String? = nil, documentURL: String? = nil) {
        let metas = page.hints.metas
        func meta(_ keys: String...) -> String? {
            for k in keys {
                if let v = metas.first(where: { $0.key == k })?.content, let c = HTMLPage.collapse(v.utf8) { return c }
            }
            return nil
        }
        let ld = LinkedData(page.hints.jsonLD)
        publisher = meta("og:site_name", "application-name", "publisher", "dc.publisher") ?? ld.publisher
        title = meta("og:title", "twitter:title", "dc.title", "headline") ?? ld.headline
            ?? page.title.map { Self.stripSiteName($0, site: publisher) } ?? firstHeading
        date = (ld.datePublished ?? meta("article:published_time", "og:published_time", "datepublished", "date",
                                          "dc.date", "dc.date.issued", "dcterms.created", "pubdate", "publishdate",
                                          "sailthru.date", "parsely-pub-date", "article.published", "published_time"))
            .flatMap(Self.isoDate)
            ?? page.hints.times.first(where: { $0.published }).flatMap { Self.isoDate($0.value) }
            ?? page.hints.times.first.flatMap { Self.isoDate($0.value) }
        let metaAuthor = meta("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
            .flatMap { $0.hasPrefix("http") ? nil : Self.stripBy($0) }
        author = ld.author ?? metaAuthor ?? Byline.author(in: page.tree)
        url = page.hints.canonical.flatMap { $0.hasPrefix("http") ? $0 : nil } ?? meta("og:url").flatMap { $0.hasPrefix("http") ? $0 : nil }
        if date == nil, let u = url ?? documentURL { date = Self.dateInURL(u) }
        let lang = page.hints.lang ?? meta("content-language", "dc.language", "language") ?? meta("og:locale") ?? ld.language
        language = lang.flatMap(Self.languageTag)
        description = meta("og:description", "description", "twitter:description", "dc.description") ?? ld.description
        articleBody = ld.articleBody
    }

    // MARK: - Cleaning values

    /// `Story title | Site` → `Story title`, using the site name when known, else the separators.
    static func stripSiteName(_ title: String, site: String?) -> String {
        for sep in [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", ": "] {
            let parts = title.components(separatedBy: sep)
            guard parts.count >= 2 else { continue }
            if let site, let i = parts.firstIndex(where: { $0.caseInsensitiveCompare(site) == .orderedSame }) {
                var rest = parts; rest.remove(at: i)
                return rest.joined(separator: sep)
            }
            if sep == ": " { continue }
            // The site name is usually a short part at either end: keep the first part when it reads
            // like a headline, else the longest part.
            if parts[0].split(separator: " ").count >= 3 { return parts[0] }
            let longest = parts.max { $0.count < $1.count }!
            if longest.split(separator: " ").count >= 2 { return longest }
        }
        return title
    }

    static func stripBy(_ s: String) -> String? {
        var t = Substring(s)
        if t.lowercased().hasPrefix("by ") { t = t.dropFirst(3) }
        let r = t.trimmingCharacters(in: " ,—–-|/:")
        return r.isEmpty ? nil : String(r)
    }

    /// `en_US` → `en-US`; nil for values that are not a language tag.
    static func languageTag(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: " ").replacingOccurrences(of: "_", with: "-")
        let first = t.split(separator: ",").first.map(String.init) ?? t
        guard (2...12).contains(first.count), first.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0.isNumber) }),
              first.first!.isLetter else { return nil }
        return first
    }

    // MARK: - Dates

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// ISO 8601 from the date forms pages use: ISO already (kept with its time), `2012/11/09`,
    /// `20121109`, `9 November 2012`, `November 9, 2012`, `Fri, 09 Nov 2012 16:45:00 GMT`.
    static func isoDate(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: " \t\n")
        let b = Array(s.utf8)
        func digits(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= b.count else { return nil }
            var v = 0
            for k in from..<(from + n) { guard b[k] >= 48 && b[k] <= 57 else { return nil }; v = v * 10 + Int(b[k] - 48) }
            return v
        }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool { (1990...2100).contains(y) && (1...12).contains(m) && (1...31).contains(d) }
        func fmt(_ y: Int, _ m: Int, _ d: Int) -> String {
            String(y) + "-" + (m < 10 ? "0" : "") + String(m) + "-" + (d < 10 ? "0" : "") + String(d)
        }
        if let y = digits(0, 4), b.count >= 10, b[4] == 0x2D || b[4] == 0x2F, let m = digits(5, 2), b[7] == b[4], let d = digits(8, 2), valid(y, m, d) {
            // Keep an ISO time part when there is one: 2012-11-09T16:45:00Z, 2012-11-09 16:45:00+01:00.
            if b[4] == 0x2D, b.count >= 16, b[10] == 0x54 || b[10] == 0x20, digits(11, 2) != nil, b[13] == 0x3A, digits(14, 2) != nil {
                var end = 16
                while end < b.count, b[end] != 0x20 { end += 1 }
                var t = Array(b[0..<end]); t[10] = 0x54
                return String(decoding: t, as: UTF8.self)
            }
            return fmt(y, m, d)
        }
        if b.count == 8, let y = digits(0, 4), let m = digits(4, 2), let d = digits(6, 2), valid(y, m, d) { return fmt(y, m, d) }
        // Words: find a month name, a day and a year among the tokens.
        let tokens = s.lowercased().split { !$0.isLetter && !$0.isNumber }
        var y: Int?, m: Int?, d: Int?
        for t in tokens {
            if let n = Int(t) {
                if t.count == 4 && y == nil { y = n } else if t.count <= 2 && d == nil && (1...31).contains(n) { d = n }
            } else if m == nil, t.count >= 3, let i = months.firstIndex(where: { t.hasPrefix($0) }) { m = i + 1 }
        }
        if let y, let m, let d, valid(y, m, d) { return fmt(y, m, d) }
        return nil
    }

    /// A date in a URL path: `/2012/11/09/`, `/2012-11-09-`, or a month `/2012/11/`.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(separator: "/")
        for (k, p) in parts.enumerated() {
            guard p.count == 4, let y = Int(p), (1990...2100).contains(y), k + 1 < parts.count else {
                if p.count >= 10, let iso = isoDate(String(p.prefix(10))), iso.count == 10 { return iso }
                continue
            }
            guard let m = Int(parts[k + 1].prefix(2)), parts[k + 1].count <= 2, (1...12).contains(m) else { continue }
            let mm = (m < 10 ? "0" : "") + String(m)
            if k + 2 < parts.count, parts[k + 2].count <= 2, let d = Int(parts[k + 2]), (1...31).contains(d) {
                return String(y) + "-" + mm + "-" + (d < 10 ? "0" : "") + String(d)
            }
            return String(y) + "-" + mm
        }
        return nil
    }
}

/// The article fields of a page's JSON-LD blocks (`NewsArticle`, `BlogPosting`, ... also inside `@graph`).
struct LinkedData {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var description: String?
    var language: String?
    var articleBody: String?

    init(_ blocks: [[UInt8]]) {
        for block in blocks {
            guard let value = try? JSONParser.parse(block) else { continue }
            var queue: [JSONValue] = [value]
            var seen = 0
            while !queue.isEmpty && seen < 200 {
                let v = queue.removeFirst(); seen += 1
                switch v {
                case .array(let items): queue.append(contentsOf: items)
                case .object:
                    if let graph = v["@graph"] { queue.append(graph) }
                    read(v)
                default: break
                }
            }
        }
    }

    private mutating func read(_ v: JSONValue) {
        let type = Self.strings(v["@type"]).joined(separator: " ").lowercased()
        let isArticle = type.contains("article") || type.contains("posting") || type.contains("report") || type.contains("blog")
            || type.contains("webpage") || type.contains("newsarticle")
        guard isArticle else {
            if publisher == nil, type.contains("organization") || type == "website" { publisher = Self.text(v["name"]) }
            return
        }
        if headline == nil { headline = Self.text(v["headline"]) ?? (type.contains("webpage") ? nil : Self.text(v["name"])) }
        if datePublished == nil { datePublished = Self.text(v["datePublished"]) ?? Self.text(v["dateCreated"]) }
        if author == nil { author = Self.names(v["author"]) ?? Self.names(v["creator"]) }
        if publisher == nil, let p = v["publisher"] { publisher = Self.names(p) }
        if description == nil { description = Self.text(v["description"]) }
        if language == nil { language = Self.text(v["inLanguage"]) }
        if articleBody == nil { articleBody = Self.text(v["articleBody"]) }
    }

    private static func text(_ v: JSONValue?) -> String? {
        guard let s = v?.stringValue else { return nil }
        return HTMLPage.collapse(s.utf8)
    }

    private static func strings(_ v: JSONValue?) -> [String] {
        switch v {
        case .string(let s)?: return [s]
        case .array(let items)?: return items.compactMap(\.stringValue)
        default: return []
        }
    }

    /// A person or organization, or a list of them, as "A, B".
    private static func names(_ v: JSONValue?) -> String? {
        var out: [String] = []
        switch v {
        case .string(let s)?: if !s.hasPrefix("http"), let t = HTMLPage.collapse(s.utf8) { out.append(t) }
        case .object?: if let n = text(v?["name"]) { out.append(n) }
        case .array(let items)?: for item in items.prefix(10) { if let n = names(item) { out.append(n) } }
        default: break
        }
        return out.isEmpty ? nil : out.joined(separator: ", ")
    }
}

extension Metadata {
    /// Takes what the page says about itself, keeping what the input already knew (a crawler's URL).
    mutating func fill(from page: PageMetadata) {
        if let v = page.title { title = v }
        if let v = page.date { date = v }
        if let v = page.author { author = v }
        if let v = page.publisher { publisher = v }
        if url == nil { url = page.url }
        if let v = page.language { language = v }
        if let v = page.description { description = v }
    }
}
