#pragma once

#include "gateway/CheckoutSession.h"
#include "gateway/CheckoutSessionRequest.h"
#include "gateway/GatewayConfig.h"
#include "gateway/GatewayRefund.h"
#include "gateway/GatewayResult.h"
#include "gateway/RetryPolicy.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace quire {

class Clock;

// Talks to the payment gateway (docs/gateway-protocol.md). Every call is
// asynchronous and reports exactly once through its callback, which runs on
// the client's thread and only while `context` is alive (like a connect with
// a context object); a destroyed client reports nothing.
//
// Connection errors, timeouts, 409 and 5xx are retried with exponential
// backoff and full jitter, always with the same Idempotency-Key, so a retry
// can never charge or refund twice; other 4xx answers are final. When the
// last attempt got no answer the error has outcomeUnknown set: the caller must
// reconcile with retrieveCheckoutSession()/retrieveRefund().
class GatewayClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayClient)

public:
    template<typename T>
    using Callback = std::function<void(const GatewayResult<T> &)>;

    explicit GatewayClient(GatewayConfig config, QObject *parent = nullptr);
    ~GatewayClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setJitterSource(JitterSource jitter) { m_jitter = std::move(jitter); }
    // Not owned; must outlive the client. Its monotonic reading measures the
    // retry time budget, so setting the system time neither cuts retries
    // short nor lets them run on.
    void setClock(const Clock *clock);

    void createCheckoutSession(const CheckoutSessionRequest &request, const QString &idempotencyKey,
                               QObject *context, Callback<CheckoutSession> done);
    void retrieveCheckoutSession(const QString &sessionId, QObject *context,
                                 Callback<CheckoutSession> done);
    void expireCheckoutSession(const QString &sessionId, QObject *context,
                               Callback<CheckoutSession> done);
    // `amount` unset refunds what is left of the payment.
    void createRefund(const QString &paymentIntent, std::optional<qint64> amount,
                      const QString &idempotencyKey, const QMap<QString, QString> &metadata,
                      QObject *context, Callback<GatewayRefund> done);
    void retrieveRefund(const QString &refundId, QObject *context, Callback<GatewayRefund> done);

    // Requests sent or waiting for a retry.
    int pendingRequests() const { return m_pending; }

Q_SIGNALS:
    // A request failed in a way worth retrying and will be sent again after
    // `delayMs`. Lets an operator screen (and tests) see the backoff.
    void retryScheduled(const QString &operation, int nextAttempt, qint64 delayMs,
                        const QString &reason);

private:
    struct Call;

    template<typename T>
    void start(const QByteArray &method, const QString &path, const QByteArray &body,
               const QString &idempotencyKey, QObject *context, Callback<T> done);
    void startCall(const std::shared_ptr<Call> &call);
    void send(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void finish(const std::shared_ptr<Call> &call, const QByteArray &body,
                std::optional<GatewayError> error);
    template<typename T>
    void failSoon(QObject *context, Callback<T> done, const QString &message);
    bool scheduleRetry(const std::shared_ptr<Call> &call, const GatewayError &error);

    GatewayConfig m_config;
    RetryPolicy m_policy;
    JitterSource m_jitter;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    int m_pending = 0;
};

} // namespace quire
