#include "services/ReceiptService.h"

#include "domain/EventType.h"
#include "flows/PurchaseFlow.h"
#include "flows/PurchaseSteps.h"
#include "persistence/ReceiptNumberRepository.h"
#include "services/StoreSettings.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcReceipt, "quire.receipts")

bool sameBuyer(const InvoiceBuyer &a, const InvoiceBuyer &b)
{
    return a.name == b.name && a.address == b.address && a.vatNumber == b.vatNumber;
}

} // namespace

Result<ReceiptNumber> ReceiptService::saleNumber(qint64 orderId) const
{
    return ReceiptNumberRepository(m_flow.database()).forSale(orderId);
}

Result<ReceiptNumber> ReceiptService::refundNumber(qint64 refundId) const
{
    return ReceiptNumberRepository(m_flow.database()).forRefund(refundId);
}

Result<std::optional<InvoiceBuyer>> ReceiptService::invoiceBuyer(qint64 orderId) const
{
    return ReceiptNumberRepository(m_flow.database()).buyerOf(orderId);
}

Result<InvoiceBuyer> ReceiptService::recordInvoiceBuyer(qint64 orderId, const InvoiceBuyer &buyer,
                                                        const Actor &actor)
{
    InvoiceBuyer clean;
    clean.name = buyer.name.trimmed();
    for (const QString &line : buyer.address) {
        if (!line.trimmed().isEmpty())
            clean.address.append(line.trimmed());
    }
    clean.vatNumber = StoreSettings::normalizedVatNumber(buyer.vatNumber);
    if (clean.name.isEmpty())
        return Error::invalid(tr("An invoice needs the buyer's name."));
    if (clean.address.isEmpty())
        return Error::invalid(tr("An invoice needs the buyer's address."));
    if (!clean.vatNumber.isEmpty()) {
        if (const QString problem = StoreSettings::vatNumberProblem(clean.vatNumber);
            !problem.isEmpty())
            return Error::invalid(tr("The buyer's VAT number: %1").arg(problem));
    }

    auto recorded = m_flow.transact([&](PurchaseSteps &steps) -> Result<InvoiceBuyer> {
        ReceiptNumberRepository receipts(steps.database());
        auto order = m_flow.findOrderHeader(orderId);
        if (!order)
            return order.error();
        if (order->status != OrderStatus::Paid && order->status != OrderStatus::Refunded)
            return Error::conflict(tr("Order %1 is not paid: it has no invoice yet.").arg(orderId));
        auto existing = receipts.buyerOf(orderId);
        if (!existing)
            return existing.error();
        if (*existing) {
            if (sameBuyer(**existing, clean))
                return clean; // the same details again: nothing to write
            return Error::conflict(
                tr("The invoice of order %1 was issued to %2; it cannot be readdressed.")
                    .arg(orderId)
                    .arg((*existing)->name));
        }
        if (auto inserted = receipts.insertBuyer(orderId, clean, actor.userId, steps.nowMs());
            !inserted)
            return inserted.error();
        auto number = receipts.forSale(orderId);
        if (!number)
            return number.error();
        if (auto event
            = steps.recordEvent(EventType::InvoiceBuyerRecorded, AggregateType::Order, orderId,
                                {{QStringLiteral("orderId"), orderId},
                                 {QStringLiteral("receiptNumber"), number->text()},
                                 {QStringLiteral("name"), clean.name},
                                 {QStringLiteral("address"), clean.address.join(u'\n')},
                                 {QStringLiteral("vatNumber"), clean.vatNumber}},
                                QStringLiteral("invoice to %1").arg(clean.name), actor);
            !event)
            return event.error();
        return clean;
    });
    if (recorded)
        qCInfo(lcReceipt) << "order" << orderId << "invoiced to a business customer";
    return recorded;
}

} // namespace quire
