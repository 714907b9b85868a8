#include "checkout/TenderPanel.h"

#include "till/CashDenominations.h"
#include "till/ShiftService.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace quire {

TenderPanel::TenderPanel(TenderService &tenders, QWidget *parent)
    : QWidget(parent)
    , m_tenders(tenders)
    , m_totalLabel(new QLabel(this))
    , m_dueLabel(new QLabel(this))
    , m_cashMode(new QPushButton(this))
    , m_cardMode(new QPushButton(this))
    , m_splitMode(new QPushButton(this))
    , m_modes(new QButtonGroup(this))
    , m_handedLabel(new QLabel(this))
    , m_handed(new QLineEdit(this))
    , m_quickRow(new QWidget(this))
    , m_quickLayout(new QHBoxLayout(m_quickRow))
    , m_changeLabel(new QLabel(this))
    , m_takeCash(new QPushButton(this))
    , m_payByCard(new QPushButton(this))
    , m_newSale(new QPushButton(this))
    , m_printReceipt(new QPushButton(this))
    , m_saveReceipt(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("tenderPanel"));
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_cashMode->setObjectName(QStringLiteral("cashMode"));
    m_cardMode->setObjectName(QStringLiteral("cardMode"));
    m_splitMode->setObjectName(QStringLiteral("splitMode"));
    m_handed->setObjectName(QStringLiteral("handedEdit"));
    m_changeLabel->setObjectName(QStringLiteral("changeLabel"));
    m_takeCash->setObjectName(QStringLiteral("takeCashButton"));
    m_payByCard->setObjectName(QStringLiteral("payByCardButton"));
    m_message->setObjectName(QStringLiteral("tenderMessage"));
    m_newSale->setObjectName(QStringLiteral("tenderNewSaleButton"));
    m_newSale->setVisible(false);
    m_newSale->setMinimumHeight(48);
    m_printReceipt->setObjectName(QStringLiteral("tenderPrintReceiptButton"));
    m_saveReceipt->setObjectName(QStringLiteral("tenderSaveReceiptButton"));
    for (QPushButton *button : {m_printReceipt, m_saveReceipt}) {
        button->setVisible(false);
        button->setMinimumHeight(40);
    }
    connect(m_printReceipt, &QPushButton::clicked, this, [this] {
        if (m_orderId)
            Q_EMIT printReceiptRequested(*m_orderId);
    });
    connect(m_saveReceipt, &QPushButton::clicked, this, [this] {
        if (m_orderId)
            Q_EMIT saveReceiptRequested(*m_orderId);
    });
    connect(m_newSale, &QPushButton::clicked, this, [this] {
        if (m_orderId)
            Q_EMIT finished(*m_orderId);
    });
    m_message->setWordWrap(true);
    QFont big = m_changeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_changeLabel->setFont(big);
    m_dueLabel->setFont(big);

    auto *modeRow = new QHBoxLayout;
    for (QPushButton *button : {m_cashMode, m_cardMode, m_splitMode}) {
        button->setCheckable(true);
        button->setMinimumHeight(48);
        modeRow->addWidget(button);
    }
    m_modes->addButton(m_cashMode, int(Mode::Cash));
    m_modes->addButton(m_cardMode, int(Mode::Card));
    m_modes->addButton(m_splitMode, int(Mode::Split));
    m_modes->setExclusive(true);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });

    m_quickLayout->setContentsMargins(0, 0, 0, 0);
    m_handed->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    connect(m_handed, &QLineEdit::textEdited, this, &TenderPanel::updateChange);
    connect(m_handed, &QLineEdit::returnPressed, this, &TenderPanel::onTakeCash);
    connect(m_takeCash, &QPushButton::clicked, this, &TenderPanel::onTakeCash);
    connect(m_payByCard, &QPushButton::clicked, this, [this] {
        if (m_orderId)
            Q_EMIT cardRequested(*m_orderId);
    });
    for (QPushButton *button : {m_takeCash, m_payByCard})
        button->setMinimumHeight(48);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totalLabel);
    layout->addWidget(m_dueLabel);
    layout->addLayout(modeRow);
    layout->addWidget(m_handedLabel);
    layout->addWidget(m_handed);
    layout->addWidget(m_quickRow);
    layout->addWidget(m_changeLabel);
    layout->addWidget(m_takeCash);
    layout->addWidget(m_payByCard);
    layout->addWidget(m_message);
    auto *receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_printReceipt);
    receiptRow->addWidget(m_saveReceipt);
    layout->addLayout(receiptRow);
    layout->addWidget(m_newSale);
    layout->addStretch();

    retranslate();
    m_cashMode->setChecked(true);
    setMode(Mode::Cash);
}

