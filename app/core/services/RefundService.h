#pragma once

#include "auth/SignedInUser.h"
#include "domain/Actor.h"
#include "domain/Refund.h"
#include "domain/RefundLine.h"
#include "domain/Result.h"
#include "persistence/CustomerOrderHistory.h"
#include "persistence/OrderMatch.h"
#include "services/RefundPolicy.h"
#include "services/RefundRequest.h"
#include "services/RefundableOrder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace quire {

class PurchaseFlow;

// Refunds asked for at the counter or the kiosk, under the store's
// RefundPolicy.
//
// requestRefund() decides inside one write transaction — role (read from the
// database for the acting user, so a disabled or demoted account is refused),
// the customer's own order, the window since payment, whole or partial, and
// never more than was paid minus what other refunds already hold — and
// either commits the refund (`requested`, with its lines, its idempotency key,
// a `RefundRequested` event and its audit row) or changes nothing and
// commits only a `refund_refused` audit row with the policy's reason.
// PaymentCoordinator sends a requested refund to the gateway once committed;
// the payment becomes refunded (or stays paid, partially refunded) only when
// the gateway confirms (RefundSettlement).
class RefundService final
{
    Q_DECLARE_TR_FUNCTIONS(quire::RefundService)

public:
    static inline const QString kCustomerRequest = QStringLiteral("customer_request");

    RefundService(PurchaseFlow &flow, RefundPolicy policy);

    const RefundPolicy &policy() const { return m_policy; }
    void setPolicy(const RefundPolicy &policy) { m_policy = policy; }

    // A paid (or refunded) order with its paying attempt and what is left to refund.
    Result<RefundableOrder> refundableOrder(qint64 orderId) const;
    // The same for a screen showing it to `viewer`: staff see any order, a
    // customer only their own (AccessPolicy::checkOrderAction, View, with the
    // role stored in the database). A refusal is Forbidden and audited.
    Result<RefundableOrder> refundableOrder(qint64 orderId, const Actor &viewer) const;
    Result<QList<RefundLine>> linesOf(qint64 refundId) const;

    // Paid and refunded orders for the refund screen, newest first: by
    // receipt number, the customer's name, e-mail or card, within a time
    // range (`text` empty: any; `from`/`until` invalid: open).
    Result<QList<OrderMatch>> findOrders(const QString &text, const QDateTime &from,
                                         const QDateTime &until) const;
    // The order number in a scanned or typed receipt number, if it is one.
    static std::optional<qint64> receiptNumber(const QString &text);
    // A customer's own orders, newest first (the kiosk's "My orders").
    Result<QList<CustomerOrderHistory::Entry>> ordersOf(qint64 customerId) const;

    // Whether the policy lets `user` give refunds at all (nothing recorded):
    // lets a screen ask for a manager's approval before the clerk chooses.
    Result<void> checkRole(const SignedInUser &user) const;

    // Refunds the chosen copies as `actor` (the signed-in user, or the
    // approving manager after an override). Refusals are ErrorKind::Forbidden
    // when they are about who asks (role, someone else's order, a disabled
    // account) and ErrorKind::Invalid when about what is asked (window,
    // copies left, whole orders only), with the reason.
    Result<Refund> requestRefund(const RefundRequest &request, const Actor &actor);
    // Asks again, with a new idempotency key, for the same copies as a
    // refund that failed at the gateway. The window is not checked again:
    // the customer asked in time.
    Result<Refund> retryRefund(qint64 failedRefundId, const Actor &actor);

private:
    struct Authority
    {
        SignedInUser user;
        QString refusal; // empty: allowed
    };
    Result<Authority> authorityOf(const Actor &actor) const;
    Result<Refund> commitRefund(qint64 orderId, const QList<RefundLine> &lines,
                                const QString &reason, const Actor &actor, const QString &retryOf);
    Result<QList<RefundLine>> checkedLines(const RefundableOrder &refundable,
                                           const RefundRequest &request,
                                           const Authority &authority) const;
    // The tax the lines give back (RefundTax), after the order's earlier refunds.
    Result<void> applyTax(const Order &order, QList<RefundLine> &lines) const;
    void auditRefusal(const Actor &actor, qint64 orderId, const QString &reason);

    PurchaseFlow &m_flow;
    RefundPolicy m_policy;
};

} // namespace quire
