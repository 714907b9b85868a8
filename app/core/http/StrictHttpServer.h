#pragma once

#include "domain/Result.h"
#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "http/HttpServerLimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace quire {

class HttpConnection;

// A small, strict HTTP/1.1 server for endpoints that face the network, such
// as the payment-callback receiver. Qt's QHttpServer 6.4 has no size limits
// or timeouts; this one bounds every request by HttpServerLimits and only
// hands well-formed requests to the handler. Routing (404, 405) is the
// handler's job. See docs/http-server.md for the exact rules.
class StrictHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrictHttpServer)

public:
    // Called on the server's thread for each request. Answer through the
    // responder, now or later; until then the connection reads nothing more.
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;

    explicit StrictHttpServer(HttpServerLimits limits = {}, QObject *parent = nullptr);
    ~StrictHttpServer() override;

    void setHandler(Handler handler);
    // Port 0 picks a free port; serverPort() tells which.
    Result<void> listen(const QHostAddress &address, quint16 port);
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    bool isListening() const;
    // Stops listening and drops every connection; pending responders then do
    // nothing.
    void close();
    // Open client connections, not counting ones being refused.
    int connectionCount() const;
    // Open connections between requests, the first to be closed when full.
    int idleConnectionCount() const;
    // Open connections that count for `client` in the per-peer cap.
    int connectionCountOf(const QHostAddress &client) const;
    const HttpServerLimits &limits() const { return m_limits; }

Q_SIGNALS:
    // A request or connection was refused; the handler was not called.
    void requestRejected(int status, const QString &reason);

private:
    void onNewConnection();
    void onRequestReceived(HttpConnection *connection, const HttpRequest &request,
                           const HttpResponder &responder);
    void refuse(QTcpSocket *socket, const QString &reason);
    // Closes the idle connection that matters least (never vouched for
    // before vouched for, then the longest idle), of `peer` only when given.
    // False when none is idle.
    bool evictIdle(const QHostAddress &peer = QHostAddress());
    bool wasEvictedRecently(const QHostAddress &peer) const;
    int countFor(const QHostAddress &client, const HttpConnection *except) const;
    void onConnectionFinished(HttpConnection *connection);

    HttpServerLimits m_limits;
    QTcpServer *m_tcpServer;
    Handler m_handler;
    QList<HttpConnection *> m_connections;
    QList<HttpConnection *> m_refusing; // beyond the limit, being answered 503
    // When an address last lost an idle connection to make room for
    // another's (ms on m_clock): for a while it may not take a slot the same
    // way, so a client reconnecting at once cannot churn through the slots.
    QHash<QHostAddress, qint64> m_evictedAt;
    QElapsedTimer m_clock;
};

} // namespace quire
