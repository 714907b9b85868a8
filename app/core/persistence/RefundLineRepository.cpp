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
                           " amount_minor, restock) VALUES (?, ?, ?, ?, ?, ?)"),
            {refundId, orderId, line.lineNumber, line.quantity, line.amount.minorUnits(),
             line.restock ? 1 : 0});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<QList<RefundLine>> RefundLineRepository::forRefund(qint64 refundId) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT r.line_no, l.isbn13, l.title, l.unit_price_minor, r.quantity,"
                       " r.amount_minor, r.restock, f.currency FROM refund_lines r"
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

} // namespace quire
