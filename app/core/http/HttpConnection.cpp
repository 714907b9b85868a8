#include "http/HttpConnection.h"

#include "http/HttpLogging.h"
#include "http/PeerAddress.h"

#include <QTcpSocket>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace quire {

namespace {

constexpr qint64 kReadChunkBytes = 16 * 1024;

bool isTokenChar(char c)
{
    static constexpr QByteArrayView extra = "!#$%&'*+-.^_`|~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || extra.contains(c);
}

// A handler header that would break the response framing (CR LF injection,
// an invalid name) is dropped rather than sent.
bool isSafeHeader(const QByteArray &name, const QByteArray &value)
{
    if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTokenChar))
        return false;
    return std::none_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\t') || byte == 0x7F;
    });
}

bool isFramingHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "content-length" || lower == "transfer-encoding" || lower == "connection";
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_reader(limits)
    , m_peer(PeerAddress::normalized(socket->peerAddress()))
    , m_fromTrustedProxy(PeerAddress::isTrustedProxy(m_peer, limits.trustedProxies))
{
    m_socket->setParent(this);
    m_idleSince.start();
    // Bounds what Qt buffers while a request is with the handler; beyond it
    // TCP flow control holds the client back.
    m_socket->setReadBufferSize(kReadChunkBytes * 4);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_state == State::Closing)
            drain();
        else
            processInput();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::start()
{
    m_state = State::AwaitingRequest;
    // The first request's deadline runs from the accept, so a client that
    // connects and sends nothing is dropped as quickly as a slow one.
    m_timer.start(m_limits.requestDeadlineMs);
    processInput();
}

void HttpConnection::refuse(int status, const QString &reason)
{
    reject(status, reason);
}

void HttpConnection::abortNow()
{
    m_state = State::Closed;
    m_timer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
}

void HttpConnection::evict()
{
    if (m_state == State::Closed)
        return;
    qCInfo(lcHttp) << "closed an idle connection from" << m_peer.toString() << "to admit a new one";
    m_timer.stop();
    m_socket->abort();
    finish();
}

QHostAddress HttpConnection::clientAddress() const
{
    if (!m_fromTrustedProxy)
        return m_peer;
    return m_state == State::Handling ? m_client : QHostAddress();
}

