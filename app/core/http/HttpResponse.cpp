#include "http/HttpResponse.h"

#include <QJsonDocument>

namespace quire {

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    return {status,
            {{"content-type", "application/json"}},
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

HttpResponse HttpResponse::text(int status, const QString &text)
{
    return {status, {{"content-type", "text/plain; charset=utf-8"}}, text.toUtf8()};
}

HttpResponse HttpResponse::html(int status, const QByteArray &html)
{
    return {status, {{"content-type", "text/html; charset=utf-8"}}, html};
}

HttpResponse HttpResponse::redirect(const QUrl &location, int status)
{
    return {status, {{"location", location.toEncoded()}}, {}};
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    const QString type
        = status >= 500 ? QStringLiteral("api_error") : QStringLiteral("invalid_request_error");
    return json(status,
                {{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type},
                                                       {QStringLiteral("message"), message}}}});
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return {};
    }
}

} // namespace quire
