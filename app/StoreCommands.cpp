#include "StoreCommands.h"

#include "catalog/CatalogImporter.h"
#include "persistence/Database.h"
#include "persistence/Migrator.h"
#include "persistence/StoreCopier.h"
#include "services/CoreOptions.h"
#include "support/SystemClock.h"

#include <QCoreApplication>
#include <cstdio>

namespace quire {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "quire: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int StoreCommands::importCatalog(const CoreOptions &options, const QString &csvPath, bool strict)
{
    SystemClock clock;
    auto password = options.databasePassword();
    if (!password)
        return fail(password.error().message);
    auto database = Database::open(options.databasePath, *password, QStringLiteral("quire-import"));
    if (!database)
        return fail(database.error().message);
    if (auto migrated = Migrator(**database, clock).migrate(); !migrated)
        return fail(migrated.error().message);
    CatalogImporter importer(**database, clock);
    const ImportReport report = importer.importFile(
        csvPath, strict ? CatalogImporter::Mode::Strict : CatalogImporter::Mode::Lenient);
    for (const ImportProblem &problem : report.problems)
        std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(csvPath), problem.line,
                     qPrintable(problem.reason));
    if (!report.committed) {
        std::fprintf(stderr, "quire: nothing imported: %s\n", qPrintable(report.fatalError));
        return 1;
    }
    std::printf("%s\n", qPrintable(QCoreApplication::translate(
                                       "main", "Imported %1 of %2 rows into %3; %4 refused.")
                                       .arg(report.imported)
                                       .arg(report.rowsRead)
                                       .arg((*database)->location())
                                       .arg(report.problems.size())));
    return report.problems.isEmpty() ? 0 : 2;
}

int StoreCommands::migrateStore(const CoreOptions &options, const QString &targetUrl)
{
    SystemClock clock;
    if (!Database::isPostgresUrl(targetUrl))
        return fail(QCoreApplication::translate("main", "--migrate-to needs a postgresql:// URL"));
    auto password = options.databasePassword();
    if (!password)
        return fail(password.error().message);
    auto source = Database::openSqlite(options.databasePath);
    if (!source)
        return fail(source.error().message);
    auto target = Database::open(targetUrl, *password, QStringLiteral("quire-migrate"));
    if (!target)
        return fail(target.error().message);
    for (Database *database : {source->get(), target->get()}) {
        if (auto migrated = Migrator(*database, clock).migrate(); !migrated)
            return fail(migrated.error().message);
    }
    auto report = StoreCopier(**source, **target).copy();
    if (!report)
        return fail(report.error().message);
    for (const auto &table : std::as_const(report->tables))
        std::printf("%-16s %10lld rows\n", qPrintable(table.table), table.targetRows);
    for (const QString &total : std::as_const(report->totals))
        std::printf("%s\n", qPrintable(total));
    std::printf("%s\n", qPrintable(QCoreApplication::translate(
                                       "main", "Copied %1 into %2; counts and totals match.")
                                       .arg((*source)->location(), (*target)->location())));
    return 0;
}

} // namespace quire
