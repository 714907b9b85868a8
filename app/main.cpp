#include "EventLogModel.h"
#include "MainWindow.h"
#include "flows/PurchaseFlow.h"
#include "persistence/Database.h"
#include "persistence/EventLog.h"
#include "persistence/Migrator.h"
#include "support/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdio>

namespace {

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("quire"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "quire: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Quire cannot start"),
                          message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("quire"));
    QApplication::setApplicationDisplayName(QStringLiteral("Quire"));
    QApplication::setOrganizationName(QStringLiteral("Quire"));
    QApplication::setApplicationVersion(QStringLiteral(QUIRE_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Point of sale and self-service kiosk for bookstores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run the offline demo with its own database."));
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("db"), QStringLiteral("database")},
        QCoreApplication::translate("main", "SQLite database file to use."),
        QCoreApplication::translate("main", "path"));
    parser.addOptions({demoOption, databaseOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    QString databasePath = parser.value(databaseOption);
    if (databasePath.isEmpty()) {
        const QString dataDir
            = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        if (!QDir().mkpath(dataDir))
            return fail(QCoreApplication::translate("main", "Cannot create the data folder %1.")
                            .arg(dataDir));
        databasePath = QDir(dataDir).filePath(demo ? QStringLiteral("demo.sqlite")
                                                   : QStringLiteral("quire.sqlite"));
    }

    quire::SystemClock clock;
    auto database = quire::Database::openSqlite(databasePath);
    if (!database)
        return fail(database.error().message);
    quire::Migrator migrator(**database, clock);
    if (auto migrated = migrator.migrate(); !migrated)
        return fail(migrated.error().message);

    quire::PurchaseFlow flow(**database, clock);
    if (auto restored = flow.restore(); !restored)
        return fail(restored.error().message);

    quire::EventLog eventLog(**database);
    quire::EventLogModel activity(eventLog);
    QObject::connect(&flow, &quire::PurchaseFlow::eventPublished, &activity,
                     &quire::EventLogModel::fetchNewEvents);

    quire::MainWindow window(&activity, (*database)->location(), demo);
    window.show();
    return QApplication::exec();
}
