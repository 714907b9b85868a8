#pragma once

#include "http/HttpRequest.h"
#include "http/HttpRequestReader.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "http/HttpServerLimits.h"

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
    State m_state = State::AwaitingRequest;
    QByteArray m_pending; // read from the socket, not yet consumed by the reader
    quint64 m_sequence = 0;
    bool m_firstRequest = true;
    bool m_keepAlive = false;
    bool m_headRequest = false;
    bool m_http10 = false;
    bool m_continueSent = false;
    bool m_lingering = false;
};

} // namespace quire
