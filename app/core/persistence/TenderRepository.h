#pragma once

#include "domain/CashTender.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace quire {

class Database;

// Rows of `tenders` (cash tenders, schema 12). Callers (TenderService,
// PurchaseFlow) put them in transactions with their event and audit rows.
class TenderRepository final
{
public:
    explicit TenderRepository(Database &database)
        : m_database(database)
    {}

    Result<qint64> insert(const CashTender &tender, qint64 nowMs);
    Result<CashTender> find(qint64 tenderId) const;
    Result<std::optional<CashTender>> findByKey(const QString &tenderKey) const;
    Result<QList<CashTender>> forOrder(qint64 orderId) const;
    // What the order's cash tenders still pay of it (refunded ones do not).
    Result<qint64> paidCashMinor(qint64 orderId) const;
    // Paid -> refunded, out of shift `shiftId`'s drawer.
    Result<void> markRefunded(qint64 tenderId, std::optional<qint64> by, qint64 shiftId,
                              qint64 nowMs);

private:
    Result<QList<CashTender>> select(const QString &where, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace quire
