#pragma once

#include "checkout/ReceiptSettings.h"
#include "domain/Actor.h"
#include "domain/CashTender.h"
#include "domain/DomainEvent.h"
#include "domain/Error.h"
#include "services/RefundableOrder.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class RefundPage;
}

namespace quire {

class AccessPolicy;
class AuthService;
class PurchaseFlow;
class Receipt;
class RefundLinesModel;
class RefundService;
class TenderService;
class UserSession;

// Refunds at the counter: find the paid order (scan or type the receipt
// number, or search by customer and dates), choose lines and copies, confirm.
// The store's RefundPolicy decides (RefundService); a refusal shows the
// policy's reason. A clerk the policy does not allow to refund gets the
// manager's approval prompt in place (ManagerOverrideDialog; both users are
// audited) and the refund runs as the approving manager.
//
// The refund goes to the gateway in the background (PaymentCoordinator); the
// page follows its committed events: done, or failed with Try again. A
// refund receipt can be printed or saved as PDF.
//
// At a counter with a till (setTill), an order paid only in cash is given
// back in cash out of the drawer (TenderService::refundOrderCash): the whole
// order, under the same policy and the same manager's approval in place.
class RefundPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundPage)

public:
    using SavePathPrompt = std::function<QString(const QString &suggestedPath)>;
    using PrinterPrompt = std::function<bool(QPrinter *printer)>;

    RefundPage(RefundService &refunds, PurchaseFlow &flow, UserSession &session,
               AccessPolicy &access, AuthService &auth, ReceiptSettings receiptSettings,
               QWidget *parent = nullptr);
    ~RefundPage() override;

    // The counter's till: orders paid in cash are refunded in cash from its
    // drawer. Without one (the kiosk) they cannot be refunded here.
    void setTill(TenderService &tenders) { m_tenders = &tenders; }

    // Shows a paid order, as if its receipt number had been scanned.
    bool openOrder(qint64 orderId);
    std::optional<qint64> orderId() const;
    RefundLinesModel *linesModel() const { return m_lines; }
    void focusSearch();
    // Hides the order search (receipt, customer, dates) and its results: the
    // kiosk's "My orders" opens the customer's own orders only.
    void setOrderSearchVisible(bool visible);

    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    void setPrinterPrompt(PrinterPrompt prompt) { m_printerPrompt = std::move(prompt); }

Q_SIGNALS:
    // A refund was committed as requested (it goes to the gateway now).
    void refundRequested(qint64 refundId);
    // The gateway settled a refund shown here.
    void refundSettled(qint64 refundId, bool succeeded);
    // The cash of an order went back out of the drawer.
    void cashRefunded(qint64 orderId);
    void receiptSaved(const QString &filePath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFind();
    void onOrderChosen();
    void onChoiceChanged();
    void onConfirm();
    void onCashRefund();
    // An order the card refund cannot take: paid in cash at a till.
    bool openCashOrder(qint64 orderId, const Error &notByCard);
    void showCashOrder();
    // The cash still to give back of the cash order shown.
    QString cashLeftText() const;
    void onRetry();
    void onPrint();
    void onSavePdf();
    void onEventPublished(const quire::DomainEvent &event);
    // Who the refund runs as: the signed-in user when the policy allows,
    // the approving manager after an override; nothing when refused.
    std::optional<Actor> authorizeRefund(const QString &description);
    void reloadOrder();
    void showRefunds();
    void showStatus(const QString &text, bool problem);
    std::optional<Receipt> selectedReceipt();
    qint64 selectedRefundId() const;
    void updateTexts();

    std::unique_ptr<Ui::RefundPage> m_ui;
    RefundService &m_refunds;
    PurchaseFlow &m_flow;
    UserSession &m_session;
    AccessPolicy &m_access;
    AuthService &m_auth;
    ReceiptSettings m_receiptSettings;
    RefundLinesModel *m_lines;
    std::optional<RefundableOrder> m_order;
    // An order paid only in cash, shown instead of m_order, and its tenders.
    std::optional<Order> m_cashOrder;
    QList<CashTender> m_cashTenders;
    TenderService *m_tenders = nullptr;
    qint64 m_watchedRefund = 0;
    SavePathPrompt m_savePathPrompt;
    PrinterPrompt m_printerPrompt;
};

} // namespace quire
