#pragma once

#include "domain/Result.h"
#include "http/HttpServerLimits.h"

#include <QHostAddress>
#include <QObject>

namespace quire {

class CallbackProcessor;
class HttpResponder;
class StrictHttpServer;
struct HttpRequest;

// The gateway's callbacks arrive here: `POST /webhooks/gateway` on a small,
// strict HTTP server (bounded headers and body, a deadline per request, a
// connection limit). Each callback is answered only after
// CallbackProcessor has committed it. `GET /health` answers 200 for
// monitoring.
class CallbackServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackServer)

public:
    static constexpr auto kCallbackPath = "/webhooks/gateway";

    CallbackServer(CallbackProcessor &processor, HttpServerLimits limits = {},
                   QObject *parent = nullptr);
    ~CallbackServer() override;

    Result<void> listen(const QHostAddress &address, quint16 port);
    QHostAddress address() const;
    quint16 port() const;
    void close();
    // Where the gateway must send callbacks, e.g. http://127.0.0.1:8787/webhooks/gateway.
    QUrl callbackUrl() const;

Q_SIGNALS:
    // A whole request has arrived and is about to be handled; then its
    // answer has been handed to the connection. (Benchmarks time the pair.)
    void callbackReceived();
    void callbackAnswered(int httpStatus);

private:
    void onRequest(const HttpRequest &request, const HttpResponder &responder);

    CallbackProcessor &m_processor;
    StrictHttpServer *m_server;
};

} // namespace quire
