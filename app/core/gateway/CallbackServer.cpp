#include "gateway/CallbackServer.h"

#include "gateway/CallbackProcessor.h"
#include "http/HttpRequest.h"
#include "http/HttpResponder.h"
#include "http/HttpResponse.h"
#include "http/StrictHttpServer.h"

#include <QJsonObject>
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

} // namespace

CallbackServer::CallbackServer(CallbackProcessor &processor, HttpServerLimits limits,
                               QObject *parent)
    : QObject(parent)
    , m_processor(processor)
    , m_server(new StrictHttpServer(limits, this))
{
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
    Q_EMIT callbackReceived();
    HttpResponse response;
    if (request.path == QLatin1String(kCallbackPath)) {
        if (request.method != "POST") {
            response = errorResponse(405, QStringLiteral("use POST"));
            response.headers.append(std::pair(QByteArray("Allow"), QByteArray("POST")));
        } else {
            const CallbackVerdict verdict
                = m_processor.process(request.header("stripe-signature"), request.body);
            response = verdict.httpStatus / 100 == 2
                           ? HttpResponse::json(verdict.httpStatus,
                                                {{QStringLiteral("received"), true},
                                                 {QStringLiteral("duplicate"), verdict.duplicate}})
                           : errorResponse(verdict.httpStatus, verdict.message);
        }
    } else if (request.path == u"/health") {
        response = request.method == "GET"
                       ? HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}})
                       : errorResponse(405, QStringLiteral("use GET"));
    } else {
        response = errorResponse(404, QStringLiteral("no such endpoint"));
    }
    responder.send(response);
    Q_EMIT callbackAnswered(response.status);
}

} // namespace quire
