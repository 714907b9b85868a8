#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Protects: `quire --demo` (here with --kiosk, as a store's demo kiosk
// runs) needs no set-up: from an empty home folder it creates its own
// database in the user's data folder, seeds 200+ titles, starts the gateway
// simulator as its child process, and stops that child when it is stopped
// itself; --demo=ephemeral leaves no database behind. The real executable
// runs as a process.
class DemoStartTest : public QObject
{
    Q_OBJECT

private:
    // The pid of `parent`'s child running quire-gateway-sim, or 0.
    static qint64 simulatorChildOf(qint64 parent)
    {
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool numeric = false;
            const qint64 pid = entry.toLongLong(&numeric);
            if (!numeric)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            // "pid (comm) state ppid ...": comm may hold spaces, so split after ')'.
            const qsizetype close = line.lastIndexOf(')');
            const QList<QByteArray> fields = line.mid(close + 2).split(' ');
            const QByteArray comm = line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1);
            if (fields.size() > 1 && fields.at(1).toLongLong() == parent
                && comm.startsWith("quire-gateway"))
                return pid;
        }
        return 0;
    }
    static bool isRunning(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
    }
    static qint64 countBooks(const QString &databasePath)
    {
        qint64 count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("demo-check"));
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT COUNT(*) FROM books")) && query.next())
                    count = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("demo-check"));
        return count;
    }
    static QProcessEnvironment emptyHome(const QTemporaryDir &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
        return environment;
    }

private Q_SLOTS:
    void helpNamesTheWaysToRun()
    {
        QProcess quire;
        quire.start(QStringLiteral(QUIRE_APP_PATH), {QStringLiteral("--help")});
        QVERIFY(quire.waitForFinished(20000));
        QCOMPARE(quire.exitCode(), 0);
        const QString help = QString::fromUtf8(quire.readAllStandardOutput());
        for (const char *option : {"--kiosk", "--demo", "--kiosk-idle", "--kiosk-payment-idle",
                                   "--kiosk-countdown", "--demo-storage", "ephemeral"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
    }

    void aKioskWithoutAManagerRefusesToOpen()
    {
        // Outside the demo, the first manager is made at the counter's
        // sign-in screen, which a kiosk would show to the public.
        QTemporaryDir home;
        QProcessEnvironment environment = emptyHome(home);
        environment.insert(QStringLiteral("QUIRE_GATEWAY_API_KEY"), QStringLiteral("sk_test_k"));
        environment.insert(QStringLiteral("QUIRE_WEBHOOK_SECRETS"), QStringLiteral("whsec_k"));
        QProcess quire;
        quire.setProcessEnvironment(environment);
        const QString database = home.filePath(QStringLiteral("store.sqlite"));
        quire.start(QStringLiteral(QUIRE_APP_PATH),
                    {QStringLiteral("--kiosk"), QStringLiteral("--db"), database,
                     QStringLiteral("--gateway-url"), QStringLiteral("http://127.0.0.1:9"),
                     QStringLiteral("--callback-listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(quire.waitForStarted(10000));
        // The reason goes to stderr before the message box opens.
        QByteArray errors;
        QTRY_VERIFY_WITH_TIMEOUT(
            (errors += quire.readAllStandardError()).contains("needs a manager account"), 20000);
        QVERIFY(errors.contains("without --kiosk"));
        quire.terminate();
        if (!quire.waitForFinished(10000)) {
            quire.kill();
            quire.waitForFinished(10000);
        }
        QVERIFY(QFile::exists(database)); // the store itself was set up
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kiosk-check"));
        {
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && query.next());
            QCOMPARE(query.value(0).toInt(), 0); // and nobody was made a manager
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("kiosk-check"));
    }

    void aDemoStartsFromAnEmptyHomeAndStopsItsSimulator()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        QProcess quire;
        quire.setProcessEnvironment(emptyHome(home));
        quire.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        quire.start(QStringLiteral(QUIRE_APP_PATH),
                    {QStringLiteral("--demo"), QStringLiteral("--kiosk")});
        QVERIFY(quire.waitForStarted(10000));

        const QString database = home.filePath(QStringLiteral("data/Quire/quire/demo.sqlite"));
        qint64 simulator = 0;
        QTRY_VERIFY_WITH_TIMEOUT((simulator = simulatorChildOf(quire.processId())) != 0, 30000);
        QVERIFY(QFile::exists(database));
        QTRY_VERIFY_WITH_TIMEOUT(countBooks(database) >= 200, 20000);
        // The kiosk is up (its event loop runs) and names the simulator it started.
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += quire.readAllStandardOutput())
                                     .contains("gateway simulator on http://127.0.0.1:"),
                                 30000);
        QCOMPARE(quire.state(), QProcess::Running);

        quire.terminate(); // SIGTERM, as a supervisor stops it
        QVERIFY(quire.waitForFinished(20000));
        QCOMPARE(quire.exitStatus(), QProcess::NormalExit);
        QCOMPARE(quire.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(simulator), 10000);
    }

    void theCounterDemoStartsAndStopsToo()
    {
        QTemporaryDir home;
        QProcess quire;
        quire.setProcessEnvironment(emptyHome(home));
        quire.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        quire.start(QStringLiteral(QUIRE_APP_PATH), {QStringLiteral("--demo=ephemeral")});
        QVERIFY(quire.waitForStarted(10000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += quire.readAllStandardOutput())
                                     .contains("gateway simulator on http://127.0.0.1:"),
                                 30000);
        const qint64 simulator = simulatorChildOf(quire.processId());
        QVERIFY(simulator != 0);
        quire.terminate();
        QVERIFY(quire.waitForFinished(20000));
        QCOMPARE(quire.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(simulator), 10000);
    }

    void anEphemeralDemoLeavesNoDatabaseBehind()
    {
        QTemporaryDir home;
        QProcess quire;
        quire.setProcessEnvironment(emptyHome(home));
        quire.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        quire.start(QStringLiteral(QUIRE_APP_PATH),
                    {QStringLiteral("--demo=ephemeral"), QStringLiteral("--kiosk")});
        QVERIFY(quire.waitForStarted(10000));
        qint64 simulator = 0;
        QTRY_VERIFY_WITH_TIMEOUT((simulator = simulatorChildOf(quire.processId())) != 0, 30000);
        quire.terminate();
        QVERIFY(quire.waitForFinished(20000));
        QCOMPARE(quire.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(simulator), 10000);
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("data/Quire/quire/demo.sqlite"))));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("config/Quire/quire/pin-pepper"))));
    }
};

QTEST_GUILESS_MAIN(DemoStartTest)
#include "DemoStartTest.moc"
