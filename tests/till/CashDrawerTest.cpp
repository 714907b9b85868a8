#include "till/CashDrawer.h"

#include "TillFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace quire;

namespace {

const QByteArray kPulse("\x1b\x70\x00\x19\xfa", 5);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

// Protects: the drawer opens with the ESC/POS pulse (ESC p 0 25 250) written
// to the configured device (a file, a FIFO: the bytes are checked) or handed
// raw to a CUPS queue through lp; a printer that is not there fails at once
// and the clerk is told to open it by hand, as when none is configured;
// every opening is recorded with how it went.
class CashDrawerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePulseIsEscP()
    {
        QCOMPARE(CashDrawer::pulse(), kPulse);
        QCOMPARE(CashDrawer::pulse().toHex(' '), QByteArray("1b 70 00 19 fa"));
    }

    void withoutADrawerTheClerkOpensItByHand()
    {
        const CashDrawer none{QString(), QString()};
        QVERIFY(!none.isConfigured());
        QCOMPARE(none.open(), CashDrawer::Outcome::NotConfigured);
    }

    void writesThePulseToADeviceFile()
    {
        QTemporaryDir dir;
        const QString device = dir.filePath(QStringLiteral("lp0"));
        QFile created(device);
        QVERIFY(created.open(QIODevice::WriteOnly));
        created.close();
        const CashDrawer drawer(device, QString());
        QCOMPARE(drawer.open(), CashDrawer::Outcome::Pulsed);
        QCOMPARE(readFile(device), kPulse);
        QCOMPARE(drawer.open(), CashDrawer::Outcome::Pulsed);
        QCOMPARE(readFile(device), kPulse + kPulse);
    }

    void writesThePulseIntoAFifo()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("printer.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        const CashDrawer drawer(fifo, QString());
        QCOMPARE(drawer.open(), CashDrawer::Outcome::Pulsed);
        char buffer[16] = {};
        const ssize_t got = ::read(reader, buffer, sizeof buffer);
        ::close(reader);
        QCOMPARE(QByteArray(buffer, int(got)), kPulse);
    }

    void aPrinterThatIsNotThereFailsAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("nobody-reads.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        QString problem;
        QCOMPARE(CashDrawer(fifo, QString()).open(&problem), CashDrawer::Outcome::Failed);
        QVERIFY(timer.elapsed() < 1000); // never blocks the till
        QVERIFY(problem.contains(fifo));
        QCOMPARE(CashDrawer(dir.filePath(QStringLiteral("missing/lp0")), QString()).open(),
                 CashDrawer::Outcome::Failed);
    }

    void handsThePulseRawToACupsQueue()
    {
        QTemporaryDir dir;
        const QString lp = writeScript(
            dir, QStringLiteral("lp"),
            QStringLiteral("echo \"$@\" > '%1'\ncat > '%2'\n")
                .arg(dir.filePath(QStringLiteral("args")), dir.filePath(QStringLiteral("data")))
                .toUtf8());
        CashDrawer drawer(QString(), QStringLiteral("receipt"));
        drawer.setLpProgram(lp);
        QCOMPARE(drawer.open(), CashDrawer::Outcome::Pulsed);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("args"))), QByteArray("-d receipt -o raw\n"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("data"))), kPulse);

        const QString refusing = writeScript(
            dir, QStringLiteral("lp-refusing"),
            "cat > /dev/null\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n");
        drawer.setLpProgram(refusing);
        QString problem;
        QCOMPARE(drawer.open(&problem), CashDrawer::Outcome::Failed);
        QVERIFY2(problem.contains(QStringLiteral("does not exist")), qPrintable(problem));
        drawer.setLpProgram(dir.filePath(QStringLiteral("no-such-lp")));
        QCOMPARE(drawer.open(), CashDrawer::Outcome::Failed);
    }

    void everyOpeningIsRecordedWithHowItWent()
    {
        QTemporaryDir dir;
        const QString device = dir.filePath(QStringLiteral("lp0"));
        QFile created(device);
        QVERIFY(created.open(QIODevice::WriteOnly));
        created.close();
        TillSettings settings;
        settings.drawerDevice = device;
        test::TillFixture f(settings);
        f.db().addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        f.openShift();

        auto noSale
            = f.shifts().openWithoutSale(QStringLiteral("customer needs change"), f.manager);
        QVERIFY(noSale.ok());
        QCOMPARE(*noSale, ShiftService::DrawerResult::Opened);
        QCOMPARE(readFile(device), kPulse);

        auto order = f.flow().createOrder({{QStringLiteral("9780141439518"), 1}}, f.clerk);
        QVERIFY(order.ok());
        auto sale = f.tenders().payCash({order->id, TenderService::newTenderKey(), f.money(1000)},
                                        f.clerk);
        QVERIFY(sale.ok());
        QCOMPARE(sale->drawer, ShiftService::DrawerResult::Opened);
        QCOMPARE(readFile(device), kPulse + kPulse);
        QCOMPARE(
            f.db().count(QStringLiteral("drawer_openings"), QStringLiteral("outcome = 'pulsed'")),
            2);

        // The printer is gone: the sale still stands, the clerk opens it by hand.
        QVERIFY(QFile::remove(device));
        QVERIFY(QDir().mkdir(device)); // a directory cannot be written to
        auto second = f.flow().createOrder({{QStringLiteral("9780141439518"), 1}}, f.clerk);
        QVERIFY(second.ok());
        auto unpulsed = f.tenders().payCash(
            {second->id, TenderService::newTenderKey(), f.money(899)}, f.clerk);
        QVERIFY(unpulsed.ok());
        QVERIFY(unpulsed->orderPaid);
        QCOMPARE(unpulsed->drawer, ShiftService::DrawerResult::Failed);
        QCOMPARE(
            f.db().count(QStringLiteral("drawer_openings"), QStringLiteral("outcome = 'failed'")),
            1);
    }
};

QTEST_GUILESS_MAIN(CashDrawerTest)
#include "CashDrawerTest.moc"
