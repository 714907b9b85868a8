#include "auth/Authentication.h"

#include "TestDatabase.h"
#include "auth/PepperCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace quire;
using namespace std::chrono_literals;

// Protects: the start-up wiring. The pepper file is created on the first
// start and reused on the next, so PINs keep working across restarts; the
// options reach the services. Issue 14: the database records which pepper
// the store's PINs are hashed with, and a terminal whose pepper is another
// one, or missing, refuses to start (naming the file and how to copy the
// right one) before any PIN is checked, so no correct PIN counts as wrong.
class AuthenticationTest : public QObject
{
    Q_OBJECT

    static AuthenticationOptions optionsAt(const test::TestDatabase &db, const QString &relative)
    {
        AuthenticationOptions options;
        options.pepperPath = db.dir().filePath(relative);
        options.hashing = PinHasher::minimumParameters();
        return options;
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return file.write(bytes) == bytes.size();
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Terminal A: the store's first start, with its first manager.
    static bool setUpStore(test::TestDatabase &db, const AuthenticationOptions &options)
    {
        auto first = Authentication::create(db.database(), db.clock(), options);
        if (!first) {
            qWarning() << first.error();
            return false;
        }
        return (*first)
            ->admin()
            .createFirstManager(QStringLiteral("pat"), QStringLiteral("Pat"),
                                QStringLiteral("135790"), QStringLiteral("135790"))
            .ok();
    }

    static void verifyCopyAdvice(const Error &error, const QString &path)
    {
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("install -D -m 600")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("--pepper-file")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("[auth]")), qPrintable(error.message));
    }

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
    }

    // Terminal B has a pepper of its own: refused at start, with the copy
    // advice; the user's wrong-PIN counter is untouched; with a copy of A's
    // file the same user signs in.
    void refusesADifferentPepperBeforeAnyPinIsChecked()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const AuthenticationOptions terminalA = optionsAt(db, QStringLiteral("a/pin-pepper"));
        QVERIFY(setUpStore(db, terminalA));

        const AuthenticationOptions terminalB = optionsAt(db, QStringLiteral("b/pin-pepper"));
        QVERIFY(writeFile(terminalB.pepperPath, QByteArray(PinHasher::kPepperBytes, 'b')));
        auto refused = Authentication::create(db.database(), db.clock(), terminalB);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        verifyCopyAdvice(refused.error(), terminalB.pepperPath);
        QCOMPARE(db.count(QStringLiteral("users"), QStringLiteral("failed_attempts = 0")), 1);
        // B's own file is left as it was (it is not B's to replace).
        QCOMPARE(readFile(terminalB.pepperPath), QByteArray(PinHasher::kPepperBytes, 'b'));

        QVERIFY(QFile::remove(terminalB.pepperPath));
        QVERIFY(QFile::copy(terminalA.pepperPath, terminalB.pepperPath));
        auto accepted = Authentication::create(db.database(), db.clock(), terminalB);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QVERIFY((*accepted)
                    ->auth()
                    .signIn(QStringLiteral("pat"), QStringLiteral("135790"))
                    ->succeeded());
    }

    // A new terminal without the file must not make a pepper of its own: no
    // PIN of the store would ever verify with it.
    void refusesToMakeANewPepperForAStoreThatHasOne()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(setUpStore(db, optionsAt(db, QStringLiteral("a/pin-pepper"))));

        const AuthenticationOptions terminalB = optionsAt(db, QStringLiteral("b/pin-pepper"));
        auto refused = Authentication::create(db.database(), db.clock(), terminalB);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::NotFound);
        verifyCopyAdvice(refused.error(), terminalB.pepperPath);
        QVERIFY(!QFileInfo::exists(terminalB.pepperPath));
        QCOMPARE(db.count(QStringLiteral("users"), QStringLiteral("failed_attempts = 0")), 1);
    }

    // A store from before the check (schema 9: users, no check row): the
    // first start records its pepper's value; another pepper is refused
    // from then on, and so is a missing one.
    void recordsThePepperOfAStoreUpgradedWithUsers()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const AuthenticationOptions terminalA = optionsAt(db, QStringLiteral("a/pin-pepper"));
        QVERIFY(setUpStore(db, terminalA));
        QVERIFY(db.database().exec(QStringLiteral("DELETE FROM pepper_check")).ok());

        auto upgraded = Authentication::create(db.database(), db.clock(), terminalA);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
        QVERIFY((*upgraded)
                    ->auth()
                    .signIn(QStringLiteral("pat"), QStringLiteral("135790"))
                    ->succeeded());
        const QByteArray pepper = readFile(terminalA.pepperPath);
        auto stored = PepperCheck(db.database()).stored();
        QVERIFY(stored.ok());
        QCOMPARE(*stored, PepperCheck::valueFor(pepper));
        QVERIFY(!stored->contains(QString::fromLatin1(pepper.toHex()))); // a MAC, not the pepper

        const AuthenticationOptions terminalB = optionsAt(db, QStringLiteral("b/pin-pepper"));
        QVERIFY(writeFile(terminalB.pepperPath, QByteArray(PinHasher::kPepperBytes, 'b')));
        QVERIFY(!Authentication::create(db.database(), db.clock(), terminalB).ok());
    }

    // The same upgrade at a terminal that has no pepper file while users
    // have PINs: a new pepper would verify none of them.
    void refusesANewPepperForAnUpgradedStoreWithPins()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(setUpStore(db, optionsAt(db, QStringLiteral("a/pin-pepper"))));
        QVERIFY(db.database().exec(QStringLiteral("DELETE FROM pepper_check")).ok());

        const AuthenticationOptions terminalB = optionsAt(db, QStringLiteral("b/pin-pepper"));
        auto refused = Authentication::create(db.database(), db.clock(), terminalB);
        QVERIFY(!refused.ok());
        verifyCopyAdvice(refused.error(), terminalB.pepperPath);
        QVERIFY(!QFileInfo::exists(terminalB.pepperPath));
        QCOMPARE(db.count(QStringLiteral("pepper_check")), 0);
    }

    // Two terminals starting at once on a new store: the first value
    // recorded stays, and the later one is told which it is.
    void theFirstRecordedPepperWins()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QString first = PepperCheck::valueFor(QByteArray(PinHasher::kPepperBytes, 'a'));
        const QString second = PepperCheck::valueFor(QByteArray(PinHasher::kPepperBytes, 'b'));
        QVERIFY(!first.isEmpty() && first != second);
        PepperCheck check(db.database());
        QCOMPARE(*check.recordIfNone(first, db.clock()), first);
        QCOMPARE(*check.recordIfNone(second, db.clock()), first);
        QCOMPARE(db.count(QStringLiteral("pepper_check")), 1);
        QVERIFY(PepperCheck::matches(first, *check.stored()));
        QVERIFY(!PepperCheck::matches(second, *check.stored()));
        QVERIFY(!PepperCheck::matches(QString(), *check.stored()));
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
