#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace quire {

// A refund object as the gateway returns it (docs/gateway-protocol.md).
struct GatewayRefund
{
    enum class Status { Pending, Succeeded, Failed, Canceled };

    QString id;
    qint64 amount = 0; // minor units
    QString currency;
    QString paymentIntent;
    Status status = Status::Pending;
    QString failureReason; // set when Failed
    QMap<QString, QString> metadata;

    static Result<GatewayRefund> fromJson(const QJsonObject &object);
    static QString toString(Status status);
};

} // namespace quire
