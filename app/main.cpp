#include "EventLogModel.h"
#include "MainWindow.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackServer.h"
#include "persistence/Database.h"
#include "persistence/EventLog.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"
#include "services/GatewaySimulatorProcess.h"
#include "support/SystemClock.h"
#include "support/UnixSignalWatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>
#include <QUuid>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

bool wantsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "--help") == 0
            || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--version") == 0)
            return true;
    }
    return false;
}

void installTranslators(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("quire"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

int fail(const QString &message, bool withWindow)
{
    std::fprintf(stderr, "quire: %s\n", qPrintable(message));
    if (withWindow)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Quire cannot start"),
                              message);
    return 1;
}

QString defaultDatabasePath(bool demo)
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dataDir);
    return QDir(dataDir).filePath(demo ? QStringLiteral("demo.sqlite")
                                       : QStringLiteral("quire.sqlite"));
}

// In the demo, the bundled simulator plays the gateway: started as a child
// process once the callback server listens, with secrets made up for this run.
quire::CoreServices::GatewayProvider demoGateway(quire::GatewaySimulatorProcess &simulator)
{
    return [&simulator](const QUrl &callbackUrl) -> quire::Result<quire::GatewayConfig> {
        const QByteArray apiKey
            = "sk_demo_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray webhookSecret
            = "whsec_demo_" + QUuid::createUuid().toByteArray(QUuid::Id128);
        auto baseUrl = simulator.start(quire::GatewaySimulatorProcess::findExecutable(),
                                       callbackUrl, apiKey, webhookSecret);
        if (!baseUrl)
            return baseUrl.error();
        return quire::GatewayConfig(*baseUrl, apiKey, {webhookSecret});
    };
}

quire::Result<std::unique_ptr<quire::CoreServices>>
startCore(const quire::CoreOptions &options, const quire::Clock &clock, bool demo,
          quire::GatewaySimulatorProcess &simulator)
{
    return quire::CoreServices::start(options, clock,
                                      demo ? demoGateway(simulator)
                                           : quire::CoreServices::GatewayProvider());
}

// The back-office receiver: callbacks, reconciliation, timeouts and alerts,
// no window. Stops cleanly on SIGTERM or SIGINT.
int runHeadless(const quire::CoreOptions &options, bool demo)
{
    quire::SystemClock clock;
    quire::GatewaySimulatorProcess simulator;
    auto started = startCore(options, clock, demo, simulator);
    if (!started)
        return fail(started.error().message, false);
    std::unique_ptr<quire::CoreServices> core = std::move(started).value();
    // Catch the stop signals before announcing readiness: a supervisor may
    // send SIGTERM the moment it reads the line below.
    quire::UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    // Not qApp: with <QApplication> included it is a QApplication cast, and
    // headless runs a plain QCoreApplication (UBSan: invalid vptr downcast).
    QObject::connect(&stopSignals, &quire::UnixSignalWatcher::signalReceived,
                     QCoreApplication::instance(), [](int) { QCoreApplication::quit(); });

    const auto &server = core->callbackServer();
    std::printf("callbacks on http://%s:%u\n", qPrintable(server.address().toString()),
                unsigned(server.port()));
    if (demo)
        std::printf("gateway simulator on %s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    const int status = QCoreApplication::exec();
    core.reset(); // closes the callback server before the database
    return status;
}

int runWindow(const quire::CoreOptions &options, bool demo)
{
    quire::SystemClock clock;
    quire::GatewaySimulatorProcess simulator;
    auto started = startCore(options, clock, demo, simulator);
    if (!started)
        return fail(started.error().message, true);
    std::unique_ptr<quire::CoreServices> core = std::move(started).value();

    quire::EventLog eventLog(core->database());
    quire::EventLogModel activity(eventLog);
    QObject::connect(&core->flow(), &quire::PurchaseFlow::eventPublished, &activity,
                     &quire::EventLogModel::fetchNewEvents);
    quire::MainWindow window(&activity, core->database().location(), demo);
    window.show();
    const int status = QApplication::exec();
    core.reset();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool noWindow = wantsNoWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app = noWindow
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    installTranslators(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Point of sale and self-service kiosk for bookstores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run the offline demo with its own database."));
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("main", "Run the core without a window: callbacks, "
                                            "reconciliation, timeouts and alerts."));
    parser.addOptions({demoOption, headlessOption});
    quire::CoreOptions::addTo(parser);
    parser.process(*app);

    auto parsed = quire::CoreOptions::from(parser);
    if (!parsed)
        return fail(parsed.error().message, !noWindow);
    quire::CoreOptions options = std::move(parsed).value();
    const bool demo = parser.isSet(demoOption);
    if (options.databasePath.isEmpty())
        options.databasePath = defaultDatabasePath(demo);

    if (parser.isSet(headlessOption))
        return runHeadless(options, demo);
    return runWindow(options, demo);
}
