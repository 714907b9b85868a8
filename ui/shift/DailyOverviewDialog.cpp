#include "shift/DailyOverviewDialog.h"

#include "domain/Money.h"
#include "till/ShiftService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace quire {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

DailyOverviewDialog::DailyOverviewDialog(ShiftService &shifts, const Actor &actor, const QDate &day,
                                         QWidget *parent)
    : QDialog(parent)
    , m_shifts(shifts)
    , m_actor(actor)
    , m_day(new QDateEdit(day, this))
    , m_shiftsTable(new QTableWidget(0, ShiftColumnCount, this))
    , m_clerksTable(new QTableWidget(0, ClerkColumnCount, this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
    , m_saveCsv(new QPushButton(tr("Export CSV…"), this))
{
    setObjectName(QStringLiteral("dailyOverviewDialog"));
    setWindowTitle(tr("Daily overview"));
    m_day->setObjectName(QStringLiteral("overviewDay"));
    m_day->setCalendarPopup(true);
    m_day->setAccessibleName(tr("Day"));
    m_shiftsTable->setObjectName(QStringLiteral("overviewShiftsTable"));
    m_shiftsTable->setAccessibleName(tr("Shifts of the day"));
    m_clerksTable->setObjectName(QStringLiteral("overviewClerksTable"));
    m_clerksTable->setAccessibleName(tr("Sales by clerk"));
    m_totals->setObjectName(QStringLiteral("overviewTotals"));
    m_message->setObjectName(QStringLiteral("overviewMessage"));
    m_saveCsv->setObjectName(QStringLiteral("saveOverviewCsvButton"));
    m_totals->setWordWrap(true);
    m_message->setWordWrap(true);
    m_shiftsTable->setHorizontalHeaderLabels(
        {tr("Terminal"), tr("Shift no."), tr("Report"), tr("Opened by"), tr("Cash sales"),
         tr("Card sales"), tr("Cash refunds"), tr("Card refunds"), tr("Expected cash"),
         tr("Counted cash"), tr("Difference")});
    m_clerksTable->setHorizontalHeaderLabels({tr("Clerk"), tr("Orders"), tr("Sales")});
    for (QTableWidget *table : {m_shiftsTable, m_clerksTable}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_clerksTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_day, &QDateEdit::dateChanged, this, &DailyOverviewDialog::showDay);
    connect(m_saveCsv, &QPushButton::clicked, this, &DailyOverviewDialog::onSaveCsv);

    auto *form = new QFormLayout;
    form->addRow(tr("Day"), m_day);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveCsv, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_shiftsTable, 2);
    layout->addWidget(m_clerksTable, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 560);
    showDay(day);
}

DailyOverviewDialog::~DailyOverviewDialog() = default;

QString DailyOverviewDialog::money(qint64 minor) const
{
    const QString currency = m_overview ? m_overview->currency : QString();
    auto amount = Money::fromMinorUnits(minor, currency);
    return amount ? amount->toString() : QString::number(minor);
}

QString DailyOverviewDialog::figure(const ShiftReport::Figure &figure) const
{
    return tr("%1 × %2").arg(QLocale().toString(figure.count), money(figure.minor));
}

void DailyOverviewDialog::showDay(const QDate &day)
{
    m_overview.reset();
    m_shiftsTable->setRowCount(0);
    m_clerksTable->setRowCount(0);
    m_totals->clear();
    m_message->clear();
    m_saveCsv->setEnabled(false);
    auto overview = m_shifts.dailyOverview(day, m_actor);
    if (!overview) {
        m_message->setText(overview.error().message);
        return;
    }
    m_overview = *overview;
    const DailyOverview &o = *m_overview;
    m_shiftsTable->setRowCount(int(o.shifts.size()));
    for (int row = 0; row < o.shifts.size(); ++row) {
        const ShiftReport &r = o.shifts.at(row);
        m_shiftsTable->setItem(row, TerminalColumn, cell(r.terminalId));
        m_shiftsTable->setItem(row, ShiftColumn, cell(QString::number(r.shiftId), true));
        m_shiftsTable->setItem(row, ReportColumn,
                               cell(r.zNumber > 0 ? tr("Z %1").arg(r.zNumber) : tr("open")));
        m_shiftsTable->setItem(row, OpenedByColumn, cell(r.openedBy));
        m_shiftsTable->setItem(row, CashSalesColumn, cell(figure(r.cashSales), true));
        m_shiftsTable->setItem(row, CardSalesColumn, cell(figure(r.cardSales), true));
        m_shiftsTable->setItem(row, CashRefundsColumn, cell(figure(r.cashRefunds), true));
        m_shiftsTable->setItem(row, CardRefundsColumn, cell(figure(r.cardRefunds), true));
        m_shiftsTable->setItem(row, ExpectedColumn, cell(money(r.expectedCashMinor), true));
        m_shiftsTable->setItem(row, CountedColumn,
                               cell(r.countedMinor ? money(*r.countedMinor) : QString(), true));
        m_shiftsTable->setItem(
            row, DifferenceColumn,
            cell(r.differenceMinor ? money(*r.differenceMinor) : QString(), true));
    }
    m_clerksTable->setRowCount(int(o.byClerk.size()));
    for (int row = 0; row < o.byClerk.size(); ++row) {
        const ShiftReport::Clerk &clerk = o.byClerk.at(row);
        m_clerksTable->setItem(row, ClerkNameColumn,
                               cell(clerk.name.isEmpty() ? tr("(unknown)") : clerk.name));
        m_clerksTable->setItem(row, ClerkOrdersColumn,
                               cell(QLocale().toString(clerk.orders), true));
        m_clerksTable->setItem(row, ClerkSalesColumn, cell(money(clerk.salesMinor), true));
    }
    if (o.shifts.isEmpty()) {
        m_totals->setText(
            tr("No shift was opened on %1.").arg(QLocale().toString(day, QLocale::ShortFormat)));
        return;
    }
    QString totals = tr("Day: cash sales %1, card sales %2, cash refunds %3, card refunds %4; "
                        "difference of the closed shifts %5.")
                         .arg(figure(o.cashSales), figure(o.cardSales), figure(o.cashRefunds),
                              figure(o.cardRefunds), money(o.differenceMinor));
    if (o.openShifts > 0)
        totals += u' ' + tr("Shifts still open: %1.").arg(o.openShifts);
    m_totals->setText(totals);
    m_saveCsv->setEnabled(true);
}

void DailyOverviewDialog::onSaveCsv()
{
    if (!m_overview)
        return;
    const QString suggested
        = QStringLiteral("daily-overview-%1.csv").arg(m_overview->day.toString(Qt::ISODate));
    QString path;
    if (m_savePathPrompt) {
        path = m_savePathPrompt(suggested);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save the daily overview"),
                                            QDir(folder).filePath(suggested),
                                            tr("CSV files (*.csv)"));
    }
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_overview->toCsv().toUtf8()) < 0) {
        m_message->setText(tr("The overview could not be saved: %1").arg(file.errorString()));
        return;
    }
    m_message->setText(tr("Overview saved to %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT csvSaved(path);
}

} // namespace quire
