#include "checkout/OutcomeScreen.h"

#include "OrderSummaryModel.h"
#include "TabOrder.h"
#include "ui_OutcomeScreen.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>

namespace quire {

OutcomeScreen::OutcomeScreen(QAbstractItemModel *summary, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OutcomeScreen>())
{
    m_ui->setupUi(this);
    m_ui->summaryView->setModel(summary);
    m_ui->summaryView->horizontalHeader()->setSectionResizeMode(OrderSummaryModel::TitleColumn,
                                                                QHeaderView::Stretch);
    m_ui->summaryView->verticalHeader()->setDefaultSectionSize(44);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &OutcomeScreen::onRetryTriggered);
    connect(m_ui->cancelOrderButton, &QPushButton::clicked, this,
            &OutcomeScreen::cancelOrderRequested);
    connect(m_ui->doneButton, &QPushButton::clicked, this, &OutcomeScreen::doneRequested);
    connect(m_ui->printButton, &QPushButton::clicked, this, &OutcomeScreen::printRequested);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &OutcomeScreen::savePdfRequested);
    m_invoiceButton = new QPushButton(this);
    m_invoiceButton->setObjectName(QStringLiteral("invoiceButton"));
    m_invoiceButton->setMinimumSize(m_ui->printButton->minimumSize());
    m_invoiceButton->setAutoDefault(true);
    m_ui->buttonLayout->insertWidget(m_ui->buttonLayout->indexOf(m_ui->savePdfButton) + 1,
                                     m_invoiceButton);
    connect(m_invoiceButton, &QPushButton::clicked, this, &OutcomeScreen::invoiceRequested);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(Qt::Key_F12)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &OutcomeScreen::onRetryTriggered);
    }
    updateTexts();
}

OutcomeScreen::~OutcomeScreen() = default;

void OutcomeScreen::setInvoicesOffered(bool offered)
{
    m_invoicesOffered = offered;
    updateTexts();
}

void OutcomeScreen::onRetryTriggered()
{
    if (m_ui->retryButton->isVisible() && m_ui->retryButton->isEnabled())
        Q_EMIT retryRequested();
}

void OutcomeScreen::showOutcome(Outcome outcome, const QString &detail, const QString &total,
                                bool orderStillOpen)
{
    m_outcome = outcome;
    m_detail = detail;
    m_total = total;
    m_orderOpen = orderStillOpen;
    m_ui->noticeLabel->clear();
    m_ui->noticeLabel->hide();
    m_unavailableTitles.clear();
    m_nothingServed = false;
    updateTexts();
}

void OutcomeScreen::setUnavailable(const QStringList &titles, const QString &amount,
                                   ShortageRefund refund, bool wholeOrder)
{
    m_nothingServed = wholeOrder && !titles.isEmpty();
    m_unavailableTitles = titles;
    m_unavailableAmount = amount;
    m_shortageRefund = refund;
    updateTexts();
}

QString OutcomeScreen::unavailableText() const
{
    return m_ui->unavailableLabel->isHidden() ? QString() : m_ui->unavailableLabel->text();
}

void OutcomeScreen::setNotice(const QString &notice)
{
    m_ui->noticeLabel->setText(notice);
    m_ui->noticeLabel->setVisible(!notice.isEmpty());
}

QString OutcomeScreen::heading() const
{
    return m_ui->headingLabel->text();
}

QString OutcomeScreen::message() const
{
    return m_ui->messageLabel->text();
}

QString OutcomeScreen::announcement() const
{
    QStringList parts{heading(), message()};
    if (!unavailableText().isEmpty())
        parts.append(unavailableText());
    return parts.join(QStringLiteral(". "));
}

