#include "gateway/WebhookSignature.h"

#include <QMessageAuthenticationCode>
#include <QtNumeric>
#include <algorithm>

namespace quire {

namespace {

QByteArray hexDigest(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".", 1);
    mac.addData(body);
    return mac.result().toHex();
}

} // namespace

QByteArray WebhookSignature::sign(const QByteArray &body, const QByteArrayList &secrets,
                                  qint64 timestamp)
{
    QByteArray header = "t=" + QByteArray::number(timestamp);
    for (const QByteArray &secret : secrets)
        header += ",v1=" + hexDigest(secret, timestamp, body);
    return header;
}

bool WebhookSignature::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

Result<void> WebhookSignature::verify(const QByteArray &header, const QByteArray &body,
                                      const QByteArrayList &secrets, qint64 nowSeconds,
                                      qint64 toleranceSeconds)
{
    if (header.isEmpty())
        return Error::invalid(
            QStringLiteral("missing signature header")); // notr: for the gateway and the log
    if (header.size() > 4096)
        return Error::invalid(
            QStringLiteral("signature header too long")); // notr: for the gateway and the log

    std::optional<qint64> timestamp;
    QByteArrayList candidates;
    const auto parts = header.split(',');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals <= 0)
            return Error::invalid(
                QStringLiteral("malformed signature header")); // notr: for the gateway and the log
        const QByteArray key = part.left(equals);
        const QByteArray value = part.mid(equals + 1);
        if (key == "t") {
            bool ok = false;
            const qint64 parsed = value.toLongLong(&ok);
            if (!ok || timestamp)
                return Error::invalid(QStringLiteral(
                    "malformed signature timestamp")); // notr: for the gateway and the log
            timestamp = parsed;
        } else if (key == "v1") {
            candidates.append(value.toLower());
        } // other schemes (v0, ...) are ignored, as Stripe's libraries do
    }
    if (!timestamp)
        return Error::invalid(
            QStringLiteral("signature has no timestamp")); // notr: for the gateway and the log
    if (candidates.isEmpty())
        return Error::invalid(
            QStringLiteral("signature has no v1 entry")); // notr: for the gateway and the log
    if (secrets.isEmpty())
        return Error::invalid(
            QStringLiteral("no webhook secret configured")); // notr: for the gateway and the log

    // A timestamp is the sender's to choose: t=-9223372036854775808 must not
    // overflow the subtraction (undefined, and wrapped it can look recent).
    const qint64 tolerance = std::max<qint64>(toleranceSeconds, 0);
    qint64 age = 0;
    if (qSubOverflow(nowSeconds, *timestamp, &age) || age > tolerance || age < -tolerance)
        return Error::invalid(QStringLiteral("signature timestamp outside the %1 s tolerance")
                                  .arg(tolerance)); // notr: for the gateway and the log

    bool matched = false;
    for (const QByteArray &secret : secrets) {
        const QByteArray expected = hexDigest(secret, *timestamp, body);
        for (const QByteArray &candidate : std::as_const(candidates))
            matched |= constantTimeEquals(expected, candidate); // no early exit
    }
    if (!matched)
        return Error::invalid(
            QStringLiteral("signature does not match")); // notr: for the gateway and the log
    return {};
}

} // namespace quire
