#include "checkout/PaymentScreen.h"

#include "TabOrder.h"
#include "ui_PaymentScreen.h"
#include "web/PaymentWebView.h"

#include <QEvent>
#include <QShortcut>

namespace quire {

PaymentScreen::PaymentScreen(PaymentWebView *webView, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PaymentScreen>())
    , m_webView(webView)
{
    m_ui->setupUi(this);
    m_ui->webLayout->addWidget(m_webView);
    // The customer types the card number into the page: it follows Cancel
    // in the tab order.
    setTabOrder(m_webView, m_ui->cancelButton);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PaymentScreen::onCancelTriggered);
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &PaymentScreen::onCancelTriggered);
    connect(m_ui->restartPaymentButton, &QPushButton::clicked, this,
            &PaymentScreen::onStartOverTriggered);
    // F12 only: Ctrl+Return could be typed on the page by the customer.
    auto *startOver = new QShortcut(QKeySequence(Qt::Key_F12), this);
    startOver->setContext(Qt::WidgetWithChildrenShortcut);
    connect(startOver, &QShortcut::activated, this, &PaymentScreen::onStartOverTriggered);
    connect(m_ui->phonePaymentButton, &QPushButton::clicked, this,
            &PaymentScreen::onPhonePaymentTriggered);
    auto *phone = new QShortcut(QKeySequence(Qt::Key_F11), this);
    phone->setContext(Qt::WidgetWithChildrenShortcut);
    connect(phone, &QShortcut::activated, this, &PaymentScreen::onPhonePaymentTriggered);
    updateTexts();
}

void PaymentScreen::onStartOverTriggered()
{
    if (m_mode == Mode::Declined && m_ui->restartPaymentButton->isEnabled())
        Q_EMIT startOverRequested();
}

void PaymentScreen::onPhonePaymentTriggered()
{
    if (m_ui->phonePaymentButton->isVisible() && m_ui->phonePaymentButton->isEnabled())
        Q_EMIT phonePaymentRequested();
}

PaymentScreen::~PaymentScreen() = default;

void PaymentScreen::onCancelTriggered()
{
    if (m_ui->cancelButton->isEnabled())
        Q_EMIT cancelRequested();
}

void PaymentScreen::setMode(Mode mode, const QString &detail)
{
    m_mode = mode;
    m_detail = detail;
    m_problem.clear();
    updateTexts();
}

void PaymentScreen::setAmountText(const QString &amount)
{
    m_amount = amount;
    updateTexts();
}

void PaymentScreen::setAttempt(int attempt)
{
    m_attempt = attempt;
    updateTexts();
}

void PaymentScreen::showPageProblem(const QString &problem)
{
    m_problem = problem;
    updateTexts();
}

void PaymentScreen::setCancelEnabled(bool enabled)
{
    m_ui->cancelButton->setEnabled(enabled);
}

void PaymentScreen::setPhonePaymentAvailable(bool available)
{
    m_phoneAvailable = available;
    updateTexts();
}

void PaymentScreen::setPhonePayment(bool onPhone)
{
    m_onPhone = onPhone;
    updateTexts();
}

void PaymentScreen::updateTexts()
{
    m_ui->amountLabel->setText(m_amount);
    m_ui->headingLabel->setText(m_attempt > 1 ? tr("Payment (attempt %1)").arg(m_attempt)
                                              : tr("Payment"));
    QString status;
    QString wait;
    switch (m_mode) {
    case Mode::StartingPayment:
        wait = tr("Opening the payment page…");
        break;
    case Mode::ShowingPage:
        if (m_onPhone)
            wait = tr("The customer pays on their phone: the code to scan is on the customer "
                      "display. Waiting for the payment…");
        else
            status
                = m_problem.isEmpty() ? tr("The customer can pay on the page below.") : m_problem;
        break;
    case Mode::Declined: {
        const QString reason = m_detail.isEmpty() ? tr("no reason given") : m_detail;
        if (m_onPhone) {
            status = tr("The card was declined: %1\nThe customer can try another card on their "
                        "phone, or start over.")
                         .arg(reason);
            wait = tr("Waiting for the payment on the customer's phone…");
        } else {
            status = tr("The card was declined: %1\nThe customer can try another card on the "
                        "page below, or start over.")
                         .arg(reason);
            if (!m_problem.isEmpty())
                status += u'\n' + m_problem;
        }
        break;
    }
    case Mode::GatewayRetrying:
        wait = tr("The payment service is not answering. Retrying…");
        if (!m_detail.isEmpty())
            wait += u'\n' + m_detail;
        break;
    case Mode::WaitingForVerdict:
        wait = tr("Waiting for the payment service…");
        break;
    }
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
    m_ui->waitLabel->setText(wait);
    const bool declined = m_mode == Mode::Declined;
    m_ui->statusLabel->setStyleSheet(declined ? QStringLiteral("color: #b00020; font-weight: bold;")
                                              : QString());
    m_ui->restartPaymentButton->setVisible(declined);
    const bool pageOpen = m_mode == Mode::ShowingPage || declined;
    m_ui->phonePaymentButton->setVisible(pageOpen && m_phoneAvailable && !m_onPhone);
    m_ui->contentStack->setCurrentWidget(pageOpen && !m_onPhone ? m_ui->webPage : m_ui->waitPage);
}

QString PaymentScreen::announcement() const
{
    QStringList parts{m_ui->headingLabel->text()};
    if (!m_amount.isEmpty())
        parts.append(m_amount);
    QStringList states;
    if (m_ui->contentStack->currentWidget() != m_ui->waitPage || m_mode == Mode::Declined)
        states.append(m_ui->statusLabel->text());
    if (m_ui->contentStack->currentWidget() == m_ui->waitPage)
        states.append(m_ui->waitLabel->text());
    for (const QString &state : std::as_const(states)) {
        if (!state.isEmpty())
            parts.append(QString(state).replace(u'\n', u' '));
    }
    return parts.join(QStringLiteral(". "));
}

void PaymentScreen::showEvent(QShowEvent *event)
{
    TabOrder::apply(
        {m_webView, m_ui->phonePaymentButton, m_ui->restartPaymentButton, m_ui->cancelButton});
    QWidget::showEvent(event);
}

void PaymentScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace quire
