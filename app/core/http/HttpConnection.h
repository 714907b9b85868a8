#pragma once

#include "http/HttpRequest.h"
#include "http/HttpRequestReader.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "http/HttpServerLimits.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace quire {

// One client connection of StrictHttpServer (internal). Reads one request at
// a time with HttpRequestReader, hands it out through requestReceived() and
// reads nothing more until it is answered. Owns the socket and the timers
// that bound how long a client may take.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // Takes ownership of `socket`.
    HttpConnection(QTcpSocket *socket, const HttpServerLimits &limits, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Starts reading requests.
    void start();
    // Answers with an error at once and closes, without reading a request
    // (used beyond the connection limit).
    void refuse(int status, const QString &reason);
    // Closes at once, emitting nothing more.
    void abortNow();
    // Closes an idle connection at once to make room for a new one (the
    // server is full); emits finished().
    void evict();

    // The socket's peer.
    QHostAddress peerAddress() const { return m_peer; }
    bool isFromTrustedProxy() const { return m_fromTrustedProxy; }
    // Who this connection counts for in the per-peer cap: the peer, or on a
    // connection from a trusted proxy the client of the request being
    // handled (null between requests: the proxy itself is nobody's).
    QHostAddress clientAddress() const;
    // Connected and between requests, with no byte of the next one read or
    // waiting in the socket: closing it loses nothing.
    bool isIdle() const;
    // How long it has been idle (meaningful while isIdle()).
    qint64 idleMs() const { return m_idleSince.elapsed(); }
    // A response on it vouched for the client (HttpResponse::vouchesForClient).
    bool isVouchedFor() const { return m_vouched; }

    // Called through HttpResponder.
    void respond(quint64 sequence, const HttpResponse &response);
    void abandon(quint64 sequence);
    bool isAwaiting(quint64 sequence) const;

Q_SIGNALS:
    void requestReceived(const quire::HttpRequest &request, const quire::HttpResponder &responder);
    void requestRejected(int status, const QString &reason);
    // The connection is closed; delete it.
    void finished();

private:
    enum class State {
        AwaitingRequest,  // no byte of the next request yet
        ReceivingRequest, // part of a request has arrived; the deadline runs
        Handling,         // the handler has the request; nothing more is read
        Flushing,         // keep-alive response written, waiting for the client to take it
        Closing,          // last response written or being written, then lingering
        Closed,
    };

    void processInput();
    void dispatch();
    void reject(int status, const QString &reason);
    void writeResponse(const HttpResponse &response, bool close);
    void onBytesWritten();
    void onFlushed();
    void closeGracefully();
    void startLinger();
    void drain();
    void onTimeout();
    void finish();

    QTcpSocket *m_socket;
    HttpServerLimits m_limits;
    HttpRequestReader m_reader;
    QTimer m_timer;
    QElapsedTimer m_idleSince;
    QHostAddress m_peer;
    QHostAddress m_client; // of the request being handled
    State m_state = State::AwaitingRequest;
    QByteArray m_pending; // read from the socket, not yet consumed by the reader
    quint64 m_sequence = 0;
    bool m_firstRequest = true;
    bool m_keepAlive = false;
    bool m_headRequest = false;
    bool m_http10 = false;
    bool m_continueSent = false;
    bool m_lingering = false;
    bool m_fromTrustedProxy = false;
    bool m_vouched = false;
};

} // namespace quire