TenderPanel::~TenderPanel() = default;

std::optional<qint64> TenderPanel::parseAmount(const QString &text, const QString &currency,
                                               const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    const int digits = Money::fractionDigits(currency);
    const QString point = QRegularExpression::escape(locale.decimalPoint());
    static const QString pattern = QStringLiteral("^(\\d{1,9})(?:(?:%1|\\.)(\\d{0,%2}))?$");
    const QRegularExpression amount(pattern.arg(point).arg(digits));
    const auto match = amount.match(trimmed);
    if (!match.hasMatch() || (digits == 0 && !match.captured(2).isEmpty()))
        return std::nullopt;
    qint64 minor = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    for (int i = 0; i < digits; ++i)
        minor *= 10;
    while (fraction.size() < digits)
        fraction.append(u'0');
    if (digits > 0)
        minor += fraction.toLongLong();
    return minor;
}

Result<void> TenderPanel::showOrder(qint64 orderId)
{
    auto due = m_tenders.due(orderId);
    if (!due)
        return due.error();
    m_orderId = orderId;
    m_due = *due;
    m_tenderKey = TenderService::newTenderKey();
    m_handed->clear();
    m_message->clear();
    // A note button for each note up to a few times what is due.
    while (QLayoutItem *item = m_quickLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString currency = due->total.currency();
    auto *exact = new QPushButton(tr("Exact"), m_quickRow);
    exact->setObjectName(QStringLiteral("quickExact"));
    exact->setMinimumHeight(40);
    connect(exact, &QPushButton::clicked, this,
            [this] { onQuickAmount(m_due ? m_due->cashDue.minorUnits() : 0); });
    m_quickLayout->addWidget(exact);
    QList<qint64> notes = CashDenominations::notesOf(currency);
    std::sort(notes.begin(), notes.end());
    for (qint64 note : std::as_const(notes)) {
        if (note > 10000 && note > 4 * due->cashDue.minorUnits())
            continue;
        auto *button
            = new QPushButton(Money::fromMinorUnits(note, currency)->toString(), m_quickRow);
        button->setObjectName(QStringLiteral("quickNote%1").arg(note));
        button->setMinimumHeight(40);
        connect(button, &QPushButton::clicked, this, [this, note] { onQuickAmount(note); });
        m_quickLayout->addWidget(button);
    }
    refresh();
    return {};
}

void TenderPanel::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton *button = m_modes->button(int(mode)); button && !button->isChecked())
        button->setChecked(true);
    const bool cash = mode != Mode::Card;
    m_handedLabel->setVisible(cash);
    m_handed->setVisible(cash);
    m_quickRow->setVisible(mode == Mode::Cash);
    m_changeLabel->setVisible(cash);
    m_takeCash->setVisible(cash);
    m_payByCard->setVisible(mode != Mode::Cash);
    retranslate();
    updateChange();
    if (cash)
        m_handed->setFocus();
}

void TenderPanel::refresh()
{
    if (!m_due)
        return;
    m_totalLabel->setText(
        tr("Total %1 · paid in cash %2").arg(m_due->total.toString(), m_due->paid.toString()));
    if (m_due->cashDue != m_due->remaining)
        m_dueLabel->setText(
            tr("Due %1 (in cash %2)").arg(m_due->remaining.toString(), m_due->cashDue.toString()));
    else
        m_dueLabel->setText(tr("Due %1").arg(m_due->remaining.toString()));
    const bool open = m_due->remaining.minorUnits() > 0;
    m_newSale->setVisible(!open);
    m_printReceipt->setVisible(!open);
    m_saveReceipt->setVisible(!open);
    m_takeCash->setEnabled(open);
    m_payByCard->setEnabled(open);
    m_handed->setEnabled(open);
    updateChange();
}

