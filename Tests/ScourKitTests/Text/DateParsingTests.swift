import Testing
@testable import ScourKit

@Suite struct DateParsingTests {
    func date(_ line: String) -> String? {
        let folded = TextFold.fold(line)
        return DateParsing.find(in: folded, tokens: FoldedTokens.tokenize(folded))?.iso
    }

    /// `month` rules words out by first byte and length before the lookup; it still finds every
    /// name and nothing else.
    @Test func monthFindsExactlyTheNames() {
        for (name, number) in DateParsing.monthNames {
            #expect(DateParsing.month(name, FoldedToken(kind: .word, start: 0, end: name.count)) == number)
        }
        for word in ["ja", "janu", "mayo", "mays", "decembers", "a", "март", "мартa", "september", "sept.", "octobre"] {
            let f = TextFold.fold(word)
            #expect(DateParsing.month(f, FoldedToken(kind: .word, start: 0, end: f.count)) == DateParsing.monthNames[f])
        }
    }

    /// A line opens with a date exactly when the first date `find` reads holds its first word or
    /// number (the former test), for dates anywhere in the line.
    @Test func opensWithDateMeansTheFirstDateHoldsTheFirstToken() {
        var rng = SplitMix(seed: 23)
        let pieces = ["10", "January", "2022", ",", "Posted", "on", "-", "13.01.2022", "Jan", "3:16", "pm", "|", "by", "Jane",
                      "de", "enero", "(", "2022-01-13T03:16:54Z", "1st", "of", "May", "31", "12/25/2021", "•"]
        for _ in 0..<2000 {
            let line = (0..<(1 + Int(rng.next() % 8))).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined(separator: " ")
            var text = line
            text.withUTF8 { bytes in
                let folded = TextFold.fold(line)
                let tokens = FoldedTokens.tokenize(folded)
                let first = tokens.firstIndex { $0.kind != .punct } ?? 0
                let expected = DateParsing.find(in: folded, tokens: tokens)?.span.contains(first) ?? false
                var facts = LineFacts(range: 0..<bytes.count)
                facts.isBlank = false
                #expect(MetadataLines.opensWithDate(bytes, facts) == expected, "\(line)")
            }
        }
    }

    @Test(arguments: [
        ("Date: 10 January 2022", "2022-01-10"),
        ("Monday, January 10, 2022", "2022-01-10"),
        ("2022-01-13T03:16:54.256Z", "2022-01-13"),
        ("10.01.2022", "2022-01-10"),
        ("Jan 10, 2022 at 3:16 pm", "2022-01-10"),
        ("01/13/2022", "2022-01-13"),
        ("13/01/2022", "2022-01-13"),
        ("10. Januar 2022", "2022-01-10"),
        ("10 de enero de 2022", "2022-01-10"),
        ("le 10 janvier 2022", "2022-01-10"),
        ("10 gennaio 2022", "2022-01-10"),
        ("10 de março de 2022", "2022-03-10"),
        ("10 января 2022 г.", "2022-01-10"),
        ("Sept. 3rd, 2019", "2019-09-03"),
        ("10 januari 2022", "2022-01-10"),
        ("10 maj 2022", "2022-05-10"),
        ("10 października 2022", "2022-10-10"),
        ("10 Ağustos 2022", "2022-08-10"),
    ])
    func parses(_ line: String, _ iso: String) {
        #expect(date(line) == iso)
    }

    @Test func rejectsNonDates() {
        #expect(date("They may 10 times") == nil)
        #expect(date("2022") == nil)
        #expect(date("45/45/2022") == nil)
    }
}

@Suite struct MetadataLinesTests {
    @Test func datelinesAndOtherLines() {
        #expect(MetadataLines.read("Monday, January 10, 2022")?.value == "2022-01-10")
        #expect(MetadataLines.read("Posted on March 3, 2021 at 9:00 am")?.label == .date)
        #expect(MetadataLines.read("All news articles on 2022-01-13") == nil)
        #expect(MetadataLines.read("The meeting on January 10, 2022 went badly for the mayor") == nil)
    }

    @Test func bylines() {
        #expect(MetadataLines.read("By Jane Doe")?.value == "Jane Doe")
        #expect(MetadataLines.read("Posted by Denny McCorkle")?.value == "Denny McCorkle")
        #expect(MetadataLines.read("Por María José García")?.value == "María José García")
        #expect(MetadataLines.read("By Monday, officials said the vote was over.") == nil)
    }

    @Test func sourcesAndBios() {
        #expect(MetadataLines.read("Source: Warsaw Institute")?.value == "Warsaw Institute")
        #expect(MetadataLines.read("SOURCE:KREMLIN.RU")?.label == .source)
        #expect(MetadataLines.authorBio("George Holan is chief editor at Plainsmen Post and has articles published in many notable publications.") == "George Holan")
        #expect(MetadataLines.authorBio("The council is expected to vote again next week on the budget.") == nil)
    }

