#include "ActivityFilter.h"
#include "CartModel.h"
#include "CartPage.h"
#include "CatalogImportDialog.h"
#include "CatalogModel.h"
#include "CatalogPage.h"
#include "CheckoutPage.h"
#include "DemoPanel.h"
#include "EventLogModel.h"
#include "IdleLockOverlay.h"
#include "KioskWindow.h"
#include "LanguageChooser.h"
#include "LanguageSwitcher.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "MyOrdersPage.h"
#include "ReceiptSettings.h"
#include "RefundPage.h"
#include "ServiceStatusWidget.h"
#include "UsersPage.h"
#include "WindowReadyProbe.h"
#include "auth/Authentication.h"
#include "cart/Cart.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogSearch.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackServer.h"
#include "persistence/Database.h"
#include "persistence/EventLog.h"
#include "persistence/Migrator.h"
#include "persistence/StoreCopier.h"
#include "services/CoreOptions.h"
#include "services/CoreServices.h"
#include "services/DemoData.h"
#include "services/DemoScenarios.h"
#include "services/GatewaySimulatorProcess.h"
#include "services/RefundService.h"
#include "support/SystemClock.h"
#include "support/UnixSignalWatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUuid>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

using quire::ReceiptSettings;

bool wantsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "--help") == 0
            || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--version") == 0
            // An import runs in scripts and over SSH, without a display.
            || std::strncmp(argv[i], "--import-catalog", 16) == 0
            || std::strncmp(argv[i], "--migrate-to", 12) == 0)
            return true;
    }
    return false;
}

// The language to start in: --language, else the one chosen last time in the
// window, else the system's.
QLocale startLocale(const QString &requested)
{
    if (!requested.isEmpty())
        return QLocale(requested);
    const QString remembered = QSettings().value(QStringLiteral("ui/language")).toString();
    return remembered.isEmpty() ? QLocale::system() : QLocale(remembered);
}

// Once the window's event loop runs, the demo says where its simulator
// listens (a presenter can open it; tests wait for the line).
void announceDemoWhenRunning(const QUrl &simulatorUrl)
{
    QTimer::singleShot(0, qApp, [simulatorUrl] {
        std::printf("gateway simulator on %s\n", qPrintable(simulatorUrl.toString()));
        std::fflush(stdout);
    });
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
    // The demo's own database lives in the user's data folder
    // (~/.local/share/Quire/quire/demo.sqlite on Linux).
    const QString dataDir = QStandardPaths::writableLocation(
        demo ? QStandardPaths::AppDataLocation : QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dataDir);
    return QDir(dataDir).filePath(demo ? QStringLiteral("demo.sqlite")
                                       : QStringLiteral("quire.sqlite"));
}