bool HttpConnection::isIdle() const
{
    if (m_state != State::AwaitingRequest || !m_pending.isEmpty() || m_reader.hasStarted()
        || m_socket->bytesAvailable() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
#ifdef Q_OS_UNIX
    // Bytes the kernel holds but the event loop has not read yet (it may be
    // busy accepting a flood of connections) are a request under way: a
    // gateway that just sent its callback must not be taken for idle.
    char byte = 0;
    if (::recv(static_cast<int>(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT)
        > 0)
        return false;
#endif
    return true;
}

bool HttpConnection::isAwaiting(quint64 sequence) const
{
    return m_state == State::Handling && sequence == m_sequence
           && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::processInput()
{
    while (m_state == State::AwaitingRequest || m_state == State::ReceivingRequest) {
        if (m_pending.isEmpty()) {
            // Read only when the previous chunk is used up: m_pending then
            // never holds more than one chunk, even when requests are pipelined.
            m_pending = m_socket->read(kReadChunkBytes);
            if (m_pending.isEmpty())
                return;
        }
        qsizetype used = 0;
        const HttpRequestReader::Status status = m_reader.feed(m_pending, &used);
        m_pending.remove(0, used);

        if (m_state == State::AwaitingRequest && m_reader.hasStarted()) {
            m_state = State::ReceivingRequest;
            if (!m_firstRequest)
                m_timer.start(m_limits.requestDeadlineMs);
        }

        switch (status) {
        case HttpRequestReader::Status::NeedMore:
            if (m_reader.headersComplete() && m_reader.expectsContinue() && !m_continueSent) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            break;
        case HttpRequestReader::Status::Error:
            reject(m_reader.errorStatus(), m_reader.errorReason());
            return;
        case HttpRequestReader::Status::Complete:
            dispatch();
            return;
        }
    }
}

void HttpConnection::dispatch()
{
    // The deadline covers receiving only; the handler may take its time.
    m_timer.stop();
    m_state = State::Handling;
    m_firstRequest = false;
    m_keepAlive = m_reader.keepAlive();
    HttpRequest request = m_reader.takeRequest();
    m_headRequest = request.method == "HEAD";
    m_http10 = request.version == "HTTP/1.0";
    request.peerAddress = m_socket->peerAddress();
    request.peerPort = m_socket->peerPort();
    m_client = m_fromTrustedProxy
                   ? PeerAddress::forwardedClient(request.headers, m_peer, m_limits.trustedProxies)
                   : m_peer;
    request.clientAddress = m_client;
    ++m_sequence;
    const HttpResponder responder = HttpResponder::create(this, m_sequence);
    Q_EMIT requestReceived(request, responder);
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    if (m_state != State::Handling || sequence != m_sequence)
        return;
    if (response.vouchesForClient)
        m_vouched = true;
    const bool close = !m_keepAlive || response.closeConnection;
    writeResponse(response, close);
    if (close) {
        closeGracefully();
        return;
    }
    m_reader.reset();
    m_continueSent = false;
    m_state = State::Flushing;
    if (m_socket->bytesToWrite() == 0) {
        onFlushed();
        return;
    }
    // A client that pipelines requests but never reads the answers would
    // otherwise grow our write buffer without bound.
    m_timer.start(m_limits.idleTimeoutMs);
}

void HttpConnection::abandon(quint64 sequence)
{
    if (m_state != State::Handling || sequence != m_sequence)
        return;
    qCWarning(lcHttp) << "handler dropped a request without answering:" << m_socket->peerAddress();
    m_keepAlive = false;
    respond(sequence, HttpResponse::error(500, QStringLiteral("the request was not answered")));
}

void HttpConnection::reject(int status, const QString &reason)
{
    // Only the reason: header values and bodies may carry signatures.
    qCInfo(lcHttp).nospace() << "rejected request from " << m_socket->peerAddress().toString()
                             << ": " << status << " " << reason;
    Q_EMIT requestRejected(status, reason);
    m_timer.stop();
    m_headRequest = false;
    writeResponse(HttpResponse::error(status, reason), true);
    closeGracefully();
}

void HttpConnection::writeResponse(const HttpResponse &original, bool close)
{
    HttpResponse response = original;
    if (response.status < 200 || response.status > 599) {
        qCWarning(lcHttp) << "handler answered with invalid status" << response.status;
        response = HttpResponse::error(500, QStringLiteral("invalid response status"));
    }
    // RFC 9110 8.6: 204 and 304 carry neither a body nor Content-Length.
    const bool bodyless = response.status == 204 || response.status == 304;

    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                     + HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers)) {
        if (isFramingHeader(name))
            continue;
        if (!isSafeHeader(name, value)) {
            qCWarning(lcHttp) << "dropped invalid response header" << name;
            continue;
        }
        out += name + ": " + value + "\r\n";
    }
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (m_http10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!bodyless && !m_headRequest)
        out += response.body;
    m_socket->write(out);
}

void HttpConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    if (m_state == State::Flushing)
        onFlushed();
    else if (m_state == State::Closing && !m_lingering)
        startLinger();
}

void HttpConnection::onFlushed()
{
    m_state = State::AwaitingRequest;
    m_idleSince.start();
    m_timer.start(m_limits.idleTimeoutMs);
    // Queued: a pipelined request already buffered is handled from the event
    // loop, not recursively from inside the previous handler's send().
    QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::closeGracefully()
{
    m_state = State::Closing;
    m_pending.clear();
    // Time for a slow reader to take the response, then the linger.
    m_timer.start(m_limits.idleTimeoutMs);
    if (m_socket->bytesToWrite() == 0)
        startLinger();
}

void HttpConnection::startLinger()
{
    m_lingering = true;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
#ifdef Q_OS_UNIX
    // Half-close: the client sees the end of the response while we keep
    // reading and discarding what it still sends (e.g. the body of a
    // request refused with 413). Closing with unread input would send a TCP
    // reset, which can destroy the response before the client reads it.
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
#endif
    m_timer.start(m_limits.lingerMs);
    drain();
}

void HttpConnection::drain()
{
    // Bounded by time (lingerMs), not by bytes: like nginx's lingering close,
    // a client still sending a refused body must get to read our answer.
    while (m_socket->bytesAvailable() > 0)
        m_socket->read(kReadChunkBytes);
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::ReceivingRequest:
        reject(408,
               QStringLiteral("request not received within %1 ms").arg(m_limits.requestDeadlineMs));
        return;
    case State::AwaitingRequest: // idle keep-alive, or connected and silent
    case State::Flushing:        // the client does not read its responses
    case State::Closing:         // the linger is over
        m_socket->abort();
        finish();
        return;
    case State::Handling:
    case State::Closed:
        return;
    }
}

void HttpConnection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timer.stop();
    Q_EMIT finished();
}

} // namespace quire
