#include "till/CashDenominations.h"

#include <QHash>

namespace quire {

namespace {

struct Table
{
    QList<qint64> notes;
    QList<qint64> coins;
};

const QHash<QString, Table> &tables()
{
    static const QHash<QString, Table> all{
        {QStringLiteral("EUR"),
         {{50000, 20000, 10000, 5000, 2000, 1000, 500}, {200, 100, 50, 20, 10, 5, 2, 1}}},
        {QStringLiteral("CHF"),
         {{100000, 20000, 10000, 5000, 2000, 1000}, {500, 200, 100, 50, 20, 10, 5}}},
        {QStringLiteral("GBP"), {{5000, 2000, 1000, 500}, {200, 100, 50, 20, 10, 5, 2, 1}}},
        {QStringLiteral("USD"), {{10000, 5000, 2000, 1000, 500, 200, 100}, {25, 10, 5, 1}}},
    };
    return all;
}

} // namespace

QList<qint64> CashDenominations::of(const QString &currency)
{
    const Table table = tables().value(currency);
    return table.notes + table.coins;
}

bool CashDenominations::isDenomination(const QString &currency, qint64 minorUnits)
{
    return of(currency).contains(minorUnits);
}

QList<qint64> CashDenominations::notesOf(const QString &currency)
{
    return tables().value(currency).notes;
}

} // namespace quire
