#include "auth/Authentication.h"

#include "TestDatabase.h"

#include <QFile>
#include <QTest>

using namespace quire;
using namespace std::chrono_literals;

// Protects: the start-up wiring. The pepper file is created on the first
// start and reused on the next, so PINs keep working across restarts; a
// different pepper file makes every stored PIN fail; the options reach the
// services.
class AuthenticationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsPinsWorkingAcrossRestarts()
    {
        test::TestDatabase db;
        QVERIFY(db.isValid());
        AuthenticationOptions options;
        options.pepperPath = db.dir().filePath(QStringLiteral("config/pin-pepper"));
        options.hashing = PinHasher::minimumParameters();
        options.idleTimeout = 90s;
        {
            auto first = Authentication::create(db.database(), db.clock(), options);
            QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
            QVERIFY(QFile::exists(options.pepperPath));
            QCOMPARE((*first)->session().idleTimeout(), std::chrono::milliseconds(90s));
            QVERIFY((*first)
                        ->admin()
                        .createFirstManager(QStringLiteral("pat"), QStringLiteral("Pat"),
                                            QStringLiteral("135790"), QStringLiteral("135790"))
                        .ok());
        }
        QVERIFY(db.reopen());
        auto second = Authentication::create(db.database(), db.clock(), options);
        QVERIFY(second.ok());
        QVERIFY((*second)
                    ->session()
                    .signIn(QStringLiteral("pat"), QStringLiteral("135790"))
                    ->succeeded());
        QVERIFY((*second)->session().may(Permission::ManageUsers));

        AuthenticationOptions otherPepper = options;
        otherPepper.pepperPath = db.dir().filePath(QStringLiteral("elsewhere/pin-pepper"));
        auto third = Authentication::create(db.database(), db.clock(), otherPepper);
        QVERIFY(third.ok());
        QCOMPARE((*third)->auth().signIn(QStringLiteral("pat"), QStringLiteral("135790"))->outcome,
                 SignInAttempt::Outcome::Refused);
    }

    void refusesADamagedPepper()
    {
        test::TestDatabase db;
        AuthenticationOptions options;
        options.pepperPath = db.dir().filePath(QStringLiteral("pin-pepper"));
        QFile file(options.pepperPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("too short");
        file.close();
        QVERIFY(!Authentication::create(db.database(), db.clock(), options).ok());
    }
};

QTEST_GUILESS_MAIN(AuthenticationTest)
#include "AuthenticationTest.moc"
