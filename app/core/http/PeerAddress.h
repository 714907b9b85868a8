#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <utility>

namespace quire {

// Helpers for telling clients apart (internal to the HTTP server).
namespace PeerAddress {

// The address as one client is counted: an IPv4-mapped IPv6 address
// (::ffff:127.0.0.1 on a dual-stack socket) is the IPv4 address.
QHostAddress normalized(const QHostAddress &address);
bool isTrustedProxy(const QHostAddress &address, const QList<QHostAddress> &trustedProxies);
// The client a request came from when `peer` is a trusted proxy: walking
// X-Forwarded-For from the right (the entry the nearest proxy appended),
// the first address that is not itself a trusted proxy. Entries left of it
// were written by the client and prove nothing. Without a usable entry,
// `peer` itself.
QHostAddress forwardedClient(const QList<std::pair<QByteArray, QByteArray>> &headers,
                             const QHostAddress &peer, const QList<QHostAddress> &trustedProxies);

} // namespace PeerAddress

} // namespace quire
