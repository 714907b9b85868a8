#include "shift/CloseShiftDialog.h"

#include "shift/ShiftReportView.h"
#include "till/CashDenominations.h"
#include "till/ShiftService.h"

#include <QDialogButtonBox>
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
    , m_reportView(new ShiftReportView(this))
{
    setObjectName(QStringLiteral("closeShiftDialog"));
    setWindowTitle(tr("Close the till"));
    m_total->setObjectName(QStringLiteral("countedTotal"));
    m_result->setObjectName(QStringLiteral("closeResult"));
    m_closeButton->setObjectName(QStringLiteral("closeShiftButton"));
    // The CSV export keeps the name the Z report's save button always had.
    m_reportView->csvButton()->setObjectName(QStringLiteral("saveZReportButton"));
    m_result->setWordWrap(true);
    m_reportView->setVisible(false);

    m_countPanel = new QWidget(this);
    auto *grid = new QGridLayout(m_countPanel);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (qint64 denomination : CashDenominations::of(currency)) {
        auto *box = new QSpinBox(m_countPanel);
        box->setObjectName(QStringLiteral("count%1").arg(denomination));
        box->setRange(0, 100000);
        const QString name = money(denomination, currency);
        box->setAccessibleName(tr("Count of %1").arg(name));
        connect(box, &QSpinBox::valueChanged, this, &CloseShiftDialog::updateTotal);
        grid->addWidget(new QLabel(name, m_countPanel), row / 2, (row % 2) * 2);
        grid->addWidget(box, row / 2, (row % 2) * 2 + 1);
        m_counts.insert(denomination, box);
        ++row;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_closeButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &CloseShiftDialog::onClose);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_countPanel);
    layout->addWidget(m_total);
    layout->addWidget(m_result);
    layout->addWidget(m_reportView, 1);
    layout->addWidget(buttons);
    updateTotal();
}

CloseShiftDialog::~CloseShiftDialog() = default;

void CloseShiftDialog::setSavePathPrompt(SavePathPrompt prompt)
{
    m_reportView->setSavePathPrompt(std::move(prompt));
}

void CloseShiftDialog::setPrinterPrompt(std::function<bool(QPrinter *)> prompt)
{
    m_reportView->setPrinterPrompt(std::move(prompt));
}

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
    // The count gives way to the Z report itself.
    m_countPanel->setVisible(false);
    m_reportView->showReport(*closed);
    m_reportView->setVisible(true);
    resize(qMax(width(), 520), qMax(height(), 720));
}

} // namespace quire
