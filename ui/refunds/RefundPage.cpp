#include "refunds/RefundPage.h"

#include "RefundLinesModel.h"
#include "UiLogging.h"
#include "auth/ManagerOverrideDialog.h"
#include "auth/UserSession.h"
#include "checkout/Receipt.h"
#include "flows/PurchaseFlow.h"
#include "flows/StockTaking.h"
#include "services/ReceiptService.h"
#include "services/RefundService.h"
#include "till/TenderService.h"
#include "ui_RefundPage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QPrinter>
#include <QStandardPaths>

namespace quire {

namespace {

enum OrderColumn { ReceiptColumn, DateColumn, CustomerColumn, TotalColumn, StatusColumn };
enum RefundColumn {
    RefundIdColumn,
    RefundDateColumn,
    RefundAmountColumn,
    RefundStatusColumn,
    RefundReasonColumn
};

QTableWidgetItem *cellItem(const QString &text, const QVariant &id = {})
{
    auto *item = new QTableWidgetItem(text);
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

} // namespace

RefundPage::RefundPage(RefundService &refunds, PurchaseFlow &flow, UserSession &session,
                       AccessPolicy &access, AuthService &auth, ReceiptSettings receiptSettings,
                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RefundPage>())
    , m_refunds(refunds)
    , m_flow(flow)
    , m_session(session)
    , m_access(access)
    , m_auth(auth)
    , m_receiptSettings(std::move(receiptSettings))
    , m_lines(new RefundLinesModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("refundPage"));
    m_lines->setLocale(m_receiptSettings.locale);
    m_ui->linesView->setModel(m_lines);
    m_ui->linesView->horizontalHeader()->setSectionResizeMode(RefundLinesModel::TitleColumn,
                                                              QHeaderView::Stretch);
    m_ui->linesView->verticalHeader()->setDefaultSectionSize(40);
    m_ui->linesView->verticalHeader()->hide();
    m_ui->ordersTable->setColumnCount(5);
    m_ui->ordersTable->horizontalHeader()->setSectionResizeMode(CustomerColumn,
                                                                QHeaderView::Stretch);
    m_ui->ordersTable->verticalHeader()->hide();
    m_ui->refundsTable->setColumnCount(5);
    m_ui->refundsTable->horizontalHeader()->setSectionResizeMode(RefundReasonColumn,
                                                                 QHeaderView::Stretch);
    m_ui->refundsTable->verticalHeader()->hide();
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addDays(-m_refunds.policy().windowDays));
    m_ui->untilDateEdit->setDate(today);
    m_ui->fromDateEdit->setEnabled(false);
    m_ui->untilDateEdit->setEnabled(false);

    connect(m_ui->findButton, &QPushButton::clicked, this, &RefundPage::onFind);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &RefundPage::onFind);
    connect(m_ui->dateFilterCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->untilDateEdit->setEnabled(on);
    });
    connect(m_ui->ordersTable, &QTableWidget::itemSelectionChanged, this,
            &RefundPage::onOrderChosen);
    connect(m_ui->chooseAllButton, &QPushButton::clicked, this, [this] {
        const bool anyLeft = m_order && m_lines->rowCount() > 0;
        if (anyLeft)
            m_lines->chooseAll(!m_lines->hasChoice());
    });
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &RefundPage::onConfirm);
    connect(m_ui->cashRefundButton, &QPushButton::clicked, this, &RefundPage::onCashRefund);
    m_ui->cashRefundButton->setVisible(false);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &RefundPage::onRetry);
    connect(m_ui->printButton, &QPushButton::clicked, this, &RefundPage::onPrint);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &RefundPage::onSavePdf);
    connect(m_ui->refundsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedRefundId();
        RefundStatus status = RefundStatus::Requested;
        bool retried = false; // a failure is tried again once; then its retry is
        if (m_order) {
            for (const Refund &refund : std::as_const(m_order->refunds)) {
                if (refund.id == id)
                    status = refund.status;
                if (id != 0 && refund.retryOf == id)
                    retried = true;
            }
        }
        m_ui->retryButton->setEnabled(id != 0 && status == RefundStatus::Failed && !retried);
        m_ui->printButton->setEnabled(id != 0 && status == RefundStatus::Succeeded);
        m_ui->savePdfButton->setEnabled(id != 0 && status == RefundStatus::Succeeded);
    });
    connect(m_lines, &RefundLinesModel::choiceChanged, this, &RefundPage::onChoiceChanged);
    connect(&m_flow, &PurchaseFlow::eventPublished, this, &RefundPage::onEventPublished);
    connect(&m_session, &UserSession::signedOut, this, [this] {
        // The next person starts afresh: no order, no result of someone else's.
        m_order.reset();
        m_cashOrder.reset();
        m_cashTenders.clear();
        m_watchedRefund = 0;
        m_lines->clear();
        m_ui->searchEdit->clear();
        m_ui->ordersTable->setRowCount(0);
        showRefunds();
        showStatus(QString(), false);
        updateTexts();
    });

    showRefunds();
    showStatus(QString(), false);
    updateTexts();
}

