#include "refunds/MyOrdersPage.h"

#include "CustomerOrdersModel.h"
#include "UiLogging.h"
#include "auth/UserSession.h"
#include "flows/PurchaseFlow.h"
#include "refunds/RefundPage.h"
#include "services/RefundService.h"
#include "ui_MyOrdersPage.h"

#include <QEvent>
#include <QHeaderView>

namespace quire {

MyOrdersPage::MyOrdersPage(RefundService &refunds, PurchaseFlow &flow, UserSession &session,
                           AccessPolicy &access, AuthService &auth, ReceiptSettings receiptSettings,
                           QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MyOrdersPage>())
    , m_refunds(refunds)
    , m_session(session)
    , m_orders(new CustomerOrdersModel(this))
    , m_refundPage(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("myOrdersPage"));
    m_orders->setLocale(receiptSettings.locale);
    m_refundPage = new RefundPage(refunds, flow, session, access, auth, std::move(receiptSettings),
                                  m_ui->orderPage);
    m_refundPage->setOrderSearchVisible(false);
    m_ui->orderLayout->addWidget(m_refundPage, 1);

    m_ui->ordersView->setModel(m_orders);
    m_ui->ordersView->verticalHeader()->hide();
    m_ui->ordersView->verticalHeader()->setDefaultSectionSize(56);
    m_ui->ordersView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    connect(m_ui->ordersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                const QModelIndex current = m_ui->ordersView->currentIndex();
                m_ui->openOrderButton->setEnabled(m_ui->ordersView->selectionModel()->hasSelection()
                                                  && m_orders->isRefundable(current.row()));
            });
    connect(m_ui->ordersView, &QTableView::activated, this, &MyOrdersPage::onOpenOrder);
    connect(m_ui->openOrderButton, &QPushButton::clicked, this, &MyOrdersPage::onOpenOrder);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MyOrdersPage::refresh);
    connect(m_ui->backButton, &QPushButton::clicked, this, &MyOrdersPage::onBack);
    // What the gateway settles shows in the list when the customer comes back.
    connect(m_refundPage, &RefundPage::refundSettled, this, [this] {
        if (m_ui->myOrdersStack->currentWidget() == m_ui->listPage)
            refresh();
    });
    connect(&m_session, &UserSession::signedIn, this, &MyOrdersPage::refresh);
    connect(&m_session, &UserSession::signedOut, this, [this] {
        m_orders->clear();
        showList();
        updateTexts();
    });

    showList();
    updateTexts();
}

MyOrdersPage::~MyOrdersPage() = default;

void MyOrdersPage::refresh()
{
    const auto &user = m_session.user();
    showList();
    if (!user || user->role != Role::Customer) {
        m_orders->clear();
        updateTexts();
        return;
    }
    auto orders = m_refunds.ordersOf(user->id);
    if (!orders) {
        qCWarning(lcUi) << "the customer's orders could not be read:" << orders.error();
        m_orders->clear();
        m_ui->listStatusLabel->setText(
            tr("Your orders could not be shown: %1").arg(orders.error().message));
        return;
    }
    m_orders->setOrders(*orders);
    updateTexts();
}

void MyOrdersPage::onOpenOrder()
{
    const QModelIndex current = m_ui->ordersView->currentIndex();
    if (!current.isValid() || !m_orders->isRefundable(current.row()))
        return;
    if (!m_refundPage->openOrder(m_orders->orderIdAt(current.row())))
        return;
    m_ui->myOrdersStack->setCurrentWidget(m_ui->orderPage);
}

void MyOrdersPage::onBack()
{
    refresh();
}

void MyOrdersPage::showList()
{
    m_ui->myOrdersStack->setCurrentWidget(m_ui->listPage);
    m_ui->openOrderButton->setEnabled(false);
}

void MyOrdersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void MyOrdersPage::updateTexts()
{
    const auto &user = m_session.user();
    if (!user || user->role != Role::Customer)
        m_ui->listStatusLabel->setText(tr("Sign in to see your orders."));
    else if (m_orders->rowCount() == 0)
        m_ui->listStatusLabel->setText(tr("You have no orders yet."));
    else
        m_ui->listStatusLabel->setText(
            tr("Choose an order to see it or to ask for a refund of what you bought."));
}

} // namespace quire
