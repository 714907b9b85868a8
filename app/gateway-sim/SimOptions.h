#pragma once

#include "GatewaySimulator.h"
#include "domain/Result.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStringList>

namespace quire::sim {

// The simulator's command line plus its secrets. Secrets come from
// QUIRE_SIM_API_KEY / QUIRE_SIM_WEBHOOK_SECRET or from --secrets-file
// (lines api_key=... and webhook_secret=...), never from an argument.
struct SimOptions
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 0;
    GatewaySimulator::Settings settings;
    bool helpRequested = false;
    QString helpText;

    static Result<SimOptions> parse(const QStringList &arguments,
                                    const QProcessEnvironment &environment);
};

} // namespace quire::sim
