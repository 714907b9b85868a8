#include "auth/ManagerOverrideDialog.h"

#include "AuthFixture.h"
#include "auth/AccessPolicy.h"
#include "auth/PinPad.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace quire;

// Protects: an action a clerk may not do asks a manager in place; a wrong
// PIN or a non-manager approves nothing; Cancel changes nothing; an approval
// runs the action as the manager with both people in the audit log; what a
// clerk may do runs without a prompt.
class ManagerOverrideDialogTest : public QObject
{
    Q_OBJECT

private:
    // Drives the prompt once it is on screen, like a person at the till.
    template<typename Drive>
    static void whenPromptShows(Drive drive)
    {
        QTimer::singleShot(0, qApp, [drive] {
            QTRY_VERIFY(qobject_cast<ManagerOverrideDialog *>(QApplication::activeModalWidget()));
            drive(*qobject_cast<ManagerOverrideDialog *>(QApplication::activeModalWidget()));
        });
    }

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        auto *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private Q_SLOTS:
    void aManagerApprovesInPlace()
    {
        test::AuthFixture f;
        const SignedInUser alex
            = f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        const SignedInUser morgan
            = f.addUser(QStringLiteral("morgan"), Role::Manager, QStringLiteral("271828"));
        AccessPolicy policy(f.db().database(), f.clock());
        QWidget till;
        till.show();

        bool sawWrongPinMessage = false;
        whenPromptShows([&](ManagerOverrideDialog &dialog) {
            QVERIFY(
                child<QLabel>(dialog, "reasonLabel")->text().contains(QStringLiteral("Refund")));
            QTest::keyClicks(child<QLineEdit>(dialog, "managerNameEdit"), QStringLiteral("morgan"));
            auto *pin = child<PinPad>(dialog, "managerPinPad")->field();
            QTest::keyClicks(pin, QStringLiteral("918273"));
            QTest::mouseClick(child<QPushButton>(dialog, "approveButton"), Qt::LeftButton);
            sawWrongPinMessage = !child<QLabel>(dialog, "overrideMessage")->text().isEmpty();
            QVERIFY(dialog.isVisible());
            for (const char *key : {"key2", "key7", "key1", "key8", "key2", "key8"})
                QTest::mouseClick(child<QPushButton>(dialog, key), Qt::LeftButton);
            QTest::mouseClick(child<QPushButton>(dialog, "approveButton"), Qt::LeftButton);
        });
        const auto actor = ManagerOverrideDialog::authorize(
            &till, policy, f.auth(), alex, Permission::IssueRefund,
            QStringLiteral("Refund order 7"), QStringLiteral("order 7"));
        QVERIFY(sawWrongPinMessage);
        QVERIFY(actor.has_value());
        QCOMPARE(actor->userId, std::optional<qint64>(morgan.id));
        QCOMPARE(f.auditCount(QStringLiteral("access_refused")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("override_denied")), 1);
        QCOMPARE(f.db().count(QStringLiteral("audit_log"),
                              QStringLiteral("action = 'override_requested' AND actor_user_id = %1")
                                  .arg(alex.id)),
                 1);
        QCOMPARE(f.db().count(QStringLiteral("audit_log"),
                              QStringLiteral("action = 'override_approved' AND actor_user_id = %1")
                                  .arg(morgan.id)),
                 1);
    }

