#include "http/PeerAddress.h"

namespace quire::PeerAddress {

QHostAddress normalized(const QHostAddress &address)
{
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    return isIPv4 ? QHostAddress(ipv4) : address;
}

bool isTrustedProxy(const QHostAddress &address, const QList<QHostAddress> &trustedProxies)
{
    const QHostAddress peer = normalized(address);
    for (const QHostAddress &proxy : trustedProxies) {
        if (normalized(proxy) == peer)
            return true;
    }
    return false;
}

QHostAddress forwardedClient(const QList<std::pair<QByteArray, QByteArray>> &headers,
                             const QHostAddress &peer, const QList<QHostAddress> &trustedProxies)
{
    // Several X-Forwarded-For lines are one list, in order (RFC 9110 5.3).
    QList<QByteArray> entries;
    for (const auto &[name, value] : headers) {
        if (name == "x-forwarded-for")
            entries += value.split(',');
    }
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(entry->trimmed())))
            break; // not written by a proxy we trust: stop believing the list
        address = normalized(address);
        if (!isTrustedProxy(address, trustedProxies))
            return address;
    }
    return normalized(peer);
}

} // namespace quire::PeerAddress
