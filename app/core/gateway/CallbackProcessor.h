#pragma once

#include "domain/Payment.h"
#include "domain/Refund.h"
#include "domain/Result.h"
#include "gateway/CallbackVerdict.h"
#include "gateway/GatewayEvent.h"

#include <QByteArrayList>
#include <QList>
#include <QObject>

namespace quire {

class AlertCenter;
class ForgedCallbackLog;
class PurchaseFlow;
class PurchaseSteps;

// Turns a signed gateway callback into at most one committed change.
//
// The signature is checked over the raw body before anything is parsed. The
// event id is claimed in `gateway_events` in the same transaction as the
// payment change it causes, so a redelivered event (even concurrently) finds
// its claim and changes nothing. The verdict is 2xx only after the commit.
// A payment captured after its attempt had ended (timed out, cancelled,
// failed) gets a refund requested automatically, except a declined attempt
// paid with another card on the same page while its order is still open and
// has no other attempt pending or paid: that is the sale.
// An event that is not this store's (its metadata names another
// installation, or it names no session, payment or refund of this store) is
// answered 200 "ignored" and leaves nothing behind, not even a ledger row.
// A callback as it arrived: the signature header and the raw body.
struct SignedCallback
{
    QByteArray signatureHeader;
    QByteArray body;
};

class CallbackProcessor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackProcessor)

public:
    CallbackProcessor(PurchaseFlow &flow, AlertCenter &alerts, QByteArrayList webhookSecrets,
                      QObject *parent = nullptr);

    void setWebhookSecrets(QByteArrayList secrets) { m_secrets = std::move(secrets); }
    // This store's installation id (read from the database once).
    Result<QString> installationId();

    CallbackVerdict process(const QByteArray &signatureHeader, const QByteArray &body);
    // Several callbacks that arrived together, committed in ONE transaction
    // (one disk sync) with a savepoint each, so one bad callback does not
    // undo the others. Verdicts in the same order; none is 2xx unless the
    // commit succeeded.
    QList<CallbackVerdict> processBatch(const QList<SignedCallback> &callbacks);
    // An event the app learnt itself from the gateway's API (a polled or
    // retrieved session), so it needs no signature. Goes through the same
    // ledger and rules as a callback; give it an id that names what was seen
    // (e.g. "retrieved:<session>:complete") so seeing it again changes nothing.
    CallbackVerdict applyEvent(const GatewayEvent &event);
    QList<CallbackVerdict> applyEvents(const QList<GatewayEvent> &events);

Q_SIGNALS:
    // A refund row was committed as requested and should go to the gateway.
    void refundRequested(qint64 refundId);

private:
    // What handling one event did, for the ledger and the follow-up work.
    struct Handling
    {
        bool applied = false;
        bool duplicate = false;
        QString detail;
        std::optional<qint64> paymentId;
        std::optional<qint64> requestedRefundId;
        bool refundFailed = false;
        bool refundSucceeded = false; // may have closed a refund_failed alert
        // Not this store's: answered 200 "ignored", nothing recorded.
        bool ignored = false;
        // ...although it names this installation: something is missing here.
        bool namesThisStore = false;
    };

    Result<Handling> applyOne(PurchaseSteps &steps, const GatewayEvent &event);
    // One transaction, each event in a savepoint of its own; fills `outcomes`.
    Result<void> applyEachInItsSavepoint(const QList<GatewayEvent> &events,
                                         QList<Result<Handling>> &outcomes);
    CallbackVerdict conclude(const GatewayEvent &event, const Result<Handling> &handled);
    Result<Handling> handle(PurchaseSteps &steps, const GatewayEvent &event);
    Result<Handling> handlePaid(PurchaseSteps &steps, const GatewayEvent &event);
    Result<Handling> handleEnded(PurchaseSteps &steps, const GatewayEvent &event, PaymentStatus to);
    Result<Handling> handleRefund(PurchaseSteps &steps, const GatewayEvent &event);
    Result<Handling> handleChargeRefunded(PurchaseSteps &steps, const GatewayEvent &event);
    Result<Payment> paymentFor(PurchaseSteps &steps, const GatewayEvent &event) const;
    // The payment or refund an event is about; nullopt when it names none of
    // this store's. quire_payment_id and quire_refund_id count only beside
    // this installation's id; without it only the gateway's own ids do.
    Result<std::optional<Payment>> findPayment(PurchaseSteps &steps,
                                               const GatewayEvent &event) const;
    Result<std::optional<Refund>> findRefund(PurchaseSteps &steps, const GatewayEvent &event) const;
    // Set `ignored` when the event is not this store's to apply.
    Result<Handling> checkOwner(PurchaseSteps &steps, const GatewayEvent &event);
    CallbackVerdict reject(int status, const QString &reason);
    CallbackVerdict rejectSignature(const Error &error);

    PurchaseFlow &m_flow;
    AlertCenter &m_alerts;
    QByteArrayList m_secrets;
    QString m_installationId;
    ForgedCallbackLog *m_forgedLog;
};

} // namespace quire
