#pragma once

#include <QByteArray>
#include <QString>

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
    static QByteArray notFound();
    // "€29.48": store-neutral English formatting of minor units.
    static QString formatAmount(qint64 minorUnits, const QString &currency);
};

} // namespace quire::sim
