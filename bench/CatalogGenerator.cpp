// Writes a synthetic catalog CSV in the import format (docs/catalog.md):
// valid ISBN-13s, titles and authors drawn from real words with a skewed
// (Zipf-like) frequency so common words are common, as in a real catalog,
// some accents and quoted commas, prices as decimal text.
//
//   catalog_gen --rows 100000 --out /tmp/catalog-100k.csv [--seed 42]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

const char *const kTitleWords[] = {
    "the",        "of",        "and",        "a",           "in",           "to",
    "night",      "house",     "river",      "garden",      "war",          "peace",
    "love",       "death",     "life",       "history",     "secret",       "city",
    "world",      "shadow",    "light",      "dark",        "king",         "queen",
    "book",       "story",     "time",       "last",        "first",        "little",
    "great",      "lost",      "hidden",     "silent",      "winter",       "summer",
    "autumn",     "spring",    "sea",        "mountain",    "island",       "stone",
    "fire",       "water",     "wind",       "star",        "moon",         "sun",
    "road",       "journey",   "home",       "letters",     "daughter",     "son",
    "mother",     "father",    "children",   "woman",       "man",          "girl",
    "boy",        "friend",    "stranger",   "murder",      "mystery",      "case",
    "detective",  "kingdom",   "empire",     "crown",       "sword",        "dragon",
    "magic",      "witch",     "ghost",      "dream",       "memory",       "forgotten",
    "promise",    "truth",     "lies",       "art",         "science",      "introduction",
    "guide",      "handbook",  "cooking",    "kitchen",     "bread",        "wine",
    "coffee",     "tea",       "birds",      "trees",       "flowers",      "animals",
    "ocean",      "forest",    "desert",     "north",       "south",        "east",
    "west",       "modern",    "ancient",    "new",         "old",          "early",
    "complete",   "collected", "poems",      "essays",      "tales",        "songs",
    "voices",     "words",     "music",      "painting",    "design",       "architecture",
    "philosophy", "politics",  "economics",  "mathematics", "physics",      "chemistry",
    "biology",    "medicine",  "psychology", "language",    "grammar",      "programming",
    "algorithms", "systems",   "networks",   "data",        "machine",      "learning",
    "revolution", "republic",  "nation",     "century",     "years",        "days",
    "hours",      "morning",   "evening",    "midnight",    "bridge",       "tower",
    "castle",     "village",   "street",     "window",      "door",         "mirror",
    "glass",      "silver",    "golden",     "iron",        "paper",        "ink",
    "pride",      "prejudice", "sense",      "sensibility", "expectations", "misérables",
    "café",       "château",   "über",       "señor",       "größe",        "fjord",
    "saga",       "atlas",     "chronicle",  "legacy",      "origins",      "return",
    "rise",       "fall",      "end",        "beginning",   "edge",         "heart",
    "soul",       "mind",      "body",       "blood",       "bones",
};

const char *const kFirstNames[] = {
    "Jane",     "Charles",   "Victor",     "Gabriel", "Günter",  "Anna",   "Marie",    "José",
    "François", "Haruki",    "Chimamanda", "Toni",    "Leo",     "Fyodor", "Virginia", "George",
    "Mary",     "Emily",     "Zoë",        "Søren",   "Åsa",     "Ingrid", "Pablo",    "Isabel",
    "Umberto",  "Italo",     "Elena",      "Olga",    "Wisława", "Jorge",  "Octavio",  "Naguib",
    "Orhan",    "Arundhati", "Salman",     "Kazuo",   "Yōko",    "Selma",  "Astrid",   "Tove",
    "Michael",  "Sarah",     "David",      "Laura",   "Thomas",  "Claire",
};

