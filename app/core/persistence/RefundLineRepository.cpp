#include "persistence/RefundLineRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

Result<void> RefundLineRepository::insert(qint64 refundId, qint64 orderId,
                                          const QList<RefundLine> &lines)
{
    for (const RefundLine &line : lines) {
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO refund_lines (refund_id, order_id, line_no, quantity,"
                           " amount_minor, restock, tax_category, tax_rate_millipercent,"
                           " tax_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {refundId, orderId, line.lineNumber, line.quantity, line.amount.minorUnits(),
             line.restock ? 1 : 0,
             line.taxCategory ? QVariant(toDatabaseText(*line.taxCategory))
                              : QVariant(QMetaType::fromType<QString>()),
             line.taxCategory ? QVariant(line.taxRate.millipercent)
                              : QVariant(QMetaType::fromType<int>()),
             line.taxCategory ? QVariant(line.tax.minorUnits())
                              : QVariant(QMetaType::fromType<qint64>())});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<QList<RefundLine>> RefundLineRepository::forRefund(qint64 refundId) const
{
    auto query = m_database.exec(
        QStringLiteral(
            "SELECT r.line_no, l.isbn13, l.title, l.unit_price_minor, r.quantity,"
            " r.amount_minor, r.restock, f.currency, r.tax_category, r.tax_rate_millipercent,"
            " r.tax_minor FROM refund_lines r"
            " JOIN order_lines l ON l.order_id = r.order_id AND l.line_no = r.line_no"
            " JOIN refunds f ON f.id = r.refund_id"
            " WHERE r.refund_id = ? ORDER BY r.line_no"),
        {refundId});
    if (!query)
        return query.error();
    QList<RefundLine> lines;
    QSqlQuery &row = query.value();
    while (row.next()) {
        const QString currency = row.value(7).toString();
        auto unitPrice = Money::fromMinorUnits(row.value(3).toLongLong(), currency);
        auto amount = Money::fromMinorUnits(row.value(5).toLongLong(), currency);
        if (!unitPrice || !amount)
            return Error::database(
                QCoreApplication::translate("quire::RefundLineRepository",
                                            "refund %1 has a damaged line in the database")
                    .arg(refundId));
        RefundLine line;
        line.lineNumber = row.value(0).toInt();
        line.isbn13 = row.value(1).toString();
        line.title = row.value(2).toString();
        line.unitPrice = *unitPrice;
        line.quantity = row.value(4).toInt();
        line.amount = *amount;
        line.restock = row.value(6).toInt() != 0;
        if (!row.value(8).isNull()) {
            line.taxCategory = taxCategoryFromDatabaseText(row.value(8).toString());
            auto tax = Money::fromMinorUnits(row.value(10).toLongLong(), currency);
            if (!line.taxCategory || !tax)
                return Error::database(
                    QCoreApplication::translate("quire::RefundLineRepository",
                                                "refund %1 has a line with damaged tax")
                        .arg(refundId));
            line.taxRate = TaxRate{row.value(9).toInt()};
            line.tax = *tax;
        }
        lines.append(line);
    }
    return lines;
}

Result<QHash<int, int>> RefundLineRepository::claimedQuantities(qint64 orderId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT r.line_no, SUM(r.quantity) FROM refund_lines r"
                       " JOIN refunds f ON f.id = r.refund_id"
                       " WHERE r.order_id = ? AND f.status <> 'failed' GROUP BY r.line_no"),
        {orderId});
    if (!query)
        return query.error();
    QHash<int, int> claimed;
    QSqlQuery &row = query.value();
    while (row.next())
        claimed.insert(row.value(0).toInt(), row.value(1).toInt());
    return claimed;
}

Result<QList<TaxTotal>> RefundLineRepository::reversedTaxes(qint64 orderId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT r.tax_category, r.tax_rate_millipercent, r.amount_minor,"
                       " r.tax_minor, f.currency FROM refund_lines r"
                       " JOIN refunds f ON f.id = r.refund_id"
                       " WHERE r.order_id = ? AND f.status <> 'failed'"
                       " AND r.tax_category IS NOT NULL ORDER BY r.refund_id, r.line_no"),
        {orderId});
    if (!query)
        return query.error();
    QList<TaxTotal> reversed;
    QSqlQuery &row = query.value();
    while (row.next()) {
        const QString currency = row.value(4).toString();
        const auto category = taxCategoryFromDatabaseText(row.value(0).toString());
        const qint64 gross = row.value(2).toLongLong();
        const qint64 tax = row.value(3).toLongLong();
        auto netMoney = Money::fromMinorUnits(gross - tax, currency);
        auto taxMoney = Money::fromMinorUnits(tax, currency);
        auto grossMoney = Money::fromMinorUnits(gross, currency);
        if (!category || !netMoney || !taxMoney || !grossMoney)
            return Error::database(
                QCoreApplication::translate("quire::RefundLineRepository",
                                            "a refund of order %1 has a line with damaged tax")
                    .arg(orderId));
        reversed.append(
            {*category, TaxRate{row.value(1).toInt()}, *netMoney, *taxMoney, *grossMoney});
    }
    return reversed;
}

} // namespace quire
