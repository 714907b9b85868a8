#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace quire {

// One entry of a gateway origin policy (GatewayOriginPolicy):
//
//     https://js.stripe.com      exactly that origin (port 443)
//     https://*.hcaptcha.com     any subdomain of hcaptcha.com, not hcaptcha.com itself
//     http://127.0.0.1:*         any port
//
// Only http and https, and http only for a loopback host (the demo's
// simulator on this machine), so no setting can admit plain http across a
// network. No path, query or user name: an origin is scheme, host and port.
class OriginPattern final
{
public:
    OriginPattern() = default;

    // Errors say what is wrong with `text` and give an example.
    static Result<OriginPattern> parse(const QString &text);
    // Comma-separated patterns (as an INI value arrives: one string or a
    // list); empty entries are skipped. The first bad one is the error.
    static Result<QList<OriginPattern>> parseList(const QStringList &texts);

    // Whether the scheme, host and effective port of `url` fit.
    bool matches(const QUrl &url) const;
    // As written in the settings ("https://*.hcaptcha.com", "http://127.0.0.1:*").
    QString toString() const;

    bool operator==(const OriginPattern &other) const = default;

    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString &host);
    // The port a URL really uses (443 for https without one, 80 for http), -1 otherwise.
    static int effectivePort(const QUrl &url);

private:
    QString m_scheme;            // "http" or "https"
    QString m_host;              // lower-case, without the "*." of a wildcard
    bool m_anySubdomain = false; // "*.example.com"
    int m_port = -1;             // the effective port, or -1 for any ("*")
};

} // namespace quire
