#include "http/StrictHttpServer.h"

#include "http/HttpConnection.h"
#include "http/HttpLogging.h"
#include "http/PeerAddress.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>

namespace quire {

namespace {

// How long an address that lost an idle connection to a newcomer waits
// before it may take someone else's slot in turn.
constexpr qint64 kEvictionPenaltyMs = 1000;

} // namespace

StrictHttpServer::StrictHttpServer(HttpServerLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_tcpServer(new QTcpServer(this))
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &StrictHttpServer::onNewConnection);
    m_clock.start();
}

StrictHttpServer::~StrictHttpServer()
{
    close();
}

void StrictHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

Result<void> StrictHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tcpServer->isListening())
        return Error::conflict(QStringLiteral("the HTTP server is already listening on %1:%2")
                                   .arg(serverAddress().toString())
                                   .arg(serverPort())); // notr: listening twice is a bug
    if (!m_tcpServer->listen(address, port)) {
        const QString message = tr("cannot listen on %1:%2: %3")
                                    .arg(address.toString())
                                    .arg(port)
                                    .arg(m_tcpServer->errorString());
        if (m_tcpServer->serverError() == QAbstractSocket::AddressInUseError)
            return Error::conflict(message);
        return Error::invalid(message);
    }
    qCInfo(lcHttp).nospace() << "listening on " << serverAddress().toString() << ":"
                             << serverPort();
    return {};
}

QHostAddress StrictHttpServer::serverAddress() const
{
    return m_tcpServer->serverAddress();
}

quint16 StrictHttpServer::serverPort() const
{
    return m_tcpServer->serverPort();
}

bool StrictHttpServer::isListening() const
{
    return m_tcpServer->isListening();
}

void StrictHttpServer::close()
{
    m_tcpServer->close();
    const QList<HttpConnection *> all = m_connections + m_refusing;
    m_connections.clear();
    m_refusing.clear();
    for (HttpConnection *connection : all) {
        disconnect(connection, nullptr, this, nullptr);
        connection->abortNow();
        connection->deleteLater();
    }
}

int StrictHttpServer::connectionCount() const
{
    return static_cast<int>(m_connections.size());
}

int StrictHttpServer::idleConnectionCount() const
{
    return int(
        std::count_if(m_connections.cbegin(), m_connections.cend(),
                      [](const HttpConnection *connection) { return connection->isIdle(); }));
}

int StrictHttpServer::connectionCountOf(const QHostAddress &client) const
{
    return countFor(PeerAddress::normalized(client), nullptr);
}

int StrictHttpServer::countFor(const QHostAddress &client, const HttpConnection *except) const
{
    return int(std::count_if(
        m_connections.cbegin(), m_connections.cend(), [&](const HttpConnection *connection) {
            return connection != except && connection->clientAddress() == client;
        }));
}

bool StrictHttpServer::evictIdle(const QHostAddress &peer)
{
    HttpConnection *chosen = nullptr;
    for (HttpConnection *connection : std::as_const(m_connections)) {
        if (!connection->isIdle() || (!peer.isNull() && connection->peerAddress() != peer))
            continue;
        // A connection that never delivered anything worth vouching for goes
        // before one that did; among equals, the one idle longest.
        if (!chosen || (chosen->isVouchedFor() && !connection->isVouchedFor())
            || (chosen->isVouchedFor() == connection->isVouchedFor()
                && connection->idleMs() > chosen->idleMs()))
            chosen = connection;
    }
    if (!chosen)
        return false;
    const QHostAddress victim = chosen->peerAddress();
    if (peer.isNull() && !PeerAddress::isTrustedProxy(victim, m_limits.trustedProxies)) {
        if (m_evictedAt.size() > 4 * m_limits.maxConnections) {
            // Bounded: forget penalties that are over.
            const qint64 now = m_clock.elapsed();
            m_evictedAt.removeIf(
                [now](const auto &entry) { return now - entry.value() >= kEvictionPenaltyMs; });
        }
        m_evictedAt.insert(victim, m_clock.elapsed());
    }
    chosen->evict(); // finished() removes it from m_connections
    return true;
}

bool StrictHttpServer::wasEvictedRecently(const QHostAddress &peer) const
{
    const auto found = m_evictedAt.constFind(peer);
    return found != m_evictedAt.cend() && m_clock.elapsed() - *found < kEvictionPenaltyMs;
}

void StrictHttpServer::refuse(QTcpSocket *socket, const QString &reason)
{
    if (m_refusing.size() >= m_limits.maxConnections) {
        // Even the 503s are piling up: no longer cheap, just drop.
        qCInfo(lcHttp) << "dropped connection beyond the limit from"
                       << socket->peerAddress().toString();
        Q_EMIT requestRejected(503, reason);
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto *connection = new HttpConnection(socket, m_limits, this);
    connect(connection, &HttpConnection::requestRejected, this, &StrictHttpServer::requestRejected);
    connect(connection, &HttpConnection::finished, this,
            [this, connection] { onConnectionFinished(connection); });
    m_refusing.append(connection);
    connection->refuse(503, reason);
}

void StrictHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        const QHostAddress peer = PeerAddress::normalized(socket->peerAddress());
        // A trusted proxy carries many clients: its requests are counted for
        // the client it names (onRequestReceived), not at the accept.
        if (!PeerAddress::isTrustedProxy(peer, m_limits.trustedProxies)
            && countFor(peer, nullptr) >= m_limits.maxConnectionsPerPeer && !evictIdle(peer)) {
            refuse(socket, QStringLiteral("too many connections from this address"));
            continue;
        }
        // An address just made to give way may not push someone else out
        // in turn: otherwise idle connections reopened at once would churn
        // through every slot faster than a real client sends its request.
        if (m_connections.size() >= m_limits.maxConnections
            && (wasEvictedRecently(peer) || !evictIdle())) {
            refuse(socket, QStringLiteral("too many connections"));
            continue;
        }
        auto *connection = new HttpConnection(socket, m_limits, this);
        connect(connection, &HttpConnection::requestRejected, this,
                &StrictHttpServer::requestRejected);
        connect(connection, &HttpConnection::finished, this,
                [this, connection] { onConnectionFinished(connection); });
        m_connections.append(connection);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request, const HttpResponder &responder) {
                    onRequestReceived(connection, request, responder);
                });
        connection->start();
    }
}

void StrictHttpServer::onRequestReceived(HttpConnection *connection, const HttpRequest &request,
                                         const HttpResponder &responder)
{
    if (connection->isFromTrustedProxy()
        && countFor(request.clientAddress, connection) >= m_limits.maxConnectionsPerPeer) {
        const QString reason = QStringLiteral("too many connections from this client");
        qCInfo(lcHttp).nospace() << "rejected request from " << request.clientAddress.toString()
                                 << " via " << connection->peerAddress().toString() << ": 503 "
                                 << reason;
        Q_EMIT requestRejected(503, reason);
        HttpResponse refusal = HttpResponse::error(503, reason);
        refusal.closeConnection = true;
        responder.send(refusal);
        return;
    }
    if (!m_handler) {
        responder.send(HttpResponse::error(503, QStringLiteral("the server is not ready")));
        return;
    }
    m_handler(request, responder);
}

void StrictHttpServer::onConnectionFinished(HttpConnection *connection)
{
    m_connections.removeOne(connection);
    m_refusing.removeOne(connection);
    connection->deleteLater();
}

} // namespace quire
