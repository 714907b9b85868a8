#include "services/PaymentCoordinator.h"

#include "flows/PurchaseFlow.h"
#include "flows/RefundSettlement.h"
#include "gateway/CallbackProcessor.h"
#include "gateway/CheckoutSessionRequest.h"
#include "gateway/GatewayClient.h"
#include "persistence/InstallationRepository.h"
#include "persistence/OrderRepository.h"
#include "persistence/PaymentRepository.h"
#include "persistence/RefundRepository.h"
#include "persistence/SessionFollowUpRepository.h"
#include "services/AlertCenter.h"
#include "support/Clock.h"

#include <QLoggingCategory>

namespace quire {

namespace {
Q_LOGGING_CATEGORY(lcPayments, "quire.payments", QtInfoMsg)
} // namespace

namespace {

const Actor kCoordinator = Actor::system(QStringLiteral("payment-coordinator"));
const QString kUnresponsive = QStringLiteral("gateway_unresponsive");

// Stripe wants a session to live at least 30 minutes (and at most 24 hours);
// it is made to outlive the attempt's absolute bound by this much, so Quire
// always ends the attempt, and closes the session, before the gateway would.
constexpr qint64 kSessionLifetimeMarginMs = 30 * 60 * 1000;
constexpr qint64 kLongestSessionMs = 24 * 60 * 60 * 1000;

std::optional<RefundStatus> refundStatusOf(const GatewayRefund &refund)
{
    switch (refund.status) {
    case GatewayRefund::Status::Pending:
        return RefundStatus::Pending;
    case GatewayRefund::Status::Succeeded:
        return RefundStatus::Succeeded;
    case GatewayRefund::Status::Failed:
    case GatewayRefund::Status::Canceled:
        return RefundStatus::Failed;
    }
    return std::nullopt;
}

} // namespace

PaymentCoordinator::PaymentCoordinator(PurchaseFlow &flow, GatewayClient &gateway,
                                       CallbackProcessor &callbacks, AlertCenter &alerts,
                                       PaymentSettings settings, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_gateway(gateway)
    , m_callbacks(callbacks)
    , m_alerts(alerts)
    , m_settings(std::move(settings))
{
    connect(&m_flow, &PurchaseFlow::eventPublished, this, &PaymentCoordinator::onEventPublished);
    connect(&m_callbacks, &CallbackProcessor::refundRequested, this,
            &PaymentCoordinator::executeRefund);
    m_tick.setInterval(m_settings.tickIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &PaymentCoordinator::onTick);
    m_tick.start();
}

PaymentCoordinator::~PaymentCoordinator() = default;

qint64 PaymentCoordinator::monotonicMs() const
{
    return m_flow.clock().monotonicMs();
}

qint64 PaymentCoordinator::wallMs() const
{
    return m_flow.clock().nowMs();
}

qint64 PaymentCoordinator::timeoutMs() const
{
    return qint64(m_settings.paymentTimeoutSeconds) * 1000;
}

qint64 PaymentCoordinator::boundMs() const
{
    const qint64 bound = std::max(qint64(m_settings.paymentMaxSeconds) * 1000, timeoutMs());
    return std::min(bound, kLongestSessionMs - kSessionLifetimeMarginMs);
}

qint64 PaymentCoordinator::backoffMs(int checks) const
{
    qint64 delay = m_settings.firstPollAfterMs;
    for (int i = 1; i < checks && delay < m_settings.maxPollIntervalMs; ++i)
        delay *= 2;
    return std::min<qint64>(delay, m_settings.maxPollIntervalMs);
}

Result<void> PaymentCoordinator::reconcileAll()
{
    PaymentRepository payments(m_flow.database());
    auto pending = payments.withStatus(PaymentStatus::Pending);
    if (!pending)
        return pending.error();
    for (const Payment &payment : pending.value()) {
        track(payment);
        m_tracked[payment.id].nextCheckMs = monotonicMs(); // ask the gateway at once
    }
    RefundRepository refunds(m_flow.database());
    for (RefundStatus status : {RefundStatus::Requested, RefundStatus::Pending}) {
        auto open = refunds.withStatus(status);
        if (!open)
            return open.error();
        for (const Refund &refund : open.value())
            m_refunds.insert(refund.id, RefundRetry{monotonicMs(), 0, false});
    }
    auto followUps = resumeSessionFollowUps();
    if (!followUps)
        return followUps.error();
    qCInfo(lcPayments) << "reconciling" << pending->size() << "pending payments," << *followUps
                       << "sessions of ended attempts and" << m_refunds.size() << "open refunds";
    onTick();
    return {};
}

Result<qsizetype> PaymentCoordinator::resumeSessionFollowUps()
{
    auto open = SessionFollowUpRepository(m_flow.database()).open();
    if (!open)
        return open.error();
    qsizetype resumed = 0;
    for (const SessionFollowUpRepository::FollowUp &followUp : std::as_const(open.value())) {
        if (m_tracked.contains(followUp.paymentId))
            continue;
        // As after a failed expiry: expire it, or see how it ended.
        Tracked tracked;
        tracked.sessionId = followUp.sessionId;
        tracked.expiring = true;
        tracked.nextCheckMs = monotonicMs();
        m_tracked.insert(followUp.paymentId, tracked);
        ++resumed;
    }
    return resumed;
}

void PaymentCoordinator::closeSessionFollowUp(qint64 paymentId)
{
    m_tracked.remove(paymentId);
    auto closed = m_flow.database().writeTransaction([&]() -> Result<void> {
        return SessionFollowUpRepository(m_flow.database()).markClosed(paymentId, wallMs());
    });
    // Not lost: the attempt is followed again after the next start.
    if (!closed)
        qCWarning(lcPayments) << "payment" << paymentId
                              << "session closed, not recorded:" << closed.error();
}

void PaymentCoordinator::refuseNewPayments(const QString &reason)
{
    m_refusal = reason;
}

Result<Payment> PaymentCoordinator::beginPayment(qint64 orderId, const Actor &actor)
{
    if (!m_refusal.isEmpty())
        return Error::conflict(m_refusal);
    // Without the database nothing about a payment could be recorded: take none.
    if (m_flow.database().isConnectionLost())
        return Error::database(tr("The store database cannot be reached, so no payment can be "
                                  "taken. Quire is reconnecting; try again in a moment."));
    // Who may take this order's payment, from the stored role (PurchaseFlow).
    if (auto allowed = m_flow.authorizePayment(orderId, actor); !allowed)
        return allowed.error();
    auto payment = m_flow.transact([&](PurchaseSteps &steps) -> Result<Payment> {
        auto started = steps.startPayment(orderId, actor);
        if (!started)
            return started;
        // Stored as a wall-clock time (shown, and read after a restart); the
        // running deadline is monotonic (track()).
        const qint64 deadline = steps.nowMs() + timeoutMs();
        if (auto set = PaymentRepository(steps.database()).setExpiry(started->id, deadline); !set)
            return set.error();
        Payment withDeadline = *started;
        withDeadline.expiresAt = QDateTime::fromMSecsSinceEpoch(deadline, Qt::UTC);
        return withDeadline;
    });
    if (!payment)
        return payment;
    // A declined attempt's page may still be open: this attempt replaces it.
    closeDeclinedPages(payment->orderId);
    track(*payment);
    createSession(payment->id);
    return payment;
}

void PaymentCoordinator::track(const Payment &payment)
{
    // The stored times are wall-clock; what is left of them becomes a
    // monotonic deadline. For a new attempt that is the whole timeout; after
    // a restart it is the time that was left (a wall-clock step while the app
    // was down is the one thing that can shift it, and never beyond the
    // timeout or the absolute bound).
    const qint64 monotonic = monotonicMs();
    const qint64 wall = wallMs();
    const qint64 sinceStart
        = payment.createdAt.isValid() ? wall - payment.createdAt.toMSecsSinceEpoch() : 0;
    const qint64 boundLeft
        = std::clamp<qint64>(boundMs() - std::max<qint64>(sinceStart, 0), 0, boundMs());
    const qint64 left
        = payment.expiresAt.isValid() ? payment.expiresAt.toMSecsSinceEpoch() - wall : timeoutMs();
    Tracked tracked;
    tracked.orderId = payment.orderId;
    tracked.sessionId = payment.gatewaySessionId;
    tracked.boundMs = monotonic + boundLeft;
    tracked.deadlineMs = monotonic + std::clamp<qint64>(left, 0, std::min(timeoutMs(), boundLeft));
    tracked.storedDeadlineWallMs = payment.expiresAt.isValid()
                                       ? payment.expiresAt.toMSecsSinceEpoch()
                                       : wall + (tracked.deadlineMs - monotonic);
    tracked.nextCheckMs = monotonic + m_settings.firstPollAfterMs;
    m_tracked.insert(payment.id, tracked);
}

void PaymentCoordinator::noteCustomerActivity(qint64 paymentId)
{
    auto tracked = m_tracked.find(paymentId);
    if (tracked == m_tracked.end() || tracked->expiring)
        return;
    const qint64 monotonic = monotonicMs();
    tracked->deadlineMs
        = std::max(tracked->deadlineMs, std::min(monotonic + timeoutMs(), tracked->boundMs));
    if (tracked->declined)
        return; // a failed attempt's stored deadline means nothing any more
    // The stored deadline follows, a few times per timeout at most: every
    // keystroke is not worth a write, and the one that counts is the
    // in-memory deadline.
    const qint64 wallDeadline = wallMs() + (tracked->deadlineMs - monotonic);
    const qint64 step = std::max<qint64>(1000, timeoutMs() / 10);
    if (std::abs(wallDeadline - tracked->storedDeadlineWallMs) < step)
        return;
    auto stored = m_flow.database().writeTransaction([&]() -> Result<void> {
        return PaymentRepository(m_flow.database()).setExpiry(paymentId, wallDeadline);
    });
    if (!stored) {
        qCWarning(lcPayments) << "payment" << paymentId << "deadline not stored:" << stored.error();
        return;
    }
    tracked->storedDeadlineWallMs = wallDeadline;
}

void PaymentCoordinator::closePaymentPage(qint64 paymentId)
{
    auto tracked = m_tracked.find(paymentId);
    if (tracked == m_tracked.end() || !tracked->declined || tracked->expiring)
        return;
    qCInfo(lcPayments) << "payment" << paymentId << "declined page closed";
    startClosing(*tracked);
}

bool PaymentCoordinator::isDeclinedPageOpen(qint64 paymentId) const
{
    const auto tracked = m_tracked.constFind(paymentId);
    return tracked != m_tracked.cend() && tracked->declined && !tracked->expiring;
}

void PaymentCoordinator::closeDeclinedPages(qint64 orderId)
{
    for (auto tracked = m_tracked.begin(); tracked != m_tracked.end(); ++tracked) {
        if (tracked->orderId == orderId && tracked->declined && !tracked->expiring) {
            qCInfo(lcPayments) << "payment" << tracked.key()
                               << "declined page closed: the order moved on";
            startClosing(*tracked);
        }
    }
}

void PaymentCoordinator::startClosing(Tracked &tracked)
{
    tracked.expiring = true;
    tracked.nextCheckMs = monotonicMs();
}

void PaymentCoordinator::createSession(qint64 paymentId)
{
    auto tracked = m_tracked.find(paymentId);
    if (tracked == m_tracked.end() || tracked->busy)
        return;
    auto payment = PaymentRepository(m_flow.database()).find(paymentId);
    auto order = payment ? OrderRepository(m_flow.database()).find(payment->orderId)
                         : Result<Order>(payment.error());
    if (!payment || !order) {
        qCWarning(lcPayments) << "cannot open a session for payment" << paymentId << ":"
                              << (payment ? order.error() : payment.error());
        tracked->nextCheckMs = monotonicMs() + backoffMs(++tracked->checks);
        return;
    }
    auto installation = InstallationRepository(m_flow.database()).read();
    if (!installation) {
        qCWarning(lcPayments) << "cannot open a session for payment" << paymentId << ":"
                              << installation.error();
        tracked->nextCheckMs = monotonicMs() + backoffMs(++tracked->checks);
        return;
    }

    CheckoutSessionRequest request;
    request.currency = payment->amount.currency();
    for (const OrderLine &line : order->lines)
        request.lines.append({line.title, line.unitPrice.minorUnits(), line.quantity});
    request.clientReferenceId = QString::number(order->id);
    request.quirePaymentId = QString::number(payment->id);
    if (payment->id > installation->paymentsBefore)
        request.quireInstallationId = installation->id;
    request.successUrl = m_settings.successUrl;
    request.cancelUrl = m_settings.cancelUrl;
    // The gateway knows only wall-clock times: the attempt's absolute end from now on.
    request.expiresAt = QDateTime::fromMSecsSinceEpoch(
        wallMs() + std::max<qint64>(tracked->boundMs - monotonicMs(), 0) + kSessionLifetimeMarginMs,
        Qt::UTC);

    tracked->busy = true;
    m_gateway.createCheckoutSession(
        request, payment->idempotencyKey, this,
        [this, paymentId,
         expected = payment->amount](const GatewayResult<CheckoutSession> &result) {
            auto tracked = m_tracked.find(paymentId);
            if (tracked != m_tracked.end())
                tracked->busy = false;
            if (!result) {
                const GatewayError &error = result.error();
                if (error.isRetryable() || error.outcomeUnknown
                    || error.source == GatewayError::Source::Network) {
                    noteGatewayFailed(error);
                    if (tracked != m_tracked.end())
                        tracked->nextCheckMs = monotonicMs() + backoffMs(++tracked->checks);
                    Q_EMIT paymentPageUnavailable(paymentId, error.summary(), false);
                    return;
                }
                noteGatewayAnswered();
                const QString reason
                    = tr("The payment service refused the payment: %1").arg(error.message);
                if (auto failed = m_flow.recordPaymentFailed(paymentId, reason, kCoordinator);
                    !failed)
                    qCWarning(lcPayments) << "payment" << paymentId << failed.error();
                Q_EMIT paymentPageUnavailable(paymentId, reason, true);
                return;
            }
            noteGatewayAnswered();
            const CheckoutSession &session = *result;
            if (session.amountTotal != expected.minorUnits()
                || session.currency.toUpper() != expected.currency()) {
                // Asking again with the same key would only return this same
                // session: the attempt stops here, once, and the session is
                // closed so nobody pays the wrong amount on it.
                m_alerts.raise(QStringLiteral("session_mismatch"),
                               tr("The payment service opened a session for a different amount "
                                  "for payment %1.")
                                   .arg(paymentId),
                               paymentId);
                auto closing = m_tracked.find(paymentId);
                if (closing == m_tracked.end())
                    closing = m_tracked.insert(paymentId, Tracked{});
                closing->sessionId = session.id;
                closing->pageUrl.clear();
                startClosing(*closing);
                const QString reason = tr("The payment service opened a session for a different "
                                          "amount; this payment attempt was stopped.");
                if (auto failed = m_flow.recordPaymentFailed(paymentId, reason, kCoordinator);
                    !failed)
                    qCInfo(lcPayments) << "payment" << paymentId << failed.error();
                Q_EMIT paymentPageUnavailable(paymentId, reason, true);
                return;
            }
            auto attached = m_flow.database().writeTransaction([&]() -> Result<void> {
                // expires_at keeps the stored (wall-clock) deadline.
                return PaymentRepository(m_flow.database())
                    .attachGatewaySession(paymentId, session.id, session.paymentIntent,
                                          tracked != m_tracked.end() ? tracked->storedDeadlineWallMs
                                                                     : wallMs());
            });
            if (!attached) {
                qCWarning(lcPayments) << "payment" << paymentId << attached.error();
                return; // the next check creates again with the same key
            }
            if (tracked == m_tracked.end() || tracked->expiring) {
                // The attempt ended while the session was being made: close it.
                if (tracked == m_tracked.end())
                    tracked = m_tracked.insert(paymentId, Tracked{});
                tracked->sessionId = session.id;
                startClosing(*tracked);
                return;
            }
            tracked->sessionId = session.id;
            tracked->pageUrl = session.url;
            tracked->checks = 0;
            tracked->nextCheckMs = monotonicMs() + m_settings.firstPollAfterMs;
            qCInfo(lcPayments) << "payment" << paymentId << "has session" << session.id;
            Q_EMIT paymentPageReady(paymentId, session.url);
        });
}

QUrl PaymentCoordinator::paymentPageUrl(qint64 paymentId) const
{
    return m_tracked.value(paymentId).pageUrl;
}

Result<void> PaymentCoordinator::cancelPayment(qint64 paymentId, const Actor &actor)
{
    if (auto allowed = m_flow.authorizePaymentCancel(paymentId, actor); !allowed)
        return allowed;
    // The session is expired afterwards (onEventPublished), so it cannot be
    // paid any more; if it was paid in the meantime that payment is refunded.
    return m_flow.recordPaymentCancelled(paymentId, actor);
}

void PaymentCoordinator::onTick()
{
    const qint64 now = monotonicMs();
    const auto ids = m_tracked.keys();
    for (qint64 id : ids) {
        const Tracked &tracked = m_tracked[id];
        if (tracked.busy)
            continue;
        const bool pastDeadline = !tracked.expiring && now >= tracked.deadlineMs;
        if (!pastDeadline && now < tracked.nextCheckMs)
            continue;
        if (pastDeadline && tracked.declined) {
            // Nobody used the declined page in time: the order stays open for
            // the clerk, the page goes.
            qCInfo(lcPayments) << "payment" << id << "declined page idle: closing it";
            startClosing(m_tracked[id]);
            Q_EMIT declinedPageExpired(id);
            if (!m_tracked.contains(id) || m_tracked[id].busy)
                continue;
        }
        if (m_tracked[id].expiring || pastDeadline)
            expire(id);
        else if (tracked.sessionId.isEmpty())
            createSession(id);
        else
            check(id);
    }
    const auto refunds = m_refunds.keys();
    for (qint64 id : refunds) {
        const RefundRetry &retry = m_refunds[id];
        if (!retry.busy && now >= retry.nextTryMs)
            executeRefund(id);
    }
}

void PaymentCoordinator::check(qint64 paymentId)
{
    Tracked &tracked = m_tracked[paymentId];
    tracked.busy = true;
    m_gateway.retrieveCheckoutSession(
        tracked.sessionId, this, [this, paymentId](const GatewayResult<CheckoutSession> &result) {
            auto tracked = m_tracked.find(paymentId);
            if (tracked == m_tracked.end())
                return;
            tracked->busy = false;
            tracked->nextCheckMs = monotonicMs() + backoffMs(++tracked->checks);
            if (!result) {
                noteGatewayFailed(result.error());
                return;
            }
            noteGatewayAnswered();
            const bool declined = tracked->declined && !tracked->expiring;
            applySession(paymentId, *result, QStringLiteral("retrieved"));
            if (declined && result->status != CheckoutSession::Status::Open) {
                // Paid (the sale, or refunded) or closed by the gateway: no page left.
                const bool paid = result->isPaid();
                m_tracked.remove(paymentId);
                if (!paid)
                    Q_EMIT declinedPageExpired(paymentId);
            }
        });
}

void PaymentCoordinator::expire(qint64 paymentId)
{
    Tracked &tracked = m_tracked[paymentId];
    if (tracked.sessionId.isEmpty()) {
        // No page was ever shown, so nobody can have paid on it.
        m_tracked.remove(paymentId);
        if (auto timedOut = m_flow.recordPaymentTimedOut(paymentId, kCoordinator); !timedOut)
            qCInfo(lcPayments) << "payment" << paymentId << timedOut.error();
        return;
    }
    tracked.busy = true;
    tracked.expiring = true;
    const QString sessionId = tracked.sessionId;
    m_gateway.expireCheckoutSession(
        sessionId, this,
        [this, paymentId, sessionId](const GatewayResult<CheckoutSession> &result) {
            auto tracked = m_tracked.find(paymentId);
            if (tracked != m_tracked.end())
                tracked->busy = false;
            if (result) {
                noteGatewayAnswered();
                if (applySession(paymentId, *result, QStringLiteral("expired")))
                    closeSessionFollowUp(paymentId);
                else if (auto again = m_tracked.find(paymentId); again != m_tracked.end())
                    again->nextCheckMs = monotonicMs() + backoffMs(++again->checks);
                return;
            }
            const GatewayError &error = result.error();
            if (error.source == GatewayError::Source::Gateway && error.httpStatus == 400) {
                // Not open any more (completed or already expired): see how it ended.
                noteGatewayAnswered();
                m_gateway.retrieveCheckoutSession(
                    sessionId, this,
                    [this, paymentId](const GatewayResult<CheckoutSession> &found) {
                        if (!found) {
                            noteGatewayFailed(found.error());
                            return; // tracked entry stays; the next tick asks again
                        }
                        // Complete but not paid yet (a payment still being
                        // processed): followed until it is paid or expired.
                        const bool closed
                            = found->isPaid() || found->status == CheckoutSession::Status::Expired;
                        if (applySession(paymentId, *found, QStringLiteral("retrieved")) && closed)
                            closeSessionFollowUp(paymentId);
                        else if (auto again = m_tracked.find(paymentId); again != m_tracked.end())
                            again->nextCheckMs = monotonicMs() + backoffMs(++again->checks);
                    });
                return;
            }
            noteGatewayFailed(error);
            // The customer must not wait on an unreachable gateway: the attempt
            // times out now, and the session is closed (or a late capture
            // refunded) once the gateway answers again. (An attempt that
            // already ended, e.g. declined, stays as it is.)
            const auto stored = PaymentRepository(m_flow.database()).find(paymentId);
            if (stored && stored->status == PaymentStatus::Pending) {
                if (auto timedOut = m_flow.recordPaymentTimedOut(paymentId, kCoordinator);
                    !timedOut)
                    qCDebug(lcPayments) << "payment" << paymentId << timedOut.error();
            }
            if (error.source == GatewayError::Source::Gateway && error.httpStatus == 404) {
                // The gateway does not know the session (a test gateway that
                // restarted empty): nothing is open there to close.
                closeSessionFollowUp(paymentId);
                return;
            }
            auto again = m_tracked.find(paymentId);
            if (again == m_tracked.end()) {
                again = m_tracked.insert(paymentId, Tracked{});
                again->sessionId = sessionId;
            }
            again->expiring = true;
            again->nextCheckMs = monotonicMs() + backoffMs(++again->checks);
        });
}

bool PaymentCoordinator::applySession(qint64 paymentId, const CheckoutSession &session,
                                      const QString &source)
{
    GatewayEvent event;
    event.objectType = QStringLiteral("checkout.session");
    event.sessionId = session.id;
    event.paymentIntent = session.paymentIntent;
    event.quirePaymentId = paymentId;
    // As the gateway keeps it: empty for a session made before Quire sent
    // the installation id, which is then matched by its session id.
    event.installationId = session.metadata.value(GatewayEvent::installationMetadataKey());
    event.amount = session.amountTotal;
    event.currency = session.currency.toUpper();
    event.paymentStatus = session.isPaid() ? QStringLiteral("paid") : QStringLiteral("unpaid");
    if (session.isPaid()) {
        event.type = QStringLiteral("checkout.session.completed");
        event.sessionStatus = QStringLiteral("complete");
    } else if (session.status == CheckoutSession::Status::Expired) {
        event.type = QStringLiteral("checkout.session.expired");
        event.sessionStatus = QStringLiteral("expired");
    } else {
        return true; // still open: nothing to learn
    }
    event.id = source + u':' + session.id + u':' + event.sessionStatus;
    const CallbackVerdict verdict = m_callbacks.applyEvent(event);
    qCInfo(lcPayments).noquote() << "payment" << paymentId << "session" << event.sessionStatus
                                 << "(" << source << "):" << verdict.httpStatus << verdict.message;
    return verdict.httpStatus / 100 == 2;
}

void PaymentCoordinator::onEventPublished(const DomainEvent &event)
{
    if (event.aggregateType == AggregateType::Order) {
        // Nothing can be sold on a cancelled order: no declined page stays open.
        if (event.type == EventType::OrderCancelled)
            closeDeclinedPages(event.aggregateId);
        return;
    }
    if (event.aggregateType != AggregateType::Payment)
        return;
    // A refund committed as requested (by the refund screen, or for copies
    // out of stock at payment) goes to the gateway now.
    if (event.type == EventType::RefundRequested) {
        executeRefund(event.payload.value(QStringLiteral("refundId")).toInteger());
        return;
    }
    const qint64 paymentId = event.aggregateId;
    auto tracked = m_tracked.find(paymentId);
    if (tracked == m_tracked.end())
        return;
    if (event.type == EventType::PaymentSucceeded) {
        m_tracked.erase(tracked);
    } else if (event.type == EventType::PaymentFailed && !tracked->sessionId.isEmpty()
               && !tracked->expiring) {
        // A decline: on the gateway's page the session stays open and the
        // customer may try another card at once. Keep it (and keep polling
        // it) until the page is closed, a new attempt begins, the order is
        // cancelled or the page sits idle past its deadline.
        qCInfo(lcPayments) << "payment" << paymentId << "declined; its page stays open";
        tracked->declined = true;
    } else if (event.type == EventType::PaymentFailed || event.type == EventType::PaymentCancelled
               || event.type == EventType::PaymentTimedOut) {
        // The attempt is over for Quire; make sure the gateway agrees, so
        // nobody can still pay on that page. (Harmless when already closed.)
        if (tracked->sessionId.isEmpty() && !tracked->busy) {
            m_tracked.erase(tracked);
            return;
        }
        startClosing(*tracked);
    }
}

void PaymentCoordinator::executeRefund(qint64 refundId)
{
    RefundRetry &retry = m_refunds[refundId];
    if (retry.busy)
        return;
    RefundRepository refunds(m_flow.database());
    auto refund = refunds.find(refundId);
    if (!refund) {
        m_refunds.remove(refundId);
        return;
    }
    if (refund->status == RefundStatus::Succeeded || refund->status == RefundStatus::Failed) {
        m_refunds.remove(refundId);
        return;
    }
    auto payment = PaymentRepository(m_flow.database()).find(refund->paymentId);
    if (!payment || payment->gatewayPaymentIntent.isEmpty()) {
        qCWarning(lcPayments) << "refund" << refundId << "has no payment intent yet";
        retry.nextTryMs = monotonicMs() + backoffMs(++retry.tries);
        return;
    }

    retry.busy = true;
    auto settle = [this, refundId](const GatewayResult<GatewayRefund> &result) {
        auto retry = m_refunds.find(refundId);
        if (retry != m_refunds.end())
            retry->busy = false;
        if (!result) {
            const GatewayError &error = result.error();
            if (error.isRetryable() || error.outcomeUnknown
                || error.source == GatewayError::Source::Network) {
                noteGatewayFailed(error);
                if (retry != m_refunds.end())
                    retry->nextTryMs = monotonicMs() + backoffMs(++retry->tries);
                return;
            }
            noteGatewayAnswered();
        } else {
            noteGatewayAnswered();
        }
        const auto status = result ? refundStatusOf(*result) : RefundStatus::Failed;
        const QString failure = result ? result->failureReason : result.error().describe();
        bool failed = false;
        bool succeeded = false;
        bool settled = false;
        qint64 paymentId = 0;
        auto applied = m_flow.transact([&](PurchaseSteps &steps) -> Result<void> {
            auto current = RefundRepository(steps.database()).find(refundId);
            if (!current)
                return current.error();
            auto outcome = RefundSettlement::apply(
                steps, *current, *status, result ? result->id : QString(), failure, kCoordinator);
            if (!outcome)
                return outcome.error();
            paymentId = current->paymentId;
            failed = *outcome == RefundSettlement::Outcome::Failed;
            succeeded = *outcome == RefundSettlement::Outcome::Succeeded;
            settled = *outcome == RefundSettlement::Outcome::Succeeded || failed
                      || current->status == RefundStatus::Succeeded
                      || current->status == RefundStatus::Failed;
            return {};
        });
        if (!applied) {
            qCWarning(lcPayments) << "refund" << refundId << applied.error();
            if (retry != m_refunds.end())
                retry->nextTryMs = monotonicMs() + backoffMs(++retry->tries);
            return;
        }
        if (succeeded)
            m_alerts.announceResolved(RefundSettlement::kFailedAlert);
        // One alert per payment, so the refund that later succeeds can close it.
        if (failed)
            m_alerts.raise(
                RefundSettlement::kFailedAlert,
                tr("Refund %1 failed at the payment service: %2").arg(refundId).arg(failure),
                paymentId);
        if (settled || status != RefundStatus::Pending)
            m_refunds.remove(refundId);
        else if (retry != m_refunds.end())
            retry->nextTryMs = monotonicMs() + backoffMs(++retry->tries); // ask again later
    };

    if (refund->status == RefundStatus::Pending && !refund->gatewayRefundId.isEmpty()) {
        m_gateway.retrieveRefund(refund->gatewayRefundId, this, settle);
        return;
    }
    auto installation = InstallationRepository(m_flow.database()).read();
    if (!installation) {
        qCWarning(lcPayments) << "refund" << refundId << installation.error();
        retry.busy = false;
        retry.nextTryMs = monotonicMs() + backoffMs(++retry.tries);
        return;
    }
    QMap<QString, QString> metadata{
        {QStringLiteral("quire_payment_id"), QString::number(payment->id)},
        {QStringLiteral("quire_refund_id"), QString::number(refundId)}};
    if (refundId > installation->refundsBefore)
        metadata.insert(GatewayEvent::installationMetadataKey(), installation->id);
    m_gateway.createRefund(payment->gatewayPaymentIntent, refund->amount.minorUnits(),
                           refund->idempotencyKey, metadata, this, settle);
}

void PaymentCoordinator::noteGatewayAnswered()
{
    m_consecutiveFailures = 0;
    if (m_gatewayReachable)
        return;
    m_gatewayReachable = true;
    if (auto resolved = m_alerts.resolve(kUnresponsive); !resolved)
        qCWarning(lcPayments) << "cannot resolve the alert:" << resolved.error();
    Q_EMIT gatewayReachabilityChanged(true);
}

void PaymentCoordinator::noteGatewayFailed(const GatewayError &error)
{
    if (error.source == GatewayError::Source::Gateway && !error.isRetryable()) {
        // A definite refusal (e.g. 404 for a session a restarted gateway no
        // longer knows): the call failed, but the gateway is responding.
        qCInfo(lcPayments).noquote() << "gateway refused a call:" << error.describe();
        noteGatewayAnswered();
        return;
    }
    ++m_consecutiveFailures;
    qCInfo(lcPayments).noquote() << "gateway call failed" << m_consecutiveFailures
                                 << "time(s):" << error.describe();
    if (m_consecutiveFailures < m_settings.unresponsiveAfterFailures || !m_gatewayReachable)
        return;
    m_gatewayReachable = false;
    m_alerts.raise(kUnresponsive, tr("The payment service is not responding (%1). Payments wait "
                                     "until it answers again.")
                                      .arg(error.describe()));
    Q_EMIT gatewayReachabilityChanged(false);
}

} // namespace quire
