#pragma once

#include "ApiAnswer.h"
#include "IdempotencyStore.h"
#include "SimFaults.h"
#include "WebhookDispatcher.h"
#include "domain/Result.h"
#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QTimer;

namespace quire {
class Clock;
class StrictHttpServer;
} // namespace quire

namespace quire::sim {

class PaymentStore;

// The simulated gateway: routes the REST subset of docs/gateway-protocol.md,
// the hosted payment page and the /_sim control endpoints, applies the fault
// switches and the idempotency rules, and feeds the webhook dispatcher.
class GatewaySimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaySimulator)

public:
    struct Settings
    {
        QByteArray apiKey;
        WebhookDispatcher::Settings webhooks;
        SimFaults faults;
        int refundSettleMs = 200;
        QString stateFile; // empty: state lives in memory only
        // The 3-D Secure challenge's own origin: a second port on the same
        // address (0: any free one).
        quint16 challengePort = 0;
    };

    explicit GatewaySimulator(Settings settings, QObject *parent = nullptr);
    ~GatewaySimulator() override;

    // Reads --state-file if it exists; a missing file is a fresh start.
    Result<void> loadState();
    Result<void> listen(const QHostAddress &address, quint16 port);
    // http://HOST:PORT once listening.
    QUrl baseUrl() const { return m_baseUrl; }
    // http://HOST:PORT2, where the card issuer's challenge pages are.
    QUrl challengeBaseUrl() const { return m_challengeBaseUrl; }
    void close();

private:
    void handle(const HttpRequest &request, const HttpResponder &responder);
    void handleApi(const HttpRequest &request, const HttpResponder &responder);
    void handleHostedPage(const HttpRequest &request, const HttpResponder &responder);
    void handleControl(const HttpRequest &request, const HttpResponder &responder);
    // The second origin: the issuer's 3-D Secure challenge and its script.
    void handleChallenge(const HttpRequest &request, const HttpResponder &responder);
    QUrl challengeUrl(const QString &challengeId) const;
    HttpResponse challengeResponse(int status, const QByteArray &html) const;
    // Runs one API call; `idempotencyKey` empty for calls without one.
    void execute(const HttpRequest &request, const HttpResponder &responder,
                 const QString &idempotencyKey);
    ApiAnswer route(const HttpRequest &request);
    bool isAuthorised(const HttpRequest &request) const;
    // Keeps a responder unanswered (lost response, unreachable gateway) until
    // the client gives up, since dropping it would answer 500.
    void park(const HttpResponder &responder);
    void pruneParked();
    void saveState();

    static HttpResponse toResponse(const ApiAnswer &answer);

    Settings m_settings;
    std::unique_ptr<Clock> m_clock;
    SimFaults &m_faults;
    IdempotencyStore m_idempotency;
    PaymentStore *m_store = nullptr;
    WebhookDispatcher *m_webhooks = nullptr;
    StrictHttpServer *m_server = nullptr;
    StrictHttpServer *m_challengeServer = nullptr;
    QTimer *m_parkTimer = nullptr;
    QList<HttpResponder> m_parked;
    QUrl m_baseUrl;
    QUrl m_challengeBaseUrl;
};

} // namespace quire::sim
