#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace quire {

// What a handler answers. The server adds Content-Length and Connection
// itself and ignores those (and Transfer-Encoding) if a handler sets them;
// closeConnection is how a handler asks for `Connection: close`.
struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Close the connection after this answer, whatever the client asked: a
    // request that proved nothing (a health probe, an error) keeps no slot.
    bool closeConnection = false;
    // The request proved its sender is a legitimate client (e.g. a valid
    // webhook signature). When the server is full, idle connections never
    // vouched for are closed before this one.
    bool vouchesForClient = false;

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
