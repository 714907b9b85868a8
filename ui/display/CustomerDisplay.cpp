#include "display/CustomerDisplay.h"

#include "CartModel.h"
#include "OrderSummaryModel.h"
#include "checkout/CheckoutPage.h"
#include "display/QrCode.h"
#include "ui_CustomerDisplay.h"

#include <QEvent>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QPalette>
#include <QPixmap>
#include <algorithm>

namespace quire {

namespace {

Q_LOGGING_CATEGORY(lcDisplay, "quire.display", QtInfoMsg)

using Screen = CheckoutScreenFlow::Screen;

} // namespace

CustomerDisplay::CustomerDisplay(CartModel &cart, CheckoutPage &checkout, QString storeName,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerDisplay>())
    , m_cart(cart)
    , m_checkout(checkout)
    , m_storeName(std::move(storeName))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("customerDisplay"));
    // Dark on white whatever the clerk's theme: read from a step away.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(colours);
    setAutoFillBackground(true);
    // The customer only looks: nothing here takes the keyboard from the clerk.
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    // Closing the counter's window still ends the app while this one shows.
    setAttribute(Qt::WA_QuitOnClose, false);
    m_ui->linesView->verticalHeader()->hide();

    const auto follow = [this] { refresh(); };
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(&m_cart),
          static_cast<QAbstractItemModel *>(m_checkout.orderSummary())}) {
        connect(model, &QAbstractItemModel::modelReset, this, follow);
        connect(model, &QAbstractItemModel::rowsInserted, this, follow);
        connect(model, &QAbstractItemModel::rowsRemoved, this, follow);
        connect(model, &QAbstractItemModel::dataChanged, this, follow);
    }
    connect(&m_cart, &CartModel::totalChanged, this, follow);
    connect(&m_checkout, &CheckoutPage::screenChanged, this, follow);
    connect(&m_checkout, &CheckoutPage::phonePaymentChanged, this, follow);
    connect(&m_checkout, &CheckoutPage::orderCreated, this, follow);
    connect(&m_checkout, &CheckoutPage::checkoutFinished, this, follow);
    refresh();
}

CustomerDisplay::~CustomerDisplay() = default;

void CustomerDisplay::refresh()
{
    m_ui->welcomeLabel->setText(m_storeName.isEmpty() ? tr("Welcome")
                                                      : tr("Welcome to %1").arg(m_storeName));
    if (!m_checkout.orderId()) {
        if (m_cart.isEmpty()) {
            m_state = State::Welcome;
            m_qrUrl.clear();
            m_ui->stateStack->setCurrentWidget(m_ui->welcomePage);
            return;
        }
        showLines();
        return;
    }
    const QString total = m_checkout.orderSummary()->totalText();
    switch (m_checkout.screen()) {
    case Screen::Paid:
        showVerdict(State::Paid, tr("Thank you!"), tr("Paid: %1").arg(total));
        return;
    case Screen::Failed:
        showVerdict(State::NotPaid, tr("Not paid"),
                    tr("The payment was declined. Please talk to the clerk."));
        return;
    case Screen::Cancelled:
        showVerdict(State::NotPaid, tr("Not paid"), tr("The payment was cancelled."));
        return;
    case Screen::TimedOut:
        showVerdict(State::NotPaid, tr("Not paid"),
                    m_checkout.lastVerdict() == EventType::PaymentTimedOut
                        ? tr("The payment took too long and was stopped.")
                        : tr("The order was cancelled."));
        return;
    case Screen::GatewayUnavailable:
        showVerdict(State::NotPaid, tr("Not paid"),
                    tr("The payment service cannot be reached. Please talk to the clerk."));
        return;
    case Screen::Refunded:
        showVerdict(State::NotPaid, tr("Refunded"), tr("The payment was refunded: %1").arg(total));
        return;
    case Screen::Confirm:
    case Screen::StartingPayment:
    case Screen::PaymentPage:
    case Screen::Declined:
    case Screen::GatewayRetrying:
    case Screen::WaitingForVerdict:
        break;
    }
    if (const QUrl url = m_checkout.phonePaymentUrl(); url.isValid()) {
        showPhonePayment(url);
        return;
    }
    showLines();
}

