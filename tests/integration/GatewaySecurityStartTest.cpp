#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

// Protects: a gateway configuration that would expose the API key (plain
// http to another machine, a key file others can read) stops `quire` at
// start-up with the reason on stderr, before the store's database is
// touched, and the reason never shows the key. The real executable runs as
// a process, headless so the reason is not behind a message box.
class GatewaySecurityStartTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
        environment.insert(QStringLiteral("QUIRE_GATEWAY_API_KEY"),
                           QStringLiteral("sk_test_from_the_environment_1234"));
        environment.insert(QStringLiteral("QUIRE_WEBHOOK_SECRETS"),
                           QStringLiteral("whsec_from_the_environment_1234"));
        return environment;
    }

    // Runs quire with `arguments` and returns what it wrote to stderr;
    // `exitCode` is -1 when it did not stop by itself.
    QByteArray runQuire(const QStringList &arguments, int &exitCode) const
    {
        QProcess quire;
        quire.setProcessEnvironment(environment());
        quire.start(QStringLiteral(QUIRE_APP_PATH),
                    QStringList{QStringLiteral("--headless"), QStringLiteral("--db"), database(),
                                QStringLiteral("--callback-listen"), QStringLiteral("127.0.0.1:0")}
                        + arguments);
        exitCode = -1;
        if (!quire.waitForFinished(30000)) {
            quire.kill();
            quire.waitForFinished(10000);
        } else if (quire.exitStatus() == QProcess::NormalExit) {
            exitCode = quire.exitCode();
        }
        return quire.readAllStandardError();
    }

    QString database() const { return m_home.filePath(QStringLiteral("store.sqlite")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void refusesPlainHttpToAnotherMachine()
    {
        int exitCode = 0;
        const QByteArray errors = runQuire(
            {QStringLiteral("--gateway-url"), QStringLiteral("http://192.168.1.5:8080/")},
            exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(
            errors.contains("quire: gateway base URL 'http://192.168.1.5:8080/' is plain http"),
            errors.constData());
        QVERIFY2(errors.contains("use an https:// URL"), errors.constData());
        QVERIFY(!errors.contains("sk_test_from_the_environment"));
        QVERIFY(!QFile::exists(database())); // refused before anything was touched
    }

    void refusesAKeyFileOthersCanRead()
    {
        const QString keyFile = m_home.filePath(QStringLiteral("gateway-key"));
        {
            QFile file(keyFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("sk_live_do_not_show_me_0123456789\n");
        }
        QVERIFY(::chmod(QFile::encodeName(keyFile).constData(), 0644) == 0);
        int exitCode = 0;
        const QByteArray errors
            = runQuire({QStringLiteral("--gateway-url"), QStringLiteral("https://api.stripe.com"),
                        QStringLiteral("--gateway-key-file"), keyFile},
                       exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(errors.contains("chmod 600 " + QFile::encodeName(keyFile)), errors.constData());
        QVERIFY2(!errors.contains("do_not_show_me"), errors.constData());
        QVERIFY(!QFile::exists(database()));
    }
};

QTEST_GUILESS_MAIN(GatewaySecurityStartTest)
#include "GatewaySecurityStartTest.moc"