RefundPage::~RefundPage() = default;

std::optional<qint64> RefundPage::orderId() const
{
    if (m_cashOrder)
        return m_cashOrder->id;
    return m_order ? std::optional<qint64>(m_order->order.id) : std::nullopt;
}

void RefundPage::setOrderSearchVisible(bool visible)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->searchEdit), static_cast<QWidget *>(m_ui->dateFilterCheck),
          static_cast<QWidget *>(m_ui->fromDateEdit), static_cast<QWidget *>(m_ui->untilDateEdit),
          static_cast<QWidget *>(m_ui->findButton), static_cast<QWidget *>(m_ui->ordersTable)})
        widget->setVisible(visible);
}

void RefundPage::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void RefundPage::onFind()
{
    const QString text = m_ui->searchEdit->text().trimmed();
    QDateTime from;
    QDateTime until;
    if (m_ui->dateFilterCheck->isChecked()) {
        from = m_ui->fromDateEdit->date().startOfDay().toUTC();
        until = m_ui->untilDateEdit->date().addDays(1).startOfDay().toUTC();
    }
    // Searching is looking at everybody's orders: asked of the core, with
    // the role stored now, not the one the screen was opened with.
    const auto &user = m_session.user();
    if (!user) {
        showStatus(tr("Sign in to look up orders."), true);
        return;
    }
    if (auto allowed
        = m_access.authorize(*user, Permission::ViewAllOrders, QStringLiteral("order search"));
        !allowed) {
        showStatus(allowed.error().message, true);
        return;
    }
    auto found = m_refunds.findOrders(text, from, until);
    if (!found) {
        showStatus(tr("The orders could not be searched: %1").arg(found.error().message), true);
        return;
    }
    const QSignalBlocker blocker(m_ui->ordersTable);
    m_ui->ordersTable->clearSelection();
    m_ui->ordersTable->setRowCount(int(found->size()));
    const QLocale &locale = m_receiptSettings.locale;
    for (int row = 0; row < found->size(); ++row) {
        const OrderMatch &match = found->at(row);
        m_ui->ordersTable->setItem(row, ReceiptColumn,
                                   cellItem(QString::number(match.orderId), match.orderId));
        m_ui->ordersTable->setItem(
            row, DateColumn,
            cellItem(locale.toString(match.createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_ui->ordersTable->setItem(
            row, CustomerColumn,
            cellItem(match.customer.isEmpty() ? tr("counter sale") : match.customer));
        m_ui->ordersTable->setItem(row, TotalColumn, cellItem(match.total.toString(locale)));
        m_ui->ordersTable->setItem(
            row, StatusColumn,
            cellItem(match.status == OrderStatus::Refunded ? tr("refunded") : tr("paid")));
    }
    if (found->isEmpty()) {
        showStatus(tr("No paid order matches."), true);
        return;
    }
    // A scanned receipt (or a search with one answer) opens the order at once.
    const auto number = RefundService::receiptNumber(text);
    for (int row = 0; row < found->size(); ++row) {
        if (found->size() == 1 || (number && found->at(row).orderId == *number)) {
            m_ui->ordersTable->selectRow(row);
            openOrder(found->at(row).orderId);
            return;
        }
    }
    showStatus(tr("%n order(s) found: choose one.", "", int(found->size())), false);
}

void RefundPage::onOrderChosen()
{
    const auto selected = m_ui->ordersTable->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.constFirst()->row();
    const QTableWidgetItem *item = m_ui->ordersTable->item(row, ReceiptColumn);
    if (item)
        openOrder(item->data(Qt::UserRole).toLongLong());
}

bool RefundPage::openOrder(qint64 orderId)
{
    // The core decides who may see which order (a customer only their own).
    const Actor viewer = m_session.user() ? m_session.user()->actor() : Actor{};
    auto refundable = m_refunds.refundableOrder(orderId, viewer);
    m_cashOrder.reset();
    m_cashTenders.clear();
    m_ui->linesView->setEnabled(true);
    // Not paid by card (the viewer may see it: that was asked first).
    if (!refundable && refundable.error().kind == ErrorKind::Invalid
        && openCashOrder(orderId, refundable.error()))
        return true;
    if (!refundable) {
        m_order.reset();
        m_lines->clear();
        showRefunds();
        updateTexts();
        showStatus(refundable.error().kind == ErrorKind::NotFound
                       ? tr("There is no order %1.").arg(orderId)
                       : refundable.error().message,
                   true);
        return false;
    }
    m_order = *refundable;
    m_watchedRefund = 0;
    m_lines->setOrder(*m_order);
    showRefunds();
    showStatus(QString(), false);
    updateTexts();
    m_ui->linesView->setFocus();
    return true;
}

bool RefundPage::openCashOrder(qint64 orderId, const Error &notByCard)
{
    if (!m_tenders)
        return false;
    auto order = m_flow.findOrder(orderId);
    auto tenders = m_tenders->tendersOf(orderId);
    if (!order || !tenders || tenders->isEmpty()
        || (order->status != OrderStatus::Paid && order->status != OrderStatus::Refunded))
        return false;
    qCInfo(lcUi) << "refunds: order" << orderId << "was paid in cash:" << notByCard.message;
    m_order.reset();
    m_watchedRefund = 0;
    m_cashOrder = *order;
    m_cashTenders = *tenders;
    showCashOrder();
    showRefunds();
    showStatus(QString(), false);
    updateTexts();
    m_ui->cashRefundButton->setFocus();
    return true;
}

void RefundPage::showCashOrder()
{
    // Every line, all chosen: the cash goes back for the whole order.
    RefundableOrder shown;
    shown.order = *m_cashOrder;
    shown.payment.amount = m_cashOrder->total;
    const bool refunded = m_cashOrder->status == OrderStatus::Refunded;
    for (const OrderLine &line : std::as_const(m_cashOrder->lines))
        shown.lines.append({line, refunded ? line.quantity : 0});
    m_lines->setOrder(shown);
    if (!refunded)
        m_lines->chooseAll(true);
    m_ui->linesView->setEnabled(false);
}

void RefundPage::onCashRefund()
{
    if (!m_cashOrder || !m_tenders)
        return;
    const qint64 orderId = m_cashOrder->id;
    const QString amount = cashLeftText();
    const auto actor
        = authorizeRefund(tr("Give %1 back in cash for order %2").arg(amount).arg(orderId));
    if (!actor)
        return;
    m_ui->cashRefundButton->setEnabled(false);
    auto refunded = m_tenders->refundOrderCash(orderId, m_refunds.policy(),
                                               RefundService::kCustomerRequest, *actor);
    if (!refunded) {
        onChoiceChanged();
        showStatus(refunded.error().kind == ErrorKind::Invalid
                           || refunded.error().kind == ErrorKind::Forbidden
                       ? tr("Refund refused: %1").arg(refunded.error().message)
                       : tr("The refund could not be made: %1").arg(refunded.error().message),
                   true);
        return;
    }
    qCInfo(lcUi) << "order" << orderId << "refunded in cash";
    if (auto order = m_flow.findOrder(orderId); order)
        m_cashOrder = *order;
    if (auto tenders = m_tenders->tendersOf(orderId); tenders)
        m_cashTenders = *tenders;
    showCashOrder();
    updateTexts();
    QString text = tr("Refund done: give %1 back in cash from the drawer.")
                       .arg(refunded->amount.toString(m_receiptSettings.locale));
    const bool byHand = refunded->drawer == ShiftService::DrawerResult::OpenByHand
                        || refunded->drawer == ShiftService::DrawerResult::Failed;
    if (byHand)
        text += u' ' + tr("Open the drawer by hand.");
    showStatus(text, refunded->drawer == ShiftService::DrawerResult::Failed);
    Q_EMIT cashRefunded(orderId);
}

void RefundPage::reloadOrder()
{
    if (!m_order)
        return;
    const Actor viewer = m_session.user() ? m_session.user()->actor() : Actor{};
    auto refundable = m_refunds.refundableOrder(m_order->order.id, viewer);
    if (!refundable)
        return;
    m_order = *refundable;
    m_lines->setOrder(*m_order);
    showRefunds();
    updateTexts();
    // The search result shows the order's new status too.
    for (int row = 0; row < m_ui->ordersTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_ui->ordersTable->item(row, ReceiptColumn);
        if (item && item->data(Qt::UserRole).toLongLong() == m_order->order.id)
            m_ui->ordersTable->setItem(row, StatusColumn,
                                       cellItem(m_order->order.status == OrderStatus::Refunded
                                                    ? tr("refunded")
                                                    : tr("paid")));
    }
}

void RefundPage::onChoiceChanged()
{
    const bool choice = m_order && m_lines->hasChoice();
    m_ui->confirmButton->setEnabled(choice);
    m_ui->chooseAllButton->setEnabled(m_order.has_value());
    m_ui->totalLabel->setText(choice ? tr("Refund: %1").arg(m_lines->chosenText()) : QString());
    // An order paid in cash: the whole of it back from the drawer.
    m_ui->confirmButton->setVisible(!m_cashOrder);
    m_ui->chooseAllButton->setVisible(!m_cashOrder);
    m_ui->cashRefundButton->setVisible(m_cashOrder.has_value());
    const bool cashLeft = m_cashOrder && m_cashOrder->status == OrderStatus::Paid;
    m_ui->cashRefundButton->setEnabled(cashLeft);
    if (cashLeft)
        m_ui->totalLabel->setText(tr("Cash back: %1").arg(cashLeftText()));
}

QString RefundPage::cashLeftText() const
{
    if (!m_cashOrder)
        return QString();
    qint64 cash = 0;
    for (const CashTender &tender : std::as_const(m_cashTenders)) {
        if (!tender.refunded)
            cash += tender.drawerMinor();
    }
    const auto money = Money::fromMinorUnits(cash, m_cashOrder->total.currency());
    return money ? money->toString(m_receiptSettings.locale) : QString();
}

std::optional<Actor> RefundPage::authorizeRefund(const QString &description)
{
    const auto &user = m_session.user();
    if (!user) {
        showStatus(tr("Sign in to give refunds."), true);
        return std::nullopt;
    }
    auto allowed = m_refunds.checkRole(*user);
    if (allowed)
        return user->actor();
    if (allowed.error().kind != ErrorKind::Forbidden) {
        showStatus(tr("The refund could not be checked: %1").arg(allowed.error().message), true);
        return std::nullopt;
    }
    // A customer cannot be overridden: the service refuses, audits and says why.
    if (user->role == Role::Customer)
        return user->actor();
    const QString target = QStringLiteral("order %1").arg(orderId().value_or(0));
    auto approved = ManagerOverrideDialog::authorize(this, m_access, m_auth, *user,
                                                     Permission::IssueRefund, description, target);
    if (!approved) {
        showStatus(tr("Refund not approved: %1").arg(allowed.error().message), true);
        return std::nullopt;
    }
    return approved;
}

void RefundPage::onConfirm()
{
    if (!m_order || !m_lines->hasChoice())
        return;
    const qint64 orderId = m_order->order.id;
    const QString amount = m_lines->chosenText();
    const auto actor = authorizeRefund(tr("Refund %1 of order %2").arg(amount).arg(orderId));
    if (!actor)
        return;
    m_ui->confirmButton->setEnabled(false);
    auto refund = m_refunds.requestRefund({orderId, m_lines->chosenLines()}, *actor);
    if (!refund) {
        onChoiceChanged();
        showStatus(refund.error().kind == ErrorKind::Invalid
                           || refund.error().kind == ErrorKind::Forbidden
                       ? tr("Refund refused: %1").arg(refund.error().message)
                       : tr("The refund could not be made: %1").arg(refund.error().message),
                   true);
        return;
    }
    qCInfo(lcUi) << "refund" << refund->id << "of order" << orderId << "requested";
    m_watchedRefund = refund->id;
    reloadOrder();
    // Settled already (a very quick gateway)? Then the event said so.
    bool stillOpen = true;
    for (const Refund &each : std::as_const(m_order->refunds)) {
        if (each.id == refund->id)
            stillOpen
                = each.status == RefundStatus::Requested || each.status == RefundStatus::Pending;
    }
    if (stillOpen)
        showStatus(tr("Refund of %1 allowed and sent to the payment service; waiting for its "
                      "answer…")
                       .arg(amount),
                   false);
    Q_EMIT refundRequested(refund->id);
}

void RefundPage::onRetry()
{
    const qint64 failed = selectedRefundId();
    if (!m_order || failed == 0)
        return;
    const auto actor
        = authorizeRefund(tr("Try refund %1 of order %2 again").arg(failed).arg(m_order->order.id));
    if (!actor)
        return;
    auto refund = m_refunds.retryRefund(failed, *actor);
    if (!refund) {
        showStatus(tr("The refund cannot be tried again: %1").arg(refund.error().message), true);
        return;
    }
    m_watchedRefund = refund->id;
    reloadOrder();
    showStatus(tr("Refund sent to the payment service again; waiting for its answer…"), false);
    Q_EMIT refundRequested(refund->id);
}

void RefundPage::onEventPublished(const DomainEvent &event)
{
    if (!m_order || event.aggregateType != AggregateType::Payment
        || event.aggregateId != m_order->payment.id)
        return;
    std::optional<RefundStatus> before;
    for (const Refund &refund : std::as_const(m_order->refunds)) {
        if (refund.id == m_watchedRefund)
            before = refund.status;
    }
    reloadOrder();
    if (m_watchedRefund == 0)
        return;
    for (const Refund &refund : std::as_const(m_order->refunds)) {
        if (refund.id != m_watchedRefund || (before && *before == refund.status))
            continue;
        if (refund.status == RefundStatus::Succeeded) {
            showStatus(tr("Refund done: %1 has been returned to the customer's card.")
                           .arg(refund.amount.toString(m_receiptSettings.locale)),
                       false);
            Q_EMIT refundSettled(refund.id, true);
        } else if (refund.status == RefundStatus::Failed) {
            showStatus(tr("The refund failed at the payment service (%1). Nothing was returned: "
                          "try again.")
                           .arg(refund.failureReason.isEmpty() ? tr("no reason given")
                                                               : refund.failureReason),
                       true);
            Q_EMIT refundSettled(refund.id, false);
        }
    }
}

void RefundPage::showRefunds()
{
    QSignalBlocker blocker(m_ui->refundsTable);
    const QList<Refund> refunds = m_order ? m_order->refunds : QList<Refund>();
    m_ui->refundsTable->clearSelection();
    m_ui->refundsTable->setRowCount(int(refunds.size()));
    const QLocale &locale = m_receiptSettings.locale;
    int selectRow = -1;
    for (int row = 0; row < refunds.size(); ++row) {
        const Refund &refund = refunds.at(row);
        QString status;
        switch (refund.status) {
        case RefundStatus::Requested:
        case RefundStatus::Pending:
            status = tr("in progress");
            break;
        case RefundStatus::Succeeded:
            status = tr("done");
            break;
        case RefundStatus::Failed:
            status = tr("failed");
            for (const Refund &other : refunds) {
                if (other.retryOf == refund.id)
                    status = tr("failed, tried again as %1").arg(other.id);
            }
            break;
        }
        QString reason = refund.reason;
        if (refund.reason == RefundService::kCustomerRequest)
            reason = tr("returned by the customer");
        else if (refund.reason == StockTaking::kReason)
            reason = tr("out of stock when paid");
        else if (refund.reason == u"late_capture")
            reason = tr("paid after the attempt had ended");
        m_ui->refundsTable->setItem(row, RefundIdColumn,
                                    cellItem(QString::number(refund.id), refund.id));
        m_ui->refundsTable->setItem(
            row, RefundDateColumn,
            cellItem(locale.toString(refund.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        m_ui->refundsTable->setItem(row, RefundAmountColumn,
                                    cellItem(refund.amount.toString(locale)));
        m_ui->refundsTable->setItem(row, RefundStatusColumn, cellItem(status));
        m_ui->refundsTable->setItem(row, RefundReasonColumn, cellItem(reason));
        if (refund.id == m_watchedRefund || (m_watchedRefund == 0 && row == refunds.size() - 1))
            selectRow = row;
    }
    if (selectRow >= 0)
        m_ui->refundsTable->selectRow(selectRow);
    blocker.unblock();
    Q_EMIT m_ui->refundsTable->itemSelectionChanged();
}

qint64 RefundPage::selectedRefundId() const
{
    const auto selected = m_ui->refundsTable->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *item
        = m_ui->refundsTable->item(selected.constFirst()->row(), RefundIdColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RefundPage::showStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    m_ui->statusLabel->setStyleSheet(
        QStringLiteral("font-size: 13pt; color: %1;")
            .arg(problem ? QStringLiteral("#b00020") : QStringLiteral("#1b5e20")));
}

std::optional<Receipt> RefundPage::selectedReceipt()
{
    const qint64 id = selectedRefundId();
    if (!m_order || id == 0)
        return std::nullopt;
    for (const Refund &refund : std::as_const(m_order->refunds)) {
        if (refund.id != id)
            continue;
        auto lines = m_refunds.linesOf(id);
        if (!lines) {
            showStatus(tr("The refund receipt could not be made: %1").arg(lines.error().message),
                       true);
            return std::nullopt;
        }
        Receipt receipt = Receipt::forRefund(m_receiptSettings, m_order->order, m_order->payment,
                                             refund, *lines);
        const ReceiptService receipts(m_flow);
        auto number = receipts.refundNumber(refund.id);
        auto original = receipts.saleNumber(m_order->order.id);
        auto buyer = receipts.invoiceBuyer(m_order->order.id);
        if (!number || !original || !buyer) {
            const Error error
                = !number ? number.error() : (!original ? original.error() : buyer.error());
            showStatus(tr("The refund receipt could not be made: %1").arg(error.message), true);
            return std::nullopt;
        }
        receipt.setNumber(*number);
        receipt.setOriginalNumber(*original);
        receipt.setInvoiceBuyer(*buyer);
        return receipt;
    }
    return std::nullopt;
}

void RefundPage::onSavePdf()
{
    auto receipt = selectedReceipt();
    if (!receipt)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(receipt->suggestedFileName());
    auto save = [this](const Receipt &receipt, const QString &path) {
        if (path.isEmpty())
            return;
        if (auto written = receipt.writePdf(path); !written) {
            showStatus(written.error().message, true);
            return;
        }
        showStatus(tr("Refund receipt saved to %1").arg(QDir::toNativeSeparators(path)), false);
        Q_EMIT receiptSaved(path);
    };
    if (m_savePathPrompt) {
        save(*receipt, m_savePathPrompt(suggested));
        return;
    }
    auto *dialog
        = new QFileDialog(this, tr("Save refund receipt"), suggested, tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveRefundReceiptDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [save, receipt = *receipt](const QString &path) { save(receipt, path); });
    dialog->open();
}

void RefundPage::onPrint()
{
    auto receipt = selectedReceipt();
    if (!receipt)
        return;
    receipt->printOnChosenPrinter(this, m_printerPrompt,
                                  QStringLiteral("printRefundReceiptDialog"));
}

void RefundPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        showRefunds();
    }
    QWidget::changeEvent(event);
}

void RefundPage::updateTexts()
{
    m_ui->ordersTable->setHorizontalHeaderLabels(
        {tr("Receipt"), tr("Date"), tr("Customer"), tr("Total"), tr("Status")});
    m_ui->refundsTable->setHorizontalHeaderLabels(
        {tr("Refund"), tr("Date"), tr("Amount"), tr("Status"), tr("Reason")});
    if (m_cashOrder) {
        const QLocale &locale = m_receiptSettings.locale;
        const QDateTime paidAt = m_cashTenders.isEmpty() ? m_cashOrder->createdAt
                                                         : m_cashTenders.constLast().createdAt;
        m_ui->orderLabel->setText(
            m_cashOrder->status == OrderStatus::Refunded
                ? tr("Order %1, paid %2 in cash on %3: refunded in full.")
                      .arg(m_cashOrder->id)
                      .arg(m_cashOrder->total.toString(locale),
                           locale.toString(paidAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Order %1, paid %2 in cash on %3. The refund gives all of it back in cash "
                     "from the drawer.")
                      .arg(m_cashOrder->id)
                      .arg(m_cashOrder->total.toString(locale),
                           locale.toString(paidAt.toLocalTime(), QLocale::ShortFormat)));
    } else if (!m_order) {
        m_ui->orderLabel->setText(
            tr("Scan the receipt, or search by receipt number, customer or date."));
    } else {
        const QLocale &locale = m_receiptSettings.locale;
        const QString currency = m_order->payment.amount.currency();
        auto refunded = Money::fromMinorUnits(m_order->refundedMinor, currency);
        auto left
            = Money::fromMinorUnits(std::max<qint64>(0, m_order->refundableMinor()), currency);
        QString state = m_order->order.status == OrderStatus::Refunded ? tr("refunded in full")
                        : m_order->isPartiallyRefunded()               ? tr("partly refunded")
                                                                       : tr("paid");
        m_ui->orderLabel->setText(
            tr("Order %1, paid %2 on %3 (%4). Refunded so far: %5; still refundable: %6.")
                .arg(m_order->order.id)
                .arg(m_order->payment.amount.toString(locale),
                     locale.toString(m_order->paidAt.toLocalTime(), QLocale::ShortFormat), state,
                     refunded ? refunded->toString(locale) : QString(),
                     left ? left->toString(locale) : QString()));
    }
    onChoiceChanged();
}

} // namespace quire
