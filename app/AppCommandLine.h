#pragma once

#include "domain/Result.h"
#include "services/CoreOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QLocale>
#include <QTemporaryDir>
#include <memory>

namespace quire {

// `quire`'s command line: what to run (the window, --headless, an import,
// a migration) and the core's options. process() exits for --help,
// --version and unknown options, as QCommandLineParser does.
class AppCommandLine final
{
public:
    AppCommandLine();

    // Whether the arguments ask for a run without a display (headless, an
    // import or migration, help): decided before any QApplication exists.
    static bool wantsNoWindow(int argc, char *argv[]);

    void process(const QStringList &arguments);

    // --language, else the one chosen last time in the window, else the system's.
    QLocale startLocale() const;
    // The core's options, with the database path filled in: the demo's or
    // the store's default when none is given; for --demo=ephemeral a
    // temporary folder that lives as long as this object.
    Result<CoreOptions> coreOptions();

    bool headless() const { return m_parser.isSet(m_headless); }
    QString catalogToImport() const { return m_parser.value(m_import); }
    bool strictImport() const { return m_parser.isSet(m_strict); }
    QString migrationTarget() const { return m_parser.value(m_migrate); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_headless;
    QCommandLineOption m_import;
    QCommandLineOption m_strict;
    QCommandLineOption m_language;
    QCommandLineOption m_migrate;
    std::unique_ptr<QTemporaryDir> m_ephemeral;
};

} // namespace quire
