#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace quire {

// What a handler answers. The server adds Content-Length and Connection
// itself and ignores those (and Transfer-Encoding) if a handler sets them.
struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse text(int status, const QString &text);
    static HttpResponse html(int status, const QByteArray &html);
    static HttpResponse redirect(const QUrl &location, int status = 303);
    // Stripe's error object: {"error":{"type":...,"message":...}}, type
    // "invalid_request_error" for 4xx and "api_error" for 5xx.
    static HttpResponse error(int status, const QString &message);

    // The standard reason phrase ("Not Found"), or empty for unknown codes.
    static QByteArray reasonPhrase(int status);
};

} // namespace quire
