#include "flows/StockShortage.h"

#include "flows/StockTaking.h"
#include "persistence/PaymentRepository.h"
#include "persistence/RefundLineRepository.h"
#include "persistence/RefundRepository.h"

namespace quire {

Result<std::optional<StockShortage>> StockShortage::ofPayment(Database &database, qint64 paymentId)
{
    auto refunds = RefundRepository(database).forPayment(paymentId);
    if (!refunds)
        return refunds.error();
    for (auto refund = refunds->crbegin(); refund != refunds->crend(); ++refund) {
        if (refund->reason != StockTaking::kReason)
            continue;
        auto lines = RefundLineRepository(database).forRefund(refund->id);
        if (!lines)
            return lines.error();
        auto payment = PaymentRepository(database).find(paymentId);
        if (!payment)
            return payment.error();
        StockShortage shortage;
        shortage.lines = std::move(lines).value();
        shortage.amount = refund->amount;
        shortage.status = refund->status;
        shortage.wholePayment = payment->amount == refund->amount;
        return std::optional<StockShortage>(std::move(shortage));
    }
    return std::optional<StockShortage>();
}

} // namespace quire
