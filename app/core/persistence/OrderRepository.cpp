#include "persistence/OrderRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromEpochMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

Result<qint64> OrderRepository::insert(const Order &order)
{
    if (!order.total.isValid())
        return Error::invalid(
            QCoreApplication::translate("quire::OrderRepository", "an order needs a total"));
    qint64 orderId = 0;
    {
        auto inserted = m_database.execCached(
            QStringLiteral("INSERT INTO orders (status, total_minor, currency, created_by,"
                           " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {toDatabaseText(order.status), order.total.minorUnits(), order.total.currency(),
             optionalId(order.createdBy), order.createdAt.toMSecsSinceEpoch(),
             order.updatedAt.toMSecsSinceEpoch()});
        if (!inserted)
            return inserted.error();
        QSqlQuery &row = *inserted.value();
        if (!row.next())
            return Error::database(
                QStringLiteral("the new order got no id")); // notr: driver invariant
        orderId = row.value(0).toLongLong();
        row.finish();
    }
    for (const OrderLine &line : order.lines) {
        auto done = m_database.execCached(
            QStringLiteral("INSERT INTO order_lines (order_id, line_no, isbn13, title,"
                           " unit_price_minor, quantity) VALUES (?, ?, ?, ?, ?, ?)"),
            {orderId, line.lineNumber, line.isbn13, line.title, line.unitPrice.minorUnits(),
             line.quantity});
        if (!done)
            return done.error();
    }
    return orderId;
}

Result<Order> OrderRepository::find(qint64 orderId) const
{
    auto order = findHeader(orderId);
    if (!order)
        return order;
    auto lines = linesOf(orderId, order->total.currency());
    if (!lines)
        return lines.error();
    order.value().lines = std::move(lines).value();
    return order;
}

Result<Order> OrderRepository::findHeader(qint64 orderId) const
{
    Order order;
    {
        auto query = m_database.execCached(
            QStringLiteral("SELECT id, status, total_minor, currency, created_by, created_at,"
                           " updated_at FROM orders WHERE id = ?"),
            {orderId});
        if (!query)
            return query.error();
        QSqlQuery &row = *query.value();
        if (!row.next())
            return Error::notFound(
                QCoreApplication::translate("quire::OrderRepository", "order %1 does not exist")
                    .arg(orderId));
        const auto status = orderStatusFromDatabaseText(row.value(1).toString());
        auto total = Money::fromMinorUnits(row.value(2).toLongLong(), row.value(3).toString());
        if (!status || !total)
            return Error::database(
                QCoreApplication::translate("quire::OrderRepository",
                                            "order %1 is damaged in the database")
                    .arg(orderId));
        order.id = row.value(0).toLongLong();
        order.status = *status;
        order.total = *total;
        if (!row.value(4).isNull())
            order.createdBy = row.value(4).toLongLong();
        order.createdAt = fromEpochMs(row.value(5));
        order.updatedAt = fromEpochMs(row.value(6));
    }
    return order;
}

Result<QList<OrderLine>> OrderRepository::linesOf(qint64 orderId, const QString &currency) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT line_no, isbn13, title, unit_price_minor, quantity"
                       " FROM order_lines WHERE order_id = ? ORDER BY line_no"),
        {orderId});
    if (!query)
        return query.error();
    QList<OrderLine> lines;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        auto price = Money::fromMinorUnits(row.value(3).toLongLong(), currency);
        if (!price)
            return price.error();
        lines.append({row.value(0).toInt(), row.value(1).toString(), row.value(2).toString(),
                      *price, row.value(4).toInt()});
    }
    return lines;
}

Result<void> OrderRepository::updateStatus(qint64 orderId, OrderStatus from, OrderStatus to,
                                           qint64 nowMs)
{
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE orders SET status = ?, updated_at = ? WHERE id = ? AND status = ?"),
        {toDatabaseText(to), nowMs, orderId, toDatabaseText(from)});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() != 1)
        return Error::conflict(
            QCoreApplication::translate("quire::OrderRepository", "order %1 is no longer %2")
                .arg(orderId)
                .arg(toDatabaseText(from)));
    return {};
}

Result<QList<qint64>> OrderRepository::idsWithStatus(OrderStatus status) const
{
    // A literal status, not a binding: only then can SQLite use the partial
    // index of open orders (orders_open_idx, migration 0007). The text comes
    // from the enum, never from input.
    auto query = m_database.execCached(
        QStringLiteral("SELECT id FROM orders WHERE status = '%1' ORDER BY id")
            .arg(toDatabaseText(status)));
    if (!query)
        return query.error();
    QList<qint64> ids;
    QSqlQuery &row = *query.value();
    while (row.next())
        ids.append(row.value(0).toLongLong());
    return ids;
}

} // namespace quire
