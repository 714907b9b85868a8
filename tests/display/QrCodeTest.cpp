#include "display/QrCode.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

namespace {

// An address as long and as mixed as a real Stripe Checkout session's.
const QByteArray kStripeLikeUrl
    = "https://checkout.stripe.com/c/pay/"
      "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ0123456789abcdEFGH#"
      "fidkdWxOYHwnPyd1blpxYHZxWjA0TkBTX3ZXYkxLVTZpc2M9c2FVcW5KdTVtRjFrMnJ8N2FRcCcpJ2hsYXYnP34n";
// As the demo simulator makes them (its hosted page on loopback).
const QByteArray kSimulatorUrl = "http://127.0.0.1:41234/pay/cs_sim_7f3a9c21d4e5b6a7c8d9e0f1";

} // namespace

// Protects: the QR code on the customer display is what a phone's camera
// reads back as exactly the payment page's address (decoded here by zbar's
// zbarimg, Debian's zbar-tools, as an independent reader), at the sizes the
// display draws it; and that an address no QR code can hold is an error,
// not a broken picture.
class QrCodeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // What zbarimg reads in the image, or the reason it read nothing.
    QString decode(const QImage &image, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        if (!image.save(path))
            return QStringLiteral("<cannot save %1>").arg(path);
        QProcess zbar;
        zbar.start(QStringLiteral(QUIRE_ZBARIMG),
                   {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sdisable"),
                    QStringLiteral("-Sqrcode.enable"), path});
        if (!zbar.waitForFinished(20000))
            return QStringLiteral("<zbarimg did not finish: %1>").arg(zbar.errorString());
        if (zbar.exitCode() != 0)
            return QStringLiteral("<zbarimg exit %1: %2>")
                .arg(zbar.exitCode())
                .arg(QString::fromUtf8(zbar.readAllStandardError()));
        QByteArray out = zbar.readAllStandardOutput();
        if (out.endsWith('\n'))
            out.chop(1);
        return QString::fromUtf8(out);
    }

private Q_SLOTS:
    void decodesToExactlyThePaymentAddress_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<int>("pixelsPerModule");
        QTest::newRow("stripe, large") << kStripeLikeUrl << 8;
        QTest::newRow("stripe, small") << kStripeLikeUrl << 3;
        QTest::newRow("simulator") << kSimulatorUrl << 6;
    }
    void decodesToExactlyThePaymentAddress()
    {
        QFETCH(QByteArray, url);
        QFETCH(int, pixelsPerModule);
        auto code = QrCode::encode(url);
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        const QImage image = code->image(pixelsPerModule);
        QCOMPARE(image.width(), (code->size() + 2 * QrCode::kQuietZone) * pixelsPerModule);
        QCOMPARE(image.height(), image.width());
        QCOMPARE(decode(image, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')),
                 QString::fromLatin1(url));
    }

    void aDifferentAddressGivesADifferentCode()
    {
        auto first = QrCode::encode(kSimulatorUrl);
        auto second = QrCode::encode(QByteArray(kSimulatorUrl).replace("7f3a", "7f3b"));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->image(4) != second->image(4));
        QCOMPARE(decode(second->image(4), QStringLiteral("second")),
                 QString::fromLatin1(QByteArray(kSimulatorUrl).replace("7f3a", "7f3b")));
    }

    void fitsTheSideItIsGiven()
    {
        auto code = QrCode::encode(kStripeLikeUrl);
        QVERIFY(code.ok());
        const QImage fitted = code->imageFitting(400);
        QVERIFY(fitted.width() <= 400);
        QVERIFY(fitted.width() > 400 - (code->size() + 2 * QrCode::kQuietZone));
        QCOMPARE(decode(fitted, QStringLiteral("fitted")), QString::fromLatin1(kStripeLikeUrl));
    }

    void refusesWhatNoQrCodeHolds()
    {
        QVERIFY(!QrCode::encode(QByteArray()).ok());
        // Version 40 at level M holds 2331 bytes.
        const auto tooLong = QrCode::encode(QByteArray(3000, 'a'));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().kind, ErrorKind::Invalid);
    }
};

QTEST_MAIN(QrCodeTest)
#include "QrCodeTest.moc"
