#include "gateway/CallbackProcessor.h"

#include "flows/PurchaseFlow.h"
#include "flows/RefundSettlement.h"
#include "gateway/CallbackLogging.h"
#include "gateway/ForgedCallbackLog.h"
#include "gateway/WebhookSignature.h"
#include "persistence/GatewayEventRepository.h"
#include "persistence/InstallationRepository.h"
#include "persistence/PaymentRepository.h"
#include "persistence/RefundRepository.h"
#include "services/AlertCenter.h"
#include "support/Clock.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace quire {

namespace {

const Actor kGateway = Actor::system(QStringLiteral("gateway-callback"));

int httpStatusFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Invalid:
        return 400;
    case ErrorKind::Forbidden:
        return 403;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::Conflict:
    case ErrorKind::IllegalTransition:
        return 409;
    case ErrorKind::Database:
        return 503; // the gateway retries later; nothing was committed
    }
    return 500;
}

std::optional<RefundStatus> refundStatusFromGateway(const QString &status)
{
    if (status == u"succeeded")
        return RefundStatus::Succeeded;
    if (status == u"failed" || status == u"canceled")
        return RefundStatus::Failed;
    if (status == u"pending" || status == u"requires_action")
        return RefundStatus::Pending;
    return std::nullopt;
}

} // namespace

CallbackProcessor::CallbackProcessor(PurchaseFlow &flow, AlertCenter &alerts,
                                     QByteArrayList webhookSecrets, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_alerts(alerts)
    , m_secrets(std::move(webhookSecrets))
    , m_forgedLog(new ForgedCallbackLog(flow.clock(), this))
{}

Result<QString> CallbackProcessor::installationId()
{
    if (m_installationId.isEmpty()) {
        auto installation = InstallationRepository(m_flow.database()).read();
        if (!installation)
            return installation.error();
        m_installationId = installation->id;
    }
    return m_installationId;
}

CallbackVerdict CallbackProcessor::reject(int status, const QString &reason)
{
    qCWarning(lcCallback).noquote() << "rejected callback:" << status << reason;
    return {status, reason, false};
}

// Whoever sends a forged request learns only that it failed, not which
// check (header, timestamp, signature) to work on; the log keeps the reason
// at debug level and a flood of them costs a warning a minute.
CallbackVerdict CallbackProcessor::rejectSignature(const Error &error)
{
    m_forgedLog->note(error.message);
    return {401, QStringLiteral("signature verification failed"), false};
}

CallbackVerdict CallbackProcessor::process(const QByteArray &signatureHeader,
                                           const QByteArray &body)
{
    return processBatch({{signatureHeader, body}}).constFirst();
}

QList<CallbackVerdict> CallbackProcessor::processBatch(const QList<SignedCallback> &callbacks)
{
    const qint64 nowSeconds = m_flow.clock().nowUtc().toSecsSinceEpoch();
    QList<CallbackVerdict> verdicts(callbacks.size());
    QList<GatewayEvent> events;
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < callbacks.size(); ++i) {
        const SignedCallback &callback = callbacks.at(i);
        if (auto verified = WebhookSignature::verify(callback.signatureHeader, callback.body,
                                                     m_secrets, nowSeconds);
            !verified) {
            verdicts[i] = rejectSignature(verified.error());
            continue;
        }
        auto event = GatewayEvent::fromJson(callback.body);
        if (!event) {
            verdicts[i] = reject(400, event.error().message);
            continue;
        }
        events.append(*event);
        positions.append(i);
    }
    const QList<CallbackVerdict> applied = applyEvents(events);
    for (qsizetype j = 0; j < applied.size(); ++j)
        verdicts[positions.at(j)] = applied.at(j);
    return verdicts;
}

CallbackVerdict CallbackProcessor::applyEvent(const GatewayEvent &event)
{
    return applyEvents({event}).constFirst();
}

