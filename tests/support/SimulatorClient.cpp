#include "SimulatorClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace quire::test {

QByteArray SimulatorClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject SimulatorClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SimulatorClient::SimulatorClient(QUrl baseUrl, QByteArray apiKey)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{}

SimulatorClient::Reply
SimulatorClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QList<std::pair<QByteArray, QByteArray>> &headers, bool authorised,
                         int timeoutMs) const
{
    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(timeoutMs);
    if (authorised)
        request.setRawHeader("Authorization", "Bearer " + m_apiKey);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);

    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    delete reply;
    return result;
}

SimulatorClient::Reply SimulatorClient::post(const QString &path, const QByteArray &form,
                                             const QByteArray &idempotencyKey) const
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!idempotencyKey.isEmpty())
        headers.append({QByteArrayLiteral("Idempotency-Key"), idempotencyKey});
    return request("POST", path, form, headers);
}

SimulatorClient::Reply SimulatorClient::pay(const QString &sessionId,
                                            const QString &cardNumber) const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("card_number"), cardNumber);
    return post(QStringLiteral("/_sim/sessions/%1/pay").arg(sessionId),
                form.toString(QUrl::FullyEncoded).toUtf8());
}

bool SimulatorClient::setFaults(const QJsonObject &faults) const
{
    const Reply reply
        = request("POST", QStringLiteral("/_sim/faults"),
                  QJsonDocument(faults).toJson(QJsonDocument::Compact),
                  {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    return reply.status == 200;
}

} // namespace quire::test