void OutcomeScreen::updateTexts()
{
    QString heading;
    QString message;
    switch (m_outcome) {
    case Outcome::Paid:
        heading = tr("Payment received");
        message = m_nothingServed
                      ? tr("The payment arrived, but none of the books is left: the whole amount "
                           "goes back to the customer's card.")
                      : tr("The order is paid. Hand over the books and offer the receipt.");
        break;
    case Outcome::Failed:
        heading = tr("Payment failed");
        message = m_detail.isEmpty() ? tr("The payment did not go through.")
                                     : tr("The payment did not go through: %1").arg(m_detail);
        break;
    case Outcome::Cancelled:
        heading = tr("Payment cancelled");
        message = tr("The payment was cancelled. Nothing was charged.");
        break;
    case Outcome::TimedOut:
        heading = tr("Order cancelled");
        message = tr("The payment was not completed in time, so the order was cancelled. "
                     "Nothing was charged.");
        break;
    case Outcome::OrderCancelled:
        heading = tr("Order cancelled");
        message = m_detail.isEmpty() ? tr("The order was cancelled.")
                                     : tr("The order was cancelled: %1").arg(m_detail);
        break;
    case Outcome::Refunded:
        heading = tr("Payment refunded");
        message = tr("The payment was refunded to the customer.");
        break;
    case Outcome::Unavailable:
        heading = tr("Payment service unavailable");
        message = m_detail.isEmpty() ? tr("No payment page could be opened.")
                                     : tr("No payment page could be opened: %1").arg(m_detail);
        break;
    }
    const bool canRetry = m_orderOpen
                          && (m_outcome == Outcome::Failed || m_outcome == Outcome::Cancelled
                              || m_outcome == Outcome::Unavailable);
    if (canRetry)
        message += u' ' + tr("The order is still open: try again, or cancel the order.");
    const bool paid = m_outcome == Outcome::Paid;

    m_ui->headingLabel->setText(heading);
    m_ui->messageLabel->setText(message);
    m_ui->totalLabel->setText(m_total.isEmpty() ? QString() : tr("Total: %1").arg(m_total));
    m_ui->printButton->setVisible(paid);
    m_ui->savePdfButton->setVisible(paid);
    m_invoiceButton->setText(tr("Invoice…"));
    m_invoiceButton->setToolTip(tr("Enter a business customer's details: the receipt becomes an "
                                   "invoice to them"));
    m_invoiceButton->setAccessibleName(tr("Make the receipt an invoice"));
    m_invoiceButton->setVisible(paid && m_invoicesOffered);
    m_ui->retryButton->setVisible(canRetry);
    m_ui->cancelOrderButton->setVisible(canRetry);
    // While the order is open the clerk decides: retry or cancel it.
    m_ui->doneButton->setVisible(!canRetry);
    QString shortage;
    if (!m_unavailableTitles.isEmpty()) {
        shortage = tr("Not available any more (sold elsewhere before the payment arrived): %1.")
                       .arg(m_unavailableTitles.join(QStringLiteral(", ")));
        switch (m_shortageRefund) {
        case ShortageRefund::Pending:
            shortage += u' '
                        + tr("%1 for these titles is being returned to the customer's card.")
                              .arg(m_unavailableAmount);
            break;
        case ShortageRefund::Returned:
            shortage += u' '
                        + tr("%1 for these titles has been returned to the customer's card.")
                              .arg(m_unavailableAmount);
            break;
        case ShortageRefund::Failed:
            shortage += u' '
                        + tr("Returning %1 for these titles failed; a manager has been alerted "
                             "and will retry it from the refund screen.")
                              .arg(m_unavailableAmount);
            break;
        }
    }
    m_ui->unavailableLabel->setText(shortage);
    m_ui->unavailableLabel->setVisible(!shortage.isEmpty());
    m_ui->headingLabel->setStyleSheet(
        QStringLiteral("font-size: 20pt; font-weight: bold; color: %1;")
            .arg(paid ? QStringLiteral("#1b5e20") : QStringLiteral("#b00020")));
}

void OutcomeScreen::showEvent(QShowEvent *event)
{
    TabOrder::apply({m_ui->retryButton, m_ui->doneButton, m_ui->printButton, m_ui->savePdfButton,
                     m_invoiceButton, m_ui->cancelOrderButton, m_ui->summaryView});
    QWidget::showEvent(event);
}

void OutcomeScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace quire
