#include "AuthFixture.h"
#include "TillFixture.h"
#include "auth/AccessPolicy.h"
#include "auth/ManagerOverrideDialog.h"
#include "checkout/TenderPanel.h"
#include "persistence/TenderRepository.h"
#include "shift/CashMovementDialog.h"
#include "shift/CloseShiftDialog.h"
#include "shift/DailyOverviewDialog.h"
#include "shift/OpenShiftDialog.h"
#include "shift/ShiftReportDialog.h"
#include "shift/ShiftReportView.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518"); // 8.99
const QString kMoby = QStringLiteral("9780142437247");  // 12.50

template<typename T>
T *find(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qFatal("no %s", qPrintable(name));
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// scripts/screenshots.sh sets QUIRE_SCREENSHOT_DIR to refresh docs/screenshots.
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

// Protects: the counter's tender screen and shift dialogs driven like a
// clerk: the till opened with a typed float; a cash sale with a quick note
// button, the change shown before and after "Take cash", a double press
// being one tender; a split with a cash part and the rest by card; the till
// closed with a count by denomination showing the Z report's difference and
// saving its CSV. Real widgets, real database.
class TenderScreensTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TillFixture> m_f;

    Order newOrder(QList<OrderLineRequest> lines)
    {
        auto order = m_f->flow().createOrder(lines, m_f->clerk);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        return *order;
    }
    QString eur(qint64 minor) { return m_f->money(minor).toString(); }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_f = std::make_unique<test::TillFixture>();
        m_f->db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899);
        m_f->db().addBook(kMoby, QStringLiteral("Moby-Dick"), 1250);
    }
    void cleanup()
    {
        m_f.reset();
        QLocale::setDefault(QLocale::c());
    }

    void parsesAmountsWithoutFloatingPoint()
    {
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(TenderPanel::parseAmount(QStringLiteral("12,5"), QStringLiteral("EUR"), de), 1250);
        QCOMPARE(TenderPanel::parseAmount(QStringLiteral("12.05"), QStringLiteral("EUR"), de),
                 1205);
        QCOMPARE(TenderPanel::parseAmount(QStringLiteral(" 50 "), QStringLiteral("EUR"), de), 5000);
        QCOMPARE(TenderPanel::parseAmount(QStringLiteral("1000"), QStringLiteral("JPY"), de), 1000);
        QVERIFY(!TenderPanel::parseAmount(QStringLiteral("12,555"), QStringLiteral("EUR"), de));
        QVERIFY(!TenderPanel::parseAmount(QStringLiteral("-3"), QStringLiteral("EUR"), de));
        QVERIFY(!TenderPanel::parseAmount(QStringLiteral("zwölf"), QStringLiteral("EUR"), de));
    }

    void aClerkOpensTheTillSellsForCashAndSplitsASale()
    {
        // The till: a float of 100,00 €.
        OpenShiftDialog open(m_f->shifts(), m_f->clerk, QStringLiteral("EUR"));
        open.show();
        QVERIFY(QTest::qWaitForWindowExposed(&open));
        typeInto(find<QLineEdit>(&open, QStringLiteral("floatEdit")), QStringLiteral("100"));
        QTest::mouseClick(find<QPushButton>(&open, QStringLiteral("openShiftButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!open.isVisible());
        QCOMPARE(open.result(), int(QDialog::Accepted));
        QVERIFY(open.openedShift().has_value());
        QCOMPARE(open.openedShift()->openingFloat, m_f->money(10000));

        // A cash sale of 30,48 € paid with a 50 € note.
        TenderPanel panel(m_f->tenders());
        panel.setActor(m_f->clerk);
        panel.resize(700, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const Order sale = newOrder({{kPride, 2}, {kMoby, 1}});
        QVERIFY(panel.showOrder(sale.id).ok());
        QVERIFY(find<QLabel>(&panel, QStringLiteral("dueLabel"))->text().contains(eur(3048)));
        QSignalSpy paid(&panel, &TenderPanel::orderPaid);
        QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("cashMode")), Qt::LeftButton);
        // A button per note up to 100 € (and more only for larger sales), and Exact.
        QTRY_VERIFY(find<QPushButton>(&panel, QStringLiteral("quickNote5000"))->isVisible());
        QVERIFY(find<QPushButton>(&panel, QStringLiteral("quickExact"))->isVisible());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("quickNote50000")));
        QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("quickNote5000")),
                          Qt::LeftButton);
        QTRY_VERIFY(
            find<QLabel>(&panel, QStringLiteral("changeLabel"))->text().contains(eur(1952)));
        screenshot(&panel, QStringLiteral("tender-cash"));
        auto *takeCash = find<QPushButton>(&panel, QStringLiteral("takeCashButton"));
        QTest::mouseClick(takeCash, Qt::LeftButton);
        QTRY_COMPARE(paid.size(), 1);
        QCOMPARE(paid.at(0).at(0).toLongLong(), sale.id);
        QVERIFY(find<QLabel>(&panel, QStringLiteral("changeLabel"))->text().contains(eur(1952)));
        QVERIFY(find<QLabel>(&panel, QStringLiteral("tenderMessage"))
                    ->text()
                    .contains(QStringLiteral("Open the drawer by hand")));
        // A second press does nothing: the order is paid.
        QVERIFY(!takeCash->isEnabled());
        QTest::mouseClick(takeCash, Qt::LeftButton);
        QCOMPARE(m_f->db().count(QStringLiteral("tenders"),
                                 QStringLiteral("order_id = %1").arg(sale.id)),
                 1);
        QCOMPARE(m_f->scalar(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {sale.id})
                     .toString(),
                 QStringLiteral("paid"));

        // A split: 10 € in cash, the rest by card.
        const Order split = newOrder({{kMoby, 2}});
        QVERIFY(panel.showOrder(split.id).ok());
        QSignalSpy card(&panel, &TenderPanel::cardRequested);
        QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("splitMode")), Qt::LeftButton);
        QCOMPARE(panel.mode(), TenderPanel::Mode::Split);
        auto *handed = find<QLineEdit>(&panel, QStringLiteral("handedEdit"));
        typeInto(handed, QStringLiteral("10"));
        QTRY_VERIFY(
            find<QLabel>(&panel, QStringLiteral("changeLabel"))->text().contains(eur(1500)));
        // Enter takes the cash, as the button does.
        QTest::keyClick(handed, Qt::Key_Return);
        QTRY_VERIFY(find<QLabel>(&panel, QStringLiteral("dueLabel"))->text().contains(eur(1500)));
        QCOMPARE(paid.size(), 1);
        QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("payByCardButton")),
                          Qt::LeftButton);
        QCOMPARE(card.size(), 1);
        QCOMPARE(card.at(0).at(0).toLongLong(), split.id);
        auto attempt = m_f->flow().startPayment(split.id, m_f->clerk);
        QVERIFY(attempt.ok());
        QCOMPARE(attempt->amount, m_f->money(1500));
        QVERIFY(
            m_f->flow().confirmPaymentPaid(attempt->id, Actor::system(QStringLiteral("gw"))).ok());

        // A wrong amount is said, not taken.
        const Order third = newOrder({{kPride, 1}});
        QVERIFY(panel.showOrder(third.id).ok());
        QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("cashMode")), Qt::LeftButton);
        typeInto(handed, QStringLiteral("zehn"));
        QTest::mouseClick(takeCash, Qt::LeftButton);
        QVERIFY(!find<QLabel>(&panel, QStringLiteral("tenderMessage"))->text().isEmpty());
        QCOMPARE(m_f->db().count(QStringLiteral("tenders"),
                                 QStringLiteral("order_id = %1").arg(third.id)),
                 0);
        QTest::mouseClick(find<QPushButton>(&panel, QStringLiteral("quickExact")), Qt::LeftButton);
        QTest::mouseClick(takeCash, Qt::LeftButton);
        QTRY_COMPARE(paid.size(), 2);

        // Closing: expected 100 + 30,48 + 10 + 8,99 = 149,47; counted 149,00: 0,47 short.
        CloseShiftDialog close(m_f->shifts(), m_f->clerk, QStringLiteral("EUR"));
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("z.csv"));
        close.setSavePathPrompt([&csvPath](const QString &) { return csvPath; });
        close.show();
        QVERIFY(QTest::qWaitForWindowExposed(&close));
        const QMap<qint64, int> counted{{10000, 1}, {2000, 2}, {500, 1}, {200, 2}};
        for (auto it = counted.begin(); it != counted.end(); ++it) {
            QSpinBox *box = close.countBox(it.key());
            QVERIFY(box);
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, QString::number(it.value()));
        }
        QTRY_VERIFY(
            find<QLabel>(&close, QStringLiteral("countedTotal"))->text().contains(eur(14900)));
        QTest::mouseClick(find<QPushButton>(&close, QStringLiteral("closeShiftButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(close.zReport().has_value());
        const QString result = find<QLabel>(&close, QStringLiteral("closeResult"))->text();
        QVERIFY2(result.contains(eur(14947)) && result.contains(eur(47)), qPrintable(result));
        QCOMPARE(close.zReport()->zNumber, 1);
        // The Z report itself, in place of the count.
        QTRY_VERIFY(close.reportView()->isVisible());
        QVERIFY(!close.countBox(10000)->isVisible());
        const QString zText = find<QTextBrowser>(&close, QStringLiteral("shiftReportText"))
                                  ->toPlainText()
                                  .simplified();
        for (const QString &part :
             {QStringLiteral("Z report 1"), QStringLiteral("Cash sales 3 %1").arg(eur(4947)),
              QStringLiteral("Card sales 1 %1").arg(eur(1500)),
              QStringLiteral("Expected cash %1").arg(eur(14947)),
              QStringLiteral("Counted cash %1").arg(eur(14900)),
              QStringLiteral("Difference %1").arg(eur(-47))})
            QVERIFY2(zText.contains(part.simplified()), qPrintable(part + u'\n' + zText));
        screenshot(&close, QStringLiteral("z-report"));
        QCOMPARE(*close.zReport()->differenceMinor, -47);
        QTest::mouseClick(find<QPushButton>(&close, QStringLiteral("saveZReportButton")),
                          Qt::LeftButton);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(csv.readAll());
        QCOMPARE(saved, m_f->scalar(QStringLiteral("SELECT csv FROM z_reports")).toString());
        QVERIFY(saved.contains(QStringLiteral("cash,difference,,-0.47\n")));
        QVERIFY(!m_f->shifts().currentShift()->has_value());
    }

    // The X report at any time: the open shift's figures on screen, printed
    // (the print dialog answered) and saved as a PDF, changing nothing.
    void theXReportShowsTheOpenShiftAndPrints()
    {
        m_f->openShift(10000);
        const Order sale = newOrder({{kPride, 2}, {kMoby, 1}});
        QVERIFY(m_f->tenders()
                    .payCash({sale.id, TenderService::newTenderKey(), m_f->money(5000)}, m_f->clerk)
                    .ok());
        const qint64 events = m_f->db().count(QStringLiteral("events"));
        auto x = m_f->shifts().xReport();
        QVERIFY(x.ok());
        ShiftReportDialog dialog(*x);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("X report"));
        const QString text = find<QTextBrowser>(&dialog, QStringLiteral("shiftReportText"))
                                 ->toPlainText()
                                 .simplified();
        for (const QString &part :
             {QStringLiteral("X report"), QStringLiteral("the shift is still open"),
              QStringLiteral("Cash sales 1 %1").arg(eur(3048)),
              QStringLiteral("Expected cash %1").arg(eur(13048)), QStringLiteral("alex 1")})
            QVERIFY2(text.contains(part.simplified()), qPrintable(part + u'\n' + text));
        QVERIFY(!text.contains(QStringLiteral("Counted cash")));

        QTemporaryDir dir;
        const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
        auto *view = dialog.view();
        view->setPrinterPrompt([&printed](QPrinter *printer) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(printed);
            return true;
        });
        auto *paper = find<QComboBox>(&dialog, QStringLiteral("reportPaper"));
        paper->setCurrentIndex(paper->findData(int(Paper::A4)));
        QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("printReportButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(QFileInfo(printed).size() > 0);

        const QString saved = dir.filePath(QStringLiteral("x.pdf"));
        view->setSavePathPrompt([&saved](const QString &suggested) {
            return suggested.startsWith(QStringLiteral("x-report-counter-1-shift-")) ? saved
                                                                                     : QString();
        });
        paper->setCurrentIndex(paper->findData(int(Paper::Receipt80mm)));
        QSignalSpy written(view, &ShiftReportView::reportSaved);
        QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("saveReportPdfButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(written.size(), 1);
        QVERIFY(QFileInfo(saved).size() > 0);
        QVERIFY(find<QLabel>(&dialog, QStringLiteral("reportMessage"))
                    ->text()
                    .contains(QStringLiteral("x.pdf")));
        // Nothing was recorded and the shift is still open.
        QCOMPARE(m_f->db().count(QStringLiteral("events")), events);
        QVERIFY(m_f->shifts().currentShift()->has_value());
    }

    // The manager's daily overview: both terminals' shifts of today with
    // their figures by tender, the clerks over the day, the totals, and the
    // CSV; a clerk is refused (audited) and sees nothing.
    void theDailyOverviewShowsEveryTerminalsShifts()
    {
        // The fixture's clock: today is its day.
        const QDate today = m_f->db().clock().nowUtc().toLocalTime().date();
        // counter-1: 30,48 in cash (alex), closed 0,02 over.
        m_f->openShift(10000);
        const Order first = newOrder({{kPride, 2}, {kMoby, 1}});
        QVERIFY(
            m_f->tenders()
                .payCash({first.id, TenderService::newTenderKey(), m_f->money(5000)}, m_f->clerk)
                .ok());
        QVERIFY(
            m_f->shifts().closeShift({{10000, 1}, {2000, 1}, {1000, 1}, {50, 1}}, m_f->clerk).ok());
        // counter-2, still open: 8,99 in cash and 25,00 by card (sam).
        ShiftService other(m_f->flow(), QStringLiteral("counter-2"), false, {});
        TenderService otherTenders(m_f->flow(), other);
        QVERIFY(other.openShift(m_f->money(5000), m_f->otherClerk).ok());
        auto cashSale = m_f->flow().createOrder({{kPride, 1}}, m_f->otherClerk);
        QVERIFY(cashSale.ok());
        QVERIFY(otherTenders
                    .payCash({cashSale->id, TenderService::newTenderKey(), m_f->money(899)},
                             m_f->otherClerk)
                    .ok());
        // Linked to counter-2's shift as its order hook would at that counter.
        auto cardSale = m_f->flow().createOrder({{kMoby, 2}}, m_f->otherClerk);
        QVERIFY(cardSale.ok());
        QVERIFY(m_f->database()
                    .exec(QStringLiteral("UPDATE orders SET shift_id = ? WHERE id = ?"),
                          {(*other.currentShift())->id, cardSale->id})
                    .ok());
        auto card = m_f->flow().startPayment(cardSale->id, m_f->otherClerk);
        QVERIFY(card.ok());
        QVERIFY(m_f->flow().confirmPaymentPaid(card->id, Actor::system(QStringLiteral("gw"))).ok());

        DailyOverviewDialog dialog(m_f->shifts(), m_f->manager, today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = find<QTableWidget>(&dialog, QStringLiteral("overviewShiftsTable"));
        QCOMPARE(table->rowCount(), 2);
        const auto text = [table](int row, int column) {
            return table->item(row, column)->text().simplified();
        };
        QCOMPARE(text(0, DailyOverviewDialog::TerminalColumn), QStringLiteral("counter-1"));
        QCOMPARE(text(0, DailyOverviewDialog::ReportColumn), QStringLiteral("Z 1"));
        QCOMPARE(text(0, DailyOverviewDialog::CashSalesColumn),
                 QStringLiteral("1 × %1").arg(eur(3048)).simplified());
        QCOMPARE(text(0, DailyOverviewDialog::DifferenceColumn), eur(2).simplified());
        QCOMPARE(text(1, DailyOverviewDialog::TerminalColumn), QStringLiteral("counter-2"));
        QCOMPARE(text(1, DailyOverviewDialog::ReportColumn), QStringLiteral("open"));
        QCOMPARE(text(1, DailyOverviewDialog::OpenedByColumn), QStringLiteral("sam"));
        QCOMPARE(text(1, DailyOverviewDialog::CashSalesColumn),
                 QStringLiteral("1 × %1").arg(eur(899)).simplified());
        QCOMPARE(text(1, DailyOverviewDialog::CardSalesColumn),
                 QStringLiteral("1 × %1").arg(eur(2500)).simplified());
        QVERIFY(text(1, DailyOverviewDialog::CountedColumn).isEmpty());
        auto *clerks = find<QTableWidget>(&dialog, QStringLiteral("overviewClerksTable"));
        QCOMPARE(clerks->rowCount(), 2);
        QCOMPARE(clerks->item(0, 0)->text(), QStringLiteral("alex"));
        QCOMPARE(clerks->item(1, 0)->text(), QStringLiteral("sam"));
        QCOMPARE(clerks->item(1, 1)->text(), QStringLiteral("2"));
        QCOMPARE(clerks->item(1, 2)->text().simplified(), eur(3399).simplified());
        const QString totals = find<QLabel>(&dialog, QStringLiteral("overviewTotals"))->text();
        QVERIFY2(totals.contains(QStringLiteral("2 × %1").arg(eur(3947))), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("Shifts still open: 1")), qPrintable(totals));
        screenshot(&dialog, QStringLiteral("daily-overview"));

        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("day.csv"));
        QString suggested;
        dialog.setSavePathPrompt([&](const QString &name) {
            suggested = name;
            return csvPath;
        });
        QSignalSpy saved(&dialog, &DailyOverviewDialog::csvSaved);
        QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("saveOverviewCsvButton")),
                          Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(suggested,
                 QStringLiteral("daily-overview-%1.csv").arg(today.toString(Qt::ISODate)));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(csv.readAll());
        for (const QString &line :
             {QStringLiteral("section,terminal,shift,item,count,amount\n"),
              QStringLiteral("sales,counter-2,%1,card,1,25.00\n").arg((*other.currentShift())->id),
              QStringLiteral("total,,,cash sales,2,39.47\n"),
              QStringLiteral("total,,,difference,,0.02\n"),
              QStringLiteral("total clerk,,,sam,2,33.99\n")})
            QVERIFY2(content.contains(line), qPrintable(line + content));

        // The day before: no shift.
        find<QDateEdit>(&dialog, QStringLiteral("overviewDay"))->setDate(today.addDays(-1));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!find<QPushButton>(&dialog, QStringLiteral("saveOverviewCsvButton"))->isEnabled());

        // A clerk may not see it.
        DailyOverviewDialog refused(m_f->shifts(), m_f->clerk, today);
        QCOMPARE(find<QTableWidget>(&refused, QStringLiteral("overviewShiftsTable"))->rowCount(),
                 0);
        QVERIFY(!find<QLabel>(&refused, QStringLiteral("overviewMessage"))->text().isEmpty());
        QCOMPARE(m_f->db().count(QStringLiteral("audit_log"),
                                 QStringLiteral("action = 'access_refused'"
                                                " AND entity_id = 'view_store_reports'")),
                 1);
    }

    // A paid-out by a clerk: the manager approves in place; the movement is
    // the manager's. A "no sale" whose approval is cancelled does nothing.
    void aPaidOutNeedsTheManagersApprovalInPlace()
    {
        test::AuthFixture auth;
        const SignedInUser owner = auth.owner(); // manager "owner", PIN 918273
        const SignedInUser clerk
            = auth.addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
        PurchaseFlow flow(auth.db().database(), auth.clock());
        ShiftService shifts(flow, QStringLiteral("counter-1"), false, {});
        QVERIFY(
            shifts.openShift(*Money::fromMinorUnits(10000, QStringLiteral("EUR")), clerk.actor())
                .ok());
        AccessPolicy policy(auth.db().database(), auth.clock());

        CashMovementDialog dialog(shifts, policy, auth.auth(), clerk, QStringLiteral("EUR"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *kind = find<QComboBox>(&dialog, QStringLiteral("movementKind"));
        kind->setCurrentIndex(kind->findData(int(CashMovementDialog::Kind::PaidOut)));
        typeInto(find<QLineEdit>(&dialog, QStringLiteral("movementAmount")), QStringLiteral("5"));
        typeInto(find<QLineEdit>(&dialog, QStringLiteral("movementReason")),
                 QStringLiteral("stamps"));
        ManagerOverrideDialog::setNextAnswer(
            {false, QStringLiteral("owner"), QStringLiteral("918273")});
        QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("recordMovementButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(auth.db().count(QStringLiteral("cash_movements"),
                                 QStringLiteral("kind = 'paid_out' AND amount_minor = 500 AND "
                                                "created_by = %1")
                                     .arg(owner.id)),
                 1);
        QCOMPARE(auth.auditCount(QStringLiteral("override_approved")), 1);
        QCOMPARE(shifts.xReport()->expectedCashMinor, 10000 - 500);

        CashMovementDialog noSale(shifts, policy, auth.auth(), clerk, QStringLiteral("EUR"));
        noSale.show();
        QVERIFY(QTest::qWaitForWindowExposed(&noSale));
        auto *noSaleKind = find<QComboBox>(&noSale, QStringLiteral("movementKind"));
        noSaleKind->setCurrentIndex(noSaleKind->findData(int(CashMovementDialog::Kind::NoSale)));
        QVERIFY(!find<QLineEdit>(&noSale, QStringLiteral("movementAmount"))->isEnabled());
        typeInto(find<QLineEdit>(&noSale, QStringLiteral("movementReason")),
                 QStringLiteral("change for the meter"));
        ManagerOverrideDialog::setNextAnswer({true, QString(), QString()});
        QTest::mouseClick(find<QPushButton>(&noSale, QStringLiteral("recordMovementButton")),
                          Qt::LeftButton);
        QVERIFY(noSale.isVisible());
        QCOMPARE(auth.db().count(QStringLiteral("drawer_openings"),
                                 QStringLiteral("reason = 'no_sale'")),
                 0);
        // Cash in is the clerk's own.
        noSaleKind->setCurrentIndex(noSaleKind->findData(int(CashMovementDialog::Kind::CashIn)));
        typeInto(find<QLineEdit>(&noSale, QStringLiteral("movementAmount")), QStringLiteral("20"));
        QTest::mouseClick(find<QPushButton>(&noSale, QStringLiteral("recordMovementButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!noSale.isVisible());
        QCOMPARE(
            auth.db().count(QStringLiteral("cash_movements"),
                            QStringLiteral("kind = 'cash_in' AND created_by = %1").arg(clerk.id)),
            1);
    }
};

QTEST_MAIN(TenderScreensTest)
#include "TenderScreensTest.moc"
