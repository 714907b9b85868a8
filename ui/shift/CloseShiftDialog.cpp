#include "shift/CloseShiftDialog.h"

#include "till/CashDenominations.h"
#include "till/ShiftService.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace quire {

namespace {

QString money(qint64 minor, const QString &currency)
{
    auto amount = Money::fromMinorUnits(minor, currency);
    return amount ? amount->toString() : QString();
}

} // namespace

CloseShiftDialog::CloseShiftDialog(ShiftService &shifts, const Actor &actor,
                                   const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_shifts(shifts)
    , m_actor(actor)
    , m_currency(currency)
    , m_total(new QLabel(this))
    , m_result(new QLabel(this))
    , m_closeButton(new QPushButton(tr("Close the shift"), this))
    , m_saveButton(new QPushButton(tr("Save the Z report as CSV…"), this))
{
    setObjectName(QStringLiteral("closeShiftDialog"));
    setWindowTitle(tr("Close the till"));
    m_total->setObjectName(QStringLiteral("countedTotal"));
    m_result->setObjectName(QStringLiteral("closeResult"));
    m_closeButton->setObjectName(QStringLiteral("closeShiftButton"));
    m_saveButton->setObjectName(QStringLiteral("saveZReportButton"));
    m_result->setWordWrap(true);
    m_saveButton->setEnabled(false);

    auto *grid = new QGridLayout;
    int row = 0;
    for (qint64 denomination : CashDenominations::of(currency)) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("count%1").arg(denomination));
        box->setRange(0, 100000);
        const QString name = money(denomination, currency);
        box->setAccessibleName(tr("Count of %1").arg(name));
        connect(box, &QSpinBox::valueChanged, this, &CloseShiftDialog::updateTotal);
        grid->addWidget(new QLabel(name, this), row / 2, (row % 2) * 2);
        grid->addWidget(box, row / 2, (row % 2) * 2 + 1);
        m_counts.insert(denomination, box);
        ++row;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_closeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &CloseShiftDialog::onClose);
    connect(m_saveButton, &QPushButton::clicked, this, &CloseShiftDialog::onSaveCsv);
    m_savePathPrompt = [this](const QString &suggestedName) {
        return QFileDialog::getSaveFileName(this, tr("Save the Z report"), suggestedName,
                                            tr("CSV files (*.csv)"));
    };

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_total);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updateTotal();
}

CloseShiftDialog::~CloseShiftDialog() = default;

void CloseShiftDialog::updateTotal()
{
    qint64 total = 0;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        total += it.key() * it.value()->value();
    m_total->setText(tr("Counted %1").arg(money(total, m_currency)));
}

void CloseShiftDialog::onClose()
{
    QMap<qint64, int> count;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
        if (it.value()->value() > 0)
            count.insert(it.key(), it.value()->value());
    }
    auto closed = m_shifts.closeShift(count, m_actor);
    if (!closed) {
        m_result->setText(closed.error().message);
        return;
    }
    m_report = *closed;
    const qint64 difference = closed->differenceMinor.value_or(0);
    QString verdict;
    if (difference == 0)
        verdict = tr("The drawer is right.");
    else if (difference > 0)
        verdict = tr("%1 over.").arg(money(difference, m_currency));
    else
        verdict = tr("%1 short.").arg(money(-difference, m_currency));
    m_result->setText(tr("Z report %1: expected %2, counted %3. %4")
                          .arg(closed->zNumber)
                          .arg(money(closed->expectedCashMinor, m_currency),
                               money(closed->countedMinor.value_or(0), m_currency), verdict));
    m_closeButton->setEnabled(false);
    for (QSpinBox *box : std::as_const(m_counts))
        box->setEnabled(false);
    m_saveButton->setEnabled(true);
}

void CloseShiftDialog::onSaveCsv()
{
    if (!m_report)
        return;
    const QString path = m_savePathPrompt(
        QStringLiteral("z-report-%1-%2.csv").arg(m_report->terminalId).arg(m_report->zNumber));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_report->toCsv().toUtf8()) < 0) {
        m_result->setText(tr("The Z report could not be saved: %1").arg(file.errorString()));
        return;
    }
}

} // namespace quire
