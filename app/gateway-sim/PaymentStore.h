#pragma once

#include "ApiAnswer.h"
#include "FormParams.h"
#include "SimPaymentIntent.h"
#include "SimRefund.h"
#include "SimSession.h"
#include "domain/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>

class QTimer;

namespace quire {
class Clock;
}

namespace quire::sim {

struct SimFaults;

// Everything the simulated gateway knows: sessions, their payment intents
// and refunds, in memory only (a restart forgets them, see the protocol doc).
// Changes that Stripe would announce are emitted as eventOccurred(); the
// dispatcher turns them into webhooks.
class PaymentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentStore)

public:
    struct PayOutcome
    {
        enum class Kind { Paid, Declined, InvalidCard, NotOpen, NotFound };
        Kind kind = Kind::NotFound;
        QString message; // for the customer
    };

    PaymentStore(const Clock &clock, const SimFaults &faults, QObject *parent = nullptr);
    ~PaymentStore() override;

    // Where the hosted pages are reachable, for the sessions' url field.
    void setPublicBaseUrl(const QUrl &url) { m_publicBaseUrl = url; }
    // How long a refund stays pending before --fail-refunds fails it.
    void setRefundSettleMs(int ms) { m_refundSettleMs = ms; }

    ApiAnswer createSession(const FormParams &params);
    ApiAnswer retrieveSession(const QString &id) const;
    ApiAnswer expireSession(const QString &id);
    ApiAnswer createRefund(const FormParams &params);
    ApiAnswer retrieveRefund(const QString &id) const;

    // The hosted page's and /_sim/sessions/{id}/pay's card payment.
    PayOutcome pay(const QString &sessionId, const QString &cardNumber);
    const SimSession *findSession(const QString &id) const;
    QJsonObject sessionJson(const SimSession &session) const;
    // Every session, newest last: lets tests prove a retry made no second one.
    QJsonArray sessionList() const;

    // Sessions, intents and refunds for --state-file, and back.
    QJsonObject snapshot() const;
    Result<void> restore(const QJsonObject &snapshot);

Q_SIGNALS:
    void eventOccurred(const QString &type, const QJsonObject &object);
    // Something worth saving changed.
    void changed();

private:
    void armExpiry(const QString &sessionId);
    void onExpiryDue(const QString &sessionId);
    void markExpired(SimSession &session);
    void settleFailedRefund(const QString &refundId);
    qint64 nowSeconds() const;

    const Clock &m_clock;
    const SimFaults &m_faults;
    QUrl m_publicBaseUrl;
    int m_refundSettleMs = 200;
    QHash<QString, SimSession> m_sessions;
    QHash<QString, SimPaymentIntent> m_paymentIntents;
    QHash<QString, SimRefund> m_refunds;
    QHash<QString, QTimer *> m_expiryTimers;
};

} // namespace quire::sim
