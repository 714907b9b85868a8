#include "gateway/GatewayRefund.h"

#include "gateway/GatewayJson.h"

namespace quire {

QString GatewayRefund::toString(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Succeeded:
        return QStringLiteral("succeeded");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

Result<GatewayRefund> GatewayRefund::fromJson(const QJsonObject &object)
{
    const GatewayJson json(object, QStringLiteral("refund"));
    if (auto type = json.expectObjectType(QStringLiteral("refund")); !type)
        return type.error();

    GatewayRefund refund;
    const auto id = json.requiredString(QStringLiteral("id"));
    if (!id)
        return id.error();
    refund.id = *id;
    const auto amount = json.requiredInteger(QStringLiteral("amount"));
    if (!amount)
        return amount.error();
    if (*amount <= 0)
        return Error::invalid(
            QStringLiteral("gateway refund: amount must be positive")); // notr: protocol detail
    refund.amount = *amount;
    const auto currency = json.requiredString(QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    refund.currency = *currency;
    const auto paymentIntent = json.requiredString(QStringLiteral("payment_intent"));
    if (!paymentIntent)
        return paymentIntent.error();
    refund.paymentIntent = *paymentIntent;

    const auto status = json.requiredString(QStringLiteral("status"));
    if (!status)
        return status.error();
    if (*status == u"pending" || *status == u"requires_action")
        refund.status = Status::Pending;
    else if (*status == u"succeeded")
        refund.status = Status::Succeeded;
    else if (*status == u"failed")
        refund.status = Status::Failed;
    else if (*status == u"canceled")
        refund.status = Status::Canceled;
    else
        return Error::invalid(QStringLiteral("gateway refund: unknown status '%1'")
                                  .arg(*status)); // notr: protocol detail

    refund.failureReason = json.optionalString(QStringLiteral("failure_reason"));
    refund.metadata = json.stringMap(QStringLiteral("metadata"));
    return refund;
}

} // namespace quire
