#pragma once

#include "domain/RefundLine.h"
#include "domain/Result.h"
#include "domain/TaxTotal.h"

#include <QHash>
#include <QList>

namespace quire {

class Database;

// The lines of refunds (`refund_lines`). The caller provides the transaction.
class RefundLineRepository final
{
public:
    explicit RefundLineRepository(Database &database)
        : m_database(database)
    {}

    Result<void> insert(qint64 refundId, qint64 orderId, const QList<RefundLine> &lines);
    // With the order line's ISBN, title and unit price.
    Result<QList<RefundLine>> forRefund(qint64 refundId) const;
    // Copies per order line number held by the order's refunds that have
    // not failed (requested, pending or succeeded): what can no longer be
    // refunded again.
    Result<QHash<int, int>> claimedQuantities(qint64 orderId) const;
    // What those refunds give back in tax, one row per refund line (net,
    // tax and gross at the line's rate): TaxCalculator::reversal's
    // `alreadyReversed`.
    Result<QList<TaxTotal>> reversedTaxes(qint64 orderId) const;

private:
    Database &m_database;
};

} // namespace quire
