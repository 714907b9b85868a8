#pragma once

#include "domain/Result.h"
#include "http/HttpServerLimits.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <chrono>

class QTimer;

namespace quire {

class CallbackProcessor;
class HttpResponder;
class StrictHttpServer;
struct HttpRequest;

// The gateway's callbacks arrive here: `POST /webhooks/gateway` on a small,
// strict HTTP server (bounded headers and body, a deadline per request, a
// connection limit). Each callback is answered only after
// CallbackProcessor has committed it. Callbacks that arrive together (on
// several connections while the previous commit was syncing) are committed
// as one batch: one disk sync for all of them, which is what lets the
// throughput go beyond one callback per sync. A batch is committed as soon
// as every open connection has a callback waiting (no one else can join);
// while some connection is still open without one, it waits at most
// kCoalesceWindow for it. `GET /health` answers 200.
//
// Only a callback with a verified signature keeps its connection open
// (keep-alive) and is marked as vouched for, so that when the server is full
// idle connections that never delivered one are closed first; health
// probes, errors and refused callbacks are answered with Connection: close.
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

    // Most callbacks committed in one transaction.
    static constexpr int kMaxBatch = 64;
    // Longest wait for other open connections to join a batch.
    static constexpr std::chrono::milliseconds kCoalesceWindow{1};

Q_SIGNALS:
    void callbackAnswered(int httpStatus);
    // A batch of `callbacks` callbacks went through one transaction.
    void batchProcessed(int callbacks);

private:
    struct Waiting;

    void onRequest(const HttpRequest &request, const HttpResponder &responder);
    void scheduleCommit();
    void commitWaiting();

    CallbackProcessor &m_processor;
    StrictHttpServer *m_server;
    QList<Waiting> m_waiting;
    QTimer *m_coalesceTimer;
    bool m_commitScheduled = false;
};

} // namespace quire
