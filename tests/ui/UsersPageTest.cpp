#include "auth/UsersPage.h"

#include "AuthFixture.h"
#include "UserListModel.h"
#include "auth/UserSession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace quire;

// Protects: a manager adds, disables, unlocks and resets accounts from the
// users page, and sees the result; a clerk who reaches the page changes
// nothing.
class UsersPageTest : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        auto *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    static void selectRow(UsersPage &page, int row)
    {
        auto *view = child<QTableView>(page, "usersView");
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    }

private Q_SLOTS:
    void aManagerLooksAfterAccounts()
    {
        test::AuthFixture f;
        f.owner();
        UserSession session(f.auth());
        QVERIFY(session.signIn(QStringLiteral("owner"), QStringLiteral("918273"))->succeeded());
        UsersPage page(f.admin(), session, f.clock());
        page.resize(900, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        UserListModel *model = page.model();
        QCOMPARE(model->rowCount(), 1);

        // Add a clerk.
        auto *role = child<QComboBox>(page, "newRoleCombo");
        role->setCurrentIndex(role->findData(int(Role::Clerk)));
        QTest::keyClicks(child<QLineEdit>(page, "newUsernameEdit"), QStringLiteral("alex"));
        QTest::keyClicks(child<QLineEdit>(page, "newDisplayNameEdit"), QStringLiteral("Alex"));
        QTest::keyClicks(child<QLineEdit>(page, "newPinEdit"), QStringLiteral("314159"));
        QTest::mouseClick(child<QPushButton>(page, "addButton"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(child<QLabel>(page, "usersMessage")->text(), QStringLiteral("Alex was added."));
        QVERIFY(f.auth().signIn(QStringLiteral("alex"), QStringLiteral("314159"))->succeeded());

        // Lock alex out, then unlock from the page.
        for (int i = 0; i < 5; ++i)
            (void)f.auth().signIn(QStringLiteral("alex"), QStringLiteral("000000"));
        QVERIFY(model->refresh());
        selectRow(page, 1);
        auto *unlock = child<QPushButton>(page, "unlockButton");
        QVERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QCOMPARE(model->index(1, UserListModel::StatusColumn).data().toString(),
                 QStringLiteral("Active"));
        QVERIFY(!unlock->isEnabled());

        // Reset the PIN.
        QTest::keyClicks(child<QLineEdit>(page, "resetPinEdit"), QStringLiteral("613094"));
        QTest::mouseClick(child<QPushButton>(page, "resetPinButton"), Qt::LeftButton);
        QVERIFY(f.auth().signIn(QStringLiteral("alex"), QStringLiteral("613094"))->succeeded());

        // Disable, then enable again.
        auto *disable = child<QPushButton>(page, "disableButton");
        QCOMPARE(disable->text(), QStringLiteral("Disable"));
        QTest::mouseClick(disable, Qt::LeftButton);
        QCOMPARE(model->index(1, UserListModel::StatusColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(disable->text(), QStringLiteral("Enable"));
        QVERIFY(!f.auth().signIn(QStringLiteral("alex"), QStringLiteral("613094"))->succeeded());
        QTest::mouseClick(disable, Qt::LeftButton);
        QVERIFY(f.auth().signIn(QStringLiteral("alex"), QStringLiteral("613094"))->succeeded());

        QCOMPARE(f.auditCount(QStringLiteral("account_unlocked")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("pin_reset")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("user_disabled")), 1);
    }

    void aClerkChangesNothing()
    {
        test::AuthFixture f;
        f.owner();
        f.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        UserSession session(f.auth());
        QVERIFY(session.signIn(QStringLiteral("alex"), QStringLiteral("314159"))->succeeded());
        UsersPage page(f.admin(), session, f.clock());
        page.resize(900, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        selectRow(page, 0);
        QTest::mouseClick(child<QPushButton>(page, "disableButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(page, "newUsernameEdit"), QStringLiteral("eve"));
        QTest::keyClicks(child<QLineEdit>(page, "newDisplayNameEdit"), QStringLiteral("Eve"));
        QTest::keyClicks(child<QLineEdit>(page, "newPinEdit"), QStringLiteral("360847"));
        QTest::mouseClick(child<QPushButton>(page, "addButton"), Qt::LeftButton);

        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(f.db().count(QStringLiteral("users"), QStringLiteral("disabled = 1")), 0);
        QCOMPARE(f.auditCount(QStringLiteral("access_refused")), 2);
        QVERIFY(
            child<QLabel>(page, "usersMessage")->text().contains(QStringLiteral("not allowed")));
    }
};

QTEST_MAIN(UsersPageTest)
#include "UsersPageTest.moc"
