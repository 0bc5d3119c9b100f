/// The HTML elements Scour tells apart. Every other element name maps to `.other` (inline, kept).
/// Names arrive lowercased from libxml2; they are classified from their bytes, never as Strings.
enum HTMLTag: UInt8, Sendable {
    case other = 0, text, root
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, iframe, object, embed, svg, math, canvas, video, audio, map
    case form, input, button, select, textarea, option, label, fieldset
    case div, p, section, article, main, header, footer, nav, aside, address, center
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd, menu
    case table, thead, tbody, tfoot, tr, td, th, caption, colgroup, col
    case blockquote, pre, code, figure, figcaption, picture, img
    case a, br, hr, span, em, strong, b, i, u, small, sub, sup, time, font, wbr
    case frameset, frame, dialog, details, summary

    /// Looks a lowercase element name up from its bytes.
    @inline(__always)
    static func lookup(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var key: UInt64 = 0
        var i = 0
        while i < 9 {
            let c = name[i]
            if c == 0 { break }
            if i == 8 { return .other }
            key |= UInt64(c | (c >= 65 && c <= 90 ? 0x20 : 0)) << (UInt64(i) * 8)
            i += 1
        }
        return lookupTable[key] ?? .other
    }

    static func pack(_ s: String) -> UInt64 {
        var key: UInt64 = 0
        for (i, c) in s.utf8.enumerated() { key |= UInt64(c) << (UInt64(i) * 8) }
        return key
    }

    private static let names: [(String, HTMLTag)] = [
        ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
        ("base", .base), ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template),
        ("iframe", .iframe), ("object", .object), ("embed", .embed), ("svg", .svg), ("math", .math),
        ("canvas", .canvas), ("video", .video), ("audio", .audio), ("map", .map), ("form", .form),
        ("input", .input), ("button", .button), ("select", .select), ("textarea", .textarea),
        ("option", .option), ("label", .label), ("fieldset", .fieldset), ("div", .div), ("p", .p),
        ("section", .section), ("article", .article), ("main", .main), ("header", .header),
        ("footer", .footer), ("nav", .nav), ("aside", .aside), ("address", .address), ("center", .center),
        ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6), ("hgroup", .hgroup),
        ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd), ("menu", .menu),
        ("table", .table), ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot), ("tr", .tr), ("td", .td),
        ("th", .th), ("caption", .caption), ("colgroup", .colgroup), ("col", .col),
        ("blockquote", .blockquote), ("pre", .pre), ("code", .code), ("figure", .figure),
        ("figcaption", .figcaption), ("picture", .picture), ("img", .img), ("a", .a), ("br", .br),
        ("hr", .hr), ("span", .span), ("em", .em), ("strong", .strong), ("b", .b), ("i", .i), ("u", .u),
        ("small", .small), ("sub", .sub), ("sup", .sup), ("time", .time), ("font", .font), ("wbr", .wbr),
        ("frameset", .frameset), ("frame", .frame), ("dialog", .dialog), ("details", .details),
        ("summary", .summary),
    ]
    private static let lookupTable: [UInt64: HTMLTag] = Dictionary(uniqueKeysWithValues: names.map { (pack($0.0), $0.1) })

    /// Content never shown as text (scripts, styles, embedded objects, form controls' internals).
    var isInvisible: Bool {
        switch self {
        case .script, .style, .noscript, .template, .iframe, .object, .embed, .svg, .canvas,
             .video, .audio, .map, .title, .meta, .link, .base, .select, .textarea, .option,
             .frameset, .frame, .dialog:
            return true
        default: return false
        }
    }

    /// Elements a browser lays out as blocks: their boundaries are line breaks in text.
    var isBlock: Bool {
        switch self {
        case .html, .body, .div, .p, .section, .article, .main, .header, .footer, .nav, .aside, .address,
             .center, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd, .menu, .table,
             .thead, .tbody, .tfoot, .tr, .caption, .blockquote, .pre, .figure, .figcaption, .form,
             .fieldset, .hr, .details, .summary, .root, .frameset, .dialog, .noscript, .picture:
            return true
        default: return false
        }
    }

    /// Blocks after which a blank line reads naturally (paragraph-level), rather than a single newline.
    var isParagraphLike: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .blockquote, .pre, .table, .ul, .ol, .dl, .figure, .hr,
             .section, .article, .header, .footer, .main, .aside, .nav:
            return true
        default: return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }
}
