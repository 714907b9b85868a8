#include "auth/PinHasher.h"

#include "AuthFixture.h"
#include "auth/Pepper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;

// Protects: PINs are stored only as peppered Argon2id hashes at or above
// OWASP's minimum; the right PIN verifies, a wrong one or another pepper
// does not; only six-digit PINs are accepted; the pepper file is private
// and stable.
class PinHasherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifiesTheRightPinOnly()
    {
        const PinHasher hasher = test::AuthFixture::hasher();
        auto hashed = hasher.hash(QStringLiteral("123456"));
        QVERIFY(hashed.ok());
        QVERIFY(hashed->startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hashed->contains(QStringLiteral("123456")));
        QVERIFY(hasher.verify(QStringLiteral("123456"), *hashed));
        QVERIFY(!hasher.verify(QStringLiteral("123457"), *hashed));
        QVERIFY(!hasher.verify(QStringLiteral("654321"), *hashed));
        QVERIFY(!hasher.verify(QStringLiteral("123456"), QString()));
        QVERIFY(!hasher.verify(QStringLiteral("123456"), QStringLiteral("$argon2id$garbage")));
    }

    void saltsEveryHash()
    {
        const PinHasher hasher = test::AuthFixture::hasher();
        auto first = hasher.hash(QStringLiteral("123456"));
        auto second = hasher.hash(QStringLiteral("123456"));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(*first != *second);
    }

    void anotherPepperBreaksVerification()
    {
        const PinHasher original = test::AuthFixture::hasher(test::AuthFixture::testPepper('a'));
        const PinHasher other = test::AuthFixture::hasher(test::AuthFixture::testPepper('b'));
        auto hashed = original.hash(QStringLiteral("123456"));
        QVERIFY(hashed.ok());
        QVERIFY(original.verify(QStringLiteral("123456"), *hashed));
        QVERIFY(!other.verify(QStringLiteral("123456"), *hashed));
    }

    void storesAtLeastTheOwaspMinimum()
    {
        // OWASP Password Storage Cheat Sheet: Argon2id, m >= 19 MiB, t >= 2, p = 1.
        const auto defaults = PinHasher::defaultParameters();
        QVERIFY(defaults.memLimit >= quint64(19) * 1024 * 1024);
        QVERIFY(defaults.opsLimit >= 2);
        auto weak = PinHasher::create(test::AuthFixture::testPepper(), {1, quint64(19) << 20});
        QVERIFY(!weak.ok());
        auto small = PinHasher::create(test::AuthFixture::testPepper(), {2, quint64(8) << 20});
        QVERIFY(!small.ok());

        auto hasher = PinHasher::create(test::AuthFixture::testPepper());
        QVERIFY(hasher.ok());
        auto hashed = hasher->hash(QStringLiteral("123456"));
        QVERIFY(hashed.ok());
        // The parameters are in the stored string: m in KiB, t, p.
        QVERIFY2(hashed->contains(QStringLiteral("$m=32768,t=3,p=1$")), qPrintable(*hashed));
    }

    void tellsWhenAHashNeedsAnUpgrade()
    {
        const PinHasher minimum = test::AuthFixture::hasher();
        auto stronger = PinHasher::create(test::AuthFixture::testPepper());
        QVERIFY(stronger.ok());
        auto hashed = minimum.hash(QStringLiteral("123456"));
        QVERIFY(hashed.ok());
        QVERIFY(!minimum.needsRehash(*hashed));
        QVERIFY(stronger->needsRehash(*hashed));
        QVERIFY(stronger->verify(QStringLiteral("123456"), *hashed));
    }

    void acceptsOnlySixDigits_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("six digits") << QStringLiteral("012345") << true;
        QTest::newRow("five") << QStringLiteral("12345") << false;
        QTest::newRow("seven") << QStringLiteral("1234567") << false;
        QTest::newRow("letters") << QStringLiteral("12345a") << false;
        QTest::newRow("spaces") << QStringLiteral("123 45") << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤٥٦") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void acceptsOnlySixDigits()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        const auto checked = PinHasher::validatePin(pin);
        QCOMPARE(checked.ok(), valid);
        if (!valid) {
            QCOMPARE(checked.error().message, QStringLiteral("a PIN is exactly 6 digits"));
            QVERIFY(!test::AuthFixture::hasher().hash(pin).ok());
        }
    }

    void refusesAPepperOfTheWrongSize() { QVERIFY(!PinHasher::create(QByteArray(16, 'x')).ok()); }

    void createsAPrivatePepperFileOnceAndKeepsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/pin-pepper"));
        auto created = Pepper::loadOrCreate(path);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->size(), PinHasher::kPepperBytes);
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!QFile::exists(path + QStringLiteral(".new")));

        auto again = Pepper::loadOrCreate(path);
        QVERIFY(again.ok());
        QCOMPARE(*again, *created);

        auto elsewhere = Pepper::loadOrCreate(dir.filePath(QStringLiteral("other")));
        QVERIFY(elsewhere.ok());
        QVERIFY(*elsewhere != *created);
    }

    void narrowsAWidenedPepperFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pin-pepper"));
        QVERIFY(Pepper::loadOrCreate(path).ok());
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(Pepper::loadOrCreate(path).ok());
        QVERIFY(!(QFile::permissions(path) & QFile::ReadOther));
    }

    void refusesADamagedPepperFileWithoutReplacingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pin-pepper"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner));
            file.write("short");
        }
        auto loaded = Pepper::loadOrCreate(path);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(QStringLiteral("damaged")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("short"));
    }

    // Not a check: prints the hash time the docs quote (docs/security.md).
    void measuresTheHashTime()
    {
        for (const auto &[label, parameters] :
             {std::pair{"default", PinHasher::defaultParameters()},
              std::pair{"minimum", PinHasher::minimumParameters()}}) {
            auto hasher = PinHasher::create(test::AuthFixture::testPepper(), parameters);
            QVERIFY(hasher.ok());
            QList<qint64> times;
            for (int i = 0; i < 7; ++i) {
                QElapsedTimer timer;
                timer.start();
                QVERIFY(hasher->hash(QStringLiteral("123456")).ok());
                times.append(timer.nsecsElapsed() / 1000);
            }
            std::sort(times.begin(), times.end());
            qInfo("%s parameters (t=%llu, m=%llu MiB): median %.1f ms, min %.1f ms", label,
                  static_cast<unsigned long long>(parameters.opsLimit),
                  static_cast<unsigned long long>(parameters.memLimit >> 20),
                  double(times.at(times.size() / 2)) / 1000.0, double(times.first()) / 1000.0);
        }
    }
};

QTEST_GUILESS_MAIN(PinHasherTest)
#include "PinHasherTest.moc"