void TenderPanel::updateChange()
{
    if (!m_due) {
        m_changeLabel->clear();
        return;
    }
    const QString currency = m_due->total.currency();
    const auto handed = parseAmount(m_handed->text(), currency);
    if (!handed || *handed == 0) {
        m_changeLabel->setText(m_handed->text().trimmed().isEmpty() ? QString()
                                                                    : tr("Not an amount"));
        return;
    }
    const qint64 change = *handed - m_due->cashDue.minorUnits();
    if (change >= 0)
        m_changeLabel->setText(
            tr("Change %1").arg(Money::fromMinorUnits(change, currency)->toString()));
    else
        m_changeLabel->setText(
            tr("Still due %1")
                .arg(Money::fromMinorUnits(m_due->remaining.minorUnits() - *handed, currency)
                         ->toString()));
}

void TenderPanel::onQuickAmount(qint64 minor)
{
    if (!m_due)
        return;
    const int digits = Money::fractionDigits(m_due->total.currency());
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    QString text = QString::number(minor / divisor);
    if (digits > 0)
        text += QLocale().decimalPoint()
                + QStringLiteral("%1").arg(minor % divisor, digits, 10, QLatin1Char('0'));
    m_handed->setText(text);
    updateChange();
}

void TenderPanel::onTakeCash()
{
    if (!m_orderId || !m_due || m_mode == Mode::Card)
        return;
    const QString currency = m_due->total.currency();
    const auto handed = parseAmount(m_handed->text(), currency);
    if (!handed || *handed <= 0) {
        showMessage(tr("Enter the amount the customer handed over."), true);
        return;
    }
    auto taken = m_tenders.payCash(
        {*m_orderId, m_tenderKey, *Money::fromMinorUnits(*handed, currency)}, m_actor);
    if (!taken) {
        showMessage(taken.error().message, true);
        return;
    }
    // Recorded: the next tender is a new one.
    m_tenderKey = TenderService::newTenderKey();
    QString text = taken->orderPaid
                       ? tr("Paid. Give %1 change.").arg(taken->tender.change.toString())
                       : tr("%1 taken in cash; %2 still due.")
                             .arg(taken->tender.amount.toString(), taken->remaining.toString());
    bool problem = false;
    if (taken->drawer == ShiftService::DrawerResult::OpenByHand
        || taken->drawer == ShiftService::DrawerResult::Failed) {
        text += u' ' + tr("Open the drawer by hand.");
        problem = taken->drawer == ShiftService::DrawerResult::Failed;
    }
    if (auto due = m_tenders.due(*m_orderId); due)
        m_due = *due;
    m_handed->clear();
    refresh();
    if (taken->orderPaid)
        m_changeLabel->setText(tr("Change %1").arg(taken->tender.change.toString()));
    showMessage(text, problem);
    if (taken->orderPaid)
        Q_EMIT orderPaid(*m_orderId);
}

void TenderPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

void TenderPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
}

void TenderPanel::retranslate()
{
    m_cashMode->setText(tr("Cash"));
    m_cardMode->setText(tr("Card"));
    m_splitMode->setText(tr("Split"));
    m_handedLabel->setText(m_mode == Mode::Split ? tr("Cash part handed over")
                                                 : tr("Amount handed over"));
    m_takeCash->setText(tr("Take cash"));
    m_newSale->setText(tr("New sale"));
    m_printReceipt->setText(tr("Print receipt"));
    m_saveReceipt->setText(tr("Save receipt as PDF"));
    m_payByCard->setText(m_mode == Mode::Split ? tr("Pay the rest by card") : tr("Pay by card"));
    m_handed->setAccessibleName(m_handedLabel->text());
}

} // namespace quire
