// Start-up to interactive window: starts the real `quire` executable on a
// database, N times, and measures from QProcess::start (fork + exec) to the
// line "window ready" that quire prints when QUIRE_EXIT_WHEN_READY is set:
// its main window was exposed and the event loop came round once after
// (docs/performance.md). No catalog is preloaded by the app; this measures
// what a clerk waits for.
//
//   startup_bench --quire build/app/quire --db /tmp/bench-1000000/bench.sqlite --runs 7
//
// Run it under Xvfb (xvfb-run -a -s "-screen 0 1280x800x24"). The gateway is
// pointed at a closed port: start-up never waits for it.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index
        = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times quire from start to its window."));
    parser.addHelpOption();
    const QCommandLineOption quireOption(
        QStringLiteral("quire"), QStringLiteral("The quire executable."), QStringLiteral("path"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("How many starts."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    parser.addOptions({quireOption, dbOption, runsOption});
    parser.process(app);
    const QString quire = parser.value(quireOption);
    const QString db = parser.value(dbOption);
    if (!QFileInfo(quire).isExecutable() || !QFileInfo::exists(db)) {
        std::fprintf(stderr, "startup_bench: need --quire EXECUTABLE and --db EXISTING_FILE\n");
        return 2;
    }
    const int runs = parser.value(runsOption).toInt();

    // The app's settings go to a scratch home; the PIN pepper stays beside the
    // database: its first start stores the pepper's check value, and a later
    // bench run with a new pepper would be refused (docs/deployment.md).
    QTemporaryDir home;
    const QString pepper = db + QStringLiteral(".pin-pepper");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QUIRE_EXIT_WHEN_READY"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QUIRE_GATEWAY_API_KEY"), QStringLiteral("sk_test_bench"));
    environment.insert(QStringLiteral("QUIRE_WEBHOOK_SECRETS"), QStringLiteral("whsec_bench"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("quire.*.info=false"));
    const QStringList arguments{QStringLiteral("--db"),
                                db,
                                QStringLiteral("--gateway-url"),
                                QStringLiteral("http://127.0.0.1:9"),
                                QStringLiteral("--callback-listen"),
                                QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--pepper-file"),
                                pepper};

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(quire, arguments);
        bool ready = false;
        double readyMs = 0;
        while (!ready && process.waitForReadyRead(30000)) {
            while (process.canReadLine()) {
                if (process.readLine().trimmed() == "window ready") {
                    readyMs = double(timer.nsecsElapsed()) / 1e6;
                    ready = true;
                }
            }
        }
        if (!ready) {
            std::fprintf(stderr, "run %d: no 'window ready' (exit %d): %s\n", run + 1,
                         process.exitCode(),
                         process.readAllStandardError().right(1500).constData());
            process.kill();
            process.waitForFinished();
            return 1;
        }
        process.waitForFinished(30000);
        times << readyMs;
        std::printf("run %d: %.0f ms\n", run + 1, readyMs);
        std::fflush(stdout);
    }
    std::printf("%s: %d starts, window ready p50 %.0f ms, min %.0f, max %.0f\n",
                qPrintable(QFileInfo(db).fileName()), runs, percentile(times, 0.5),
                *std::min_element(times.begin(), times.end()),
                *std::max_element(times.begin(), times.end()));
    return 0;
}
