#include "auth/LoginPage.h"

#include "AuthFixture.h"
#include "auth/PinPad.h"
#include "auth/UserSession.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace quire;

// Protects: a person can sign in with the keyboard alone or with the keypad
// alone; a wrong PIN says nothing about whether the name exists; a fresh
// store asks for its first manager; the demo accounts appear only in demo
// mode; every control is touch-sized and named for assistive technology.
class LoginPageTest : public QObject
{
    Q_OBJECT

private:
    struct Screen
    {
        explicit Screen(test::AuthFixture &f, bool demo = false)
            : session(f.auth())
            , page(session, f.auth(), f.admin(), demo)
        {
            page.resize(480, 760);
            page.show();
            page.activateWindow();
        }
        template<typename T>
        T *find(const char *name)
        {
            auto *child = page.findChild<T *>(QString::fromLatin1(name));
            if (!child)
                qFatal("no child %s", name);
            return child;
        }
        UserSession session;
        LoginPage page;
    };

private Q_SLOTS:
    void signsInWithTheKeyboard()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        Screen s(f);
        QVERIFY(QTest::qWaitForWindowActive(&s.page));
        QSignalSpy signedIn(&s.session, &UserSession::signedIn);

        auto *identifier = s.find<QLineEdit>("identifierEdit");
        QTRY_VERIFY(identifier->hasFocus());
        QTest::keyClicks(identifier, QStringLiteral("alex"));
        QTest::keyClick(identifier, Qt::Key_Return); // moves on to the PIN
        auto *pin = s.find<PinPad>("signInPinPad")->field();
        QTRY_VERIFY(pin->hasFocus());
        QTest::keyClicks(pin, QStringLiteral("31a41x59")); // letters are not taken
        QCOMPARE(pin->text(), QStringLiteral("314159"));
        QTest::keyClick(pin, Qt::Key_Return);

        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(s.session.user()->username, QStringLiteral("alex"));
        QVERIFY(pin->text().isEmpty());
    }

    void signsInWithTheKeypad()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("morgan"), Role::Manager, QStringLiteral("205813"));
        Screen s(f);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        QTest::keyClicks(s.find<QLineEdit>("identifierEdit"), QStringLiteral("morgan"));
        for (const char *key :
             {"key2", "key0", "key9", "keyBackspace", "key5", "key8", "key1", "key3"})
            QTest::mouseClick(s.find<QPushButton>(key), Qt::LeftButton);
        QCOMPARE(s.find<PinPad>("signInPinPad")->pin(), QStringLiteral("205813"));
        QTest::mouseClick(s.find<QPushButton>("signInButton"), Qt::LeftButton);
        QVERIFY(s.session.isSignedIn());
        QCOMPARE(s.session.user()->role, Role::Manager);
    }

    void aWrongPinAndAnUnknownNameReadTheSame()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        Screen s(f);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        auto *identifier = s.find<QLineEdit>("identifierEdit");
        auto *pin = s.find<PinPad>("signInPinPad")->field();
        auto *message = s.find<QLabel>("signInMessage");

        QTest::keyClicks(identifier, QStringLiteral("alex"));
        QTest::keyClicks(pin, QStringLiteral("918273"));
        QTest::mouseClick(s.find<QPushButton>("signInButton"), Qt::LeftButton);
        const QString wrongPin = message->text();
        QVERIFY(!wrongPin.isEmpty());
        QVERIFY(pin->text().isEmpty());

        identifier->clear();
        QTest::keyClicks(identifier, QStringLiteral("nobody"));
        QTest::keyClicks(pin, QStringLiteral("918273"));
        QTest::mouseClick(s.find<QPushButton>("signInButton"), Qt::LeftButton);
        QCOMPARE(message->text(), wrongPin);

        QTest::keyClicks(pin, QStringLiteral("123"));
        QTest::mouseClick(s.find<QPushButton>("signInButton"), Qt::LeftButton);
        QCOMPARE(message->text(), QStringLiteral("A PIN is exactly 6 digits."));
        QVERIFY(!s.session.isSignedIn());
    }

    void showsTheLockout()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        Screen s(f);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        QTest::keyClicks(s.find<QLineEdit>("identifierEdit"), QStringLiteral("alex"));
        auto *pin = s.find<PinPad>("signInPinPad")->field();
        for (int i = 0; i < 5; ++i) {
            QTest::keyClicks(pin, QStringLiteral("918273"));
            QTest::keyClick(pin, Qt::Key_Return);
        }
        QVERIFY(s.find<QLabel>("signInMessage")
                    ->text()
                    .startsWith(QStringLiteral("Too many wrong PINs")));
    }

    void asksForTheFirstManagerOnAFreshStore()
    {
        test::AuthFixture f;
        Screen s(f);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        auto *pages = s.find<QStackedWidget>("pages");
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("setupPage"));

        QTest::keyClicks(s.find<QLineEdit>("setupUsernameEdit"), QStringLiteral("pat"));
        QTest::keyClicks(s.find<QLineEdit>("setupDisplayNameEdit"), QStringLiteral("Pat Lee"));
        QTest::keyClicks(s.find<QLineEdit>("setupPinEdit"), QStringLiteral("135790"));
        QTest::keyClicks(s.find<QLineEdit>("setupPinAgainEdit"), QStringLiteral("135799"));
        QTest::mouseClick(s.find<QPushButton>("setupButton"), Qt::LeftButton);
        QVERIFY(!s.find<QLabel>("setupMessage")->text().isEmpty());
        QCOMPARE(f.db().count(QStringLiteral("users")), 0);

        QTest::keyClicks(s.find<QLineEdit>("setupPinEdit"), QStringLiteral("135790"));
        QTest::keyClicks(s.find<QLineEdit>("setupPinAgainEdit"), QStringLiteral("135790"));
        QTest::mouseClick(s.find<QPushButton>("setupButton"), Qt::LeftButton);
        QVERIFY(s.session.isSignedIn());
        QCOMPARE(s.session.user()->role, Role::Manager);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("signInPage"));
    }

    void listsTheDemoAccountsOnlyInDemoMode()
    {
        test::AuthFixture f;
        QVERIFY(f.admin().seedDemoUsers().ok());
        {
            Screen store(f, false);
            QVERIFY(QTest::qWaitForWindowExposed(&store.page));
            QVERIFY(!store.find<QListWidget>("demoUsersList")->isVisible());
        }
        Screen demo(f, true);
        QVERIFY(QTest::qWaitForWindowExposed(&demo.page));
        auto *list = demo.find<QListWidget>("demoUsersList");
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("alex")));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(2)).center());
        QCOMPARE(demo.find<QLineEdit>("identifierEdit")->text(), QStringLiteral("demo@quire.test"));
        QTest::mouseClick(demo.find<QPushButton>("signInButton"), Qt::LeftButton);
        QVERIFY(demo.session.isSignedIn());
        QCOMPARE(demo.session.user()->role, Role::Customer);
    }

    void aCustomerCreatesAnAccount()
    {
        test::AuthFixture f;
        f.owner();
        Screen s(f);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        QTest::mouseClick(s.find<QPushButton>("registerButton"), Qt::LeftButton);
        QTest::keyClicks(s.find<QLineEdit>("registerEmailEdit"), QStringLiteral("kim@example.org"));
        QTest::keyClicks(s.find<QLineEdit>("registerNameEdit"), QStringLiteral("Kim"));
        // A PIN a guesser tries first is refused, saying why.
        QTest::keyClicks(s.find<QLineEdit>("registerPinEdit"), QStringLiteral("123456"));
        QTest::keyClicks(s.find<QLineEdit>("registerPinAgainEdit"), QStringLiteral("123456"));
        QTest::mouseClick(s.find<QPushButton>("registerCreateButton"), Qt::LeftButton);
        QVERIFY(!s.session.isSignedIn());
        QVERIFY(s.find<QLabel>("registerMessage")->text().contains(QStringLiteral("in a row")));
        QTest::keyClicks(s.find<QLineEdit>("registerPinEdit"), QStringLiteral("951362"));
        QTest::keyClicks(s.find<QLineEdit>("registerPinAgainEdit"), QStringLiteral("951362"));
        QTest::mouseClick(s.find<QPushButton>("registerCreateButton"), Qt::LeftButton);
        QVERIFY(s.session.isSignedIn());
        QCOMPARE(s.session.user()->role, Role::Customer);
    }

    void controlsAreTouchSizedAndNamed()
    {
        test::AuthFixture f;
        f.owner();
        Screen s(f, true);
        QVERIFY(QTest::qWaitForWindowExposed(&s.page));
        const auto buttons = s.page.findChildren<QPushButton *>();
        QVERIFY(buttons.size() >= 14);
        for (QPushButton *button : buttons) {
            QVERIFY2(!button->objectName().isEmpty(), qPrintable(button->text()));
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
            if (button->isVisible())
                QVERIFY2(button->height() >= 44, qPrintable(button->objectName()));
        }
        for (QLineEdit *edit : s.page.findChildren<QLineEdit *>()) {
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
            if (edit->isVisible())
                QVERIFY2(edit->height() >= 44, qPrintable(edit->objectName()));
        }
    }
};

QTEST_MAIN(LoginPageTest)
#include "LoginPageTest.moc"
