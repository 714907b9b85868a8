#include "persistence/TenderRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

namespace {

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<qint64> TenderRepository::insert(const CashTender &tender, qint64 nowMs)
{
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO tenders (order_id, shift_id, tender_key, method, status,"
                       " amount_minor, rounding_minor, handed_minor, change_minor, currency,"
                       " created_by, created_at) VALUES (?, ?, ?, 'cash', 'paid', ?, ?, ?, ?, ?,"
                       " ?, ?) RETURNING id"),
        {tender.orderId, tender.shiftId, tender.tenderKey, tender.amount.minorUnits(),
         tender.rounding.minorUnits(), tender.handed.minorUnits(), tender.change.minorUnits(),
         tender.amount.currency(), optionalId(tender.createdBy), nowMs});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error::database(QStringLiteral(
            "the new tender got no id")); // notr: a fault of the program or the driver, for the log
    return inserted.value().value(0).toLongLong();
}

Result<QList<CashTender>> TenderRepository::select(const QString &where,
                                                   const QVariantList &bindings) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, order_id, shift_id, tender_key, status, amount_minor,"
                       " rounding_minor, handed_minor, change_minor, currency, created_by,"
                       " created_at FROM tenders WHERE ")
            + where + QStringLiteral(" ORDER BY id"),
        bindings);
    if (!query)
        return query.error();
    QList<CashTender> tenders;
    QSqlQuery &row = query.value();
    while (row.next()) {
        CashTender tender;
        tender.id = row.value(0).toLongLong();
        tender.orderId = row.value(1).toLongLong();
        tender.shiftId = row.value(2).toLongLong();
        tender.tenderKey = row.value(3).toString();
        tender.refunded = row.value(4).toString() == u"refunded";
        const QString currency = row.value(9).toString();
        auto amount = Money::fromMinorUnits(row.value(5).toLongLong(), currency);
        if (!amount)
            return amount.error();
        tender.amount = *amount;
        tender.rounding = Money::fromMinorUnits(row.value(6).toLongLong(), currency).value();
        tender.handed = Money::fromMinorUnits(row.value(7).toLongLong(), currency).value();
        tender.change = Money::fromMinorUnits(row.value(8).toLongLong(), currency).value();
        if (!row.value(10).isNull())
            tender.createdBy = row.value(10).toLongLong();
        tender.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(11).toLongLong(), Qt::UTC);
        tenders.append(tender);
    }
    return tenders;
}

Result<CashTender> TenderRepository::find(qint64 tenderId) const
{
    auto found = select(QStringLiteral("id = ?"), {tenderId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            QCoreApplication::translate("quire::TenderRepository", "tender %1 does not exist")
                .arg(tenderId));
    return found->constFirst();
}

Result<std::optional<CashTender>> TenderRepository::findByKey(const QString &tenderKey) const
{
    auto found = select(QStringLiteral("tender_key = ?"), {tenderKey});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<CashTender>();
    return std::optional<CashTender>(found->constFirst());
}

Result<QList<CashTender>> TenderRepository::forOrder(qint64 orderId) const
{
    return select(QStringLiteral("order_id = ?"), {orderId});
}

Result<qint64> TenderRepository::paidCashMinor(qint64 orderId) const
{
    auto query = m_database.exec(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM"
                                                " tenders WHERE order_id = ? AND status = 'paid'"),
                                 {orderId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return qint64(0);
    return query.value().value(0).toLongLong();
}

Result<void> TenderRepository::markRefunded(qint64 tenderId, std::optional<qint64> by,
                                            qint64 shiftId, qint64 nowMs)
{
    auto updated = m_database.exec(
        QStringLiteral("UPDATE tenders SET status = 'refunded', refunded_by = ?, refunded_at = ?,"
                       " refund_shift_id = ? WHERE id = ? AND status = 'paid'"),
        {optionalId(by), nowMs, shiftId, tenderId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Error::conflict(
            QCoreApplication::translate("quire::TenderRepository", "tender %1 is not paid")
                .arg(tenderId));
    return {};
}

} // namespace quire
