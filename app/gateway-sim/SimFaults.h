#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace quire::sim {

// The simulator's fault switches. The same names work on the command line
// (--drop-webhooks, --delay-ms 200) and in POST /_sim/faults
// ({"drop-webhooks": true, "delay-ms": 200}), so the demo panel and the
// tests can break the gateway in every way the client must survive.
struct SimFaults
{
    struct Switch
    {
        QString name;
        QString description;
        bool takesNumber = false;
    };

    int delayMs = 0;                // delay every API answer (and its execution)
    bool dropWebhooks = false;      // never deliver webhooks
    bool duplicateWebhooks = false; // deliver each webhook twice
    bool reorderWebhooks = false;   // hold webhooks and deliver them newest first
    bool unreachable = false;       // API requests are accepted but never answered
    bool failRefunds = false;       // refunds are created pending, then end failed
    bool loseResponse = false;      // execute API requests but never answer them
    bool forceDecline = false;      // every valid test card is declined
    bool cancelOnPay = false;       // the hosted page's Pay acts as its Cancel
    bool expireOnPay = false;       // paying finds the session expired (as if too late)
    int failNext = 0;               // the next N API requests answer 500 api_error unexecuted

    static const QList<Switch> &switches();

    // Applies {"name": value, ...}; unknown names or wrong types change nothing.
    Result<void> apply(const QJsonObject &changes);
    QJsonObject toJson() const;
};

} // namespace quire::sim
