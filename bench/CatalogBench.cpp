// Measures the catalog half of the counter on a fresh database built the way
// production builds it (file on disk, WAL, synchronous=FULL, migrations):
//  1. importing a catalog CSV, search index included;
//  2. search-as-you-type: every keystroke of words taken from catalog
//     titles and authors, each a CatalogSearch of one 50-row page;
//  3. scan-to-cart-line: a scanned ISBN through CartModel::addIsbn, the
//     call CatalogPage makes, committed to disk.
//
//   catalog_bench --csv /tmp/catalog-100k.csv [--dir /tmp/bench] [--titles 200]
//                 [--scans 500]

#include "CartModel.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogSearch.h"
#include "persistence/Database.h"
#include "persistence/Migrator.h"
#include "support/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace quire;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    qsizetype count = 0;
};

Stats summarise(QList<double> ms)
{
    Stats stats;
    if (ms.isEmpty())
        return stats;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(qsizetype(q * double(ms.size() - 1))); };
    stats.p50 = at(0.50);
    stats.p95 = at(0.95);
    stats.p99 = at(0.99);
    stats.max = ms.constLast();
    stats.count = ms.size();
    return stats;
}

void print(const char *what, const Stats &stats)
{
    std::printf("%-22s n=%-6lld p50=%7.3f ms  p95=%7.3f ms  p99=%7.3f ms  max=%7.3f ms\n", what,
                qlonglong(stats.count), stats.p50, stats.p95, stats.p99, stats.max);
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption csvOption(QStringLiteral("csv"), QStringLiteral("Catalog CSV."),
                                       QStringLiteral("file"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the database (default: temp)."),
                                       QStringLiteral("dir"));
    const QCommandLineOption titlesOption(QStringLiteral("titles"),
                                          QStringLiteral("Titles whose words are typed."),
                                          QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption scansOption(QStringLiteral("scans"), QStringLiteral("Scans."),
                                         QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("Keep the database already in --dir and skip the import."));
    const QCommandLineOption slowOption(QStringLiteral("show-slowest"),
                                        QStringLiteral("Print the slowest searches."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({csvOption, dirOption, titlesOption, scansOption, reuseOption, slowOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = parser.isSet(reuseOption) && QFile::exists(path);
    if (!reuse) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    SystemClock clock;
    auto database = Database::openSqlite(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    Database &db = **database;
    if (auto migrated = Migrator(db, clock).migrate(); !migrated) {
        std::fprintf(stderr, "%s\n", qPrintable(migrated.error().message));
        return 1;
    }

    // 1. Import.
    CatalogImporter importer(db, clock);
    QElapsedTimer timer;
    if (!reuse) {
        timer.start();
        const ImportReport report = importer.importFile(parser.value(csvOption));
        const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!report.committed) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(report.fatalError));
            return 1;
        }
        std::printf("import                 %lld rows (%lld refused) in %.2f s = %.0f rows/s; "
                    "database %.1f MB\n",
                    qlonglong(report.imported), qlonglong(report.problems.size()), importSeconds,
                    double(report.imported) / importSeconds,
                    double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size())
                        / 1e6);
    }

    // 2. Search as you type: the words of random titles and authors, typed
    // one character at a time (the search field runs a query per pause; this
    // is the worst case of a pause after every keystroke).
    QRandomGenerator random(7);
    QStringList typed;
    {
        auto sample = db.exec(QStringLiteral("SELECT title, authors FROM books ORDER BY random() "
                                             "LIMIT ?"),
                              {parser.value(titlesOption).toInt()});
        if (!sample) {
            std::fprintf(stderr, "%s\n", qPrintable(sample.error().message));
            return 1;
        }
        while (sample.value().next()) {
            // Two words of the title, or the author's surname and a title word.
            const QStringList title = sample.value().value(0).toString().split(u' ');
            const QStringList author = sample.value().value(1).toString().split(u' ');
            const QString text = random.bounded(3) == 0
                                     ? author.constLast() + u' ' + title.constFirst()
                                     : title.mid(0, 2).join(u' ');
            for (int length = 1; length <= text.size(); ++length)
                typed.append(text.left(length));
        }
    }
    CatalogSearch search(db);
    QList<double> searchMs;
    qint64 rowsFound = 0;
    for (const QString &text : std::as_const(typed)) {
        timer.restart();
        auto page = search.search(text, 50);
        searchMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!page) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(page.error().message));
            return 1;
        }
        rowsFound += page->size();
    }
    print("search-as-you-type", summarise(searchMs));
    if (const int slowest = parser.value(slowOption).toInt(); slowest > 0) {
        QList<qsizetype> order(searchMs.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](qsizetype a, qsizetype b) { return searchMs.at(a) > searchMs.at(b); });
        for (qsizetype i = 0; i < qMin<qsizetype>(slowest, order.size()); ++i)
            std::printf("  %8.3f ms  \"%s\"\n", searchMs.at(order.at(i)),
                        qPrintable(typed.at(order.at(i))));
    }
    std::printf("%-22s %.1f rows per page on average\n", "",
                double(rowsFound) / double(qMax<qsizetype>(1, typed.size())));

    // 3. Scan to cart line, through the model the page uses. Each till's
    // cart is cleared every 20 lines, as after a sale.
    QStringList isbns;
    {
        auto sample = db.exec(QStringLiteral("SELECT isbn13 FROM books WHERE stock >= 5"
                                             " ORDER BY random() LIMIT ?"),
                              {parser.value(scansOption).toInt()});
        while (sample && sample.value().next())
            isbns.append(sample.value().value(0).toString());
    }
    auto cart = Cart::open(db, clock, QStringLiteral("bench-till"));
    if (!cart) {
        std::fprintf(stderr, "%s\n", qPrintable(cart.error().message));
        return 1;
    }
    CartModel model(std::move(cart).value());
    QList<double> scanMs;
    for (const QString &isbn : std::as_const(isbns)) {
        if (model.rowCount() >= 20)
            (void)model.clear();
        timer.restart();
        auto row = model.addIsbn(isbn);
        scanMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!row) {
            std::fprintf(stderr, "scan failed: %s\n", qPrintable(row.error().message));
            return 1;
        }
    }
    print("scan-to-cart-line", summarise(scanMs));
    std::printf("peak RSS               %.0f MB\n", double(peakRssKb()) / 1024.0);
    return 0;
}
