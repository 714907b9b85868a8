#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace quire {

// Why a gateway request did not produce a result. Besides Stripe's own error
// object (type, code, message, param) it records whether the request may have
// been executed anyway: after a timeout or a dropped connection the gateway
// might have created the session or the refund, so the caller must reconcile
// with a GET instead of treating the attempt as failed.
struct GatewayError
{
    enum class Source {
        Gateway,  // the gateway answered with an error object
        Network,  // no usable answer: refused, reset, timed out
        Protocol, // an answer that does not follow the protocol
        Client,   // refused before sending (bad request built by the caller)
    };

    Source source = Source::Gateway;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString type;       // e.g. invalid_request_error, idempotency_error, api_error
    QString code;       // e.g. resource_missing, idempotency_key_in_use
    QString message;    // the gateway's message, or ours for network/protocol trouble
    QString param;
    int attempts = 0;            // how many times the request was sent
    bool outcomeUnknown = false; // the request may have been executed; reconcile with a GET

    // Parses Stripe's {"error": {...}} body; an unreadable body still yields
    // an error that names the HTTP status.
    static GatewayError fromResponse(int httpStatus, const QByteArray &body);
    static GatewayError network(const QString &message, bool outcomeUnknown);
    static GatewayError protocol(const QString &message);
    static GatewayError client(const QString &message);

    bool isRetryable() const;

    // One line for an operator and the log, e.g.
    // "404 invalid_request_error/resource_missing: No such ..." (not translated).
    QString describe() const;
    // One translated sentence for the person at the till: what went wrong in
    // their words, without the protocol's (shown while payments are retried).
    QString summary() const;
    // The core's generic error, for callers that only need Result<T>.
    Error toError() const;
};

QDebug operator<<(QDebug debug, const GatewayError &error);

} // namespace quire
