#include "refunds/MyOrdersPage.h"

#include "CustomerOrdersModel.h"
#include "RefundLinesModel.h"
#include "RefundRig.h"
#include "TestPrinters.h"
#include "refunds/RefundPage.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace quire;
using test::RefundRig;

// Protects: the kiosk's "My orders" against the real core and the real
// simulator process: a signed-in customer sees only their own orders; a
// refund the policy allows customers goes through the gateway and shows as
// refunded; when the policy does not allow customers the refund is refused
// with its reason and nothing changes; buttons are large enough to touch.
class MyOrdersPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RefundRig> m_rig;
    std::unique_ptr<MyOrdersPage> m_page;
    std::optional<Order> m_adaOrder;
    std::optional<Order> m_bobOrder;

    template<typename T>
    T *find(const QString &name)
    {
        auto *found = m_page->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    // Ada and Bob each bought at the kiosk; Ada is signed in on the page.
    bool startWith(RefundPolicy policy)
    {
        if (!m_rig->start({}, std::move(policy))) {
            qWarning() << m_rig->error();
            return false;
        }
        const auto ada = m_rig->addCustomer(QStringLiteral("ada@quire.test"), QStringLiteral("Ada"),
                                            QStringLiteral("161803"));
        const auto bob = m_rig->addCustomer(QStringLiteral("bob@quire.test"), QStringLiteral("Bob"),
                                            QStringLiteral("577215"));
        if (!ada || !bob)
            return false;
        m_adaOrder = m_rig->paidOrderBy(*ada, {{RefundRig::kPride, 1}, {RefundRig::kMoby, 1}});
        m_bobOrder = m_rig->paidOrderBy(*bob, {{RefundRig::kMoby, 1}});
        if (!m_adaOrder || !m_bobOrder)
            return false;
        ReceiptSettings receipt;
        receipt.storeName = QStringLiteral("Test Books");
        receipt.locale = QLocale(QLocale::English, QLocale::Ireland);
        m_page = std::make_unique<MyOrdersPage>(m_rig->refunds(), m_rig->core().flow(),
                                                m_rig->session(), m_rig->access(), m_rig->auth(),
                                                receipt);
        m_page->resize(1024, 768);
        m_page->show();
        m_page->activateWindow();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return false;
        auto attempt
            = m_rig->session().signIn(QStringLiteral("ada@quire.test"), QStringLiteral("161803"));
        return attempt.ok() && attempt->succeeded();
    }

    // Touches Ada's only order in the list and opens it.
    void openFirstOrder()
    {
        auto *view = find<QTableView>(QStringLiteral("ordersView"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        auto *open = find<QPushButton>(QStringLiteral("openOrderButton"));
        QTRY_VERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(m_page->refundPage()->orderId().value_or(0), m_adaOrder->id);
        QVERIFY(m_page->refundPage()->isVisible());
        QVERIFY(
            !m_page->refundPage()->findChild<QWidget *>(QStringLiteral("searchEdit"))->isVisible());
    }
    void chooseAllAndConfirm()
    {
        auto *page = m_page->refundPage();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("chooseAllButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(page->linesModel()->chosenMinor(), 899 + 1250);
        auto *confirm = page->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QTRY_VERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
    }
    qint64 paymentOf(qint64 orderId)
    {
        auto refundable = m_rig->refunds().refundableOrder(orderId);
        return refundable ? refundable->payment.id : 0;
    }

private Q_SLOTS:
    void init() { m_rig = std::make_unique<RefundRig>(); }
    void cleanup()
    {
        m_page.reset();
        m_rig.reset();
    }

    void customerSeesOnlyOwnOrders()
    {
        QVERIFY(startWith({}));
        CustomerOrdersModel *model = m_page->ordersModel();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->orderIdAt(0), m_adaOrder->id);
        QCOMPARE(model->data(model->index(0, CustomerOrdersModel::TotalColumn)).toString(),
                 QStringLiteral("€21.49"));
        QCOMPARE(model->data(model->index(0, CustomerOrdersModel::StatusColumn)).toString(),
                 QStringLiteral("paid"));
        // Touch-friendly: every button at least 48 px high.
        const auto buttons = m_page->findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->isVisible())
                QVERIFY2(button->height() >= 48, qPrintable(button->objectName()));
        }
        // Signing out leaves nothing of Ada's on the screen.
        m_rig->session().signOut();
        QCOMPARE(model->rowCount(), 0);
    }

    void refundAllowedByPolicyGoesThrough()
    {
        RefundPolicy policy;
        policy.allowedRoles = {Role::Manager, Role::Customer};
        QVERIFY(startWith(policy));
        const qint64 paymentId = paymentOf(m_adaOrder->id);
        openFirstOrder();
        chooseAllAndConfirm();
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->status(QStringLiteral("payments"), paymentId),
                                  QStringLiteral("refunded"), 15000);
        QTRY_VERIFY(m_page->refundPage()
                        ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                        ->text()
                        .contains(QStringLiteral("Refund done")));
        QCOMPARE(m_rig->status(QStringLiteral("orders"), m_adaOrder->id),
                 QStringLiteral("refunded"));
        QCOMPARE(m_rig->status(QStringLiteral("orders"), m_bobOrder->id), QStringLiteral("paid"));

        QTest::mouseClick(find<QPushButton>(QStringLiteral("backButton")), Qt::LeftButton);
        CustomerOrdersModel *model = m_page->ordersModel();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, CustomerOrdersModel::StatusColumn)).toString(),
                 QStringLiteral("refunded"));
        QCOMPARE(model->data(model->index(0, CustomerOrdersModel::RefundedColumn)).toString(),
                 QStringLiteral("€21.49"));
    }

    void refundRefusedWhenPolicyExcludesCustomers()
    {
        QVERIFY(startWith({})); // managers only
        const qint64 paymentId = paymentOf(m_adaOrder->id);
        const qint64 refundsBefore = m_rig->count(QStringLiteral("refunds"));
        const qint64 eventsBefore = m_rig->count(QStringLiteral("events"));
        const int prideBefore = m_rig->stockOf(RefundRig::kPride);
        openFirstOrder();
        chooseAllAndConfirm();
        QTRY_VERIFY(m_page->refundPage()
                        ->findChild<QLabel *>(QStringLiteral("statusLabel"))
                        ->text()
                        .startsWith(QStringLiteral("Refund refused:")));
        QCOMPARE(m_rig->count(QStringLiteral("refunds")), refundsBefore);
        QCOMPARE(m_rig->count(QStringLiteral("refund_lines")), 0);
        QCOMPARE(m_rig->count(QStringLiteral("events")), eventsBefore);
        QCOMPARE(m_rig->stockOf(RefundRig::kPride), prideBefore);
        QCOMPARE(m_rig->status(QStringLiteral("payments"), paymentId), QStringLiteral("paid"));
        QCOMPARE(m_rig->status(QStringLiteral("orders"), m_adaOrder->id), QStringLiteral("paid"));
        QCOMPARE(
            m_rig->count(QStringLiteral("audit_log"), QStringLiteral("action = 'refund_refused'")),
            1);
    }
};

QTEST_MAIN(MyOrdersPageTest)
#include "MyOrdersPageTest.moc"
