#include "auth/IdleLockOverlay.h"

#include "AuthFixture.h"
#include "auth/ActivityFilter.h"
#include "auth/PinPad.h"
#include "auth/UserSession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

using namespace quire;
using namespace std::chrono_literals;

// Protects: an idle till locks behind an overlay that keeps the screen
// beneath exactly as it was (a half-typed cart survives), blocks input to
// it, and lifts only with the same user's PIN; typing keeps the session
// awake through the application-wide activity filter.
class IdleLockOverlayTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locksOverTheScreenAndTheSamePinUnlocks()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        f.addUser(QStringLiteral("morgan"), Role::Manager, QStringLiteral("271828"));
        UserSession session(f.auth());
        ActivityFilter activity(session);
        qApp->installEventFilter(&activity);

        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *cartNote = new QLineEdit(&window);
        cartNote->setObjectName(QStringLiteral("cartNote"));
        layout->addWidget(cartNote);
        window.resize(800, 700);
        IdleLockOverlay overlay(session, &window);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QVERIFY(session.signIn(QStringLiteral("alex"), QStringLiteral("314159"))->succeeded());
        session.setIdleTimeout(400ms);
        cartNote->setFocus();
        // Typing keeps it awake for longer than the idle time.
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(cartNote, Qt::Key_A);
            QTest::qWait(100);
            QVERIFY(!session.isLocked());
        }
        QCOMPARE(cartNote->text(), QStringLiteral("aaaaaaaa"));

        QTRY_VERIFY(overlay.isVisible());
        QVERIFY(session.isLocked());
        QCOMPARE(overlay.geometry(), window.rect());
        QVERIFY(overlay.findChild<QLabel *>(QStringLiteral("lockedLabel"))
                    ->text()
                    .contains(QStringLiteral("alex")));

        // Input meant for the screen beneath is swallowed.
        QTest::keyClick(cartNote, Qt::Key_B);
        QCOMPARE(cartNote->text(), QStringLiteral("aaaaaaaa"));

        auto *pin = overlay.findChild<PinPad *>(QStringLiteral("unlockPinPad"))->field();
        auto *message = overlay.findChild<QLabel *>(QStringLiteral("unlockMessage"));
        QTest::keyClicks(pin, QStringLiteral("271828")); // the manager's PIN is not alex's
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(overlay.isVisible());
        QVERIFY(!message->text().isEmpty());

        QTest::keyClicks(pin, QStringLiteral("314159"));
        QTest::mouseClick(overlay.findChild<QPushButton *>(QStringLiteral("unlockButton")),
                          Qt::LeftButton);
        QVERIFY(!overlay.isVisible());
        QVERIFY(!session.isLocked());
        QCOMPARE(cartNote->text(), QStringLiteral("aaaaaaaa"));
        QCOMPARE(session.user()->username, QStringLiteral("alex"));
        qApp->removeEventFilter(&activity);
    }

    void signOutFromTheLock()
    {
        test::AuthFixture f;
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        UserSession session(f.auth());
        QWidget window;
        window.resize(640, 640);
        IdleLockOverlay overlay(session, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(session.signIn(QStringLiteral("alex"), QStringLiteral("314159"))->succeeded());
        session.lock();
        QVERIFY(overlay.isVisible());
        QTest::mouseClick(overlay.findChild<QPushButton *>(QStringLiteral("switchUserButton")),
                          Qt::LeftButton);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!overlay.isVisible());
    }
};

QTEST_MAIN(IdleLockOverlayTest)
#include "IdleLockOverlayTest.moc"
