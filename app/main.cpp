#include "AppCommandLine.h"
#include "StoreCommands.h"
#include "TerminalStartup.h"
#include "gateway/CallbackServer.h"
#include "kiosk/KioskWindow.h"
#include "language/LanguageSwitcher.h"
#include "services/CoreServices.h"
#include "shell/CounterApp.h"
#include "shell/KioskApp.h"
#include "shell/MainWindow.h"
#include "shell/WindowReadyProbe.h"
#include "support/UnixSignalWatcher.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>

namespace {

int fail(const QString &message, bool withWindow)
{
    std::fprintf(stderr, "quire: %s\n", qPrintable(message));
    if (withWindow)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Quire cannot start"),
                              message);
    return 1;
}

// The back-office receiver: callbacks, reconciliation, timeouts and alerts,
// no window. Stops cleanly on SIGTERM or SIGINT.
int runHeadless(quire::TerminalStartup &startup)
{
    if (auto started = startup.startCore(); !started)
        return fail(started.error().message, false);
    // Catch the stop signals before announcing readiness: a supervisor may
    // send SIGTERM the moment it reads the line below. Not qApp: headless
    // runs a plain QCoreApplication (UBSan: invalid vptr downcast).
    quire::UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    QObject::connect(&stopSignals, &quire::UnixSignalWatcher::signalReceived,
                     QCoreApplication::instance(), [](int) { QCoreApplication::quit(); });
    const auto &server = startup.core().callbackServer();
    std::printf("callbacks on http://%s:%u\n", qPrintable(server.address().toString()),
                unsigned(server.port()));
    if (startup.isDemo())
        std::printf("gateway simulator on %s\n", qPrintable(startup.simulatorUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// The counter window, or the kiosk with --kiosk.
int runWindow(quire::TerminalStartup &startup, bool kiosk, quire::LanguageSwitcher &languages)
{
    // A supervisor (systemd, a kiosk session) stops Quire with SIGTERM, also
    // while it is still starting: the signal is acted on once the loop runs.
    quire::UnixSignalWatcher stopSignals({SIGTERM, SIGINT});
    bool stopRequested = false;
    QObject::connect(&stopSignals, &quire::UnixSignalWatcher::signalReceived, qApp,
                     [&stopRequested](int) {
                         stopRequested = true; // in case no event loop runs yet
                         // exit(), not quit(): quit() first asks every window to
                         // close, and the kiosk answers a close with its PIN prompt.
                         QCoreApplication::exit(0);
                     });
    if (auto started = startup.startCore(); !started)
        return fail(started.error().message, true);
    if (auto started = startup.startSignIn(); !started)
        return fail(started.error().message, true);

    std::unique_ptr<quire::CounterApp> counter;
    std::unique_ptr<quire::KioskApp> kioskApp;
    QWidget *window = nullptr;
    if (kiosk) {
        auto built = quire::KioskApp::build(startup.services(&languages));
        if (!built)
            return fail(built.error().message, true);
        kioskApp = std::move(built).value();
        kioskApp->window().showKiosk();
        window = &kioskApp->window();
    } else {
        auto built = quire::CounterApp::build(startup.services(&languages));
        if (!built)
            return fail(built.error().message, true);
        counter = std::move(built).value();
        counter->window().show();
        // Takes the keyboard also where no window manager hands it over (a
        // bare X server, a kiosk session): keys and a screen reader's focus
        // requests need an active window.
        counter->window().activateWindow();
        window = &counter->window();
    }
    // bench/startup_bench: report when the window is on screen, then quit.
    if (qEnvironmentVariableIsSet("QUIRE_EXIT_WHEN_READY")) {
        auto *probe = new quire::WindowReadyProbe(window);
        QObject::connect(probe, &quire::WindowReadyProbe::windowReady, window, [] {
            std::printf("window ready\n");
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    if (startup.isDemo()) {
        // Once the loop runs, the demo says where its simulator listens (a
        // presenter can open it; tests wait for the line).
        QTimer::singleShot(0, qApp, [url = startup.simulatorUrl()] {
            std::printf("gateway simulator on %s\n", qPrintable(url.toString()));
            std::fflush(stdout);
        });
    }
    return stopRequested ? 0 : QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const bool noWindow = quire::AppCommandLine::wantsNoWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app = noWindow
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    // The system's language for --help and command-line errors; the one
    // asked for (--language, or the last one chosen) once they are read.
    auto *languages = new quire::LanguageSwitcher(app.get());
    languages->switchTo(QLocale::system());

    quire::AppCommandLine commandLine;
    commandLine.process(QCoreApplication::arguments());
    languages->switchTo(commandLine.startLocale());
    auto options = commandLine.coreOptions();
    if (!options)
        return fail(options.error().message, !noWindow);

    if (!commandLine.catalogToImport().isEmpty())
        return quire::StoreCommands::importCatalog(*options, commandLine.catalogToImport(),
                                                   commandLine.strictImport());
    if (!commandLine.migrationTarget().isEmpty())
        return quire::StoreCommands::migrateStore(*options, commandLine.migrationTarget());
    const bool kiosk = options->kiosk;
    quire::TerminalStartup startup(std::move(options).value());
    if (commandLine.headless())
        return runHeadless(startup);
    return runWindow(startup, kiosk, *languages);
}
