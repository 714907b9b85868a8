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
        // ChallengeRequired: the card's issuer asks for 3-D Secure; nothing
        // is charged or announced until the challenge is completed or failed.
        enum class Kind { Paid, Declined, InvalidCard, NotOpen, NotFound, ChallengeRequired };
        Kind kind = Kind::NotFound;
        QString message;     // for the customer
        QString challengeId; // for ChallengeRequired
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
    // The issuer's answer to a 3-D Secure challenge: charges the session
    // (`approved`) or declines it like a declined card; either way the
    // challenge is used up.
    PayOutcome completeChallenge(const QString &challengeId, bool approved);
    // The session an open challenge belongs to, or null.
    const SimSession *challengeSession(const QString &challengeId) const;
    // The session's open challenge, or empty.
    QString openChallengeOf(const QString &sessionId) const;
    // Why the session's last payment attempt failed, or empty.
    QString lastDeclineMessage(const QString &sessionId) const;
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
    void charge(SimSession &session);
    void decline(SimSession &session, const QJsonObject &error);
    void dropChallengesOf(const QString &sessionId);
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
    // Open 3-D Secure challenges: challenge id -> session id. Not saved in
    // --state-file: after a restart the customer simply pays again.
    QHash<QString, QString> m_challenges;
};

} // namespace quire::sim
