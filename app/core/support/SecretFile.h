#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace quire {

// Reads a file that holds secrets (the gateway's API key, the webhook
// signing secrets) and refuses one that others could read or replace, as
// ssh does with a private key: it must be a regular file owned by the user
// Quire runs as (or root), with no permission bits for group or others
// (chmod 600), and not empty. Errors name the file
// and what is wrong with it, never its content.
class SecretFile final
{
public:
    // Stripe's secret and restricted keys (sk_live_…, sk_test_…, rk_…) and
    // webhook secrets (whsec_…) are far longer; anything shorter than this is
    // a placeholder, a truncated copy or a guessable string.
    static constexpr qsizetype kMinimumSecretLength = 16;

    // The whole content, surrounding whitespace (the trailing newline) trimmed.
    static Result<QByteArray> read(const QString &path, const QString &what);

    // One secret per line, each trimmed; blank lines are skipped. Each must
    // be at least `minimumLength` characters; the error names the line.
    static Result<QByteArrayList> readLines(const QString &path, const QString &what,
                                            qsizetype minimumLength = kMinimumSecretLength);
};

} // namespace quire
