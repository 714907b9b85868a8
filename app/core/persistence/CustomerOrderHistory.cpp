#include "persistence/CustomerOrderHistory.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

Result<QList<CustomerOrderHistory::Entry>> CustomerOrderHistory::ordersOf(qint64 customerId,
                                                                          int limit) const
{
    // Only refunds of the attempt that paid count: money returned for a late
    // capture of an ended attempt was never part of the order's total.
    auto query = m_database.exec(
        QStringLiteral("SELECT o.id, o.status, o.total_minor, o.currency, o.created_at,"
                       " COALESCE((SELECT SUM(r.amount_minor) FROM refunds r"
                       "   JOIN payments p ON p.id = r.payment_id"
                       "   WHERE p.order_id = o.id AND p.status IN ('paid', 'refunded')"
                       "   AND r.status = 'succeeded'), 0)"
                       " FROM orders o WHERE o.created_by = ? ORDER BY o.id DESC LIMIT ?"),
        {customerId, limit});
    if (!query)
        return query.error();
    QList<Entry> entries;
    QSqlQuery &row = query.value();
    while (row.next()) {
        const qint64 orderId = row.value(0).toLongLong();
        const auto status = orderStatusFromDatabaseText(row.value(1).toString());
        const QString currency = row.value(3).toString();
        auto total = Money::fromMinorUnits(row.value(2).toLongLong(), currency);
        auto refunded = Money::fromMinorUnits(row.value(5).toLongLong(), currency);
        if (!status || !total || !refunded)
            return Error::database(
                QCoreApplication::translate("quire::CustomerOrderHistory",
                                            "order %1 is damaged in the database")
                    .arg(orderId));
        entries.append({orderId, QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC),
                        *total, *status, *refunded});
    }
    return entries;
}

} // namespace quire
