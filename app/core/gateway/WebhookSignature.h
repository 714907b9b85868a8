#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayList>

namespace quire {

// Stripe-style webhook signatures: the header
//   Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>[,v1=...]
// Several v1 entries may appear while a secret is being rotated; any match
// is enough. The check runs over the raw body, before it is parsed.
class WebhookSignature final
{
public:
    static constexpr qint64 kDefaultToleranceSeconds = 300;

    // The header value for `body` signed with each of `secrets` at `timestamp`.
    static QByteArray sign(const QByteArray &body, const QByteArrayList &secrets, qint64 timestamp);

    // Ok when some v1 signature matches some secret and the timestamp is
    // within `toleranceSeconds` of `nowSeconds`. The error says which check
    // failed, never a secret or a signature.
    static Result<void> verify(const QByteArray &header, const QByteArray &body,
                               const QByteArrayList &secrets, qint64 nowSeconds,
                               qint64 toleranceSeconds = kDefaultToleranceSeconds);

    // Compares in time independent of where the first difference is.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace quire