QList<CallbackVerdict> CallbackProcessor::applyEvents(const QList<GatewayEvent> &events)
{
    if (events.isEmpty())
        return {};
    // All events in one transaction, without savepoints: nearly every event
    // applies, and a savepoint costs two statements and a statement journal
    // per event. When one fails, the transaction rolls back, which undoes
    // exactly what a lone event wrote; a batch then runs again with a
    // savepoint per event, so a failing event takes back only its own writes.
    QList<Result<Handling>> outcomes;
    auto committed = m_flow.transact([&](PurchaseSteps &steps) -> Result<void> {
        outcomes.clear();
        for (const GatewayEvent &event : events) {
            outcomes.append(applyOne(steps, event));
            if (!outcomes.constLast().ok())
                return outcomes.constLast().error();
        }
        return {};
    });
    const bool eventFailed = !outcomes.isEmpty() && !outcomes.constLast().ok();
    if (!committed && eventFailed && events.size() > 1)
        committed = applyEachInItsSavepoint(events, outcomes);

    QList<CallbackVerdict> verdicts;
    verdicts.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        // A lone event that failed rolled its transaction back: its own
        // outcome is the answer.
        if (committed || (events.size() == 1 && eventFailed))
            verdicts.append(conclude(events.at(i), outcomes.at(i)));
        else
            verdicts.append(reject(httpStatusFor(committed.error()), committed.error().message));
    }
    return verdicts;
}

Result<void> CallbackProcessor::applyEachInItsSavepoint(const QList<GatewayEvent> &events,
                                                        QList<Result<Handling>> &outcomes)
{
    return m_flow.transact([&](PurchaseSteps &steps) -> Result<void> {
        outcomes.clear();
        for (const GatewayEvent &event : events) {
            outcomes.append(steps.withSavepoint([&] { return applyOne(steps, event); }));
            if (steps.isBroken())
                return outcomes.constLast().ok()
                           ? Error::database(QStringLiteral("a savepoint could not be closed"))
                           : outcomes.constLast().error(); // notr: for the gateway and the log
        }
        return {};
    });
}

Result<CallbackProcessor::Handling> CallbackProcessor::applyOne(PurchaseSteps &steps,
                                                                const GatewayEvent &event)
{
    // Before the claim: an event that is not this store's leaves no row, so
    // the ledger holds this store's events only, and one that could not be
    // placed yet (a session whose answer is still being written) is looked at
    // afresh when it comes again.
    auto owner = checkOwner(steps, event);
    if (!owner || owner->ignored)
        return owner;
    GatewayEventRepository ledger(steps.database());
    auto claimed = ledger.claim(event.id, event.type, steps.nowMs());
    if (!claimed)
        return claimed.error();
    if (!*claimed)
        return Handling{false, true, QStringLiteral("duplicate"), {}, {}, false, false};
    auto handling = handle(steps, event);
    if (!handling)
        return handling;
    if (auto finished
        = ledger.finish(event.id, handling->paymentId,
                        handling->applied ? QStringLiteral("applied") : QStringLiteral("ignored"),
                        handling->detail);
        !finished)
        return finished.error();
    return handling;
}

// After the commit: the answer, and the follow-up work the change asks for.
CallbackVerdict CallbackProcessor::conclude(const GatewayEvent &event,
                                            const Result<Handling> &handled)
{
    if (!handled) {
        if (handled.error().kind == ErrorKind::Invalid && event.paymentStatus == u"paid")
            m_alerts.raise(QStringLiteral("callback_mismatch"), handled.error().message,
                           event.quirePaymentId);
        return reject(httpStatusFor(handled.error()), handled.error().message);
    }
    if (handled->ignored) {
        // 200, so that the gateway stops sending it; never retried, so logged once.
        if (handled->namesThisStore)
            qCWarning(lcCallback).noquote()
                << "ignored event" << event.id << event.type << u'(' + handled->detail + u')';
        else
            qCInfo(lcCallback).noquote()
                << "ignored event" << event.id << event.type << u'(' + handled->detail + u')';
        CallbackVerdict ignored{200, QStringLiteral("ignored"), false};
        ignored.ignored = true;
        return ignored;
    }
    qCDebug(lcCallback).noquote() << "event" << event.id << event.type
                                  << (handled->duplicate ? QStringLiteral("duplicate")
                                                         : handled->detail);
    if (handled->requestedRefundId)
        Q_EMIT refundRequested(*handled->requestedRefundId);
    if (handled->refundSucceeded)
        m_alerts.announceResolved(RefundSettlement::kFailedAlert);
    if (handled->refundFailed)
        m_alerts.raise(RefundSettlement::kFailedAlert,
                       tr("The gateway could not refund payment %1: %2")
                           .arg(handled->paymentId.value_or(0))
                           .arg(event.failureMessage),
                       handled->paymentId);
    return {200, handled->duplicate ? QStringLiteral("duplicate") : handled->detail,
            handled->duplicate};
}