    void cancelChangesNothing()
    {
        test::AuthFixture f;
        const SignedInUser alex
            = f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        f.addUser(QStringLiteral("morgan"), Role::Manager, QStringLiteral("271828"));
        AccessPolicy policy(f.db().database(), f.clock());
        QWidget till;
        till.show();
        const qint64 auditBefore = f.db().count(QStringLiteral("audit_log"));

        whenPromptShows([](ManagerOverrideDialog &dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "managerNameEdit"), QStringLiteral("morgan"));
            QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        });
        const auto actor = ManagerOverrideDialog::authorize(
            &till, policy, f.auth(), alex, Permission::ChangeSettings,
            QStringLiteral("Change settings"), QString());
        QVERIFY(!actor.has_value());
        // Only the refusal itself is recorded.
        QCOMPARE(f.db().count(QStringLiteral("audit_log")), auditBefore + 1);
        QCOMPARE(f.auditCount(QStringLiteral("access_refused")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("override_approved")), 0);
    }

    void allowedActionsNeedNoPrompt()
    {
        test::AuthFixture f;
        const SignedInUser alex
            = f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        AccessPolicy policy(f.db().database(), f.clock());
        const auto actor = ManagerOverrideDialog::authorize(
            nullptr, policy, f.auth(), alex, Permission::SellAtCounter, QStringLiteral("Sell"), {});
        QVERIFY(actor.has_value());
        QCOMPARE(actor->userId, std::optional<qint64>(alex.id));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // Wrong PINs slow this prompt down and say for how long; the manager's
    // account is not locked and the text does not claim it is.
    void aThrottledPromptSaysHowLongToWait()
    {
        test::AuthFixture f;
        const SignedInUser alex
            = f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        f.addUser(QStringLiteral("morgan"), Role::Manager, QStringLiteral("271828"));
        AccessPolicy policy(f.db().database(), f.clock());
        QWidget till;
        till.show();

        QString message;
        whenPromptShows([&](ManagerOverrideDialog &dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, "managerNameEdit"), QStringLiteral("morgan"));
            auto *pin = child<PinPad>(dialog, "managerPinPad")->field();
            for (int i = 0; i < 3; ++i) {
                QTest::keyClicks(pin, QStringLiteral("000000"));
                QTest::mouseClick(child<QPushButton>(dialog, "approveButton"), Qt::LeftButton);
            }
            // The right PIN now is refused too, and the wait is shown.
            QTest::keyClicks(pin, QStringLiteral("271828"));
            QTest::mouseClick(child<QPushButton>(dialog, "approveButton"), Qt::LeftButton);
            message = child<QLabel>(dialog, "overrideMessage")->text();
            QVERIFY(dialog.isVisible());
            QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        });
        const auto actor = ManagerOverrideDialog::authorize(
            &till, policy, f.auth(), alex, Permission::IssueRefund,
            QStringLiteral("Refund order 7"), QStringLiteral("order 7"));
        QVERIFY(!actor.has_value());
        QVERIFY2(message.contains(QStringLiteral("30 second")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("locked")));
        QCOMPARE(f.auditCount(QStringLiteral("override_prompt_throttled")), 1);
        QCOMPARE(f.auth().signIn(QStringLiteral("morgan"), QStringLiteral("271828"))->outcome,
                 SignInAttempt::Outcome::SignedIn);
    }

    void testsOfOtherScreensCanAnswerThePrompt()
    {
        test::AuthFixture f;
        const SignedInUser alex
            = f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        f.addUser(QStringLiteral("morgan"), Role::Manager, QStringLiteral("271828"));
        AccessPolicy policy(f.db().database(), f.clock());

        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("morgan"), QStringLiteral("271828")});
        QVERIFY(ManagerOverrideDialog::authorize(nullptr, policy, f.auth(), alex,
                                                 Permission::IssueRefund, {}, {})
                    .has_value());
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("morgan"), QStringLiteral("000000")});
        QVERIFY(!ManagerOverrideDialog::authorize(nullptr, policy, f.auth(), alex,
                                                  Permission::IssueRefund, {}, {})
                     .has_value());
        ManagerOverrideDialog::setNextAnswer({true, {}, {}});
        QVERIFY(!ManagerOverrideDialog::authorize(nullptr, policy, f.auth(), alex,
                                                  Permission::IssueRefund, {}, {})
                     .has_value());
        QCOMPARE(f.auditCount(QStringLiteral("override_approved")), 1);
    }
};

QTEST_MAIN(ManagerOverrideDialogTest)
#include "ManagerOverrideDialogTest.moc"
