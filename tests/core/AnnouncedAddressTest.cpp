#include "support/AnnouncedAddress.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace quire;

// Protects: how the app and the tests learn where a child process listens
// (the simulator, `quire --headless`): the first line's URL, or a failure
// that says what happened instead, never a wait beyond the deadline.
class AnnouncedAddressTest : public QObject
{
    Q_OBJECT

    static const QRegularExpression &listening()
    {
        static const QRegularExpression pattern(
            QStringLiteral("^listening on (http://[0-9.]+:[0-9]{1,5})$"));
        return pattern;
    }

    static void startShell(QProcess &process, const QString &script)
    {
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QVERIFY(process.waitForStarted(5000));
    }

private Q_SLOTS:
    void readsTheUrlFromTheFirstLine()
    {
        QProcess child;
        startShell(child, QStringLiteral("sleep 0.2; echo 'listening on http://127.0.0.1:4242';"
                                         " echo 'later output'; sleep 5"));
        const auto url = readAnnouncedAddress(child, listening(), 5000);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QCOMPARE(*url, QUrl(QStringLiteral("http://127.0.0.1:4242")));
        child.kill();
        child.waitForFinished();
    }

    void aChildThatExitsSilentlyIsReportedWithItsExitCode()
    {
        QProcess child;
        startShell(child, QStringLiteral("exit 3"));
        const auto url = readAnnouncedAddress(child, listening(), 5000);
        QVERIFY(!url.ok());
        QVERIFY2(url.error().message.contains(QStringLiteral("exit code 3")),
                 qPrintable(url.error().message));
    }

    void aSilentChildFailsAtTheDeadline()
    {
        QProcess child;
        startShell(child, QStringLiteral("sleep 10"));
        QElapsedTimer timer;
        timer.start();
        const auto url = readAnnouncedAddress(child, listening(), 300);
        QVERIFY(!url.ok());
        QVERIFY2(url.error().message.contains(QStringLiteral("within 300 ms")),
                 qPrintable(url.error().message));
        QVERIFY(timer.elapsed() < 3000);
        child.kill();
        child.waitForFinished();
    }

    void anotherFirstLineIsQuotedInTheError()
    {
        QProcess child;
        startShell(child, QStringLiteral("echo 'error: port in use'; sleep 5"));
        const auto url = readAnnouncedAddress(child, listening(), 5000);
        QVERIFY(!url.ok());
        QVERIFY2(url.error().message.contains(QStringLiteral("'error: port in use'")),
                 qPrintable(url.error().message));
        child.kill();
        child.waitForFinished();
    }

    void aLastLineWrittenJustBeforeExitingStillCounts()
    {
        QProcess child;
        startShell(child, QStringLiteral("echo 'listening on http://127.0.0.1:1'"));
        const auto url = readAnnouncedAddress(child, listening(), 5000);
        QVERIFY(url.ok());
        QCOMPARE(url->port(), 1);
    }
};

QTEST_GUILESS_MAIN(AnnouncedAddressTest)
#include "AnnouncedAddressTest.moc"
