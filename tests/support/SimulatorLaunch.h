#pragma once

#include "domain/Result.h"
#include "services/GatewaySimulatorProcess.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace quire::test {

// The secrets the tests start quire-gateway-sim with, unless they say otherwise.
inline const QByteArray kSimulatorApiKey = "sk_test_quire_sim";
inline const QByteArray kSimulatorWebhookSecret = "whsec_quire_sim_test";

// The quire-gateway-sim of this build.
QString simulatorExecutable();

// Starts `simulator` (the core's GatewaySimulatorProcess, as the demo runs it)
// from this build, with the test secrets unless others are given, posting
// callbacks to `webhookUrl` (none when empty). A test that crashes must not
// leave a simulator behind holding its port and the test runner's pipes, so
// the kernel stops the child with the test.
Result<QUrl> startSimulator(GatewaySimulatorProcess &simulator, const QUrl &webhookUrl = {},
                            const QStringList &extraArguments = {}, int timeoutMs = 15000,
                            const QByteArray &apiKey = kSimulatorApiKey,
                            const QByteArray &webhookSecret = kSimulatorWebhookSecret);

} // namespace quire::test
