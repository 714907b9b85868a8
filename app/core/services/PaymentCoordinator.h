#pragma once

#include "domain/Actor.h"
#include "domain/DomainEvent.h"
#include "domain/Payment.h"
#include "domain/Result.h"
#include "gateway/CheckoutSession.h"
#include "gateway/GatewayError.h"
#include "services/PaymentSettings.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace quire {

class AlertCenter;
class CallbackProcessor;
class GatewayClient;
class PurchaseFlow;

// Runs payment attempts against the gateway and makes sure each one ends.
//
// - beginPayment() commits a pending attempt (with its idempotency key and
//   deadline) before the first gateway call, then opens a checkout session;
//   a lost answer is retried with the same key, so there is never a second
//   session or charge.
// - Callbacks normally settle an attempt. Without one, the coordinator asks
//   the gateway (backing off), and raises gateway_unresponsive when it keeps
//   failing; an answer resolves it.
// - The deadline is the customer's inactivity (noteCustomerActivity()),
//   within an absolute bound from the start. At its deadline an attempt is
//   expired on the gateway; if it had been paid meanwhile it is treated as
//   paid, otherwise it times out and the order is cancelled.
// - A declined card fails the attempt, but its session stays open so the
//   customer can try another card on the same page (a success there is the
//   sale while nobody moved on; see CallbackProcessor). The session is
//   expired when the page is closed (closePaymentPage()), a new attempt for
//   the order begins, the order is cancelled, or the page sits idle too long.
// - Every duration (deadlines, polls, backoff) runs on the monotonic clock,
//   so setting the system time neither times out nor stalls a payment. The
//   stored deadline (payments.expires_at) is a wall-clock time for display
//   and for a restart, which rebuilds the monotonic deadline from the time
//   that was left.
// - Requested refunds are sent (same key on every retry) and settled from
//   the answer or the callback, whichever comes first.
// Everything it learns from the API goes through CallbackProcessor::applyEvent,
// so a callback and a poll can never both move the same payment.
class PaymentCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentCoordinator)

public:
    PaymentCoordinator(PurchaseFlow &flow, GatewayClient &gateway, CallbackProcessor &callbacks,
                       AlertCenter &alerts, PaymentSettings settings, QObject *parent = nullptr);
    ~PaymentCoordinator() override;

    // Picks up every pending payment, every ended attempt whose session the
    // gateway has not confirmed closed, and every open refund after a start.
    Result<void> reconcileAll();

    // A new attempt for an open order; the page URL follows in paymentPageReady().
    Result<Payment> beginPayment(qint64 orderId, const Actor &actor);
    // From now on beginPayment() refuses with `reason` (the database was
    // found damaged). Attempts already under way still settle: their money
    // may already have moved.
    void refuseNewPayments(const QString &reason);
    bool refusesNewPayments() const { return !m_refusal.isEmpty(); }
    // The customer left the payment page with Cancel.
    Result<void> cancelPayment(qint64 paymentId, const Actor &actor);
    // The customer is doing something on the attempt's page (typing, a
    // navigation, a challenge frame loading): the inactivity deadline starts
    // again, within the attempt's absolute bound.
    void noteCustomerActivity(qint64 paymentId);
    // The customer or clerk left the page of a declined attempt: its session
    // is expired now, so nobody can pay on it any more.
    void closePaymentPage(qint64 paymentId);
    // Whether a declined attempt's page is still open for another card.
    bool isDeclinedPageOpen(qint64 paymentId) const;
    // Sends a requested refund to the gateway.
    void executeRefund(qint64 refundId);

    // The hosted page of a pending attempt (kept in memory only: it carries a token).
    QUrl paymentPageUrl(qint64 paymentId) const;
    bool isGatewayReachable() const { return m_gatewayReachable; }
    int trackedPayments() const { return int(m_tracked.size()); }

Q_SIGNALS:
    void paymentPageReady(qint64 paymentId, const QUrl &url);
    // The attempt could not get a page. `final` false: still retrying.
    void paymentPageUnavailable(qint64 paymentId, const QString &reason, bool final);
    void gatewayReachabilityChanged(bool reachable);
    // A declined attempt's page was left unused until its deadline (or the
    // gateway closed it): its session is being expired.
    void declinedPageExpired(qint64 paymentId);

private:
    // Every *Ms below is a monotonic reading (Clock::monotonicMs), except
    // storedDeadlineWallMs, which mirrors payments.expires_at.
    struct Tracked
    {
        qint64 orderId = 0;
        QString sessionId;
        QUrl pageUrl;
        qint64 deadlineMs = 0; // the inactivity deadline, never past boundMs
        qint64 boundMs = 0;    // the absolute end, however active the page
        qint64 storedDeadlineWallMs = 0;
        qint64 nextCheckMs = 0;
        int checks = 0;
        bool busy = false; // a gateway call for it is in flight
        bool expiring = false;
        bool declined = false; // failed by a decline; the page stays open for another card
    };
    struct RefundRetry
    {
        qint64 nextTryMs = 0;
        int tries = 0;
        bool busy = false;
    };

    void track(const Payment &payment);
    void closeDeclinedPages(qint64 orderId);
    void startClosing(Tracked &tracked);
    void createSession(qint64 paymentId);
    void onTick();
    void check(qint64 paymentId);
    void expire(qint64 paymentId);
    // False when what the session says could not be committed.
    bool applySession(qint64 paymentId, const CheckoutSession &session, const QString &source);
    // Ended attempts whose session may still be open: expire (or check) it again.
    Result<qsizetype> resumeSessionFollowUps();
    // The gateway confirmed the session closed (expired, paid, or unknown to it).
    void closeSessionFollowUp(qint64 paymentId);
    void onEventPublished(const quire::DomainEvent &event);
    void noteGatewayAnswered();
    void noteGatewayFailed(const GatewayError &error);
    qint64 backoffMs(int checks) const;
    qint64 timeoutMs() const;
    qint64 boundMs() const;
    // The monotonic clock, for every duration; the wall clock only for what is stored.
    qint64 monotonicMs() const;
    qint64 wallMs() const;

    PurchaseFlow &m_flow;
    GatewayClient &m_gateway;
    CallbackProcessor &m_callbacks;
    AlertCenter &m_alerts;
    PaymentSettings m_settings;
    QTimer m_tick;
    QHash<qint64, Tracked> m_tracked;
    QHash<qint64, RefundRetry> m_refunds;
    QString m_refusal;
    int m_consecutiveFailures = 0;
    bool m_gatewayReachable = true;
};

} // namespace quire
