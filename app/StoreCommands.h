#pragma once

#include <QString>

namespace quire {

struct CoreOptions;

// The one-shot commands run from a shell, without a window: each prints
// what it did and returns the process's exit status.
class StoreCommands final
{
public:
    // Imports a catalog CSV into the database and reports each refused row.
    // Exit status: 0 all rows imported, 2 some refused, 1 nothing imported.
    static int importCatalog(const CoreOptions &options, const QString &csvPath, bool strict);
    // Copies the store in --db (a SQLite file) into a new PostgreSQL
    // database and checks counts and totals (docs/deployment.md). Exit
    // status 0 on success.
    static int migrateStore(const CoreOptions &options, const QString &targetUrl);
};

} // namespace quire