const char *const kLastNames[] = {
    "Austen",   "Dickens",  "Hugo",     "García Márquez", "Grass",       "Müller",    "Curie",
    "Saramago", "Mauriac",  "Murakami", "Adichie",        "Morrison",    "Tolstoy",   "Dostoevsky",
    "Woolf",    "Orwell",   "Shelley",  "Brontë",         "Kierkegaard", "Larsson",   "Bergman",
    "Neruda",   "Allende",  "Eco",      "Calvino",        "Ferrante",    "Tokarczuk", "Szymborska",
    "Borges",   "Paz",      "Mahfouz",  "Pamuk",          "Roy",         "Rushdie",   "Ishiguro",
    "Ogawa",    "Lagerlöf", "Lindgren", "Jansson",        "Ende",        "Smith",     "Jones",
    "Brown",    "Martin",   "Dubois",   "Rossi",          "Novak",       "Kowalski",  "Nagy",
    "Ødegaard",
};

template<typename T, size_t N>
constexpr size_t countOf(T (&)[N])
{
    return N;
}

// Picks index i in [0, n) with probability proportional to 1/(i+1), the
// Zipf law word frequencies roughly follow: "the" in about one title word of
// six, the last words of the list a few hundred times in a million titles.
class ZipfSampler
{
public:
    explicit ZipfSampler(size_t n)
    {
        double sum = 0;
        for (size_t i = 0; i < n; ++i) {
            sum += 1.0 / double(i + 1);
            m_cumulative.push_back(sum);
        }
    }
    size_t operator()(QRandomGenerator &random) const
    {
        const double u = random.generateDouble() * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return size_t(std::min<std::ptrdiff_t>(it - m_cumulative.begin(),
                                               std::ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

QByteArray isbnFor(qint64 serial)
{
    QByteArray digits = "978" + QByteArray::number(100000000 + serial % 900000000).right(9);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i) - '0') * (i % 2 == 0 ? 1 : 3);
    digits.append(char('0' + (10 - sum % 10) % 10));
    return digits;
}

QByteArray csvField(const QByteArray &text)
{
    if (!text.contains(',') && !text.contains('"'))
        return text;
    QByteArray quoted = text;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows to write."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("CSV file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("n"), QStringLiteral("42"));
    parser.addOptions({rowsOption, outOption, seedOption});
    parser.process(app);

    const qint64 rows = parser.value(rowsOption).toLongLong();
    QFile out(parser.value(outOption));
    if (rows <= 0 || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "catalog_gen: need --rows > 0 and a writable --out file\n");
        return 1;
    }
    QRandomGenerator random(parser.value(seedOption).toUInt());
    const ZipfSampler titleWord(countOf(kTitleWords));
    out.write("isbn,title,authors,price,currency,stock\n");
    QByteArray line;
    for (qint64 row = 0; row < rows; ++row) {
        // Spread serials so ISBNs are not simply consecutive.
        const QByteArray isbn = isbnFor(row * 7919 + 13);
        QByteArray title;
        const int words = 1 + int(random.bounded(5));
        for (int w = 0; w < words; ++w) {
            QByteArray word = kTitleWords[titleWord(random)];
            if (w == 0)
                word[0] = char(std::toupper(static_cast<unsigned char>(word[0])));
            title += (w ? " " : "") + word;
        }
        if (random.bounded(20) == 0)
            title += ", Volume " + QByteArray::number(1 + random.bounded(9));
        QByteArray authors = QByteArray(kFirstNames[random.bounded(int(countOf(kFirstNames)))])
                             + ' ' + kLastNames[random.bounded(int(countOf(kLastNames)))];
        if (random.bounded(8) == 0)
            authors += QByteArray(", ") + kFirstNames[random.bounded(int(countOf(kFirstNames)))]
                       + ' ' + kLastNames[random.bounded(int(countOf(kLastNames)))];
        const int cents = 100 + int(random.bounded(9900));
        line.clear();
        line += isbn + ',' + csvField(title) + ',' + csvField(authors) + ','
                + QByteArray::number(cents / 100) + '.'
                + QByteArray::number(cents % 100).rightJustified(2, '0') + ",EUR,"
                + QByteArray::number(random.bounded(25)) + '\n';
        out.write(line);
    }
    std::printf("wrote %lld rows to %s\n", rows, qPrintable(out.fileName()));
    return 0;
}
