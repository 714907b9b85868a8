#include "AppCommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <cstring>

namespace quire {

namespace {

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

} // namespace

AppCommandLine::AppCommandLine()
    : m_headless(QStringLiteral("headless"),
                 QCoreApplication::translate("main", "Run the core without a window: callbacks, "
                                                     "reconciliation, timeouts and alerts."))
    , m_import(QStringLiteral("import-catalog"),
               QCoreApplication::translate("main", "Import a catalog CSV file into the database "
                                                   "and exit (see docs/catalog.md)."),
               QCoreApplication::translate("main", "file.csv"))
    , m_strict(QStringLiteral("strict"),
               QCoreApplication::translate("main", "With --import-catalog: import nothing if any "
                                                   "row is bad."))
    , m_language(QStringLiteral("language"),
                 QCoreApplication::translate("main", "Start in this language (en, de, fr; "
                                                     "default: the one chosen last, else the "
                                                     "system's)."),
                 QCoreApplication::translate("main", "locale"))
    , m_migrate(QStringLiteral("migrate-to"),
                QCoreApplication::translate("main", "Copy the store in --db into a new PostgreSQL "
                                                    "database, check counts and totals, and exit "
                                                    "(see docs/deployment.md)."),
                QStringLiteral("postgresql://user@host:port/dbname"))
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Point of sale and self-service kiosk for bookstores."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_headless, m_import, m_strict, m_migrate, m_language});
    CoreOptions::addTo(m_parser);
}

bool AppCommandLine::wantsNoWindow(int argc, char *argv[])
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

void AppCommandLine::process(const QStringList &arguments)
{
    m_parser.process(CoreOptions::normalizeArguments(arguments));
}

QLocale AppCommandLine::startLocale() const
{
    const QString requested = m_parser.value(m_language);
    if (!requested.isEmpty())
        return QLocale(requested);
    const QString remembered = QSettings().value(QStringLiteral("ui/language")).toString();
    return remembered.isEmpty() ? QLocale::system() : QLocale(remembered);
}

Result<CoreOptions> AppCommandLine::coreOptions()
{
    auto parsed = CoreOptions::from(m_parser);
    if (!parsed)
        return parsed.error();
    CoreOptions options = std::move(parsed).value();
    const bool demo = options.demo != CoreOptions::Demo::Off;
    // --demo=ephemeral: everything in a temporary folder, gone on exit.
    if (options.demo == CoreOptions::Demo::Ephemeral && options.databasePath.isEmpty()) {
        m_ephemeral = std::make_unique<QTemporaryDir>();
        if (!m_ephemeral->isValid())
            return Error::invalid(m_ephemeral->errorString());
        options.databasePath = m_ephemeral->filePath(QStringLiteral("demo.sqlite"));
    }
    if (options.databasePath.isEmpty())
        options.databasePath = defaultDatabasePath(demo);
    return options;
}

} // namespace quire