// In the demo, the bundled simulator plays the gateway: started as a child
// process once the callback server listens, with secrets made up for this run.
quire::CoreServices::GatewayProvider demoGateway(quire::GatewaySimulatorProcess &simulator)
{
    return [&simulator](const QUrl &callbackUrl) -> quire::Result<quire::GatewayConfig> {
        const QByteArray apiKey = "sk_demo_" + QUuid::createUuid().toByteArray(QUuid::Id128);
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
    auto core = quire::CoreServices::start(
        options, clock, demo ? demoGateway(simulator) : quire::CoreServices::GatewayProvider());
    if (core && demo) {
        if (auto seeded = quire::DemoData::seedCatalog((*core)->database(), clock); !seeded)
            return seeded.error();
    }
    return core;
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

// Imports a catalog CSV into the database and reports each refused row.
// Exit status: 0 all rows imported, 2 some refused, 1 nothing imported.
int importCatalog(const quire::CoreOptions &options, const QString &csvPath, bool strict)
{
    quire::SystemClock clock;
    auto password = options.databasePassword();
    if (!password)
        return fail(password.error().message, false);
    auto database
        = quire::Database::open(options.databasePath, *password, QStringLiteral("quire-import"));
    if (!database)
        return fail(database.error().message, false);
    if (auto migrated = quire::Migrator(**database, clock).migrate(); !migrated)
        return fail(migrated.error().message, false);
    quire::CatalogImporter importer(**database, clock);
    const quire::ImportReport report
        = importer.importFile(csvPath, strict ? quire::CatalogImporter::Mode::Strict
                                              : quire::CatalogImporter::Mode::Lenient);
    for (const quire::ImportProblem &problem : report.problems)
        std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(csvPath), problem.line,
                     qPrintable(problem.reason));
    if (!report.committed) {
        std::fprintf(stderr, "quire: nothing imported: %s\n", qPrintable(report.fatalError));
        return 1;
    }
    std::printf("%s\n", qPrintable(QCoreApplication::translate(
                                       "main", "Imported %1 of %2 rows into %3; %4 refused.")
                                       .arg(report.imported)
                                       .arg(report.rowsRead)
                                       .arg((*database)->location())
                                       .arg(report.problems.size())));
    return report.problems.isEmpty() ? 0 : 2;
}

// Copies the store in --db (a SQLite file) into a new PostgreSQL database
// and checks counts and totals (docs/deployment.md). Exit status 0 on success.
int migrateStore(const quire::CoreOptions &options, const QString &targetUrl)
{
    quire::SystemClock clock;
    if (!quire::Database::isPostgresUrl(targetUrl))
        return fail(QCoreApplication::translate("main", "--migrate-to needs a postgresql:// URL"),
                    false);
    auto password = options.databasePassword();
    if (!password)
        return fail(password.error().message, false);
    auto source = quire::Database::openSqlite(options.databasePath);
    if (!source)
        return fail(source.error().message, false);
    auto target = quire::Database::open(targetUrl, *password, QStringLiteral("quire-migrate"));
    if (!target)
        return fail(target.error().message, false);
    for (quire::Database *database : {source->get(), target->get()}) {
        if (auto migrated = quire::Migrator(*database, clock).migrate(); !migrated)
            return fail(migrated.error().message, false);
    }
    auto report = quire::StoreCopier(**source, **target).copy();
    if (!report)
        return fail(report.error().message, false);
    for (const auto &table : std::as_const(report->tables))
        std::printf("%-16s %10lld rows\n", qPrintable(table.table), table.targetRows);
    for (const QString &total : std::as_const(report->totals))
        std::printf("%s\n", qPrintable(total));
    std::printf("%s\n", qPrintable(QCoreApplication::translate(
                                       "main", "Copied %1 into %2; counts and totals match.")
                                       .arg((*source)->location(), (*target)->location())));
    return 0;
}

ReceiptSettings receiptSettings(bool demo)
{
    // A store sets these in its settings file (section [store]).
    QSettings settings;
    ReceiptSettings receipt;
    receipt.storeName = settings
                            .value(QStringLiteral("store/name"),
                                   demo ? QCoreApplication::translate("main", "Quire Demo Books")
                                        : QCoreApplication::translate("main", "Bookshop"))
                            .toString();
    receipt.storeAddress = settings.value(QStringLiteral("store/address")).toStringList();
    receipt.footer
        = settings
              .value(QStringLiteral("store/receiptFooter"),
                     QCoreApplication::translate("main", "Thank you for reading with us"))
              .toString();
    receipt.locale = QLocale();
    return receipt;
}

// The self-service kiosk, built from the counter's screens. Only a
// manager's PIN (or SIGTERM from the supervisor) ends it.
int runKiosk(const quire::CoreOptions &options, const quire::MainWindowParts &counterParts,
             quire::Authentication &auth, quire::Database &database,
             quire::DemoScenarios *scenarios, bool demo, const bool &stopRequested,
             quire::LanguageSwitcher &languages, quire::RefundService &refunds,
             quire::PurchaseFlow &flow)
{
    quire::KioskParts parts;
    parts.database = &database;
    parts.session = &auth.session();
    parts.auth = &auth.auth();
    parts.policy = &auth.policy();
    parts.login = counterParts.login;
    parts.catalog = counterParts.catalog;
    parts.cart = counterParts.cart;
    parts.cartModel = counterParts.cartModel;
    parts.checkout = counterParts.checkout;
    parts.checkout->setActor(quire::Actor::system(QStringLiteral("kiosk")));
    parts.demoPanel = scenarios ? new quire::DemoPanel(*scenarios) : nullptr;
    parts.myOrders = new quire::MyOrdersPage(refunds, flow, auth.session(), auth.policy(),
                                             auth.auth(), receiptSettings(demo));
    parts.settings = options.kioskSettings;
    parts.storeName = receiptSettings(demo).storeName;
    parts.demoMode = demo;
    // The counter's users page and activity are not part of a kiosk.
    delete counterParts.users;
    delete counterParts.serviceStatus;
    delete counterParts.refunds;
    delete counterParts.catalogImport;
    quire::KioskWindow window(parts);
    // The attract screen's language buttons switch the whole kiosk.
    QObject::connect(
        &window, &quire::KioskWindow::languageRequested, &languages,
        [&languages](const QString &localeName) { languages.switchTo(QLocale(localeName)); });
    window.showKiosk();
    if (scenarios)
        announceDemoWhenRunning(scenarios->simulatorUrl());
    return stopRequested ? 0 : QApplication::exec();
}

int runWindow(const quire::CoreOptions &options, bool demo, quire::LanguageSwitcher &languages)
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
    quire::SystemClock clock;
    quire::GatewaySimulatorProcess simulator;
    auto started = startCore(options, clock, demo, simulator);
    if (!started)
        return fail(started.error().message, true);
    std::unique_ptr<quire::CoreServices> core = std::move(started).value();
    quire::Database &database = core->database();

    quire::AuthenticationOptions authOptions;
    authOptions.terminalId = options.terminalId;
    if (options.demo == quire::CoreOptions::Demo::Ephemeral) // nothing outside the temp folder
        authOptions.pepperPath
            = QFileInfo(options.databasePath).dir().filePath(QStringLiteral("demo.pepper"));
    auto authentication = quire::Authentication::create(database, clock, authOptions);
    if (!authentication)
        return fail(authentication.error().message, true);
    quire::Authentication &auth = **authentication;
    if (options.kiosk && !demo) {
        // The first manager is set up at the sign-in screen; at a kiosk that
        // screen would be the public's. Leaving the kiosk and approving
        // refunds need a manager's PIN, so there must be one first.
        auto needed = auth.admin().needsFirstManager();
        if (!needed)
            return fail(needed.error().message, true);
        if (*needed)
            return fail(QCoreApplication::translate(
                            "main", "Kiosk mode needs a manager account first: it is what leaves "
                                    "the kiosk and approves refunds. Start Quire once without "
                                    "--kiosk, set up the manager at the sign-in screen, then start "
                                    "the kiosk again."),
                        true);
    }
    if (demo) {
        if (auto seeded = auth.admin().seedDemoUsers(); !seeded)
            return fail(seeded.error().message, true);
    }

    auto cart = quire::Cart::open(database, clock, options.terminalId);
    if (!cart)
        return fail(cart.error().message, true);
    quire::CartModel cartModel(std::move(cart).value());
    quire::CatalogSearch search(database);
    quire::CatalogModel catalogModel(search);
    quire::EventLog eventLog(database);
    quire::EventLogModel activity(eventLog);
    QObject::connect(&core->flow(), &quire::PurchaseFlow::eventPublished, &activity,
                     &quire::EventLogModel::fetchNewEvents);

    quire::MainWindowParts parts;
    parts.session = &auth.session();
    parts.login = new quire::LoginPage(auth.session(), auth.auth(), auth.admin(), demo);
    parts.catalog = new quire::CatalogPage(&catalogModel, &cartModel);
    parts.cart = new quire::CartPage(&cartModel);
    parts.cartModel = &cartModel;
    parts.checkout = new quire::CheckoutPage(core->flow(), core->payments(), options.payments,
                                             receiptSettings(demo));
    parts.users = new quire::UsersPage(auth.admin(), auth.session(), clock);
    parts.catalogImport
        = new quire::CatalogImportDialog(database.location(), clock, auth.session());
    quire::RefundService refunds(core->flow(), options.refunds);
    parts.refunds = new quire::RefundPage(refunds, core->flow(), auth.session(), auth.policy(),
                                          auth.auth(), receiptSettings(demo));
    parts.serviceStatus = new quire::ServiceStatusWidget(core->payments(), core->alerts());
    parts.activity = &activity;
    parts.databaseLocation = database.location();
    parts.demoMode = demo;

    std::unique_ptr<quire::DemoScenarios> scenarios;
    if (demo)
        scenarios = std::make_unique<quire::DemoScenarios>(core->flow(), clock, simulator.baseUrl(),
                                                           simulator.apiKey());

    if (options.kiosk)
        return runKiosk(options, parts, auth, database, scenarios.get(), demo, stopRequested,
                        languages, refunds, core->flow());

    parts.languageChooser = new quire::LanguageChooser(&languages);
    quire::MainWindow window(parts);
    // A language chosen in the window is the one it starts in next time.
    QObject::connect(&languages, &quire::LanguageSwitcher::languageChanged, &window,
                     [](const QLocale &locale) {
                         QSettings().setValue(QStringLiteral("ui/language"), locale.name());
                     });
    if (scenarios) {
        auto *dock = new QDockWidget(QCoreApplication::translate("main", "Demo panel"), &window);
        dock->setObjectName(QStringLiteral("demoPanelDock"));
        dock->setWidget(new quire::DemoPanel(*scenarios));
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
    }
    quire::IdleLockOverlay idleLock(auth.session(), &window);
    quire::ActivityFilter activityFilter(auth.session());
    qApp->installEventFilter(&activityFilter);
    QObject::connect(core.get(), &quire::CoreServices::databaseDamaged, &window,
                     [&window](const QString &message) {
                         auto *box = new QMessageBox(
                             QMessageBox::Critical,
                             QCoreApplication::translate("main", "Database damaged"), message,
                             QMessageBox::Ok, &window);
                         box->setObjectName(QStringLiteral("databaseDamagedBox"));
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         box->open();
                     });
    window.show();
    // bench/startup_bench: report when the window is on screen, then quit.
    if (qEnvironmentVariableIsSet("QUIRE_EXIT_WHEN_READY")) {
        auto *probe = new quire::WindowReadyProbe(&window);
        QObject::connect(probe, &quire::WindowReadyProbe::windowReady, &window, [] {
            std::printf("window ready\n");
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    if (demo)
        announceDemoWhenRunning(simulator.baseUrl());
    const int status = stopRequested ? 0 : QApplication::exec();
    qApp->removeEventFilter(&activityFilter);
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
    // The system's language for --help and command-line errors; the one
    // asked for (--language, or the last one chosen) once they are read.
    auto *languages = new quire::LanguageSwitcher(app.get());
    languages->switchTo(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Point of sale and self-service kiosk for bookstores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("main", "Run the core without a window: callbacks, "
                                            "reconciliation, timeouts and alerts."));
    const QCommandLineOption importOption(
        QStringLiteral("import-catalog"),
        QCoreApplication::translate("main", "Import a catalog CSV file into the database and "
                                            "exit (see docs/catalog.md)."),
        QCoreApplication::translate("main", "file.csv"));
    const QCommandLineOption strictOption(
        QStringLiteral("strict"),
        QCoreApplication::translate("main", "With --import-catalog: import nothing if any row "
                                            "is bad."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Start in this language (en, de, fr; default: the "
                                            "one chosen last, else the system's)."),
        QCoreApplication::translate("main", "locale"));
    const QCommandLineOption migrateOption(
        QStringLiteral("migrate-to"),
        QCoreApplication::translate("main", "Copy the store in --db into a new PostgreSQL "
                                            "database, check counts and totals, and exit "
                                            "(see docs/deployment.md)."),
        QStringLiteral("postgresql://user@host:port/dbname"));
    parser.addOptions({headlessOption, importOption, strictOption, migrateOption, languageOption});
    quire::CoreOptions::addTo(parser);
    parser.process(quire::CoreOptions::normalizeArguments(QCoreApplication::arguments()));
    languages->switchTo(startLocale(parser.value(languageOption)));

    auto parsed = quire::CoreOptions::from(parser);
    if (!parsed)
        return fail(parsed.error().message, !noWindow);
    quire::CoreOptions options = std::move(parsed).value();
    const bool demo = options.demo != quire::CoreOptions::Demo::Off;
    // --demo=ephemeral: everything in a temporary folder, gone on exit.
    std::unique_ptr<QTemporaryDir> ephemeral;
    if (options.demo == quire::CoreOptions::Demo::Ephemeral && options.databasePath.isEmpty()) {
        ephemeral = std::make_unique<QTemporaryDir>();
        if (!ephemeral->isValid())
            return fail(ephemeral->errorString(), !noWindow);
        options.databasePath = ephemeral->filePath(QStringLiteral("demo.sqlite"));
    }
    if (options.databasePath.isEmpty())
        options.databasePath = defaultDatabasePath(demo);

    if (parser.isSet(importOption))
        return importCatalog(options, parser.value(importOption), parser.isSet(strictOption));
    if (parser.isSet(migrateOption))
        return migrateStore(options, parser.value(migrateOption));
    if (parser.isSet(headlessOption))
        return runHeadless(options, demo);
    return runWindow(options, demo, *languages);
}
