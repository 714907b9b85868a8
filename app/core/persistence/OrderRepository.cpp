#include "persistence/OrderRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>
#include <algorithm>

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

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant optionalInt(bool present, int value)
{
    return present ? QVariant(value) : QVariant(QMetaType::fromType<int>());
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
                           " created_at, updated_at, tax_pricing, discount_reason)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {toDatabaseText(order.status), order.total.minorUnits(), order.total.currency(),
             optionalId(order.createdBy), order.createdAt.toMSecsSinceEpoch(),
             order.updatedAt.toMSecsSinceEpoch(),
             optionalText(order.taxPricing ? toDatabaseText(*order.taxPricing) : QString()),
             optionalText(order.orderDiscountReason)});
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
                           " unit_price_minor, quantity, tax_category, tax_rate_millipercent,"
                           " line_discount_minor, order_discount_minor, discount_reason)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {orderId, line.lineNumber, line.isbn13, line.title, line.unitPrice.minorUnits(),
             line.quantity,
             optionalText(line.taxCategory ? toDatabaseText(*line.taxCategory) : QString()),
             optionalInt(line.taxCategory.has_value(), line.taxRate.millipercent),
             line.lineDiscountMinor, line.orderDiscountMinor, optionalText(line.discountReason)});
        if (!done)
            return done.error();
    }
    for (const TaxTotal &total : order.taxTotals) {
        auto done = m_database.execCached(
            QStringLiteral("INSERT INTO order_taxes (order_id, tax_category, rate_millipercent,"
                           " net_minor, tax_minor, gross_minor) VALUES (?, ?, ?, ?, ?, ?)"),
            {orderId, toDatabaseText(total.category), total.rate.millipercent,
             total.net.minorUnits(), total.tax.minorUnits(), total.gross.minorUnits()});
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
    auto taxes = taxTotalsOf(orderId, order->total.currency());
    if (!taxes)
        return taxes.error();
    order.value().taxTotals = std::move(taxes).value();
    return order;
}

Result<Order> OrderRepository::findHeader(qint64 orderId) const
{
    Order order;
    {
        auto query = m_database.execCached(
            QStringLiteral("SELECT id, status, total_minor, currency, created_by, created_at,"
                           " updated_at, tax_pricing, discount_reason FROM orders WHERE id = ?"),
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
        order.orderDiscountReason = row.value(8).toString();
        if (!row.value(7).isNull()) {
            order.taxPricing = taxPricingFromDatabaseText(row.value(7).toString());
            if (!order.taxPricing)
                return Error::database(
                    QCoreApplication::translate("quire::OrderRepository",
                                                "order %1 has a damaged tax pricing")
                        .arg(orderId));
        }
    }
    return order;
}

Result<QList<OrderLine>> OrderRepository::linesOf(qint64 orderId, const QString &currency) const
{
    auto query = m_database.execCached(
        QStringLiteral(
            "SELECT line_no, isbn13, title, unit_price_minor, quantity, tax_category,"
            " tax_rate_millipercent, line_discount_minor, order_discount_minor, discount_reason"
            " FROM order_lines WHERE order_id = ?"
            " ORDER BY line_no"),
        {orderId});
    if (!query)
        return query.error();
    QList<OrderLine> lines;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        auto price = Money::fromMinorUnits(row.value(3).toLongLong(), currency);
        if (!price)
            return price.error();
        OrderLine line{row.value(0).toInt(),
                       row.value(1).toString(),
                       row.value(2).toString(),
                       *price,
                       row.value(4).toInt(),
                       std::nullopt,
                       TaxRate{}};
        if (!row.value(5).isNull()) {
            line.taxCategory = taxCategoryFromDatabaseText(row.value(5).toString());
            if (!line.taxCategory)
                return Error::database(
                    QCoreApplication::translate("quire::OrderRepository",
                                                "order %1 has a line with a damaged tax category")
                        .arg(orderId));
            line.taxRate = TaxRate{row.value(6).toInt()};
        }
        line.lineDiscountMinor = row.value(7).toLongLong();
        line.orderDiscountMinor = row.value(8).toLongLong();
        line.discountReason = row.value(9).toString();
        lines.append(line);
    }
    return lines;
}

Result<QList<TaxTotal>> OrderRepository::taxTotalsOf(qint64 orderId, const QString &currency) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT tax_category, rate_millipercent, net_minor, tax_minor, gross_minor"
                       " FROM order_taxes WHERE order_id = ?"),
        {orderId});
    if (!query)
        return query.error();
    QList<TaxTotal> totals;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        const auto category = taxCategoryFromDatabaseText(row.value(0).toString());
        auto net = Money::fromMinorUnits(row.value(2).toLongLong(), currency);
        auto tax = Money::fromMinorUnits(row.value(3).toLongLong(), currency);
        auto gross = Money::fromMinorUnits(row.value(4).toLongLong(), currency);
        if (!category || !net || !tax || !gross)
            return Error::database(QCoreApplication::translate("quire::OrderRepository",
                                                               "order %1 has a damaged tax table")
                                       .arg(orderId));
        totals.append({*category, TaxRate{row.value(1).toInt()}, *net, *tax, *gross});
    }
    // The receipt's order: by letter, as TaxCalculator makes them.
    std::sort(totals.begin(), totals.end(), [](const TaxTotal &a, const TaxTotal &b) {
        const auto order = [](TaxCategory c) { return allTaxCategories().indexOf(c); };
        if (a.category != b.category)
            return order(a.category) < order(b.category);
        return b.rate < a.rate;
    });
    return totals;
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