void CustomerDisplay::showLines()
{
    const bool order = m_checkout.orderId().has_value();
    // The cart until the order is made (the confirm screen still shows the
    // cart's lines); then the order's lines, the cart being empty again.
    QAbstractItemModel *model = order ? static_cast<QAbstractItemModel *>(m_checkout.orderSummary())
                                      : static_cast<QAbstractItemModel *>(&m_cart);
    if (m_ui->linesView->model() != model) {
        m_ui->linesView->setModel(model);
        QHeaderView *header = m_ui->linesView->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(CartModel::TitleColumn, QHeaderView::Stretch);
    }
    QString total;
    if (order) {
        total = m_checkout.orderSummary()->totalText();
    } else if (auto sum = m_cart.total(); sum && sum->isValid()) {
        total = sum->toString(QLocale());
    }
    m_ui->totalLabel->setText(total);
    QString status;
    switch (m_checkout.screen()) {
    case Screen::StartingPayment:
    case Screen::GatewayRetrying:
        status = m_checkout.isPhonePayment() ? tr("Preparing the payment for your phone…")
                                             : tr("Preparing the payment…");
        break;
    case Screen::PaymentPage:
    case Screen::WaitingForVerdict:
        status = tr("Please pay at the counter.");
        break;
    case Screen::Declined:
        status = tr("The card was declined. You can try another card.");
        break;
    default:
        break;
    }
    if (!order)
        status.clear();
    m_ui->linesStatusLabel->setText(status);
    m_ui->linesStatusLabel->setVisible(!status.isEmpty());
    m_state = State::Lines;
    m_qrUrl.clear();
    m_ui->stateStack->setCurrentWidget(m_ui->linesPage);
}

void CustomerDisplay::showPhonePayment(const QUrl &url)
{
    m_ui->phoneAmountLabel->setText(m_checkout.orderSummary()->totalText());
    m_ui->phoneNoteLabel->setText(
        m_checkout.screen() == Screen::Declined
            ? tr("The card was declined. You can try another card on your phone.")
            : QString());
    m_ui->phoneNoteLabel->setVisible(!m_ui->phoneNoteLabel->text().isEmpty());
    m_state = State::PayOnPhone;
    m_ui->stateStack->setCurrentWidget(m_ui->phonePage);
    if (m_qrUrl != url) {
        m_qrUrl = url;
        qCInfo(lcDisplay) << "customer display: QR code for the payment page";
        updateQrImage();
    }
}

void CustomerDisplay::updateQrImage()
{
    if (m_qrUrl.isEmpty()) {
        m_ui->qrLabel->clear();
        return;
    }
    auto code = QrCode::encode(m_qrUrl.toEncoded());
    if (!code) {
        qCWarning(lcDisplay) << "customer display: no QR code:" << code.error();
        m_ui->qrLabel->setText(code.error().message);
        return;
    }
    // As large as the screen allows: phones read a big code from further away.
    const int side = std::max(std::min(width() / 2, height()) - 40, 160);
    m_ui->qrLabel->setPixmap(QPixmap::fromImage(code->imageFitting(side)));
}

void CustomerDisplay::showVerdict(State state, const QString &heading, const QString &detail)
{
    m_state = state;
    m_qrUrl.clear();
    m_ui->verdictLabel->setText(heading);
    m_ui->verdictLabel->setStyleSheet(
        state == State::Paid
            ? QStringLiteral("font-size: 28pt; font-weight: bold; color: #1b5e20;")
            : QStringLiteral("font-size: 28pt; font-weight: bold; color: #b00020;"));
    m_ui->verdictDetailLabel->setText(detail);
    m_ui->stateStack->setCurrentWidget(m_ui->verdictPage);
}

void CustomerDisplay::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_state == State::PayOnPhone)
        updateQrImage();
}

void CustomerDisplay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace quire