Result<CallbackProcessor::Handling> CallbackProcessor::handle(PurchaseSteps &steps,
                                                              const GatewayEvent &event)
{
    const QString &type = event.type;
    if (type == u"checkout.session.completed"
        || type == u"checkout.session.async_payment_succeeded")
        return handlePaid(steps, event);
    if (type == u"payment_intent.payment_failed"
        || type == u"checkout.session.async_payment_failed")
        return handleEnded(steps, event, PaymentStatus::Failed);
    if (type == u"checkout.session.expired")
        return handleEnded(steps, event, PaymentStatus::TimedOut);
    if (type == u"refund.updated" || type == u"refund.created" || type == u"refund.failed")
        return handleRefund(steps, event);
    if (type == u"charge.refunded")
        return handleChargeRefunded(steps, event);
    return Handling{false, false, QStringLiteral("event type not used"), {}, {}, false};
}

Result<CallbackProcessor::Handling> CallbackProcessor::checkOwner(PurchaseSteps &steps,
                                                                  const GatewayEvent &event)
{
    Handling handling;
    auto ours = installationId();
    if (!ours)
        return ours.error();
    if (!event.installationId.isEmpty() && event.installationId != *ours) {
        handling.ignored = true;
        handling.detail = QStringLiteral("made by another installation");
        return handling;
    }
    const QString &type = event.type;
    bool found = true;
    if (type == u"checkout.session.completed" || type == u"checkout.session.async_payment_succeeded"
        || type == u"payment_intent.payment_failed"
        || type == u"checkout.session.async_payment_failed" || type == u"checkout.session.expired"
        || type == u"charge.refunded") {
        auto payment = findPayment(steps, event);
        if (!payment)
            return payment.error();
        found = payment->has_value();
    } else if (type == u"refund.updated" || type == u"refund.created" || type == u"refund.failed") {
        auto refund = findRefund(steps, event);
        if (!refund)
            return refund.error();
        found = refund->has_value();
    }
    if (!found) {
        handling.ignored = true;
        handling.namesThisStore = !event.installationId.isEmpty();
        handling.detail = handling.namesThisStore
                              ? QStringLiteral("names this installation, but no such record here")
                              : QStringLiteral("names no session, payment or refund of this store");
    }
    return handling;
}

Result<std::optional<Payment>> CallbackProcessor::findPayment(PurchaseSteps &steps,
                                                              const GatewayEvent &event) const
{
    // quire_payment_id is a small number every store has; only this
    // installation's id beside it makes it ours. Objects made before Quire
    // sent the installation id are found by the gateway's own ids, which are
    // unique on the whole account.
    const bool namesThisStore = !event.installationId.isEmpty();
    PaymentRepository payments(steps.database());
    std::optional<Payment> payment;
    if (namesThisStore && event.quirePaymentId) {
        auto found = payments.find(*event.quirePaymentId);
        if (!found && found.error().kind != ErrorKind::NotFound)
            return found.error();
        if (found)
            payment = *found;
    } else if (!event.sessionId.isEmpty()) {
        auto found = payments.findByGatewaySession(event.sessionId);
        if (!found)
            return found.error();
        payment = *found;
    } else if (!event.paymentIntent.isEmpty()) {
        auto found = payments.findByPaymentIntent(event.paymentIntent);
        if (!found)
            return found.error();
        payment = *found;
    }
    if (!payment)
        return std::optional<Payment>();
    // A payment found by our metadata must also be the one the gateway's ids say.
    if (!event.sessionId.isEmpty() && !payment->gatewaySessionId.isEmpty()
        && event.sessionId != payment->gatewaySessionId)
        return Error::invalid(QStringLiteral("event %1 names payment %2 with another session")
                                  .arg(event.id)
                                  .arg(payment->id)); // notr: for the gateway and the log
    if (!namesThisStore && event.quirePaymentId && *event.quirePaymentId != payment->id)
        return Error::invalid(QStringLiteral("event %1 names payment %2, but its session is %3's")
                                  .arg(event.id)
                                  .arg(*event.quirePaymentId)
                                  .arg(payment->id)); // notr: for the gateway and the log
    return payment;
}

Result<std::optional<Refund>> CallbackProcessor::findRefund(PurchaseSteps &steps,
                                                            const GatewayEvent &event) const
{
    // As for payments: quire_refund_id only beside this installation's id.
    RefundRepository refunds(steps.database());
    if (!event.installationId.isEmpty() && event.quireRefundId) {
        auto found = refunds.find(*event.quireRefundId);
        if (!found && found.error().kind != ErrorKind::NotFound)
            return found.error();
        return found ? std::optional<Refund>(*found) : std::nullopt;
    }
    if (event.refundId.isEmpty())
        return std::optional<Refund>();
    return refunds.findByGatewayId(event.refundId);
}

