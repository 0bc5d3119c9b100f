/// Word lists the name stage consults, kept in one place for review.
public enum NameVocabulary {
    /// Lower-case particles that sit inside multi-word names (`Mohammed bin Salman`, `Vincent van Gogh`).
    public static let connectors: Set<String> = [
        "bin", "ben", "ibn", "bint", "al", "el", "de", "da", "di", "du", "del", "della", "der", "den",
        "van", "von", "la", "le", "dos", "das", "y", "e", "ter", "abu",
    ]

    /// Capitalized words that start sentences and headlines but are never names. Larger corpora
    /// catch these through their lower-case uses; this list covers small ones.
    public static let stopwords: Set<String> = [
        "A", "An", "The", "This", "That", "These", "Those", "There", "Then", "They", "Their", "Them",
        "He", "She", "It", "Its", "His", "Her", "We", "Our", "You", "Your", "I", "My", "Me", "Us",
        "And", "But", "Or", "Nor", "So", "Yet", "For", "If", "When", "Where", "While", "What", "Which",
        "Who", "Whom", "Whose", "Why", "How", "After", "Before", "Also", "Both", "Either", "Neither",
        "From", "With", "Without", "Into", "Over", "Under", "About", "Above", "Below", "Between",
        "According", "However", "Meanwhile", "Although", "Though", "Because", "Since", "Until", "During",
        "Many", "Most", "Some", "Several", "Other", "Others", "Another", "Each", "Every", "All", "Any",
        "No", "Not", "None", "One", "Two", "Three", "First", "Second", "Last", "Next", "New", "Old",
        "In", "On", "At", "By", "Of", "To", "Up", "As", "Is", "Was", "Were", "Are", "Be", "Been",
        "Has", "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Can", "Could", "Should", "May",
        "Might", "Must", "Here", "Now", "Today", "Yesterday", "Tomorrow", "Later", "Latter", "Former",
        "Mr", "Mrs", "Ms", "Dr", "Q", "Yes", "Than", "Such", "Even", "Still", "Just", "Only", "Very",
    ]
}
