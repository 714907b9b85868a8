#pragma once

#include "persistence/Database.h"

#include <QList>
#include <QSqlRecord>
#include <QVariantList>

namespace quire::test {

// Every row `sql` returns, each as its columns' values: what a test compares
// with the rows it expects. A failing query gives no rows (the comparison
// then fails and shows it).
inline QList<QVariantList> queryRows(Database &database, const QString &sql,
                                     const QVariantList &bindings = {})
{
    QList<QVariantList> result;
    auto query = database.exec(sql, bindings);
    if (!query)
        return result;
    while (query.value().next()) {
        QVariantList row;
        for (int column = 0; column < query.value().record().count(); ++column)
            row.append(query.value().value(column));
        result.append(row);
    }
    return result;
}

} // namespace quire::test
