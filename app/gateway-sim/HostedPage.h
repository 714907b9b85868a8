#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace quire::sim {

struct SimSession;

// The customer-facing payment page, rendered from the templates compiled in
// under :/gateway-sim. Every value from a request is HTML-escaped.
class HostedPage final
{
public:
    enum class Tone { None, Error, Info };

    // The page for `session`; the card form only while it is open.
    static QByteArray render(const SimSession &session, const QString &message = {},
                             Tone tone = Tone::None);
    // The page with the issuer's 3-D Secure challenge in a frame from
    // `challengeUrl` (the second origin) instead of the card form. When the
    // frame says it is done, the page asks its own server how it ended.
    static QByteArray renderWithChallenge(const SimSession &session, const QUrl &challengeUrl);
    // The issuer's challenge page itself (the simulator lets only the
    // checkout origin frame it).
    static QByteArray challenge(const SimSession &session, const QString &challengeId);
    // What the challenge frame shows once answered; its script (served from
    // the challenge origin) tells the checkout page at `checkoutOrigin`.
    static QByteArray challengeAnswered(const QString &message, const QString &checkoutOrigin);
    static QByteArray challengeScript();
    static QByteArray notFound();
    // "€29.48": store-neutral English formatting of minor units.
    static QString formatAmount(qint64 minorUnits, const QString &currency);
};

} // namespace quire::sim
