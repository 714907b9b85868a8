#include "services/DemoData.h"

#include "catalog/CatalogImporter.h"
#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

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
    return report.imported;
}

} // namespace quire
