#include "gateway/CheckoutSession.h"

#include "gateway/GatewayJson.h"

namespace quire {

namespace {

Result<CheckoutSession::Status> parseStatus(const QString &text)
{
    if (text == u"open")
        return CheckoutSession::Status::Open;
    if (text == u"complete")
        return CheckoutSession::Status::Complete;
    if (text == u"expired")
        return CheckoutSession::Status::Expired;
    return Error::invalid(QStringLiteral("gateway checkout.session: unknown status '%1'")
                              .arg(text)); // notr: protocol detail
}

Result<CheckoutSession::PaymentStatus> parsePaymentStatus(const QString &text)
{
    if (text == u"unpaid")
        return CheckoutSession::PaymentStatus::Unpaid;
    if (text == u"paid")
        return CheckoutSession::PaymentStatus::Paid;
    if (text == u"no_payment_required")
        return CheckoutSession::PaymentStatus::NoPaymentRequired;
    return Error::invalid(QStringLiteral("gateway checkout.session: unknown payment_status '%1'")
                              .arg(text)); // notr: protocol detail
}

} // namespace

QString CheckoutSession::toString(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Complete:
        return QStringLiteral("complete");
    case Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString CheckoutSession::toString(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unpaid:
        return QStringLiteral("unpaid");
    case PaymentStatus::Paid:
        return QStringLiteral("paid");
    case PaymentStatus::NoPaymentRequired:
        return QStringLiteral("no_payment_required");
    }
    return {};
}

Result<CheckoutSession> CheckoutSession::fromJson(const QJsonObject &object)
{
    const GatewayJson json(object, QStringLiteral("checkout.session"));
    if (auto type = json.expectObjectType(QStringLiteral("checkout.session")); !type)
        return type.error();

    CheckoutSession session;
    const auto id = json.requiredString(QStringLiteral("id"));
    if (!id)
        return id.error();
    session.id = *id;

    const auto amount = json.requiredInteger(QStringLiteral("amount_total"));
    if (!amount)
        return amount.error();
    if (*amount < 0)
        return Error::invalid(QStringLiteral(
            "gateway checkout.session: negative amount_total")); // notr: protocol detail
    session.amountTotal = *amount;

    const auto currency = json.requiredString(QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    session.currency = *currency;

    const auto statusText = json.requiredString(QStringLiteral("status"));
    if (!statusText)
        return statusText.error();
    const auto status = parseStatus(*statusText);
    if (!status)
        return status.error();
    session.status = *status;

    const auto paymentText = json.requiredString(QStringLiteral("payment_status"));
    if (!paymentText)
        return paymentText.error();
    const auto paymentStatus = parsePaymentStatus(*paymentText);
    if (!paymentStatus)
        return paymentStatus.error();
    session.paymentStatus = *paymentStatus;

    const auto created = json.requiredTimestamp(QStringLiteral("created"));
    if (!created)
        return created.error();
    session.created = *created;
    const auto expiresAt = json.requiredTimestamp(QStringLiteral("expires_at"));
    if (!expiresAt)
        return expiresAt.error();
    session.expiresAt = *expiresAt;

    // An open session must carry its hosted page; a closed one may drop it (Stripe does).
    const QString url = json.optionalString(QStringLiteral("url"));
    if (!url.isEmpty()) {
        session.url = QUrl(url, QUrl::StrictMode);
        if (!session.url.isValid() || session.url.scheme().isEmpty())
            return Error::invalid(
                QStringLiteral("gateway checkout.session: invalid url")); // notr: protocol detail
    } else if (session.status == Status::Open) {
        return Error::invalid(QStringLiteral(
            "gateway checkout.session: open session has no url")); // notr: protocol detail
    }

    session.clientReferenceId = json.optionalString(QStringLiteral("client_reference_id"));
    session.metadata = json.stringMap(QStringLiteral("metadata"));
    session.paymentIntent = json.optionalString(QStringLiteral("payment_intent"));
    session.successUrl = json.optionalString(QStringLiteral("success_url"));
    session.cancelUrl = json.optionalString(QStringLiteral("cancel_url"));
    return session;
}

} // namespace quire