    @Test func capitalizedWordsOfASCIILinesReadFromBytes() {
        #expect(MetadataLines.asciiWordCapitals("By Jo-Ann O'Neil, staff 2020\r\n") == [true, true, true, false, false])
        #expect(MetadataLines.asciiWordCapitals("Por José Pérez") == nil)
        // The byte path and the Unicode path split ASCII lines alike, and as the folded tokens
        // do: `9th` is a number and a word.
        for line in ["Posted by Mary Roe on 3 May", "by   jane doe | 12:30 PM", "--By A.B. Smith--", "9th August 2012 by Matthew Roe"] {
            #expect(MetadataLines.asciiWordCapitals(line) == MetadataLines.wordCapitals(line))
            let tokens = FoldedTokens.tokenize(TextFold.fold(line)).filter { $0.kind != .punct }
            #expect(MetadataLines.wordCapitals(line).count == tokens.count, "\(line)")
        }
    }

    @Test func datedBylinesInAnyLanguageAreToldFromHeadlinesWithAYear() {
        func dated(_ line: String) -> Bool { var line = line; return line.withUTF8 { MetadataLines.looksLikeDatedByline($0) } }
        for line in ["Gepubliceerd op 5 mei 2023 door Jan de Vries", "Julkaistu 5.5.2023 kirjoittanut Matti Virtanen",
                     "November 12th, 2012 by Linda Roe", "Publikováno 5. května 2023 napsal Jan Novák"] {
            #expect(dated(line), "\(line)")
        }
        for line in ["2013 Ford Escape", "Tiger Woods In Top 10 Of PGA Championship 2012 Leaderboard",
                     "Total Solar Eclipse, November 2012: Images and Video", "Elections 2024: what the polls say",
                     "Gepubliceerd op 5 mei door Jan de Vries"] {
            #expect(!dated(line), "\(line)")
        }
    }

    /// A dateline that names its author after the date gives both, in the languages the date
    /// reader knows; a sentence that merely holds a date and "by" is no byline.
    @Test func datedBylinesGiveDateAndAuthor() {
        let lines = [
            ("Published on March 12, 2023 by Anna Roe", "Anna Roe"),
            ("9th August 2012 by Matthew Roe", "Matthew Roe"),
            ("Veröffentlicht am 12. März 2023 von Anna Roe", "Anna Roe"),
            ("Pubblicato il 12 marzo 2023 da Marco Roe", "Marco Roe"),
            ("Publicado em 12/03/2023 por João Roe", "João Roe"),
            ("Опубликовано 12 марта 2023, автор: Иван Петров", "Иван Петров"),
            ("Gepubliceerd op 12 maart 2023 door Jan de Vries", "Jan de Vries"),
            ("Opublikowano 12 marca 2023 przez Annę Nowak", "Annę Nowak"),
        ]
        for (line, author) in lines {
            let reading = MetadataLines.read(line)
            #expect(reading?.label == .byline && reading?.value == author, "\(line)")
            #expect(reading?.date == "2023-03-12" || reading?.date == "2012-08-09", "\(line)")
        }
        #expect(MetadataLines.read("By Anna Roe, March 12, 2023")?.date == "2023-03-12")
        #expect(MetadataLines.read("On March 12, 2023 by the time the rain stopped, we left") == nil)
    }

    @Test func bylineNamesKeepTheirOriginalSpelling() {
        #expect(MetadataLines.read("Posted by Zoë  O'Hara-Díaz on 3 May 2021")?.value == "Zoë O'Hara-Díaz")
        // A word of white space alone (no-break space) folds to nothing: the name is still found.
        #expect(MetadataLines.read("By \u{00A0} Jane Roe")?.value == "Jane Roe")
        #expect(MetadataLines.authorBio("Tomás Ibáñez is a staff writer at the Harbour Gazette.") == "Tomás Ibáñez")
    }

    @Test func titlesAndPublishers() {
        #expect(TitleCleaning.clean("Putin warns that he will not allow “revolutions” in Russia | International") == "Putin warns that he will not allow “revolutions” in Russia")
        #expect(TitleCleaning.clean("Russia on the offensive - The Limited Times") == "Russia on the offensive")
        #expect(TitleCleaning.clean("Well - said") == "Well - said")
        #expect(PublisherLines.holder("© 2019 Example Media. All rights reserved.") == "Example Media")
        #expect(PublisherLines.holder("All texts published by the Warsaw Institute Foundation may be disseminated") == "Warsaw Institute Foundation")
        // Any case, and white space around the title (trimmed whatever its kind).
        #expect(PublisherLines.holder("COPYRIGHT 2021 NORTHWIND PRESS") == "NORTHWIND PRESS")
        #expect(PublisherLines.holder("(C) 2020 Harbor Daily, all rights reserved") == "Harbor Daily")
        #expect(PublisherLines.holder("All rights reserved.") == nil)
        #expect(TitleCleaning.clean("\u{00A0} Harbor lights return | Local\n") == "Harbor lights return")
        #expect(TitleCleaning.clean("") == "")
    }
}
