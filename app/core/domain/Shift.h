#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace quire {

// A till's session at one counter terminal: opened with a counted float,
// closed with a count by denomination (docs/tenders.md).
struct Shift
{
    qint64 id = 0;
    QString terminalId;
    bool open = true;
    qint64 openedBy = 0;
    Money openingFloat;
    QDateTime openedAt;
    // Once closed:
    std::optional<qint64> closedBy;
    QDateTime closedAt;
    Money expected;
    Money counted;
    Money difference;                       // counted - expected
    QMap<qint64, int> countedDenominations; // minor units -> count
};

} // namespace quire