Result<Payment> CallbackProcessor::paymentFor(PurchaseSteps &steps, const GatewayEvent &event) const
{
    auto payment = findPayment(steps, event);
    if (!payment)
        return payment.error();
    if (!*payment)
        return Error::notFound(QStringLiteral("event %1 names no payment of this store")
                                   .arg(event.id)); // notr: for the gateway and the log
    return **payment;
}

Result<CallbackProcessor::Handling> CallbackProcessor::handlePaid(PurchaseSteps &steps,
                                                                  const GatewayEvent &event)
{
    auto payment = paymentFor(steps, event);
    if (!payment)
        return payment.error();
    Handling handling;
    handling.paymentId = payment->id;
    if (event.paymentStatus != u"paid") {
        handling.detail = QStringLiteral("not paid yet");
        return handling;
    }
    if (!event.amount || *event.amount != payment->amount.minorUnits()
        || event.currency != payment->amount.currency())
        return Error::invalid(
            QStringLiteral("event %1 reports %2 %3 but payment %4 is for %5 %6")
                .arg(event.id)
                .arg(event.amount.value_or(-1))
                .arg(event.currency)
                .arg(payment->id)
                .arg(payment->amount.minorUnits())
                .arg(payment->amount.currency())); // notr: for the gateway and the log

    PaymentRepository payments(steps.database());
    if (payment->gatewayPaymentIntent.isEmpty() && !event.paymentIntent.isEmpty()
        && !payment->gatewaySessionId.isEmpty()) {
        // The usual case: the session was attached when it was opened.
        if (auto attached = payments.attachPaymentIntent(payment->id, event.paymentIntent);
            !attached)
            return attached.error();
    } else if (payment->gatewayPaymentIntent.isEmpty() && !event.paymentIntent.isEmpty()) {
        // The session's answer was lost: the callback is the first to name it.
        if (auto attached = payments.attachGatewaySession(
                payment->id,
                event.sessionId.isEmpty() ? payment->gatewaySessionId : event.sessionId,
                event.paymentIntent,
                payment->expiresAt.isValid() ? payment->expiresAt.toMSecsSinceEpoch()
                                             : steps.nowMs());
            !attached)
            return attached.error();
    }

    switch (payment->status) {
    case PaymentStatus::Pending:
        if (auto paid = steps.settlePayment(*payment, PaymentStatus::Paid, QString(), kGateway);
            !paid)
            return paid.error();
        handling.applied = true;
        handling.detail = QStringLiteral("payment %1 paid").arg(payment->id);
        return handling;
    case PaymentStatus::Paid:
    case PaymentStatus::Refunded:
        handling.detail = QStringLiteral("payment %1 already paid").arg(payment->id);
        return handling;
    case PaymentStatus::Failed:
    case PaymentStatus::Cancelled:
    case PaymentStatus::TimedOut:
        break;
    }

    // A declined card leaves the gateway's page open, and the customer's next
    // card may pay this very attempt. While nobody has moved on from the
    // order (still open, no other attempt pending or paid) that is the sale.
    QString refusal;
    if (payment->status == PaymentStatus::Failed) {
        auto why = steps.successAfterDeclineRefusal(*payment);
        if (!why)
            return why.error();
        refusal = *why;
        if (refusal.isEmpty()) {
            if (auto paid = steps.settlePayment(
                    *payment, PaymentStatus::Paid,
                    QStringLiteral("paid on the payment page after a declined card"), kGateway);
                !paid)
                return paid.error();
            handling.applied = true;
            handling.detail = QStringLiteral("payment %1 paid after a decline").arg(payment->id);
            return handling;
        }
    }

    // Money arrived for an attempt that had already ended: give it back.
    auto refund
        = RefundRepository(steps.database())
              .request(payment->id, payment->amount, QStringLiteral("late_capture"),
                       QStringLiteral("quire-late-refund-%1").arg(payment->id), steps.nowMs());
    if (!refund)
        return refund.error();
    if (auto recorded = steps.recordEvent(
            EventType::LateCaptureDetected, AggregateType::Payment, payment->id,
            {{QStringLiteral("paymentId"), payment->id},
             {QStringLiteral("refundId"), refund->id},
             {QStringLiteral("status"), toDatabaseText(payment->status)},
             {QStringLiteral("amountMinor"), payment->amount.minorUnits()},
             {QStringLiteral("currency"), payment->amount.currency()},
             {QStringLiteral("reason"), refusal}},
            refusal.isEmpty()
                ? QStringLiteral("paid after the attempt ended; refund requested")
                : QStringLiteral("paid after the attempt ended (%1); refund requested")
                      .arg(refusal),
            kGateway);
        !recorded)
        return recorded.error();
    handling.applied = true;
    handling.requestedRefundId = refund->id;
    handling.detail = QStringLiteral("payment %1 captured late; refund %2 requested")
                          .arg(payment->id)
                          .arg(refund->id);
    return handling;
}

