#include "services/DemoData.h"

#include "catalog/CatalogImporter.h"
#include "domain/Book.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "support/Clock.h"

#include <QCoreApplication>

namespace quire {

namespace {

Book demoItem(const char *code, const QString &title, qint64 priceMinor, bool openPrice)
{
    Book item;
    item.isbn13 = QString::fromLatin1(code);
    item.title = title;
    item.authors = QStringLiteral(""); // NOT NULL: a null QString binds as NULL
    item.price = *Money::fromMinorUnits(priceMinor, QStringLiteral("EUR"));
    item.taxCategory = TaxCategory::Standard;
    item.isItem = true;
    item.openPrice = openPrice;
    item.stockTracked = false;
    return item;
}

} // namespace

Result<qint64> DemoData::seedCatalog(Database &database, const Clock &clock)
{
    auto counted = database.exec(QStringLiteral("SELECT COUNT(*) FROM books"));
    if (!counted)
        return counted.error();
    if (counted.value().next() && counted.value().value(0).toLongLong() > 0)
        return qint64(0);
    CatalogImporter importer(database, clock);
    const ImportReport report
        = importer.importFile(QStringLiteral(":/demo/catalog.csv"), CatalogImporter::Mode::Strict);
    if (!report.committed)
        return Error::invalid(QCoreApplication::translate(
                                  "quire::DemoData", "the demo catalog could not be loaded: %1")
                                  .arg(report.fatalError.isEmpty() && !report.problems.isEmpty()
                                           ? report.problems.constFirst().reason
                                           : report.fatalError));
    // Catalogue data, like the titles: not translated.
    const QList<Book> items{
        demoItem(CardCode, QStringLiteral("Greeting card"), 0, true),
        demoItem(BagCode, QStringLiteral("Gift bag"), 50, false),
        demoItem(WrapCode, QStringLiteral("Gift wrap"), 200, false),
    };
    auto added = database.writeTransaction([&]() -> Result<void> {
        BookRepository books(database);
        for (const Book &item : items) {
            if (auto upserted = books.upsert(item, clock.nowMs()); !upserted)
                return upserted;
        }
        return {};
    });
    if (!added)
        return added.error();
    return report.imported + items.size();
}

PricingSettings DemoData::pricing()
{
    PricingSettings pricing;
    pricing.quickKeys = {
        {QCoreApplication::translate("quire::DemoData", "Card"), QString::fromLatin1(CardCode)},
        {QCoreApplication::translate("quire::DemoData", "Bag"), QString::fromLatin1(BagCode)},
        {QCoreApplication::translate("quire::DemoData", "Wrap"), QString::fromLatin1(WrapCode)},
    };
    pricing.openPriceApprovalLimits.insert(QStringLiteral("EUR"), 5000);
    return pricing;
}

} // namespace quire
