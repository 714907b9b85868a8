#include "gateway/GatewayError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace quire {

GatewayError GatewayError::fromResponse(int httpStatus, const QByteArray &body)
{
    GatewayError error;
    error.source = Source::Gateway;
    error.httpStatus = httpStatus;
    const QJsonObject object = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    error.type = object.value(u"type").toString();
    error.code = object.value(u"code").toString();
    error.message = object.value(u"message").toString();
    error.param = object.value(u"param").toString();
    if (error.message.isEmpty())
        error.message = QStringLiteral("the gateway answered HTTP %1").arg(httpStatus);
    // Stripe: a 5xx or a 409 key-in-use means the request may still be (or
    // have been) executed; only the same key can tell.
    error.outcomeUnknown = httpStatus >= 500 || httpStatus == 409;
    return error;
}

GatewayError GatewayError::network(const QString &message, bool outcomeUnknown)
{
    GatewayError error;
    error.source = Source::Network;
    error.message = message;
    error.outcomeUnknown = outcomeUnknown;
    return error;
}

GatewayError GatewayError::protocol(const QString &message)
{
    GatewayError error;
    error.source = Source::Protocol;
    error.message = message;
    // The request reached the gateway and was answered: it may have run.
    error.outcomeUnknown = true;
    return error;
}

GatewayError GatewayError::client(const QString &message)
{
    GatewayError error;
    error.source = Source::Client;
    error.message = message;
    return error;
}

bool GatewayError::isRetryable() const
{
    switch (source) {
    case Source::Network:
        return true;
    case Source::Gateway:
        return httpStatus == 409 || httpStatus >= 500;
    case Source::Protocol:
    case Source::Client:
        return false;
    }
    return false;
}

QString GatewayError::describe() const
{
    QString text;
    if (httpStatus > 0)
        text += QString::number(httpStatus) + u' ';
    if (!type.isEmpty())
        text += type + (code.isEmpty() ? QString() : u'/' + code) + QStringLiteral(": ");
    text += message;
    if (attempts > 1)
        text += QStringLiteral(" (after %1 attempts)").arg(attempts);
    if (outcomeUnknown)
        text += QStringLiteral(" [outcome unknown: reconcile with a GET]");
    return text;
}

QString GatewayError::summary() const
{
    QString text;
    switch (source) {
    case Source::Network:
        text = outcomeUnknown ? QCoreApplication::translate("quire::GatewayError",
                                                            "The payment service did not answer in "
                                                            "time.")
                              : QCoreApplication::translate(
                                  "quire::GatewayError", "The payment service cannot be reached.");
        break;
    case Source::Gateway:
        if (httpStatus == 429)
            text = QCoreApplication::translate("quire::GatewayError",
                                               "The payment service is busy.");
        else if (httpStatus >= 500)
            text = QCoreApplication::translate("quire::GatewayError",
                                               "The payment service has a problem of its own.");
        else
            text = QCoreApplication::translate("quire::GatewayError",
                                               "The payment service refused the request.");
        break;
    case Source::Protocol:
        text = QCoreApplication::translate("quire::GatewayError",
                                           "The payment service sent an answer Quire cannot read.");
        break;
    case Source::Client:
        text = QCoreApplication::translate("quire::GatewayError",
                                           "Quire could not put the request to the payment "
                                           "service together.");
        break;
    }
    if (attempts > 1)
        text
            += u' '
               + QCoreApplication::translate("quire::GatewayError", "(attempts: %1)").arg(attempts);
    return text;
}

Error GatewayError::toError() const
{
    if (httpStatus == 404)
        return Error::notFound(describe());
    if (httpStatus == 409 || type == u"idempotency_error")
        return Error::conflict(describe());
    return Error::invalid(describe());
}

QDebug operator<<(QDebug debug, const GatewayError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "GatewayError(" << error.describe() << ')';
    return debug;
}

} // namespace quire
