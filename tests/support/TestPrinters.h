#pragma once

// How QCOMPARE prints Quire's enums when a comparison fails (found by ADL).

#include "domain/Error.h"
#include "domain/OrderStatus.h"
#include "domain/PaymentStatus.h"

#include <QByteArray>
#include <optional>

namespace quire {

inline char *toString(ErrorKind kind)
{
    return qstrdup(describe(kind).toUtf8().constData());
}

inline char *toString(const std::optional<OrderStatus> &status)
{
    return qstrdup(status ? toDatabaseText(*status).toUtf8().constData() : "(none)");
}

inline char *toString(const std::optional<PaymentStatus> &status)
{
    return qstrdup(status ? toDatabaseText(*status).toUtf8().constData() : "(none)");
}

} // namespace quire
