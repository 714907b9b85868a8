// quire-gateway-sim: the payment gateway simulator for tests and the demo.
// See docs/gateway-protocol.md and `quire-gateway-sim --help`.

#include "GatewaySimulator.h"
#include "SimLogging.h"
#include "SimOptions.h"
#include "support/UnixSignalWatcher.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire-gateway-sim"));

    auto options = quire::sim::SimOptions::parse(QCoreApplication::arguments(),
                                                 QProcessEnvironment::systemEnvironment());
    if (!options) {
        std::fprintf(stderr, "quire-gateway-sim: %s\n", qPrintable(options.error().message));
        return 2;
    }
    if (options->helpRequested) {
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }

    quire::UnixSignalWatcher signalWatcher({SIGTERM, SIGINT});
    QObject::connect(&signalWatcher, &quire::UnixSignalWatcher::signalReceived, &app,
                     [](int signalNumber) {
                         qCInfo(lcSim) << "signal" << signalNumber << "received, stopping";
                         QCoreApplication::quit();
                     });

    quire::sim::GatewaySimulator simulator(options->settings);
    if (const auto loaded = simulator.loadState(); !loaded) {
        std::fprintf(stderr, "quire-gateway-sim: %s\n", qPrintable(loaded.error().message));
        return 2;
    }
    if (const auto listening = simulator.listen(options->listenAddress, options->listenPort);
        !listening) {
        std::fprintf(stderr, "quire-gateway-sim: cannot listen: %s\n",
                     qPrintable(listening.error().message));
        return 1;
    }
    // The first stdout line is the contract with whoever started us (the
    // test fixture, the demo script): flush it now, stdout is a pipe there.
    const auto hostAndPort = [](const QUrl &url) {
        const QString host = url.host(QUrl::FullyEncoded).contains(u':')
                                 ? QStringLiteral("[%1]").arg(url.host())
                                 : url.host();
        return QStringLiteral("%1:%2").arg(host).arg(url.port());
    };
    std::fprintf(stdout, "listening on http://%s\n", qPrintable(hostAndPort(simulator.baseUrl())));
    std::fprintf(stdout, "3-D Secure challenges on http://%s\n",
                 qPrintable(hostAndPort(simulator.challengeBaseUrl())));
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    simulator.close();
    return status;
}
