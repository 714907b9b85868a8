#include "gateway/CallbackServer.h"

#include "gateway/CallbackProcessor.h"
#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "http/StrictHttpServer.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace quire {

namespace {

HttpResponse errorResponse(int status, const QString &message)
{
    return HttpResponse::json(
        status, {{QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                              {QStringLiteral("message"), message}}}});
}

HttpResponse answerFor(const CallbackVerdict &verdict)
{
    if (verdict.httpStatus / 100 == 2)
        return HttpResponse::json(verdict.httpStatus,
                                  {{QStringLiteral("received"), true},
                                   {QStringLiteral("duplicate"), verdict.duplicate},
                                   {QStringLiteral("ignored"), verdict.ignored}});
    return errorResponse(verdict.httpStatus, verdict.message);
}

} // namespace

struct CallbackServer::Waiting
{
    SignedCallback callback;
    HttpResponder responder;
};

CallbackServer::CallbackServer(CallbackProcessor &processor, HttpServerLimits limits,
                               QObject *parent)
    : QObject(parent)
    , m_processor(processor)
    , m_server(new StrictHttpServer(limits, this))
    , m_coalesceTimer(new QTimer(this))
{
    m_coalesceTimer->setSingleShot(true);
    m_coalesceTimer->setTimerType(Qt::PreciseTimer);
    m_coalesceTimer->setInterval(kCoalesceWindow);
    connect(m_coalesceTimer, &QTimer::timeout, this, &CallbackServer::commitWaiting);
    m_server->setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        onRequest(request, responder);
    });
}

CallbackServer::~CallbackServer() = default;

Result<void> CallbackServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

QHostAddress CallbackServer::address() const
{
    return m_server->serverAddress();
}

quint16 CallbackServer::port() const
{
    return m_server->serverPort();
}

void CallbackServer::close()
{
    m_server->close();
}

QUrl CallbackServer::callbackUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address().toString());
    url.setPort(port());
    url.setPath(QLatin1String(kCallbackPath));
    return url;
}

void CallbackServer::onRequest(const HttpRequest &request, const HttpResponder &responder)
{
    HttpResponse response;
    if (request.path == QLatin1String(kCallbackPath)) {
        if (request.method == "POST") {
            m_waiting.append({{request.header("stripe-signature"), request.body}, responder});
            scheduleCommit();
            return;
        }
        response = errorResponse(405, QStringLiteral("use POST"));
        response.headers.append(std::pair(QByteArray("Allow"), QByteArray("POST")));
    } else if (request.path == u"/health") {
        response = request.method == "GET"
                       ? HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}})
                       : errorResponse(405, QStringLiteral("use GET"));
    } else {
        response = errorResponse(404, QStringLiteral("no such endpoint"));
    }
    // Nothing here proves who is asking: a health probe or a stray request
    // must not keep a slot the gateway's callbacks need (docs/http-server.md).
    response.closeConnection = true;
    responder.send(response);
    Q_EMIT callbackAnswered(response.status);
}

void CallbackServer::scheduleCommit()
{
    if (m_commitScheduled)
        return;
    // A connection answers one request at a time, so once every open one has
    // a callback waiting, no other callback can join this batch.
    if (m_waiting.size() < std::min(m_server->connectionCount(), kMaxBatch)) {
        if (!m_coalesceTimer->isActive())
            m_coalesceTimer->start();
        return;
    }
    m_coalesceTimer->stop();
    // Let every request that is already readable join this batch.
    m_commitScheduled = true;
    QMetaObject::invokeMethod(this, &CallbackServer::commitWaiting, Qt::QueuedConnection);
}

void CallbackServer::commitWaiting()
{
    m_commitScheduled = false;
    m_coalesceTimer->stop();
    while (!m_waiting.isEmpty()) {
        const qsizetype size = std::min<qsizetype>(m_waiting.size(), kMaxBatch);
        const QList<Waiting> batch = m_waiting.first(size);
        m_waiting.remove(0, size);
        QList<SignedCallback> callbacks;
        callbacks.reserve(size);
        for (const Waiting &waiting : batch)
            callbacks.append(waiting.callback);
        const QList<CallbackVerdict> verdicts = m_processor.processBatch(callbacks);
        Q_EMIT batchProcessed(int(size));
        for (qsizetype i = 0; i < size; ++i) {
            HttpResponse response = answerFor(verdicts.at(i));
            // A 2xx verdict means the signature was verified: that client may
            // keep its connection, and keeps it longest when the server is
            // full. Any other answer closes it.
            const bool verified = response.status / 100 == 2;
            response.vouchesForClient = verified;
            response.closeConnection = !verified;
            batch.at(i).responder.send(response);
            Q_EMIT callbackAnswered(response.status);
        }
    }
}

} // namespace quire
