#pragma once

#include "domain/InvoiceBuyer.h"
#include "domain/ReceiptNumber.h"
#include "domain/Result.h"

#include <QString>
#include <optional>

namespace quire {

class Database;

// Rows of `receipt_numbers` and `invoice_buyers` (schema 15). The numbers are
// taken inside the transaction that pays an order (PurchaseFlow::moveOrder)
// or settles a refund (RefundSettlement), with that change's event and audit
// row; the buyer inside InvoiceService's.
class ReceiptNumberRepository final
{
public:
    explicit ReceiptNumberRepository(Database &database)
        : m_database(database)
    {}

    // The order's sale receipt number, taking the next one of its terminal
    // (the terminal of the order's shift, else `terminalId`) unless it has
    // one already. Call inside a write transaction.
    Result<ReceiptNumber> assignSale(qint64 orderId, const QString &terminalId, qint64 nowMs);
    // The same for refund `refundId` of order `orderId`.
    Result<ReceiptNumber> assignRefund(qint64 orderId, qint64 refundId, const QString &terminalId,
                                       qint64 nowMs);

    // Invalid (number 0) when the order or refund has none.
    Result<ReceiptNumber> forSale(qint64 orderId) const;
    Result<ReceiptNumber> forRefund(qint64 refundId) const;

    Result<std::optional<InvoiceBuyer>> buyerOf(qint64 orderId) const;
    Result<void> insertBuyer(qint64 orderId, const InvoiceBuyer &buyer,
                             std::optional<qint64> createdBy, qint64 nowMs);

private:
    Result<ReceiptNumber> assign(const QString &kind, qint64 orderId,
                                 std::optional<qint64> refundId, const QString &terminalId,
                                 qint64 nowMs);
    Result<ReceiptNumber> select(const QString &where, qint64 id) const;

    Database &m_database;
};

} // namespace quire
