#pragma once

#include <QSet>
#include <QStringList>

namespace quire {
class Database;
}

namespace quire::test {

// Reads a store's database and lists every way its history breaks the
// order and payment lifecycles (docs/flows.md); empty when it is sound:
//  - every payment has one PaymentStarted and at most one outcome
//    (PaymentSucceeded, PaymentFailed, PaymentCancelled, PaymentTimedOut),
//    PaymentRefunded only after PaymentSucceeded, at most once;
//  - every order has one OrderCreated, at most one of OrderPaid and
//    OrderCancelled, OrderRefunded only after OrderPaid;
//  - each status column equals the status its last lifecycle event names
//    (so no event row exists without its committed status change, and no
//    status change without its event);
//  - an order is paid (or refunded) exactly when one of its attempts is paid
//    (or refunded), never two;
//  - no gateway event claim is left half-done ('processing').
class LifecycleAudit final
{
public:
    static QStringList run(const Database &database);
    // Every attempt that ended (failed, cancelled, timed out) while its
    // session is still open at the gateway (`openAtGateway`, its session
    // ids) must still be followed: the gateway has not confirmed it closed
    // (payments.session_closed_at). With `allFollowedUp`, not even that: the
    // restarted app must have closed every such session by now.
    static QStringList sessionsLeftOpen(const Database &database,
                                        const QSet<QString> &openAtGateway,
                                        bool allFollowedUp = false);
};

} // namespace quire::test
