#pragma once

#include "domain/Actor.h"
#include "domain/InvoiceBuyer.h"
#include "domain/ReceiptNumber.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <optional>

namespace quire {

class PurchaseFlow;

// What a printed receipt needs beyond the order: its number (taken when the
// order was paid or the refund succeeded, schema 15) and, for an invoice,
// the business customer it is addressed to. The screens read them here, so
// a reprint shows the same number and buyer (docs/tax.md "Receipts").
class ReceiptService final
{
    Q_DECLARE_TR_FUNCTIONS(quire::ReceiptService)

public:
    explicit ReceiptService(PurchaseFlow &flow)
        : m_flow(flow)
    {}

    // Invalid (number 0) for an order or refund without one: not paid or
    // not succeeded yet, or settled before schema 15.
    Result<ReceiptNumber> saleNumber(qint64 orderId) const;
    Result<ReceiptNumber> refundNumber(qint64 refundId) const;

    Result<std::optional<InvoiceBuyer>> invoiceBuyer(qint64 orderId) const;
    // Makes the paid (or refunded) order's receipt an invoice to `buyer`:
    // written once, with its event and audit row; a second, different buyer
    // is refused (an invoice, once issued, is not readdressed).
    Result<InvoiceBuyer> recordInvoiceBuyer(qint64 orderId, const InvoiceBuyer &buyer,
                                            const Actor &actor);

private:
    PurchaseFlow &m_flow;
};

} // namespace quire