Result<CallbackProcessor::Handling>
CallbackProcessor::handleEnded(PurchaseSteps &steps, const GatewayEvent &event, PaymentStatus to)
{
    auto payment = paymentFor(steps, event);
    if (!payment)
        return payment.error();
    Handling handling;
    handling.paymentId = payment->id;
    if (payment->status != PaymentStatus::Pending) {
        // Out of order or after another outcome: the first verdict stands.
        handling.detail = QStringLiteral("payment %1 already %2")
                              .arg(payment->id)
                              .arg(toDatabaseText(payment->status));
        return handling;
    }
    QString reason = event.failureMessage;
    if (reason.isEmpty())
        reason = to == PaymentStatus::TimedOut ? QStringLiteral("payment session expired")
                                               : QStringLiteral("payment failed");
    if (auto moved = steps.settlePayment(*payment, to, reason, kGateway); !moved)
        return moved.error();
    handling.applied = true;
    handling.detail = QStringLiteral("payment %1 %2").arg(payment->id).arg(toDatabaseText(to));
    return handling;
}

Result<CallbackProcessor::Handling> CallbackProcessor::handleRefund(PurchaseSteps &steps,
                                                                    const GatewayEvent &event)
{
    auto found = findRefund(steps, event);
    if (!found)
        return found.error();
    const std::optional<Refund> &refund = *found;
    Handling handling;
    if (!refund) {
        handling.detail = QStringLiteral("refund not made by this store");
        return handling;
    }
    handling.paymentId = refund->paymentId;
    const auto status = refundStatusFromGateway(event.refundStatus);
    if (!status)
        return Error::invalid(QStringLiteral("event %1 has unknown refund status")
                                  .arg(event.id)); // notr: for the gateway and the log
    auto outcome = RefundSettlement::apply(steps, *refund, *status, event.refundId,
                                           event.failureMessage, kGateway);
    if (!outcome)
        return outcome.error();
    handling.applied = *outcome != RefundSettlement::Outcome::Unchanged;
    handling.refundFailed = *outcome == RefundSettlement::Outcome::Failed;
    handling.refundSucceeded = *outcome == RefundSettlement::Outcome::Succeeded;
    handling.detail
        = QStringLiteral("refund %1 %2")
              .arg(refund->id)
              .arg(handling.applied ? toDatabaseText(*status) : QStringLiteral("unchanged"));
    return handling;
}

Result<CallbackProcessor::Handling>
CallbackProcessor::handleChargeRefunded(PurchaseSteps &steps, const GatewayEvent &event)
{
    auto payment = paymentFor(steps, event);
    if (!payment)
        return payment.error();
    auto refunds = RefundRepository(steps.database()).forPayment(payment->id);
    if (!refunds)
        return refunds.error();
    Handling handling;
    handling.paymentId = payment->id;
    // The charge says how much has been refunded in all; settle our open
    // refunds, oldest first, that this total covers.
    qint64 covered = event.amount.value_or(0);
    for (const Refund &refund : refunds.value()) {
        if (refund.status == RefundStatus::Succeeded)
            covered -= refund.amount.minorUnits();
    }
    for (const Refund &refund : refunds.value()) {
        const bool open
            = refund.status == RefundStatus::Requested || refund.status == RefundStatus::Pending;
        if (!open || refund.amount.minorUnits() > covered)
            continue;
        auto outcome = RefundSettlement::apply(steps, refund, RefundStatus::Succeeded, QString(),
                                               QString(), kGateway);
        if (!outcome)
            return outcome.error();
        covered -= refund.amount.minorUnits();
        handling.applied = true;
        handling.refundSucceeded
            = handling.refundSucceeded || *outcome == RefundSettlement::Outcome::Succeeded;
    }
    handling.detail = handling.applied
                          ? QStringLiteral("refunds of payment %1 succeeded").arg(payment->id)
                          : QStringLiteral("no open refund for payment %1").arg(payment->id);
    return handling;
}

} // namespace quire
