#include "persistence/StockRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

Result<bool> StockRepository::take(const QString &isbn13, int quantity)
{
    if (quantity <= 0)
        return Error::invalid(QCoreApplication::translate("quire::StockRepository",
                                                          "a quantity to take must be at least 1"));
    // The condition and the change are one statement: no read can go stale.
    // An item the store does not count (stock_tracked 0) is always there.
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE books SET stock = stock - ? * stock_tracked"
                       " WHERE isbn13 = ? AND (stock >= ? OR stock_tracked = 0)"),
        {quantity, isbn13, quantity});
    if (!updated)
        return updated.error();
    return updated.value()->numRowsAffected() == 1;
}

Result<bool> StockRepository::putBack(const QString &isbn13, int quantity)
{
    if (quantity <= 0)
        return Error::invalid(QCoreApplication::translate(
            "quire::StockRepository", "a quantity to put back must be at least 1"));
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE books SET stock = stock + ? WHERE isbn13 = ? AND stock_tracked = 1"),
        {quantity, isbn13});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() == 1)
        return true;
    auto known
        = m_database.execCached(QStringLiteral("SELECT 1 FROM books WHERE isbn13 = ?"), {isbn13});
    if (!known)
        return known.error();
    if (!known.value()->next())
        return Error::notFound(
            QCoreApplication::translate("quire::StockRepository", "book %1 is not in the catalog")
                .arg(isbn13));
    return false;
}

} // namespace quire
