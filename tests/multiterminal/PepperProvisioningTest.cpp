#include "TestDatabase.h"
#include "TestPrinters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

// Protects (issue 14): terminals of one PostgreSQL store, each its own
// process with its own HOME (so its own default pepper path), share PINs
// once they share the pepper file. A user created at terminal A signs in at
// terminal B given a copy of A's pepper (--pepper-file or [auth]
// pepperFile); B with a pepper of its own, or none, refuses to start with a
// message naming its file and how to copy A's, before any PIN is checked:
// the user's wrong-PIN counter stays at zero. Two terminals starting at
// once on a new store agree on one pepper.
class PepperProvisioningTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString output;
        QString errors;
    };

    QTemporaryDir m_dir;
    QString m_passwordFile;

    // The default pepper path of a terminal whose HOME is `home` (quire's
    // AppConfigLocation).
    static QString defaultPepperPath(const QString &home)
    {
        return QDir(home).filePath(QStringLiteral(".config/Quire/quire/pin-pepper"));
    }

    QProcess *startTerminal(test::TestDatabase &db, const QString &home, const QString &id,
                            const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home);
        environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
        environment.remove(QStringLiteral("QUIRE_DB_PASSWORD"));
        environment.remove(QStringLiteral("PGPASSWORD"));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(QUIRE_TEST_SIGNIN_PATH),
                       QStringList{QStringLiteral("--db"), db.path(),
                                   QStringLiteral("--db-password-file"), m_passwordFile,
                                   QStringLiteral("--terminal-id"), id}
                           + arguments);
        return process;
    }

    static Run finish(QProcess *process)
    {
        Run run;
        if (!process->waitForFinished(60000)) {
            process->kill();
            process->waitForFinished();
        }
        run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        run.output = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        run.errors = QString::fromUtf8(process->readAllStandardError());
        process->deleteLater();
        return run;
    }

    Run terminal(test::TestDatabase &db, const QString &home, const QString &id,
                 const QStringList &arguments)
    {
        return finish(startTerminal(db, home, id, arguments));
    }

    static QString outcome(const Run &run)
    {
        const QStringList lines = run.output.split(u'\n');
        return QJsonDocument::fromJson(lines.constLast().toUtf8())
            .object()
            .value(QStringLiteral("outcome"))
            .toString();
    }

    qint64 scalar(test::TestDatabase &db, const QString &sql)
    {
        auto query = db.database().exec(sql);
        if (!query || !query.value().next())
            return -1;
        return query->value(0).toLongLong();
    }

    static void verifyRefusal(const Run &run, const QString &path)
    {
        QVERIFY2(run.exitCode == 2, qPrintable(run.output + run.errors));
        QVERIFY2(run.errors.contains(path), qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QStringLiteral("install -D -m 600")), qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QStringLiteral("--pepper-file")), qPrintable(run.errors));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::TestDatabase::configuredPostgresUrl().isEmpty())
            QSKIP("needs a PostgreSQL server (QUIRE_TEST_PG_URL): run PepperProvisioningTest-pg");
        QVERIFY(m_dir.isValid());
        m_passwordFile = m_dir.filePath(QStringLiteral("db-password"));
        QFile file(m_passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(test::TestDatabase::configuredPostgresPassword().toUtf8() + '\n');
    }

    void aUserCreatedAtOneTerminalSignsInAtAnother()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QTemporaryDir homeA;
        QTemporaryDir homeB;
        const QString failedAttempts
            = QStringLiteral("SELECT failed_attempts FROM users WHERE username = 'pat'"
                             " AND locked_until IS NULL");

        // Terminal A: the store's first start makes A's pepper at its
        // default path, and A sets up the first manager.
        const Run created
            = terminal(db, homeA.path(), QStringLiteral("a"),
                       {QStringLiteral("--create-manager"), QStringLiteral("pat:135790")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.output + created.errors));
        QCOMPARE(outcome(created), QStringLiteral("created"));
        const QString pepperA = defaultPepperPath(homeA.path());
        QVERIFY(QFileInfo::exists(pepperA));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pepper_check")), 1);

        // Terminal B without a pepper: no new one is made.
        const QString pepperB = defaultPepperPath(homeB.path());
        Run refused = terminal(db, homeB.path(), QStringLiteral("b"),
                               {QStringLiteral("--sign-in"), QStringLiteral("pat:135790")});
        verifyRefusal(refused, pepperB);
        QVERIFY(!QFileInfo::exists(pepperB));

        // Terminal B with a pepper of its own (as every terminal made one
        // at its first start before issue 14): refused, the PIN unchecked.
        QVERIFY(QDir().mkpath(QFileInfo(pepperB).absolutePath()));
        {
            QFile file(pepperB);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.write(QByteArray(32, 'b'));
        }
        for (int i = 0; i < 6; ++i) { // more than the five that would lock the account
            refused = terminal(db, homeB.path(), QStringLiteral("b"),
                               {QStringLiteral("--sign-in"), QStringLiteral("pat:135790")});
            verifyRefusal(refused, pepperB);
        }
        QCOMPARE(scalar(db, failedAttempts), 0);

        // Provisioned as docs/deployment.md says: a copy of A's file, 0600,
        // named with --pepper-file.
        const QString provisioned = QDir(homeB.path()).filePath(QStringLiteral("quire/pin-pepper"));
        QVERIFY(QDir().mkpath(QFileInfo(provisioned).absolutePath()));
        QCOMPARE(
            QProcess::execute(QStringLiteral("install"),
                              {QStringLiteral("-m"), QStringLiteral("600"), pepperA, provisioned}),
            0);
        const Run signedIn = terminal(db, homeB.path(), QStringLiteral("b"),
                                      {QStringLiteral("--pepper-file"), provisioned,
                                       QStringLiteral("--sign-in"), QStringLiteral("pat:135790")});
        QVERIFY2(signedIn.exitCode == 0, qPrintable(signedIn.output + signedIn.errors));
        QCOMPARE(outcome(signedIn), QStringLiteral("signed-in"));

        // The same through the settings file's [auth] pepperFile.
        const QString settings = QDir(homeB.path()).filePath(QStringLiteral("quire.ini"));
        {
            QFile file(settings);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[auth]\npepperFile=" + provisioned.toUtf8() + '\n');
        }
        const Run fromSettings
            = terminal(db, homeB.path(), QStringLiteral("b"),
                       {QStringLiteral("--config"), settings, QStringLiteral("--sign-in"),
                        QStringLiteral("pat:135790")});
        QVERIFY2(fromSettings.exitCode == 0, qPrintable(fromSettings.output + fromSettings.errors));
        QCOMPARE(outcome(fromSettings), QStringLiteral("signed-in"));
        QCOMPARE(scalar(db, failedAttempts), 0);

        // A still signs in with its own file.
        const Run atA = terminal(db, homeA.path(), QStringLiteral("a"),
                                 {QStringLiteral("--sign-in"), QStringLiteral("pat:135790")});
        QCOMPARE(outcome(atA), QStringLiteral("signed-in"));
    }

    // The same through quire itself (main.cpp's wiring of --pepper-file):
    // its window refuses to open with another pepper, saying why on stderr
    // before the message box, and opens with the provisioned copy.
    void theQuireWindowRefusesAnotherPepperAndOpensWithTheCopy()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QTemporaryDir homeA;
        QTemporaryDir homeB;
        const Run created
            = terminal(db, homeA.path(), QStringLiteral("a"),
                       {QStringLiteral("--create-manager"), QStringLiteral("pat:135790")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.output + created.errors));
        const QString pepperB = defaultPepperPath(homeB.path());
        QVERIFY(QDir().mkpath(QFileInfo(pepperB).absolutePath()));
        {
            QFile file(pepperB);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.write(QByteArray(32, 'b'));
        }

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), homeB.path());
        environment.remove(QStringLiteral("XDG_CONFIG_HOME"));
        environment.remove(QStringLiteral("QUIRE_DB_PASSWORD"));
        environment.remove(QStringLiteral("PGPASSWORD"));
        environment.insert(QStringLiteral("QUIRE_GATEWAY_API_KEY"), QStringLiteral("sk_test_k"));
        environment.insert(QStringLiteral("QUIRE_WEBHOOK_SECRETS"), QStringLiteral("whsec_k"));
        environment.insert(QStringLiteral("QUIRE_EXIT_WHEN_READY"), QStringLiteral("1"));
        const QStringList arguments{QStringLiteral("--db"),
                                    db.path(),
                                    QStringLiteral("--db-password-file"),
                                    m_passwordFile,
                                    QStringLiteral("--terminal-id"),
                                    QStringLiteral("b"),
                                    QStringLiteral("--gateway-url"),
                                    QStringLiteral("http://127.0.0.1:9"),
                                    QStringLiteral("--callback-listen"),
                                    QStringLiteral("127.0.0.1:0")};
        {
            QProcess quire;
            quire.setProcessEnvironment(environment);
            quire.start(QStringLiteral(QUIRE_APP_PATH), arguments);
            QVERIFY(quire.waitForStarted(10000));
            QByteArray errors;
            QTRY_VERIFY_WITH_TIMEOUT(
                (errors += quire.readAllStandardError()).contains("is not the one this store"),
                60000);
            QVERIFY2(errors.contains(pepperB.toUtf8()), errors.constData());
            QVERIFY2(errors.contains("--pepper-file"), errors.constData());
            quire.kill(); // the message box waits for a click
            quire.waitForFinished(10000);
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT failed_attempts FROM users"
                                           " WHERE username = 'pat'")),
                 0);

        const QString provisioned = QDir(homeB.path()).filePath(QStringLiteral("pin-pepper"));
        QVERIFY(QFile::copy(defaultPepperPath(homeA.path()), provisioned));
        QProcess quire;
        quire.setProcessEnvironment(environment);
        quire.start(QStringLiteral(QUIRE_APP_PATH),
                    arguments + QStringList{QStringLiteral("--pepper-file"), provisioned});
        QVERIFY(quire.waitForStarted(10000));
        if (!quire.waitForFinished(90000))
            quire.kill();
        QVERIFY2(quire.exitStatus() == QProcess::NormalExit && quire.exitCode() == 0,
                 quire.readAllStandardError().right(3000).constData());
        QVERIFY(quire.readAllStandardOutput().contains("window ready"));
    }

    void twoTerminalsStartingAtOnceAgreeOnOnePepper()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QTemporaryDir homeA;
        QTemporaryDir homeB;
        QProcess *a = startTerminal(db, homeA.path(), QStringLiteral("a"), {});
        QProcess *b = startTerminal(db, homeB.path(), QStringLiteral("b"), {});
        const Run runA = finish(a);
        const Run runB = finish(b);
        // Each made a pepper of its own; exactly one became the store's.
        QCOMPARE(QList<int>({runA.exitCode, runB.exitCode}).count(0), 1);
        const Run &loser = runA.exitCode == 0 ? runB : runA;
        verifyRefusal(loser, defaultPepperPath(runA.exitCode == 0 ? homeB.path() : homeA.path()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pepper_check")), 1);
    }
};

QTEST_GUILESS_MAIN(PepperProvisioningTest)
#include "PepperProvisioningTest.moc"
