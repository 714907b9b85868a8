#include "QuireProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace quire;

// Protects: `quire --headless` stops cleanly (exit code 0, database closed)
// on SIGTERM at any moment after it announced where callbacks arrive: a
// supervisor (systemd, the demo, a test) may stop it at once.
class HeadlessSignalsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigtermRightAfterReadinessStopsCleanly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::QuireProcess app(dir.filePath(QStringLiteral("quire.log")), "sk_test_unused",
                               "whsec_signals");
        for (int run = 0; run < 20; ++run) {
            QVERIFY2(
                app.start({QStringLiteral("--db"), dir.filePath(QStringLiteral("store.sqlite")),
                           QStringLiteral("--gateway-url"), QStringLiteral("http://127.0.0.1:9"),
                           QStringLiteral("--callback-listen"), QStringLiteral("127.0.0.1:0")}),
                qPrintable(app.error()));
            QVERIFY2(app.stop(), qPrintable(QStringLiteral("run %1: exit status %2, code %3")
                                                .arg(run)
                                                .arg(int(app.process().exitStatus()))
                                                .arg(app.process().exitCode())));
        }
    }
};

QTEST_GUILESS_MAIN(HeadlessSignalsTest)
#include "HeadlessSignalsTest.moc"
