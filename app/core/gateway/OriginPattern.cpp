#include "gateway/OriginPattern.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace quire {

namespace {

Error badPattern(const QString &text, const QString &why)
{
    return Error::invalid(
        QCoreApplication::translate("quire::OriginPattern",
                                    "'%1' is not an origin (%2); write it like "
                                    "https://js.stripe.com, https://*.hcaptcha.com or "
                                    "http://127.0.0.1:*")
            .arg(text, why));
}

} // namespace

bool OriginPattern::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int OriginPattern::effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int fallback = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    return url.port(fallback);
}

Result<OriginPattern> OriginPattern::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype separator = trimmed.indexOf(QStringLiteral("://"));
    if (separator <= 0)
        return badPattern(trimmed, QStringLiteral("no scheme"));
    OriginPattern pattern;
    pattern.m_scheme = trimmed.left(separator).toLower();
    if (pattern.m_scheme != u"https" && pattern.m_scheme != u"http")
        return badPattern(trimmed, QStringLiteral("only https and http are possible"));

    QString rest = trimmed.mid(separator + 3);
    if (rest.endsWith(u'/'))
        rest.chop(1);
    for (const QChar c : {u'/', u'?', u'#', u'@', u' '})
        if (rest.contains(c))
            return badPattern(trimmed, QStringLiteral("an origin has no path, query or user"));

    QString host;
    QString port;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return badPattern(trimmed, QStringLiteral("unclosed IPv6 address"));
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return badPattern(trimmed, QStringLiteral("junk after the IPv6 address"));
        port = after.mid(1);
        if (after.startsWith(u':') && port.isEmpty())
            return badPattern(trimmed, QStringLiteral("empty port"));
    } else {
        const qsizetype colon = rest.lastIndexOf(u':');
        host = colon < 0 ? rest : rest.left(colon);
        if (colon >= 0) {
            port = rest.mid(colon + 1);
            if (port.isEmpty())
                return badPattern(trimmed, QStringLiteral("empty port"));
        }
    }

    if (host.startsWith(QStringLiteral("*."))) {
        pattern.m_anySubdomain = true;
        host = host.mid(2);
        // "*.com" would admit half the web.
        if (!host.contains(u'.'))
            return badPattern(trimmed, QStringLiteral("a wildcard needs a domain of two labels "
                                                      "or more after it"));
    }
    if (host.isEmpty() || host.contains(u'*'))
        return badPattern(trimmed, QStringLiteral("'*' only as the first label or as the port"));
    QUrl check;
    check.setScheme(pattern.m_scheme);
    check.setHost(host, QUrl::StrictMode);
    if (!check.isValid() || check.host().isEmpty())
        return badPattern(trimmed, QStringLiteral("not a valid host"));
    pattern.m_host = check.host().toLower();

    if (port == u"*") {
        pattern.m_port = -1;
    } else if (port.isEmpty()) {
        pattern.m_port = pattern.m_scheme == u"https" ? 443 : 80;
    } else {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return badPattern(trimmed, QStringLiteral("the port must be 1 to 65535 or '*'"));
        pattern.m_port = number;
    }

    if (pattern.m_scheme == u"http" && (pattern.m_anySubdomain || !isLoopbackHost(pattern.m_host)))
        return badPattern(trimmed, QStringLiteral("plain http only for this machine "
                                                  "(127.0.0.1, [::1], localhost)"));
    return pattern;
}

Result<QList<OriginPattern>> OriginPattern::parseList(const QStringList &texts)
{
    QList<OriginPattern> patterns;
    for (const QString &text : texts) {
        for (const QString &part : text.split(u',')) {
            if (part.trimmed().isEmpty())
                continue;
            auto pattern = parse(part);
            if (!pattern)
                return pattern.error();
            if (!patterns.contains(*pattern))
                patterns.append(*pattern);
        }
    }
    return patterns;
}

bool OriginPattern::matches(const QUrl &url) const
{
    if (m_scheme.isEmpty() || !url.isValid() || url.scheme().toLower() != m_scheme)
        return false;
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    if (m_anySubdomain) {
        if (!host.endsWith(u'.' + m_host))
            return false;
    } else if (host != m_host) {
        return false;
    }
    return m_port == -1 || effectivePort(url) == m_port;
}

QString OriginPattern::toString() const
{
    if (m_scheme.isEmpty())
        return QString();
    QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    if (m_anySubdomain)
        host.prepend(QStringLiteral("*."));
    const int defaultPort = m_scheme == u"https" ? 443 : 80;
    QString text = m_scheme + QStringLiteral("://") + host;
    if (m_port == -1)
        text += QStringLiteral(":*");
    else if (m_port != defaultPort)
        text += u':' + QString::number(m_port);
    return text;
}

} // namespace quire
