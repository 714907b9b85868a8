#pragma once

#include <QJsonObject>
#include <QString>

namespace quire::sim {

// What an API call answers: a status and a JSON body, which is either the
// resource or Stripe's {"error": {...}} object. Kept as data so the
// idempotency store can record and replay it byte for byte.
struct ApiAnswer
{
    int status = 200;
    QJsonObject body;

    bool isError() const { return status >= 400; }

    static ApiAnswer ok(QJsonObject body) { return {200, std::move(body)}; }
    static ApiAnswer error(int status, const QString &type, const QString &code,
                           const QString &message, const QString &param = {})
    {
        QJsonObject error{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
        if (!code.isEmpty())
            error.insert(QStringLiteral("code"), code);
        if (!param.isEmpty())
            error.insert(QStringLiteral("param"), param);
        return {status, QJsonObject{{QStringLiteral("error"), error}}};
    }
    static ApiAnswer invalid(const QString &code, const QString &message, const QString &param = {})
    {
        return error(400, QStringLiteral("invalid_request_error"), code, message, param);
    }
    static ApiAnswer missing(const QString &objectName, const QString &id,
                             const QString &param = QStringLiteral("id"))
    {
        return error(404, QStringLiteral("invalid_request_error"),
                     QStringLiteral("resource_missing"),
                     QStringLiteral("No such %1: '%2'").arg(objectName, id), param);
    }
};

} // namespace quire::sim
