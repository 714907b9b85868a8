#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <optional>

namespace quire {

// A condition a person must look at: shown in the status bar, kept in the
// `alerts` table until resolved.
struct Alert
{
    qint64 id = 0;
    QString kind; // "gateway_unresponsive", "refund_failed", "callback_mismatch", ...
    QString message;
    std::optional<qint64> paymentId;
    QDateTime raisedAt;
    QDateTime resolvedAt;
};

} // namespace quire

Q_DECLARE_METATYPE(quire::Alert)
