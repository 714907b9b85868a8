#include "http/StrictHttpServer.h"

#include "http/HttpConnection.h"
#include "http/HttpLogging.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace quire {

StrictHttpServer::StrictHttpServer(HttpServerLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_tcpServer(new QTcpServer(this))
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &StrictHttpServer::onNewConnection);
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
                                   .arg(serverPort()));
    if (!m_tcpServer->listen(address, port)) {
        const QString message = QStringLiteral("cannot listen on %1:%2: %3")
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

void StrictHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        const bool full = m_connections.size() >= m_limits.maxConnections;
        if (full && m_refusing.size() >= m_limits.maxConnections) {
            // Even the 503s are piling up: no longer cheap, just drop.
            qCInfo(lcHttp) << "dropped connection beyond the limit from"
                           << socket->peerAddress().toString();
            Q_EMIT requestRejected(503, QStringLiteral("too many connections"));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, m_limits, this);
        connect(connection, &HttpConnection::requestRejected, this,
                &StrictHttpServer::requestRejected);
        connect(connection, &HttpConnection::finished, this,
                [this, connection] { onConnectionFinished(connection); });
        if (full) {
            m_refusing.append(connection);
            connection->refuse(503, QStringLiteral("too many connections"));
            continue;
        }
        m_connections.append(connection);
        connect(connection, &HttpConnection::requestReceived, this,
                &StrictHttpServer::onRequestReceived);
        connection->start();
    }
}

void StrictHttpServer::onRequestReceived(const HttpRequest &request, const HttpResponder &responder)
{
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
