#include "SimulatorLaunch.h"

#include <QProcess>
#include <csignal>
#include <sys/prctl.h>

namespace quire::test {

QString simulatorExecutable()
{
    return QStringLiteral(QUIRE_GATEWAY_SIM_PATH);
}

Result<QUrl> startSimulator(GatewaySimulatorProcess &simulator, const QUrl &webhookUrl,
                            const QStringList &extraArguments, int timeoutMs,
                            const QByteArray &apiKey, const QByteArray &webhookSecret)
{
    simulator.process().setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    return simulator.start(simulatorExecutable(), webhookUrl, apiKey, webhookSecret, extraArguments,
                           timeoutMs);
}

} // namespace quire::test
