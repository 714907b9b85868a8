#include "refunds/RefundPage.h"

#include "RefundLinesModel.h"
#include "RefundRig.h"
#include "TestPrinters.h"
#include "auth/ManagerOverrideDialog.h"
#include "flows/PurchaseFlow.h"
#include "till/ShiftService.h"
#include "till/TenderService.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace quire;
using test::RefundRig;

// Protects: the refund screen against the real core and the real simulator
// process: find the order by its receipt number, choose copies, confirm;
// the policy's refusal shown with its reason; a clerk's refund approved in
// place by a manager (audited with both), or cancelled with nothing changed;
// a refund the gateway fails shown as failed and retried from the screen;
// the refund receipt saved as PDF.
class RefundPageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RefundRig> m_rig;
    std::unique_ptr<RefundPage> m_page;
    QTemporaryDir m_out;

    template<typename T>
    T *find(const QString &name)
    {
        auto *found = m_page->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }
    QString status() { return find<QLabel>(QStringLiteral("statusLabel"))->text(); }

    bool startWith(RefundPolicy policy = {}, const QStringList &simArguments = {})
    {
        if (!m_rig->start(simArguments, std::move(policy))) {
            qWarning() << m_rig->error();
            return false;
        }
        ReceiptSettings receipt;
        receipt.storeName = QStringLiteral("Test Books");
        receipt.locale = QLocale(QLocale::English, QLocale::Ireland);
        m_page
            = std::make_unique<RefundPage>(m_rig->refunds(), m_rig->core().flow(), m_rig->session(),
                                           m_rig->access(), m_rig->auth(), receipt);
        m_page->resize(1100, 760);
        m_page->show();
        m_page->activateWindow();
        return QTest::qWaitForWindowExposed(m_page.get());
    }
    void signIn(const QString &name, const QString &pin)
    {
        auto attempt = m_rig->session().signIn(name, pin);
        QVERIFY(attempt.ok() && attempt->succeeded());
    }
    // Scans the receipt number into the search field, like a barcode scanner.
    void scanReceipt(qint64 orderId)
    {
        auto *search = find<QLineEdit>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("#%1").arg(orderId));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(m_page->orderId().value_or(0), orderId);
    }
    // One more copy of `row` to refund, with the keyboard in the lines table.
    void addCopy(int row)
    {
        auto *view = find<QTableView>(QStringLiteral("linesView"));
        view->setCurrentIndex(view->model()->index(row, RefundLinesModel::RefundColumn));
        QTest::keyClick(view, Qt::Key_F2);
        // The editor, found rather than focused: other GUI tests on the same
        // display may hold the active window.
        QSpinBox *editor = nullptr;
        QTRY_VERIFY((editor = view->viewport()->findChild<QSpinBox *>()) != nullptr);
        const qint64 before = m_page->linesModel()->chosenMinor();
        QTest::keyClick(editor, Qt::Key_Up);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(m_page->linesModel()->chosenMinor() > before);
    }
    void click(const QString &button)
    {
        auto *pushButton = find<QPushButton>(button);
        QVERIFY(pushButton->isEnabled());
        QTest::mouseClick(pushButton, Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_out.isValid());
        m_rig = std::make_unique<RefundRig>();
    }
    void cleanup()
    {
        m_page.reset();
        m_rig.reset();
    }

    void managerRefundsOneCopyAndSavesTheReceipt()
    {
        QVERIFY(startWith());
        const auto order = m_rig->paidOrder({{RefundRig::kPride, 2}, {RefundRig::kMoby, 1}});
        QVERIFY(order);
        signIn(QStringLiteral("morgan"), QStringLiteral("271828"));
        scanReceipt(order->id);
        QVERIFY(find<QLabel>(QStringLiteral("orderLabel"))
                    ->text()
                    .contains(QStringLiteral("still refundable: €30.48")));
        QVERIFY(!find<QPushButton>(QStringLiteral("confirmButton"))->isEnabled());

        addCopy(0);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("totalLabel"))->text(),
                     QStringLiteral("Refund: €8.99"));
        QSignalSpy settled(m_page.get(), &RefundPage::refundSettled);
        click(QStringLiteral("confirmButton"));
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 15000);
        QVERIFY(settled.constFirst().at(1).toBool());
        QVERIFY2(status().contains(QStringLiteral("Refund done: €8.99")), qPrintable(status()));
        const qint64 paymentId = m_rig->refunds().refundableOrder(order->id)->payment.id;
        QCOMPARE(m_rig->status(QStringLiteral("payments"), paymentId), QStringLiteral("paid"));
        QCOMPARE(m_rig->stockOf(RefundRig::kPride), 9);
        QCOMPARE(find<QTableWidget>(QStringLiteral("refundsTable"))->rowCount(), 1);
        QVERIFY(find<QLabel>(QStringLiteral("orderLabel"))
                    ->text()
                    .contains(QStringLiteral("partly refunded")));

        // The refund receipt.
        const QString path = m_out.filePath(QStringLiteral("refund.pdf"));
        QString suggested;
        m_page->setSavePathPrompt([&](const QString &offered) {
            suggested = offered;
            return path;
        });
        QSignalSpy saved(m_page.get(), &RefundPage::receiptSaved);
        click(QStringLiteral("savePdfButton"));
        QCOMPARE(saved.size(), 1);
        QVERIFY(suggested.endsWith(QStringLiteral("-order-%1.pdf").arg(order->id)));
        QVERIFY(QFileInfo(path).size() > 0);
        // Issue 16: its own number, and the number of the sale it refunds.
        if (const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
            !pdftotext.isEmpty()) {
            QProcess text;
            text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(20000));
            const QString receipt = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            QVERIFY2(receipt.contains(QStringLiteral("Receipt no. counter-1-000002")),
                     qPrintable(receipt));
            QVERIFY2(receipt.contains(QStringLiteral("Refund of receipt counter-1-000001")),
                     qPrintable(receipt));
        }
        bool printed = false;
        m_page->setPrinterPrompt([&](QPrinter *) {
            printed = true;
            return false; // the clerk cancels the print dialog
        });
        click(QStringLiteral("printButton"));
        QVERIFY(printed);
    }

    void findsOrdersByCustomerAndDate()
    {
        QVERIFY(startWith());
        const auto order = m_rig->paidOrder({{RefundRig::kMoby, 1}});
        QVERIFY(order);
        signIn(QStringLiteral("morgan"), QStringLiteral("271828"));
        // Any paid order of today.
        QTest::mouseClick(find<QWidget>(QStringLiteral("dateFilterCheck")), Qt::LeftButton);
        click(QStringLiteral("findButton"));
        QTRY_COMPARE(m_page->orderId().value_or(0), order->id);
        QCOMPARE(find<QTableWidget>(QStringLiteral("ordersTable"))->rowCount(), 1);
        // A customer nobody is: nothing.
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("searchEdit")),
                         QStringLiteral("nobody@example.org"));
        click(QStringLiteral("findButton"));
        QTRY_COMPARE(find<QTableWidget>(QStringLiteral("ordersTable"))->rowCount(), 0);
        QVERIFY(status().contains(QStringLiteral("No paid order")));
    }

    void clerkGetsAManagersApprovalInPlace()
    {
        QVERIFY(startWith());
        const auto order = m_rig->paidOrder({{RefundRig::kMoby, 1}});
        QVERIFY(order);
        signIn(QStringLiteral("alex"), QStringLiteral("314159"));
        scanReceipt(order->id);
        click(QStringLiteral("chooseAllButton"));
        QSignalSpy settled(m_page.get(), &RefundPage::refundSettled);
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("morgan"), QStringLiteral("271828")});
        click(QStringLiteral("confirmButton"));
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 15000);
        QVERIFY(settled.constFirst().at(1).toBool());
        QTRY_COMPARE(m_rig->status(QStringLiteral("orders"), order->id),
                     QStringLiteral("refunded"));
        // Audited with both users: the approval, and the refund as the manager.
        QCOMPARE(m_rig->count(QStringLiteral("audit_log"),
                              QStringLiteral("action = 'override_approved' AND actor_user_id = %1"
                                             " AND detail LIKE '%alex%'")
                                  .arg(m_rig->manager().id)),
                 1);
        QCOMPARE(m_rig->count(QStringLiteral("audit_log"),
                              QStringLiteral("action = 'override_requested' AND actor_user_id = %1")
                                  .arg(m_rig->clerk().id)),
                 1);
        QCOMPARE(m_rig->count(QStringLiteral("audit_log"),
                              QStringLiteral("action = 'RefundRequested' AND actor_user_id = %1"
                                             " AND actor_name LIKE '%approved for alex%'")
                                  .arg(m_rig->manager().id)),
                 1);
    }

    void cancelledApprovalChangesNothing()
    {
        QVERIFY(startWith());
        const auto order = m_rig->paidOrder({{RefundRig::kMoby, 1}});
        QVERIFY(order);
        signIn(QStringLiteral("alex"), QStringLiteral("314159"));
        scanReceipt(order->id);
        click(QStringLiteral("chooseAllButton"));
        const qint64 events = m_rig->count(QStringLiteral("events"));
        ManagerOverrideDialog::setNextAnswer({true, QString(), QString()});
        click(QStringLiteral("confirmButton"));
        QVERIFY2(status().contains(QStringLiteral("not approved")), qPrintable(status()));
        QCOMPARE(m_rig->count(QStringLiteral("refunds")), 0);
        QCOMPARE(m_rig->count(QStringLiteral("events")), events);
        QCOMPARE(m_rig->stockOf(RefundRig::kMoby), 9);
        // A wrong PIN is no approval either.
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("morgan"), QStringLiteral("000000")});
        click(QStringLiteral("confirmButton"));
        QVERIFY(status().contains(QStringLiteral("not approved")));
        QCOMPARE(m_rig->count(QStringLiteral("refunds")), 0);
    }

    void policyRefusalShowsItsReason()
    {
        RefundPolicy wholeOnly;
        wholeOnly.partialRefunds = false;
        QVERIFY(startWith(wholeOnly));
        const auto order = m_rig->paidOrder({{RefundRig::kPride, 2}});
        QVERIFY(order);
        signIn(QStringLiteral("morgan"), QStringLiteral("271828"));
        scanReceipt(order->id);
        addCopy(0);
        click(QStringLiteral("confirmButton"));
        QVERIFY2(status().startsWith(QStringLiteral("Refund refused: ")), qPrintable(status()));
        QVERIFY(status().contains(QStringLiteral("whole orders only")));
        QCOMPARE(m_rig->count(QStringLiteral("refunds")), 0);
        QCOMPARE(
            m_rig->count(QStringLiteral("audit_log"), QStringLiteral("action = 'refund_refused'")),
            1);
    }

    // Issue 15: an order paid in cash at this counter is given back in cash
    // out of the drawer, under the same policy: a clerk's cancelled approval
    // changes nothing; approved, the refund is the manager's, the order and
    // its tender refunded, the drawer opened for it, the copies back on the
    // shelf, the shift's cash refunds counting it; nothing is given twice.
    void cashOrderIsRefundedInCashFromTheDrawer()
    {
        QVERIFY(startWith());
        m_page->setTill(m_rig->core().tenders());
        const Actor clerk = m_rig->clerk().actor();
        const auto eur
            = [](qint64 minor) { return *Money::fromMinorUnits(minor, QStringLiteral("EUR")); };
        auto shift = m_rig->core().shifts().openShift(eur(10000), clerk);
        QVERIFY2(shift.ok(), shift.ok() ? "" : qPrintable(shift.error().message));
        auto order = m_rig->core().flow().createOrder({{RefundRig::kPride, 2}}, clerk);
        QVERIFY(order.ok());
        auto paid = m_rig->core().tenders().payCash(
            {order->id, TenderService::newTenderKey(), eur(2000)}, clerk);
        QVERIFY(paid.ok() && paid->orderPaid);
        const int stockAfterSale = m_rig->stockOf(RefundRig::kPride);

        signIn(QStringLiteral("alex"), QStringLiteral("314159"));
        scanReceipt(order->id);
        QVERIFY2(
            find<QLabel>(QStringLiteral("orderLabel"))->text().contains(QStringLiteral("in cash")),
            qPrintable(find<QLabel>(QStringLiteral("orderLabel"))->text()));
        QVERIFY(!find<QPushButton>(QStringLiteral("confirmButton"))->isVisible());
        QVERIFY(find<QPushButton>(QStringLiteral("cashRefundButton"))->isVisible());
        QCOMPARE(find<QLabel>(QStringLiteral("totalLabel"))->text(),
                 QStringLiteral("Cash back: €17.98"));

        // The manager does not approve: nothing changes.
        const qint64 events = m_rig->count(QStringLiteral("events"));
        ManagerOverrideDialog::setNextAnswer({true, QString(), QString()});
        click(QStringLiteral("cashRefundButton"));
        QVERIFY2(status().contains(QStringLiteral("not approved")), qPrintable(status()));
        QCOMPARE(m_rig->count(QStringLiteral("events")), events);
        QCOMPARE(m_rig->status(QStringLiteral("orders"), order->id), QStringLiteral("paid"));

        // Approved in place: the cash goes back as the manager's refund.
        QSignalSpy refunded(m_page.get(), &RefundPage::cashRefunded);
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("morgan"), QStringLiteral("271828")});
        click(QStringLiteral("cashRefundButton"));
        QCOMPARE(refunded.size(), 1);
        QVERIFY2(status().contains(QStringLiteral("give €17.98 back in cash")),
                 qPrintable(status()));
        // No drawer is configured in the rig.
        QVERIFY2(status().contains(QStringLiteral("Open the drawer by hand")),
                 qPrintable(status()));
        QCOMPARE(m_rig->status(QStringLiteral("orders"), order->id), QStringLiteral("refunded"));
        QCOMPARE(m_rig->status(QStringLiteral("tenders"), paid->tender.id),
                 QStringLiteral("refunded"));
        QCOMPARE(m_rig->count(QStringLiteral("drawer_openings"),
                              QStringLiteral("reason = 'refund' AND order_id = %1").arg(order->id)),
                 1);
        QCOMPARE(m_rig->stockOf(RefundRig::kPride), stockAfterSale + 2);
        for (const char *action : {"CashTenderRefunded", "OrderRefunded", "DrawerOpened"})
            QVERIFY2(m_rig->count(QStringLiteral("audit_log"),
                                  QStringLiteral("action = '%1' AND actor_user_id = %2"
                                                 " AND actor_name LIKE '%approved for alex%'")
                                      .arg(QLatin1String(action))
                                      .arg(m_rig->manager().id))
                         >= 1,
                     action);
        auto x = m_rig->core().shifts().xReport();
        QVERIFY(x.ok());
        QCOMPARE(x->cashRefunds.count, 1);
        QCOMPARE(x->cashRefunds.minor, 1798);
        QVERIFY(find<QLabel>(QStringLiteral("orderLabel"))
                    ->text()
                    .contains(QStringLiteral("refunded in full")));
        QVERIFY(!find<QPushButton>(QStringLiteral("cashRefundButton"))->isEnabled());
        // Asked again (another screen, a stale one): refused, nothing given twice.
        auto again = m_rig->core().tenders().refundOrderCash(order->id, m_rig->refunds().policy(),
                                                             QStringLiteral("again"),
                                                             m_rig->manager().actor());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        QCOMPARE(
            m_rig->count(QStringLiteral("drawer_openings"), QStringLiteral("reason = 'refund'")),
            1);
    }

    void failedRefundIsShownAndRetried()
    {
        QVERIFY(startWith());
        const auto order = m_rig->paidOrder({{RefundRig::kMoby, 1}});
        QVERIFY(order);
        QVERIFY(m_rig->setFaults({{QStringLiteral("fail-refunds"), true}}));
        signIn(QStringLiteral("morgan"), QStringLiteral("271828"));
        scanReceipt(order->id);
        click(QStringLiteral("chooseAllButton"));
        QSignalSpy settled(m_page.get(), &RefundPage::refundSettled);
        click(QStringLiteral("confirmButton"));
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 15000);
        QVERIFY(!settled.constFirst().at(1).toBool());
        QVERIFY2(status().contains(QStringLiteral("failed at the payment service")),
                 qPrintable(status()));
        QVERIFY(!find<QPushButton>(QStringLiteral("savePdfButton"))->isEnabled());

        QVERIFY(m_rig->setFaults({{QStringLiteral("fail-refunds"), false}}));
        click(QStringLiteral("retryButton"));
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 2, 15000);
        QVERIFY(settled.at(1).at(1).toBool());
        QVERIFY2(status().contains(QStringLiteral("Refund done")), qPrintable(status()));
        QCOMPARE(m_rig->status(QStringLiteral("orders"), order->id), QStringLiteral("refunded"));
        QCOMPARE(find<QTableWidget>(QStringLiteral("refundsTable"))->rowCount(), 2);
    }
};

QTEST_MAIN(RefundPageTest)
#include "RefundPageTest.moc"
