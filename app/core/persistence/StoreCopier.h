#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace quire {

class Database;

// Moves a store from one database to another (a single-terminal SQLite file
// onto the PostgreSQL server its terminals will share): every table copied
// row by row with its ids, in one transaction on the target, then checked.
// Both databases must be at the same (latest) schema version; the target
// must hold no store data yet. The source is only read.
class StoreCopier final
{
public:
    struct TableReport
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
    };
    struct Report
    {
        QList<TableReport> tables;
        // Money, by the sums that matter, as "what=minor units" lines: the
        // same on both sides or the copy is refused.
        QStringList totals;
    };

    StoreCopier(Database &source, Database &target);

    // Copies and verifies; on any difference nothing stays in the target.
    Result<Report> copy();

    // The store's tables, parents before children (foreign keys).
    static const QStringList &tables();

private:
    Result<qint64> copyTable(const QString &table);
    static Result<qint64> count(Database &database, const QString &table);
    static Result<QStringList> totals(Database &database);

    Database &m_source;
    Database &m_target;
};

} // namespace quire
